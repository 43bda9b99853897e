"""Content spans: what a cue attributes, within its sentence and across a quotation.

:func:`choose_content` picks the content before or after a cue in its
sentence; :func:`stretch_quotations` lets quoted content run over every
sentence of its quotation, where the sentence splitter cut it up.
"""

from __future__ import annotations

import bisect
import enum

import attrs
import regex

from provenance.attribution.sentence import Sentence
from provenance.attribution.words import (
    AMBIGUOUS_QUOTES,
    CLOSING_QUOTES,
    DASHES,
    FINITE_AUXILIARIES,
    OPENING_QUOTES,
    TRAILING_PUNCT,
)
from provenance.model import Attribution, Span


class After(enum.StrEnum):
    """What follows a reporting cue once adverbials are skipped: where its content can start."""

    THAT = "that"
    """A that-clause: "said that ..."."""
    COLON = "colon"
    """A colon: "said: ..."."""
    QUOTE = "quote"
    """A quotation opening: "said “...”"."""
    COMMA = "comma"
    """A comma: the content may be before the cue ("..., he said, ...")."""
    END = "end"
    """The sentence or clause ends: the content is before the cue."""
    BARE = "bare"
    """Words straight after the cue: an object or a clause without "that"."""


#: What follows a cue that makes the words after it its content whatever they are:
#: a that-clause, a colon or a quotation.
INTRODUCED = frozenset({After.THAT, After.COLON, After.QUOTE})


def content_span(s: Sentence, a: int, b: int) -> tuple[int, int] | None:
    """Characters of tokens ``a..b``, without trailing commas; None when empty."""
    toks = s.toks
    while b >= a and toks[b].text in TRAILING_PUNCT:
        b -= 1
    while a <= b and toks[a].text in ",;:":
        a += 1
    if a > b or not s.words(a, b):
        return None
    return toks[a].start, toks[b].end


def choose_content(
    s: Sentence,
    group_start: int,
    after_i: int,
    after_kind: After,
    accept_bare: bool,
) -> tuple[tuple[int, int] | None, bool, str]:
    """Pick the content of a cue whose source and cue start at token ``group_start``.

    The content follows the cue (``said that P``, ``said: "Q"``, ``said P``) or
    precedes it (``"Q," she said``, ``P, officials said``); a cue set off by
    commas inside its content (``The war, he warned, will go on``) takes both
    sides.  Returns (character span or None, whether it follows the cue, where
    it is: ``here``, ``next`` paragraph or ``previous`` sentence).
    """
    toks = s.toks
    if after_kind == After.BARE and _circumstance(s, after_i):
        after_kind = After.END  # "…, Ruiz said as she left": the clause after the cue is the writer's
    before: tuple[int, int] | None = None
    before_kind: After | None = None  # set only when there is content before
    b = group_start - 1
    if b >= 0:
        if s.closes[b] or (toks[b].text == "," and b >= 1 and s.closes[b - 1]):
            before_kind = After.QUOTE if _quotation_leads(s, b) else After.COMMA
        elif toks[b].text == "," or toks[b].text in DASHES:
            before_kind = After.COMMA
        end_b = b
        while end_b >= 0 and (toks[end_b].text == "," or toks[end_b].text in DASHES):
            end_b -= 1
        if before_kind and end_b >= 0 and (after_kind == After.COMMA or not _opener(s, end_b)):
            before = content_span(s, 0, end_b)
        if before is None:
            before_kind = None
    after = None
    if after_kind in (After.THAT, After.COLON, After.QUOTE, After.COMMA) or (after_kind == After.BARE and accept_bare):
        after = content_span(s, after_i, s.last)
    if after_kind == After.COLON and after is None:
        return None, True, "next"
    if before_kind == After.QUOTE and before is not None:
        if after is not None and after_kind in (After.THAT, After.COLON):
            return after, True, "here"
        if after_kind in (After.COMMA, After.BARE) and any(
            # the quotation resumes after a comma, a colon or a conjunction ("…, referring to X,
            # “Q2.”", "he said, but “Q2”"); a quoted word inside a clause ("arguing he will bring
            # a “common-sense” approach") does not
            s.opens[x] and x > 0 and toks[x - 1].low in (",", ":", "but", "and")
            for x in range(after_i, min(s.last + 1, after_i + 30))
        ):
            whole = content_span(s, 0, s.last)
            if whole is not None:
                return (before[0], whole[1]), False, "here"  # "“Q1,” Tester said, referring to X, “Q2.”"
        if after is not None and after_kind == After.QUOTE:
            return (before[0], after[1]), False, "here"  # a quotation split by its tag: "“Q1,” she said, “Q2.”"
        return before, False, "here"
    if before_kind == After.COMMA and before is not None:
        if after_kind == After.END or (after is None and after_kind != After.BARE):
            return before, False, "here"
        if after_kind == After.COMMA and after is not None:
            if s.words(0, group_start - 1) <= 3 and not _verb_at(s, after_i):
                return after, True, "here"  # "In 2010, he said, the plant closed"
            return (before[0], after[1]), False, "here"  # "The museum, he said, would …": both sides
        return after, True, "here"
    if after is not None and after_kind != After.COMMA:
        if after_kind in (After.THAT, After.BARE) and _in_introductory_clause(s, group_start):
            after = _before_main_clause(s, after)  # "While Ruiz said the plan is flawed, | she voted for it"
        return after, True, "here"
    if after_kind in (After.END, After.COMMA) and group_start == 0:
        return None, False, "previous"  # "“…?” / Trump said, looking out on the crowd."
    return None, False, "here"


