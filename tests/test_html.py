"""The HTML report: escaping, structure, the command, and the page in a real browser."""

from __future__ import annotations

import datetime
import html.parser
import shutil
import struct
import subprocess
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS, attribution, citation, claim, document
from hypothesis import given
from hypothesis import strategies as st
from strategies import citationish_text

import provenance
from provenance.cli import main
from provenance.model import Claim, Document, SourceKind, Stance
from provenance.printable import visible
from provenance.report import FORMATS, STATUSES, render_html, render_report

# -- Reading pages back ------------------------------------------------------


class Page(html.parser.HTMLParser):
    """A parsed page: every element's tag and attributes, the text of each claim
    highlight (without its tooltip), and the text of each article body."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.styles: list[str] = []
        self.mark_text: dict[str, str] = {}
        self.bodies: list[str] = []
        self._open: list[tuple[str, dict]] = []
        self.feed(source)
        self.close()

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr", "line", "rect", "circle"})

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in self.VOID:
            return
        self._open.append((tag, attributes))
        if tag == "div" and "text" in attributes.get("class", "").split():
            self.bodies.append("")

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(t == "style" for t, _ in self._open):
            self.styles.append(data)
        if any("tip" in a.get("class", "").split() for _, a in self._open):
            return
        if any(t == "div" and "text" in a.get("class", "").split() for t, a in self._open):
            self.bodies[-1] += data
        for t, a in self._open:
            if t == "mark" and "claim" in a.get("class", "").split():
                self.mark_text[a["id"]] = self.mark_text.get(a["id"], "") + data

    def find(self, tag: str, cls: str | None = None) -> list[dict]:
        return [a for t, a in self.elements if t == tag and (cls is None or cls in a.get("class", "").split())]

    @property
    def claims(self) -> list[dict]:
        return self.find("mark", "claim")

    def statuses(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for a in self.claims:
            counts[a["data-status"]] += 1
        return counts

    @property
    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if "id" in a}


# -- Factories (the shared ones are in conftest.py) ----------------------------

#: The date of the example's citations.
DATE = "2021-09-04"


def side(doc: Document, c: Claim, sources=()) -> SimpleNamespace:
    return SimpleNamespace(doc=doc.path, start=c.start, end=c.end, text=c.text, sources=tuple(sources))


def relation(
    doc: Document,
    a: Claim,
    b: Claim,
    relation="contested",
    kind="denial",
    score=0.93,
    evidence='b denies a ("refuted those reports")',
) -> SimpleNamespace:
    """A hand-made relation: anything with these attributes will do."""
    return SimpleNamespace(
        relation=relation, kind=kind, score=score, evidence=evidence, a=side(doc, a, ["TASS"]), b=side(doc, b)
    )


#: One article with a claim of each status.
TEXT = (
    "Saleh fled Panjshir (TASS, September 4). "
    "Saleh refuted those reports. "
    "Massoud said the valley would hold. "
    "Officials said the roads were closed. "
    "The resistance was reportedly weakened."
)


def example() -> tuple[Document, list]:
    t = TEXT
    claims = (
        claim(t, "Saleh fled Panjshir", citation(t, "TASS, September 4", date=DATE, kind=SourceKind.STATE_MEDIA), n=1),
        claim(
            t,
            "Saleh refuted those reports",
            attribution(t, "Saleh", "refuted", stance=Stance.DENY, speaker="Amrullah Saleh"),
            n=2,
        ),
        claim(t, "the valley would hold", attribution(t, "Massoud", "said", via="Twitter/@massoud"), n=3),
        claim(t, "the roads were closed", attribution(t, "Officials", "said the roads", anonymous=True), n=4),
        claim(t, "The resistance was reportedly weakened", n=5, hedged=True),
    )
    doc = document(t, claims)
    return doc, [
        relation(doc, claims[0], claims[1]),
        relation(doc, claims[2], claims[0], "corroborated", "agreement", 0.7, "same statement"),
    ]


# -- Escaping ----------------------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",  # a script element
    '"><img src=x onerror=alert(1)>',  # breaking out of an attribute
    "' onmouseover='alert(1)' x='",  # single-quoted attribute break-out
    "</textarea></style></title><svg onload=alert(1)>",  # closing raw-text elements
    "&lt;b&gt; &amp; {{ 7*7 }} {% if 1 %}x{% endif %}",  # entities and template syntax stay as written
]


def _no_active_content(page: Page) -> None:
    tags = {t for t, _ in page.elements}
    assert not tags & {"script", "img", "iframe", "object", "embed", "textarea"}
    assert all(a.get("role") == "img" for a in page.find("svg"))  # only the chart
    for tag, attributes in page.elements:
        assert not [a for a in attributes if a.startswith("on")], (tag, attributes)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_article_text_is_escaped(payload):
    text = f"The minister said {payload} on Monday (TASS, September 4). Nobody saw {payload}."
    doc = provenance.extract(text)
    assert doc.claims, "the sample should have claims"
    page_source = render_html([doc])
    page = Page(page_source)
    _no_active_content(page)
    assert page.bodies == [text[text.index("The minister") :]]  # shown as text, character for character
    if "<" in payload:
        assert payload not in page_source


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_field_is_escaped(payload):
    """Paths, titles, authors, sources, speakers, outlets and relation evidence too."""
    t = f"Saleh {payload} fled (TASS {payload}, September 4). Saleh denied it."
    c1 = claim(t, f"Saleh {payload} fled", citation(t, f"TASS {payload}, September 4", date=DATE), n=1, stem=payload)
    c2 = claim(t, "Saleh denied it", attribution(t, "Saleh", "denied", speaker=payload, via=payload), n=2, stem=payload)
    doc = document(t, (c1, c2), path=f"dir/{payload}.txt", title=payload, author=payload)
    rel = relation(doc, c1, c2, kind=payload, evidence=payload)
    rel.a.sources = (payload,)
    page = Page(render_html([doc], [rel]))
    _no_active_content(page)
    assert len(page.claims) == 2
    assert len(page.find("tr", "contested")) == 1
    assert page.bodies == [t]
    assert all(a["data-claim"].startswith(payload) for a in page.claims)


_MARKUP = st.sampled_from(["<", ">", "&", '"', "'", "<script>", "</div>", "<mark>", "&amp;", "{{", "{%", "]]>"])


@given(st.lists(st.one_of(citationish_text, _MARKUP, st.text(max_size=8)), max_size=12).map("".join))
def test_any_text_renders_as_text(text):
    doc = provenance.extract(text) if text.strip() else None
    if doc is None:
        return
    page = Page(render_html([doc]))
    _no_active_content(page)
    assert len(page.claims) == len(doc.claims)
    # Hidden characters (bidi, terminal controls) are shown as escapes; the rest is the text.
    normalised = visible(doc.text).replace("\r\n", "\n").replace("\r", "\n")
    for body in page.bodies:
        assert body.replace("\r\n", "\n").replace("\r", "\n") in normalised


# -- Structure ---------------------------------------------------------------


def test_claims_are_highlighted_by_status():
    doc, relations = example()
    page = Page(render_html([doc], relations))
    # 1 and 2 are contested (whatever their evidence); 3 named speaker; 4 anonymous; 5 nothing.
    assert page.statuses() == {"cited": 0, "attributed": 1, "unsourced": 2, "contested": 2}
    assert [a["data-claim"] for a in page.claims] == ["t:1", "t:2", "t:3", "t:4", "t:5"]
    assert [a["data-status"] for a in page.claims] == ["contested", "contested", "attributed", "unsourced", "unsourced"]
    assert "hedged" in page.claims[4]["class"].split()
    for a in page.claims:
        assert page.mark_text[a["id"]] == doc.claims[int(a["data-claim"][2:]) - 1].text


def test_without_relations_claims_keep_their_own_status():
    doc, _ = example()
    page = Page(render_html([doc]))
    assert page.statuses() == {"cited": 1, "attributed": 2, "unsourced": 2, "contested": 0}
    assert page.find("tr", "relation") == []
    assert "No contested pairs" in render_html([doc])


def test_evidence_is_shown_on_hover_and_focus():
    doc, relations = example()
    source = render_html([doc], relations)
    page = Page(source)
    tips = {a["id"]: a for a in page.find("span", "tip")}
    for a in page.claims:
        assert a["tabindex"] == "0"
        assert tips[a["aria-describedby"]]["role"] == "tooltip"
    for shown in (
        "TASS",
        "2021-09-04",
        "Amrullah Saleh",
        "via Twitter/@massoud",
        "(deny)",
        "Anonymous source",
        "No citation or attribution.",
    ):
        assert shown in source
    assert "mark.claim:hover > .tip, mark.claim:focus > .tip, mark.claim:focus-within > .tip" in source


def test_legend_names_every_status_with_its_count():
    doc, relations = example()
    page = Page(render_html([doc], relations))
    legend = page.find("section", "legend")
    assert legend and legend[0]["id"] == "legend"
    assert [a["class"] for a in page.find("li") if a.get("class", "").startswith("legend-")] == [
        "legend-cited",
        "legend-attributed",
        "legend-unsourced",
        "legend-contested",
        "legend-hedged",
    ]


def test_relations_side_by_side_with_links_to_both_claims():
    doc, relations = example()
    page = Page(render_html([doc], relations))
    contested, corroborated = page.find("tr", "contested"), page.find("tr", "corroborated")
    assert [r["id"] for r in contested] == ["contested-1"]
    assert [r["id"] for r in corroborated] == ["corroborated-1"]
    links = [a["href"] for a in page.find("a")]
    for target in ("#claim-t-1", "#claim-t-2", "#claim-t-3", "#contested-1", "#corroborated-1"):
        assert target in links
    assert {h[1:] for h in links} <= page.ids  # every link lands on the page


def test_relation_sides_not_on_the_page_are_shown_without_a_link():
    doc, relations = example()
    stranger = SimpleNamespace(doc="elsewhere.txt", start=0, end=5, text="Saleh stayed", sources=("AP",))
    rel = SimpleNamespace(**{**vars(relations[0]), "b": stranger})
    page = Page(render_html([doc], [rel]))
    assert len(page.find("tr", "contested")) == 1
    assert page.statuses()["contested"] == 1
    assert {h["href"][1:] for h in page.find("a")} <= page.ids


@pytest.mark.parametrize(
    "spans",
    [
        [(0, 40), (10, 20)],  # a claim inside another
        [(0, 30), (20, 50)],  # overlapping claims
        [(0, 30), (0, 30)],  # the same span twice
        [(5, 5), (0, 60)],  # an empty claim
        [(0, 10), (10, 20), (5, 25), (12, 15)],  # a mix
    ],
)
def test_overlapping_claims_keep_every_character(spans):
    text = "abcdefghij" * 6
    claims = tuple(Claim(f"a:{n}", s, e, text[s:e]) for n, (s, e) in enumerate(spans, 1))
    page = Page(render_html([document(text, claims, title=None)]))
    assert len(page.claims) == len(claims)
    assert page.bodies == [text]


def test_sources_table_and_chart():
    doc, _ = example()
    page = Page(source := render_html([doc]))
    rows = page.find("table", "sources")
    assert rows
    assert '<td>TASS</td><td>state-media</td><td class="num">1</td>' in source
    assert "<td>Amrullah Saleh</td><td>person</td>" in source  # the resolved speaker, not the mention
    assert len(page.find("circle", "dot")) == 1
    assert page.find("svg")[0]["role"] == "img"


def test_no_claims_and_no_documents():
    page = Page(render_html([document("Just words.", ())]))
    assert page.claims == []
    assert page.bodies == ["Just words."]
    assert "No citations to chart." in render_html([])


# -- The seeds ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds():
    """The sample articles, read as ``provenance report seeds/`` reads them (relative paths)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return list(provenance.extract_paths([SEEDS.name + "/"]))


