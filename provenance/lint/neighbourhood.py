"""What the sourcing rules know of a claim: its sentence, the sentences around it, and who is identified.

News writing names a source once for a run of sentences: "…, the agency
reported" closes a sentence, "according to the poll" opens a run of figures,
a hedge ("reportedly") is followed by "The Harbour Times first reported …".
The PV1 rules therefore look at a claim's sentence and its neighbours in the
same paragraph, not at the claim alone.

A source is *identified* when a reader can tell who it is: a named source, a
citation, or an anonymous-looking mention that still names an institution or
a proper name ("police officials", "Norland officials", "the agency"), a
source carried by a named outlet ("told the Harbour Times", "the site's
sources").  "Sources said", "some believe", "reports emerged" identify no one.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from provenance import document, lexicon, patterns, segment
from provenance.model import Attribution, Claim, Document, SourceKind, Stance

__all__ = [
    "ANONYMITY_EXPLAINED",
    "Neighbourhood",
    "Sentence",
    "any_between",
    "headline",
    "identified",
    "impersonal",
    "reports",
]

#: Nouns of institutions: a source mention holding one names an institution
#: ("police officials", "the ministry said"), not an anonymous person.
INSTITUTION_NOUNS = lexicon.words("institution_nouns.txt")

#: Nouns of documents and data: "the poll", "the new survey" refer to one
#: document the article names, and a sentence sourced to one opens a run of its
#: figures ("according to the poll").
DOCUMENT_NOUNS = lexicon.words("document_nouns.txt")

# A definite reference to one document: "the poll", "this new survey", "the agency's report".
DEFINITE_DOCUMENT = regex.compile(r"(?i)^(?:the|this|that|these|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}(?P<noun>\p{L}+)$")

#: Words that head an anonymous mention ("sources", "officials", "reports"):
#: capitalised at a sentence start they are not proper names.
ANONYMOUS_NOUNS = frozenset(line.split()[0].casefold() for line in lexicon.lines("anonymous_nouns.txt"))

#: Words that may open an anonymous mention and are capitalised only at a
#: sentence start: function words and number words ("Some sources", "Two officials").
_COMMON_OPENERS = lexicon.FUNCTION_WORDS | frozenset(lexicon.NUMBER_WORDS) | ANONYMOUS_NOUNS

# A word of a source mention ("U.S.", "Nigerian", "officials", "site's").
MENTION_WORD = regex.compile(r"[\p{L}][\p{L}.'’-]*")

# A possessive before the anonymous noun: the sources of someone named
# ("the site's sources", "Reuters’ sources").
POSSESSIVE = regex.compile(r"\p{L}(?:['’]s|s['’])\s+\p{L}")

# The sources of someone the article has just named: "its source" (the site's),
# "his sources" (the reporter's).  "our sources" are the publication's own, anonymous.
OWNED = regex.compile(r"(?i)(?:its|their|his|her)\s+\p{L}")

# A named recipient after "told": the outlet that carried an anonymous source
# ("Two sources told the Harbour Times that …").
#   "told" + " the Harbour Times" -> named
NAMED_RECIPIENT = regex.compile(r"\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*")

# A pronoun recipient after "told", which refers to the one the sentence has just named: "a blog
# claiming sources told it", "the paper, which sources told him".
PRONOUN_RECIPIENT = regex.compile(r"\s+(?:it|him|her)\b")

# The outlet that carried a report, right after the mention: "reports in the
# Harbour Times", "accounts from Radio Norland".
NAMED_CARRIER = regex.compile(r"\s+(?:in|by|from|on)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*")

# Lower-case words right before a mention, in the same noun phrase, that may
# qualify it: "Some state officials", "two senior ministry sources".
QUALIFIERS_BEFORE = regex.compile(r"(?:[\p{L}][\p{L}'’-]*[ \t]+){1,3}\Z")
#: How far back the qualifiers of a mention are read.
_QUALIFIER_REACH = 40

# The article says why a source is anonymous, as news style asks it to.
#   "said an official who asked not to be identified"
#   "spoke on condition of anonymity"
#   "was not authorized to discuss the talks"
ANONYMITY_EXPLAINED = regex.compile(
    r"""
    (?<!\w)
    (?:anonymity
      | anonymously
      | (?:asked|requested|declined|refused|wished)\s+not\s+(?:to\s+)?be\s+(?:named|identified)
      | not\s+(?:to\s+)?be\s+(?:named|identified)
      | declined\s+to\s+be\s+(?:named|identified)
      | not\s+authori[sz]ed\s+to\s+(?:speak|discuss|comment|talk|be\s+named)
      | without\s+authori[sz]ation
    )
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