#: Subordinators that open the writer's circumstance right after a cue ("said as he entered the
#: talks", "told before police arrived"), not what was said; "if", "unless" and "because" may
#: open the reported clause itself ("said if elected he would …"), "when" a question ("did not
#: say when they would vote").
CIRCUMSTANCES = frozenset("as while after before since until though although whereas".split())
#: Subject pronouns that open a clause after a subordinator.
CLAUSE_SUBJECTS = frozenset("he she they we i it".split())


def _in_introductory_clause(s: Sentence, group_start: int) -> bool:
    """Does the source and cue at ``group_start`` stand in a subordinate clause that opens the
    sentence, with no comma before it ("While Ruiz said …", "Although the mayor insisted …")?"""
    toks = s.toks
    first = 0
    while first < group_start and (s.opens[first] or toks[first].low in ("and", "but", "so", "yet")):
        first += 1
    if first >= group_start or toks[first].low not in SUBORDINATORS or toks[first].low in ("if", "because", "unless"):
        return False  # "If elected, …" and "Because …" may be what is said
    return not any(toks[k].text in ",;:" or toks[k].text in DASHES for k in range(first, group_start))


def _before_main_clause(s: Sentence, content: tuple[int, int]) -> tuple[int, int]:
    """The content of a cue in an introductory clause, cut at the comma that closes the clause:
    the first comma outside a quotation that a word able to open the main clause follows (not a
    relative pronoun, a conjunction or a verb: "said the bridge, which is old, was safe, | engineers …")."""
    toks = s.toks
    a, b = s.index_at(content[0]), s.index_at(content[1]) - 1
    for k in range(a + 1, b):
        if toks[k].text != "," or (s.quoted and s.quoted[k]):
            continue
        nxt = toks[k + 1]
        if not nxt.word or nxt.low in ("who", "which", "whom", "whose", "and", "but", "or", "nor", "then"):
            continue
        if nxt.low in FINITE_AUXILIARIES or (not nxt.cap and nxt.low.endswith("ed")):
            continue
        cut = content_span(s, a, k - 1)
        return cut if cut is not None else content
    return content


def _circumstance(s: Sentence, i: int) -> bool:
    """Does a subordinate clause of the writer's open at token ``i``, right after a cue: a
    subordinator, then a subject and its verb ("as he entered the talks", "before police
    arrived")?  Not a phrase before the content ("after the convention he would not …"), nor
    "as" before a complement ("described as reckless", "said as much")."""
    toks = s.toks
    if i > s.last or toks[i].low not in CIRCUMSTANCES:
        return False
    if i + 1 <= s.last and toks[i + 1].low in CLAUSE_SUBJECTS:
        return True
    if toks[i].low == "as" and not (i + 1 <= s.last and (toks[i + 1].cap or toks[i + 1].low in ("the", "a", "an"))):
        return False  # "criticized as fiendishly complicated": a complement, no clause
    for k in range(i + 2, min(s.last, i + 4) + 1):
        t = toks[k]
        if not t.word or t.low in CLAUSE_SUBJECTS:
            return False
        if t.low in FINITE_AUXILIARIES or (t.low.endswith("ed") and not t.cap):
            return True
    return False