@pytest.fixture(scope="module")
def seeds_page(seeds):
    return render_report(seeds, "html")


def _expected(seeds) -> tuple[int, int]:
    from provenance.compare import compare_documents

    relations = compare_documents(seeds)
    return sum(len(d.claims) for d in seeds), sum(1 for r in relations if str(r.relation) == "contested")


def test_seeds_page(seeds, seeds_page):
    page = Page(seeds_page)
    claims, contested = _expected(seeds)
    assert len(page.claims) == claims
    assert len(page.find("tr", "contested")) == contested
    for doc in seeds:
        for c in doc.claims:
            assert c.text in page.mark_text.values()
    assert len(page.find("article", "article")) == sum(len(d.articles) for d in seeds)


def test_seeds_page_is_self_contained(seeds_page):
    page = Page(seeds_page)
    assert not page.find("script") and not page.find("link") and not page.find("iframe")
    for tag, attributes in page.elements:
        for name in ("src", "srcset", "href", "xlink:href", "action", "data", "poster"):
            value = attributes.get(name)
            if value is not None:
                assert name == "href" and value.startswith("#"), (tag, attributes)
    css = "".join(page.styles)
    assert "@import" not in css and "url(" not in css and "@font-face" not in css
    assert "http://" not in css and "https://" not in css
    csp = [a for a in page.find("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_seeds_page_is_deterministic(seeds, seeds_page):
    assert render_report(seeds, "html") == seeds_page
    assert str(ROOT) not in seeds_page
    assert datetime.date.today().isoformat() not in seeds_page


# -- The command -------------------------------------------------------------


def test_html_is_a_report_format():
    assert "html" in FORMATS


def test_report_command_writes_html(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main,
        ["report", "--format", "html", "seeds/terrorism-monitor-19-17.txt", "-o", str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert result.output == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    doc = provenance.extract_path("seeds/terrorism-monitor-19-17.txt")
    assert len(Page(page).claims) == len(doc.claims)


def test_report_command_infers_html_from_the_extension(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        main,
        [
            "report",
            "seeds/taliban-faces-insurgency.txt",
            "-o",
            str(tmp_path / "r.html"),
            "-o",
            str(tmp_path / "r.json"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_contested_command_writes_the_same_page_sections(tmp_path, monkeypatch, seeds):
    """``contested --format html``: the pairs side by side, each side linked to
    its claim highlighted in its article; only the articles that hold a pair."""
    monkeypatch.chdir(ROOT)
    out = tmp_path / "contested.html"
    result = CliRunner().invoke(main, ["contested", "seeds/", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = Page(out.read_text(encoding="utf-8"))
    _, contested = _expected(seeds)
    rows = page.find("tr", "contested")
    assert len(rows) == contested
    sections = {a.get("id") for tag, a in page.elements if tag == "section"}
    assert {"contested", "articles"} <= sections and not sections & {"corroborated", "sources"}
    marks = {a["id"] for tag, a in page.elements if tag == "mark" and "id" in a}
    links = [a["href"][1:] for tag, a in page.elements if tag == "a" and a.get("href", "").startswith("#claim-")]
    assert links and set(links) <= marks  # every side links to its claim in context
    involved = {side for r in provenance.compare_documents(seeds) if r.contested for side in (r.a.doc, r.b.doc)}
    assert len(page.find("section", "document")) == len(involved)
    with_all = CliRunner().invoke(main, ["contested", "--all", "--format", "html", "seeds/"], catch_exceptions=False)
    corroborated = [r for r in provenance.compare_documents(seeds) if not r.contested]
    assert len(Page(with_all.stdout).find("tr", "corroborated")) == len(corroborated)


# -- In a real browser -------------------------------------------------------

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    found = next(filter(None, map(shutil.which, BROWSERS)), None)
    if found is None:
        pytest.skip(
            "no Chromium found (looked for: " + ", ".join(BROWSERS) + "); install Debian's chromium "
            "(apt-get install -y chromium), as .ci/run does, to render the HTML report in a browser"
        )
    return found


def _chromium(browser: str, profile, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )


def test_page_in_a_browser(browser, seeds, seeds_page, tmp_path):
    path = tmp_path / "seeds.html"
    path.write_text(seeds_page, encoding="utf-8")
    dom = Page(_chromium(browser, tmp_path / "profile", "--dump-dom", path.as_uri()).stdout)
    claims, contested = _expected(seeds)
    assert len(dom.claims) == claims
    assert dom.statuses() == Page(seeds_page).statuses()
    assert len(dom.find("tr", "contested")) == contested
    assert dom.find("section", "legend")
    assert len(dom.find("svg")) == 1

    screenshot = tmp_path / "seeds.png"
    _chromium(browser, tmp_path / "profile", f"--screenshot={screenshot}", "--window-size=1280,2000", path.as_uri())
    png = screenshot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1280, 2000)
    assert len(png) > 50_000, "the screenshot looks blank"
    print(f"screenshot: {screenshot}")


def test_escaped_text_stays_text_in_a_browser(browser, tmp_path):
    text = "".join(f"Paragraph {n}: {p} (TASS, September 4).\n\n" for n, p in enumerate(PAYLOADS))
    path = tmp_path / "payloads.html"
    path.write_text(render_html([provenance.extract(text)]), encoding="utf-8")
    dom = Page(_chromium(browser, tmp_path / "profile", "--dump-dom", path.as_uri()).stdout)
    _no_active_content(dom)
    assert dom.bodies == [text.strip()]