#: Subjects of an impersonal passive ("it is estimated that", "there were
#: reports"): an attribution to one of these names no source at all.
IMPERSONAL = frozenset({"it", "there"})


def impersonal(a: Attribution) -> bool:
    """Is ``a`` an impersonal passive ("It is estimated that …") that names no one?"""
    return a.source.name.casefold() in IMPERSONAL


def reports(a: Attribution) -> bool:
    """Does ``a`` source what it attributes?  Not an impersonal passive, nor what unnamed
    people believe, expect or understand ("many expect", "few people would have described"):
    an attitude of nobody in particular is no source."""
    return not impersonal(a) and not (a.anonymous and a.stance is Stance.BELIEF)


def _institution(word: str) -> bool:
    low = word.casefold().rstrip(".")
    return low in INSTITUTION_NOUNS or low.rstrip("s") in INSTITUTION_NOUNS


def _document(mention: str) -> bool:
    """Does the source mention name a document or data ("the poll", "a new survey")?"""
    return any(m.group().casefold().rstrip("s") in DOCUMENT_NOUNS for m in MENTION_WORD.finditer(mention))


# A source named vaguely without a reporting verb: the figure is attributed,
# if not to someone a reader can identify.
#   "by one estimate", "by most accounts", "according to some counts"
VAGUE_SOURCE = regex.compile(
    r"""
    \b(?:by|according\ to)
    \ (?:one|some|several|many|most|official|conservative|independent)
    \ (?:estimates?|accounts?|counts?)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# A source named with a reporting verb that the attribution grammar may not read as
# one, because the verb closes the mention of a name it does not know or the
# sentence is built around it: "TechLedger claims", "Reuters quoted the ministry as
# saying", "Hollywood Reporter reports", "Vice President Joe Biden also announced",
# "according to the conservative-leaning Tax Foundation".  The name is one to five
# capitalised words; :func:`_named_cue` drops those that are only a sentence's
# opening function word or an anonymous noun ("Sources said", "It said").  The
# inverted "Said Ellis:", "…, said Mr. Kamin" and "The word comes from analyst
# Tim Arcuri" name one too, and so does "an explosion that Mayor Ana Ruiz described as an
# attack".  An official act names the body whose record it is: "a $100 million penalty
# imposed by the Consumer Protection Bureau", "figures released by the Port Authority".
NAMED_CUE = regex.compile(
    r"""
    (?<![\p{L}\d])(?P<name>[\p{Lu}\d][\p{L}\d.'’&-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’&-]*){0,4})
    \s+(?:also\s+|has\s+|had\s+|have\s+)?
    (?:reports|reported|claims|claimed|says|said|told|tells|writes|wrote|announced|announces|quoted|quotes
       |described|describes)\b
    | \baccording\s+to\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?P<name>\p{Lu}[\p{L}.'’&-]+)
    | \b(?:study|report|survey|poll|analysis|audit|census|review)\s+(?:by|from|of)\s+
      (?:[\p{Ll}-]+\s+){0,3}(?P<name>\p{Lu}[\p{L}.'’&-]+)
    | \b(?:[Ss]aid|[Ss]ays|[Aa]dded)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>\p{Lu}[\p{L}'’-]+)
    | \b(?:comes?|came)\s+from\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?P<name>\p{Lu}[\p{L}.'’&-]+)
    | \b(?:imposed|levied|ordered|announced|released|published|issued|awarded)\s+by\s+(?:the\s+)?
      (?:[\p{Ll}-]+\s+){0,2}(?P<name>\p{Lu}[\p{L}.'’&-]+)
    """,
    regex.VERBOSE,
)

# A document the article has introduced, or its authors, stating a finding: "the study
# found", "The authors of the report, which include the U.S. Tax Fund, … found an astonishing
# 73 percent", "this survey shows" (the clause between may hold an abbreviation's periods).
# "A study found" names no document: it is not here.  Two more ways news writing names the
# document that figures come from: a document with its maker ("a civil complaint filed by the
# Securities and Exchange Commission", "a report released by the ministry"), and a statement
# made in one ("“We expect to hire,” the firm said in the filing").
DOCUMENT_FINDS = regex.compile(
    r"""
    \b(?i:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}
    (?:(?i:authors|researchers)\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2})?
    (?i:report|study|survey|poll|analysis|audit|census|review|authors|researchers)\b
    (?:[^.!?;]|(?<=\b\p{Lu})\.){0,200}?                            # U.S., E.U. do not end it
    \b(?i:found|finds|shows?|showed|estimates?|estimated|concluded|concludes|tallied)\b
    | \b(?i:\L<documents>)s?\s+(?i:filed|issued|released|published|compiled)\s+by\s+
      (?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}
    | \b(?i:said|says|wrote|writes|stated|states|disclosed|discloses|noted|notes)\s+in\s+
      (?i:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?i:\L<documents>)s?\b
    """,
    regex.VERBOSE,
    documents=sorted(DOCUMENT_NOUNS, key=len, reverse=True),
)

# Who said it, written after the statement, which the attribution grammar may
# miss; named or not (an anonymous one is PV102's matter), it attributes the
# sentence: "…, residents said Thursday."  "…, the two officials added."
TRAILING_SAID = regex.compile(
    r"""
    ,\s*(?:[\p{L}.'’-]+\s+){1,4}(?:said|say|says|added|reported|told\s+[\p{L}.'’-]+)
    (?:\s+(?:on\s+)?[\p{L}]+)?\s*[.!]?[”"’']*\s*$
    """,
    regex.VERBOSE,
)

#: Heads of routine official attribution: "officials said", "the authorities
#: say" stand for the officials of the story's institution or place, which
#: news style names once (AP: "police officials", "state officials") and then
#: calls "officials".  One unnamed official is an anonymous source.
ROUTINE_OFFICIAL_HEADS = frozenset({"officials", "authorities"})


def _named_cue(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a source with a reporting verb (:data:`NAMED_CUE`)?

    >>> _named_cue("TechLedger claims the firm made 3,000 units.", 0, 44)
    True
    >>> _named_cue("Sources said the firm made 3,000 units.", 0, 39)
    False
    """
    for m in patterns.finditer(NAMED_CUE, text, start, end):
        words = [w.casefold().rstrip(".") for w in m.group("name").split()]
        if any(not w.isdigit() and w not in _COMMON_OPENERS and w.rstrip("s") not in _COMMON_OPENERS for w in words):
            return True
    return False


def identified(a: Attribution, text: str) -> bool:
    """Can a reader tell who the source of ``a`` is?

    >>> from provenance.model import Source, SourceKind
    >>> t = "Police officials said the road is closed."
    >>> identified(Attribution(0, 16, Source("Police officials", SourceKind.ANONYMOUS), "said", 17, 21, 22, 40), t)
    True
    >>> t = "Sources said the road is closed."
    >>> identified(Attribution(0, 7, Source("Sources", SourceKind.ANONYMOUS), "said", 8, 12, 13, 31), t)
    False
    """
    if not a.anonymous:
        return True
    mention = text[a.start : a.end]
    before = patterns.search(QUALIFIERS_BEFORE, text, max(0, a.start - _QUALIFIER_REACH), a.start)
    if before and any(_institution(m.group()) for m in MENTION_WORD.finditer(before.group())):
        return True  # "Some state officials said" with the mention "officials"
    words = [m.group() for m in MENTION_WORD.finditer(mention)]
    for i, word in enumerate(words):
        low = word.casefold().rstrip(".")
        if _institution(word):
            return True
        if word[0].isupper() and not (low in _COMMON_OPENERS or (i == 0 and low.rstrip("s") in _COMMON_OPENERS)):
            return True  # a proper name or adjective: "Norland officials", "U.S. diplomats"
    if POSSESSIVE.search(mention) or OWNED.match(mention):
        return True
    if _document(mention) and DEFINITE_DOCUMENT.match(mention.strip()):
        return True
    if patterns.match(NAMED_CARRIER, text, a.end) is not None:
        return True  # "reports in the Harbour Times"
    if a.cue.casefold().endswith("told") and patterns.match(PRONOUN_RECIPIENT, text, a.cue_end) is not None:
        return True  # "a blog claiming sources told it": the sources of the one just named, as "its sources"
    return a.cue.casefold().endswith("told") and patterns.match(NAMED_RECIPIENT, text, a.cue_end) is not None


@attrs.frozen
class Sentence:
    """A sentence of a document, with the claims it holds."""

    start: int
    end: int
    paragraph: int
    """Index of the paragraph (blank-line separated) it stands in."""
    claims: tuple[Claim, ...]
    sourced: bool
    """A citation or an identified attribution supports one of its claims, or a cue of one stands in it."""
    documented: bool = False
    """An identified attribution of the sentence names a document or data ("according to the poll")."""
    attributed: bool = False
    """A citation or any attribution, identified or anonymous, supports one of its claims or stands in it."""


class Neighbourhood:
    """The sentences of one document, each with whether it is sourced, and their neighbours."""

    def __init__(self, doc: Document):
        text = doc.text
        paragraphs = segment.paragraphs(text)
        starts = [p.start for p in paragraphs]
        named = [a for a in doc.attributions if identified(a, text)]
        vague = sorted(m.start() for m in patterns.finditer(VAGUE_SOURCE, text))
        every_cue = sorted(a.cue_start for a in doc.attributions if reports(a))
        cues = sorted(a.cue_start for a in named)
        documents = sorted(
            # a report carried by a news outlet ("a report on Harbour Daily") is that outlet's story,
            # not a document or data whose figures the sentences after it restate
            [a.cue_start for a in named if _document(text[a.start : a.end]) and a.source.kind is not SourceKind.OUTLET]
            + [m.start() for m in patterns.finditer(DOCUMENT_FINDS, text)]
        )
        by_span: dict[tuple[int, int], list[Claim]] = {}
        for claim in doc.claims:
            span = (claim.sentence_start, max(claim.sentence_end, claim.end))
            by_span.setdefault(span, []).append(claim)
        self.text = text
        self.sentences: list[Sentence] = []
        self._index: dict[str, int] = {}
        for (start, end), claims in sorted(by_span.items()):
            sourced = (
                any(c.citations or any(identified(a, text) for a in c.attributions) for c in claims)
                or any_between(cues, start, end)
                or any_between(documents, start, end)
                or _named_cue(text, start, end)
            )
            paragraph = max(0, bisect.bisect_right(starts, start) - 1)
            for c in claims:
                self._index[c.id] = len(self.sentences)
            attributed = (
                sourced
                or any(c.citations or any(reports(a) for a in c.attributions) for c in claims)
                or any_between(every_cue, start, end)
                or any_between(vague, start, end)
                or patterns.search(TRAILING_SAID, text, start, end) is not None
            )
            documented = any_between(documents, start, end)
            self.sentences.append(Sentence(start, end, paragraph, tuple(claims), sourced, documented, attributed))

    def index(self, claim: Claim) -> int:
        """The index of the sentence of ``claim``."""
        return self._index[claim.id]

    def sentence(self, claim: Claim) -> Sentence:
        return self.sentences[self.index(claim)]

    def neighbours(self, claim: Claim, *, next_paragraph: bool = False) -> list[Sentence]:
        """The sentences just before and just after the claim's in the same paragraph; with
        ``next_paragraph``, the one after it also when it opens the next paragraph (a hedged
        lead, or unnamed experts, are often sourced there: "Said Ellis: …")."""
        i = self.index(claim)
        here = self.sentences[i]
        return [
            self.sentences[j]
            for j in (i - 1, i + 1)
            if 0 <= j < len(self.sentences)
            and (self.sentences[j].paragraph == here.paragraph or (next_paragraph and j == i + 1))
        ]

    def explains_anonymity(self, claim: Claim, *, anywhere: bool = False) -> bool:
        """Does the claim's sentence say why its source is anonymous?  With ``anywhere``, does a
        sentence of the article say so (of "the source" the claim refers to, introduced once)?"""
        if anywhere:
            return self._explains_anonymity_anywhere
        s = self.sentence(claim)
        return patterns.search(ANONYMITY_EXPLAINED, self.text, s.start, s.end) is not None

    @functools.cached_property
    def lead(self) -> int | None:
        """The index of the article's lead sentence: its first that is no headline or title."""
        return next((i for i, s in enumerate(self.sentences) if not all(headline(c.text) for c in s.claims)), None)

    @functools.cached_property
    def _explains_anonymity_anywhere(self) -> bool:
        """Does a sentence of the article say why a source is anonymous?  Read once per article."""
        return patterns.search(ANONYMITY_EXPLAINED, self.text) is not None


# A word of four letters or more.
LONG_WORD = regex.compile(r"[\p{L}][\p{L}'’-]{3,}")
#: Words of four letters or more a sentence needs before its capitals can make it
#: a headline: "The New York Times reported on Monday." is prose.
HEADLINE_WORDS = 5


def headline(text: str) -> bool:
    """Is ``text`` a headline, a title or a related-story link: long enough, and in Title Case
    (:func:`provenance.document.title_case`)?

    >>> headline("Warren Hammers Wells Fargo Chief Over Fake Accounts"), headline("Warren grilled the bank's chief.")
    (True, False)
    >>> headline("The New York Times reported on Monday.")
    False
    """
    return sum(1 for _ in LONG_WORD.finditer(text)) >= HEADLINE_WORDS and document.title_case(text)


def any_between(offsets: Sequence[int], start: int, end: int) -> bool:
    """Is one of the sorted ``offsets`` in ``[start, end)``?

    >>> any_between([3, 9], 4, 9), any_between([3, 9], 4, 10)
    (False, True)
    """
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end