def _verb_at(s: Sentence, i: int) -> bool:
    """Does the content after a parenthetical cue open with a finite auxiliary or modal ("The
    museum, he said, would …"), so the words before the cue are its subject?"""
    toks = s.toks
    while i <= s.last and toks[i].text == ",":
        i += 1
    return i <= s.last and toks[i].low in FINITE_AUXILIARIES


#: Words that open a subordinate clause: a sentence that opens with one and reaches the
#: source without a comma of its own is an introductory clause, not a report
#: ("As the vote neared, Ruiz said ...", "When asked, he said ...").
SUBORDINATORS = frozenset(
    "as when while if although though after before since because unless once until whereas despite".split()
)


def _opener(s: Sentence, end: int) -> bool:
    """Is tokens ``0..end`` an introductory clause of the sentence, not what its cue reports?

    A subordinate clause ("As the vote neared,") or a participle clause ("Speaking to
    reporters,", "Bemoaning the “phony system,”") with no comma inside it: "If elected, I will
    cut taxes, he said" has a main clause after its own comma and is the content.
    """
    toks = s.toks
    first = 0
    while first <= end and (s.opens[first] or not toks[first].word):
        if s.opens[first]:
            return False  # a quotation opens the sentence: the quoted words are what was said
        first += 1
    if first > end:
        return False
    t = toks[first]
    participle = t.cap and t.low.endswith("ing") and len(t.low) > 4
    if not (t.low in SUBORDINATORS or participle):
        return False
    if participle and any(toks[k].low in FINITE_AUXILIARIES for k in range(first + 1, end + 1)):
        return False  # "Shifting monsoon patterns could affect a billion people, he said": a gerund subject
    last = end
    while last > first and (toks[last].text == "," or s.closes[last]):
        last -= 1
    return not any(toks[k].text in ",;:" for k in range(first, last + 1))


def _quotation_leads(s: Sentence, b: int) -> bool:
    """Does the quotation closing at token ``b`` open the sentence (or continue one)?

    ``"Q," she said`` -- yes; ``In an interview on "Face the Nation," Ryan said`` -- no.
    """
    k = b - 1
    while k >= 0 and b - k <= 200 and not s.opens[k]:
        k -= 1
    if k < 0 or b - k > 200:
        return True  # the quotation began in an earlier sentence
    return s.words(0, k - 1) <= 3


def stretch_quotations(
    text: str, spans: list[Span], paragraph_of: list[int], open_at_start: list[bool], found: list[Attribution]
) -> list[Attribution]:
    """Stretch quoted content over the sentences of its quotation.

    The sentence splitter cuts ``“A. B,” she said. “C. D.”`` into four
    sentences; the content of "she said" is the whole quotation: back to the
    opening mark of the quotation it ends, and on over the quotation that
    continues it in the same paragraph, unless a cue of its own (another
    speaker's) falls in that quotation.

    A quotation also goes on over the paragraphs that only continue it: news
    style opens each paragraph of a long quotation with a quotation mark and
    names no new speaker, so the last attribution of a paragraph whose quoted
    content reaches the paragraph's end takes the next paragraphs that open
    with a quotation mark, hold no cue and end inside or at the end of a
    quotation (``“We will not leave,” the mayor said.`` / ``“Not this week.”``).

    The work is linear: every look-up is a bisection or a set membership.
    """
    starts = [sp.start for sp in spans]
    cue_sentences = {bisect.bisect_right(starts, a.cue_start) - 1 for a in found}
    last_cue: dict[int, int] = {}  # paragraph -> the cue that comes last in it
    for a in found:
        para = paragraph_of[bisect.bisect_right(starts, a.cue_start) - 1]
        last_cue[para] = max(last_cue.get(para, -1), a.cue_start)
    n = len(spans)
    last_opening: dict[int, int] = {}
    out = []
    for a in found:
        k = bisect.bisect_right(starts, a.content_start) - 1
        if k < 0 or a.content_end > spans[k].end:
            out.append(a)
            continue
        start, end = a.content_start, a.content_end
        body = text[start:end]
        own = bisect.bisect_right(starts, a.cue_start) - 1
        tail_start = max(a.cue_end, a.end, end)
        tail = text[tail_start : spans[own].end] if own >= 0 and spans[own].end - tail_start <= 120 else "x " * 7
        ends_sentence = own >= k and _word_count_text(tail) <= 6
        # backwards: the content opens its sentence inside a quotation begun earlier
        if open_at_start[k] and start == spans[k].start:
            j = k - 1
            while (
                j >= 0 and paragraph_of[j] == paragraph_of[k] and not (j in cue_sentences and j != own) and k - j <= 12
            ):
                if not open_at_start[j]:
                    if j not in last_opening:
                        last_opening[j] = max(text.rfind(q, spans[j].start, spans[j].end) for q in '“"')
                    opened = last_opening[j]
                    start = opened if opened >= 0 else spans[j].start
                    break
                j -= 1
        # forwards: the quotation goes on in the next sentences of the paragraph
        if body.rstrip()[-1:] in "”\"'" or end >= spans[k].end - 2 or ends_sentence:
            j = max(k, own) + 1
            while j < n and paragraph_of[j] == paragraph_of[k] and j - k <= 12:
                piece = text[spans[j].start : min(spans[j].end, spans[j].start + 16)].lstrip()
                if not (open_at_start[j] or piece[:1] in '“"' or piece.startswith("''")):
                    break
                m = j  # the quotation's last sentence
                while m + 1 < n and paragraph_of[m + 1] == paragraph_of[k] and open_at_start[m + 1] and m - j < 12:
                    m += 1
                if any(x in cue_sentences and x != own for x in range(j, m + 1)):
                    break  # another speaker's quotation
                end = spans[m].end
                j = m + 1
        # on over the paragraphs that only continue the quotation
        if own >= 0 and last_cue[paragraph_of[own]] == a.cue_start and _quoted(text[start:end]):
            last = max(own, bisect.bisect_right(starts, end - 1) - 1)
            end = _continued_paragraphs(text, spans, paragraph_of, cue_sentences, last, end)
        if (start, end) != (a.content_start, a.content_end):
            a = attrs.evolve(a, content_start=start, content_end=end)
        out.append(a)
    return out


#: How many paragraphs a quotation may continue over.
MAX_CONTINUED_PARAGRAPHS = 6


def _quoted(content: str) -> bool:
    """Is the content a quotation (it opens or closes with a quotation mark)?"""
    content = content.strip()
    return content[:1] in OPENING_QUOTES | AMBIGUOUS_QUOTES or content.rstrip(".,")[-1:] in CLOSING_QUOTES | {'"'}


def _continued_paragraphs(
    text: str, spans: list[Span], paragraph_of: list[int], cue_sentences: set[int], m: int, end: int
) -> int:
    """The end of quoted content that ends at ``end`` in sentence ``m`` (or whose cue is
    there), stretched over the paragraphs after it that only continue the quotation."""
    n = len(spans)
    for _ in range(MAX_CONTINUED_PARAGRAPHS):
        if m + 1 >= n or paragraph_of[m + 1] == paragraph_of[m]:
            return end  # the content does not reach the end of its paragraph
        j = last = m + 1
        while last + 1 < n and paragraph_of[last + 1] == paragraph_of[j]:
            last += 1
        body = text[spans[j].start : spans[last].end].strip()
        if body.startswith("''"):
            body = "“" + body[2:]
        if body.rstrip(".,").endswith("''"):
            body = body.rstrip(".,")[:-2] + "”"
        if body[:1] not in '“"':
            return end  # not a quotation
        # one quotation to the end of the paragraph, closed there or left open to go on
        closes = body.rstrip(".,")[-1:] in '”"'
        inner = body[1:].rstrip(".,")[:-1] if closes else body[1:]
        if any(q in inner for q in '“”"') or any(x in cue_sentences for x in range(j, last + 1)):
            return end  # narrative between quotations, or a cue: not only the quotation
        end, m = spans[last].end, last
    return end


def _word_count_text(text: str) -> int:
    return sum(1 for _ in WORD_RUN.finditer(text))


# A run of letters or digits, for counting words.
WORD_RUN = regex.compile(r"[\p{L}\p{N}]+")


def previous_quote(text: str, span: Span) -> tuple[int, int] | None:
    """The quotation that ends the sentence ``span``, from its last opening quote."""
    end = span.end
    while end > span.start and (text[end - 1].isspace() or text[end - 1] in TRAILING_PUNCT):
        end -= 1
    if end <= span.start or text[end - 1] not in CLOSING_QUOTES | AMBIGUOUS_QUOTES:
        return None
    start = max(text.rfind(q, span.start, end - 1) for q in OPENING_QUOTES | {'"'})
    start = start if start >= 0 else span.start
    return (start, end) if end > start else None
