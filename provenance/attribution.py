"""Narrative attributions: who said what, with which cue, about what.

:func:`find_attributions` reads the sentences of one article and returns every
narrative attribution in them: the source mention as written, the reporting cue,
the attributed content, the resolved speaker and the stance the cue takes.

Constructions recognised (each a general fact of news prose, none tied to an
article):

* a reporting verb with its subject before it, in any tense and with adverbs
  (``Ruiz said``, ``the board did note that``, ``he later told reporters``,
  ``Ruiz also vowed that``), or after it in inverted order
  (``"…," said the minister``), past appositives and relative clauses
  (``Jane Smith, 45, who runs a bakery, said``); the verbs are a lexicon kept
  as data (``data/reporting_verbs.txt``) where "weak" verbs (``added``,
  ``noted``, ``believe``, ``write``) count only with a that-clause, a
  quotation, a colon, a clause led by a pronoun or in inverted order, so that
  "the company added jobs" or "I write from home" are no attributions;
  ``told`` needs an object; denials such as ``rejected`` need a report as
  their object ("rejected the claims", not "rejected military rule");
* ``according to X``, before, after or around its content;
* passives: ``is reported to have said``, ``is reported as saying``,
  ``was quoted as saying``, ``it is estimated/believed that``, and reports
  carried by an agent (``which was confirmed by a former transport minister``);
* ``X: "…"`` and ``He has said: "…"``; a sentence that is only a name and a
  colon (``Harbour Times:``) introduces the next paragraph, which becomes
  the content, and attributions in the paragraphs it introduces carry it as
  ``via``; a speaker in capitals at the start of a paragraph (``SENATOR: …``)
  speaks to the end of the paragraph; a quotation signed with a dash
  (``"…" ― Ana Ruiz``);
* publishing acts that carry content (``published an op-ed … urging
  calm``, ``issued a decree banning …``, ``is running stories praising …``)
  and ``claimed responsibility``; the outlet named by ``in an op-ed for X``,
  ``in an interview with X``, ``told Reuters``, ``on its YouTube channel`` is
  the ``via``;
* anonymous and vague sources (``reports emerged that``, ``some reports
  suggest``, ``word out of Port Meridian is that``, ``sources said``, ``officials say``,
  ``a source close to …``, ``observers believe``, ``it is believed that``,
  ``rumours have it that``).

Cues inside a quotation are the quoted speaker's words, not the article's
report, and are skipped ("“I think it will fail,” he said" has one
attribution); so are the writer's own ``I``/``we``/``you``.

Anonymous or person -- the rule:

* a source whose head noun is in ``data/anonymous_nouns.txt`` without a mark
  (``sources``, ``a source close to the president``, ``reports``, ``rumours``,
  ``word``, ``people familiar with the matter``, ``some``, ``others``) is
  **anonymous** whatever qualifies it;
* a plural role marked ``?`` there (``officials``, ``observers``,
  ``analysts``, ``experts``, ``diplomats``, ``critics``, ``authorities``) is
  anonymous unless a name or affiliation qualifies it: a capitalised modifier
  (``U.S. officials``, ``Norwegian authorities``), a possessive
  (``Trump's advisers``) or a link to a named body (``officials at the
  ministry``) makes officials and authorities an **official** source and the
  others **person** sources; ``Western``, ``local``, ``senior``, ``close to``
  and ``familiar with`` do not qualify;
* a described individual or group by role (``a former transport ministry
  official``, ``the official``, ``local fishermen``, ``a former transport
  minister``) is a **person** source, with ``speaker`` None unless it resolves
  to an earlier mention;
* institutions by role noun (``the ministry``, ``police``), organisations and
  places by name (``Harbour Watch``, ``FCM-N``, ``Norway``) are
  **official**; outlets take their kind from the source registry
  (``Al Jazeera`` -> outlet, ``Xinhua`` -> state media).  Anonymous sources hedge
  what they report.

Speakers are resolved within the article, in order: a full name is its own
speaker (titles dropped: ``Prime Minister Lena Okafor`` -> ``Lena
Okafor``); a surname resolves to an earlier full name ending with it
(``Brandt`` -> ``Tomas Brandt``); ``he``/``she`` to the person last named
before it in the sentence, else to the last person who spoke or was the
subject of a sentence (a name, or the fullest description when no name was
given); ``the official``/``the police chief`` to the earlier mention of that
role (an appositive ``the police chief of X, Firstname Lastname``,
``Firstname Lastname, the minister``, a title ``Minister Firstname
Lastname``, or an earlier described source ``a former transport ministry
official``); ``it`` and ``which`` to the organisation or place named first in
the sentence before it or in the sentence before that; ``who`` to the phrase
it follows.  Anything else stays None.

A quotation's content runs over every sentence of the quotation, even where
the sentence splitter cut it up (see :data:`SPAN_QUOTATIONS`); other content
stays inside the cue's sentence, except for the paragraph a label introduces.

Every scan is left to right with bounded look-around (a few tokens back or
ahead of a cue, prefix counts for the rest), so the work is linear in the
length of the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import operator
from collections.abc import Sequence
from importlib import resources
from typing import NamedTuple

import attrs
import regex

from provenance.model import Attribution, Source, SourceKind, Span, Stance, source_key
from provenance.segment import ABBREVIATIONS, BLANK_LINE
from provenance.sources import Registry, default_registry

__all__ = ["Lexicon", "Verb", "find_attributions", "lexicon"]

log = logging.getLogger(__name__)

#: Seconds a pattern may run over a sentence, plus :data:`MATCH_TIMEOUT_PER_CHAR` per
#: character of it, before the sentence is skipped.  The patterns are linear; this
#: only guards against the unforeseen without cutting off long but honest input.
MATCH_TIMEOUT = 5.0
MATCH_TIMEOUT_PER_CHAR = 2e-5

# ---------------------------------------------------------------------------
# Word lists that are part of the grammar (the lexicons are data files).

#: Words that open a noun phrase and end it when read right to left.
DETERMINERS = frozenset(
    "the a an this that these those some many several most all both each every another other "
    "no few his her its their our my your whose".split()
)
#: Pronouns that can be the subject of a reporting verb.
SUBJECT_PRONOUNS = frozenset("he she they we i it you".split())
#: Pronouns that can be the object of ``told``.
OBJECT_PRONOUNS = frozenset("him her them us me you it".split())
#: Pronouns of the writer or the addressee: never a source ("I think", "you say").
FIRST_SECOND_PERSON = frozenset("i we you".split())
#: Relative pronouns that can be the subject of a reporting verb.
RELATIVE_PRONOUNS = frozenset("who which".split())
#: Pronoun contractions that start a clause ("say they're prepared").
PRONOUN_CONTRACTIONS = frozenset(
    "he's she's it's they're we're i'm you're there's they've we've i've he'd she'd they'd we'd i'd "
    "they'll we'll he'll she'll it'll i'll there".split()
)
#: Auxiliaries and negations that belong to the cue ("has said", "did not say").
AUXILIARIES = frozenset(
    "has have had having did does do will would could can may might should must shall is was are were "
    "be been being am not n't never didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't "
    "isn't wasn't weren't aren't can't cannot".split()
)
#: Forms of "be": a past participle after one of these is passive.
BE_FORMS = frozenset("is was are were be been being am".split())
#: Adverbs that may stand inside the cue ("also said", "later told", "repeatedly denied").
CUE_ADVERBS = frozenset(
    "also later then again never not once still even first finally since further subsequently "
    "separately privately openly earlier already just only initially immediately previously "
    "recently reportedly repeatedly publicly allegedly".split()
)
#: Adverbs whose presence in the cue hedges it.
HEDGE_ADVERBS = frozenset("reportedly allegedly purportedly supposedly apparently".split())
#: Phrases that a parenthetical between subject and verb may consist of (", meanwhile,").
ASIDE_PHRASES = frozenset(
    p.strip()
    for p in """meanwhile, however, though, too, moreover, therefore, instead, indeed, also, nevertheless,
    nonetheless, in turn, for example, for instance, in particular, of course, at least, at the same time,
    in fact, again, then, now, still, furthermore, notably, in response, in addition""".split(",")
)
#: The one-word asides.
ASIDE_WORDS = frozenset(p for p in ASIDE_PHRASES if " " not in p)
#: Function words that never belong to a noun phrase.
STOP_WORDS = (
    frozenset(
        """
    about above across after against along amid amidst among around as at before behind below beneath beside
    besides between beyond by despite down during except for from in inside into like near of off on onto out
    outside over past per since than through throughout till to toward towards under unlike until up upon via
    with within without and or nor but yet so because although though while whereas if unless whether when
    whenever where wherever once what whom whose which who why how there here not also even just only still
    very too now then however meanwhile moreover therefore thus already again never ever always often
    sometimes soon instead indeed perhaps maybe rather quite almost nevertheless otherwise notably
    """.split()
    )
    | AUXILIARIES
    | SUBJECT_PRONOUNS
    | OBJECT_PRONOUNS
    | PRONOUN_CONTRACTIONS
)
#: Common verbs that end a noun phrase when read left to right ("leaders hope").
COMMON_VERBS = frozenset(
    """
    get gets got make makes made go goes went take takes took come comes came see sees saw seem seems seemed
    appear appears appeared become becomes became remain remains remained want wants wanted need needs
    needed hope hopes hoped try tries tried plan plans planned expect expects expected face faces faced
    give gives gave keep keeps kept let lets put puts seek seeks sought lead leads led leave leaves left
    include includes included help helps helped call calls called move moves moved live lives lived fled
    arrived arrive arrives stabbed killed kill kills fought fight fights heads head won win wins lost lose
    began begin begins started start starts continued decided decide decides offered offer offers
    """.split()
)
#: Words that link a noun to its complement inside a source phrase ("official of the ministry").
LINKS = frozenset("of in at from for to with".split())
#: Words that stand for a number of people ("Hundreds of Norwegians"): the head is what follows "of".
QUANTITY_WORDS = frozenset(
    "hundreds thousands dozens millions scores tens one two three four five six seven eight nine ten "
    "some many most all none each several majority number group handful couple".split()
)
#: Numbers in words: never part of a name.
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty hundreds thousands dozens millions".split()
)
#: Capitalised modifiers that do not make a vague source affiliated ("Western diplomats").
VAGUE_MODIFIERS = frozenset("western eastern northern southern foreign international local senior".split())
#: Words ending in -ing that are not participles.
NOT_PARTICIPLES = frozenset(
    """
    during according including following regarding concerning morning evening something nothing anything
    everything thing things king ring spring string wing bring sing building meeting hearing briefing
    funding training wedding ceiling feeling being having ongoing outstanding notwithstanding pending
    """.split()
)
#: Prepositions that introduce an adverbial after a cue ("said in a statement that").
ADVERBIAL_PREPS = frozenset(
    "in on at during to with via through from over after before since by while earlier late last this next "
    "following".split()
)
#: Prepositions after which a verb form is not a cue ("by claiming", "for saying").
PREP_BEFORE_PARTICIPLE = frozenset("by for of without from about upon on in after before since with".split())
#: Quotation marks.
OPENING_QUOTES = frozenset("“‘«„")
CLOSING_QUOTES = frozenset("”’»")
AMBIGUOUS_QUOTES = frozenset("\"'")
#: Every quotation mark.
QUOTES = OPENING_QUOTES | CLOSING_QUOTES | AMBIGUOUS_QUOTES
#: Marks that open or close a double-quoted quotation (' only when doubled: '').
DOUBLE_QUOTES = frozenset("“”\"'")
#: Dashes that set off a parenthetical.
DASHES = frozenset("—–―")
#: Final punctuation trimmed from the end of a content span.
TRAILING_PUNCT = frozenset(".,;:")
#: Longest source phrase, in tokens.
MAX_PHRASE = 12
#: Longest parenthetical skipped between a subject and its verb, in tokens.
MAX_ASIDE = 24
#: Longest adverbial skipped between a cue and its content, in tokens.
MAX_ADVERBIAL = 9
#: Longest introductory phrase skipped before a clause's subject, in tokens.
MAX_INTRO = 30
#: Let quoted content run over all the sentences of its quotation (see
#: :func:`_span_quotations`): ``“A. B,” she said. “C.”`` -> ``“A. B,” … “C.”``.
#: When off, the content of an attribution stays inside the cue's sentence,
#: except for the paragraph a label introduces and a quotation the sentence
#: splitter cut off before its cue.  The claims binder attaches an attribution
#: to the claim its content starts in, so either way works downstream.
SPAN_QUOTATIONS = True
#: How many paragraphs a standalone outlet label (``Harbour Times:``) introduces at most.
LABEL_PARAGRAPHS = 3

# ---------------------------------------------------------------------------
# Lexicons


@attrs.frozen
class Verb:
    """A reporting verb of the lexicon."""

    lemma: str
    """Base form (``say``)."""
    flags: frozenset = frozenset()
    """``that``, ``object``, ``speech``, ``deny``, ``confirm``, ``hedge``, ``passive``."""
    preps: frozenset = frozenset()
    """Prepositions that may introduce the content of a weak verb (``warned of``)."""

    @property
    def weak(self) -> bool:
        return "that" in self.flags

    @property
    def stance(self) -> Stance:
        if "deny" in self.flags:
            return Stance.DENY
        if "confirm" in self.flags:
            return Stance.CONFIRM
        if "hedge" in self.flags:
            return Stance.HEDGE
        return Stance.ASSERT


@attrs.frozen
class Lexicon:
    """The word lists of ``provenance/data`` that drive the recogniser."""

    verbs: dict
    """Verb form (lower case) -> :class:`Verb`."""
    past: frozenset
    """Past forms of the reporting verbs (``said``, ``told``, ``written``)."""
    participles: frozenset
    """-ing forms of the reporting verbs (``saying``)."""
    persons: frozenset
    """Role nouns of people, singular and plural (``official``, ``commanders``)."""
    institutions: frozenset
    """Nouns of bodies that speak as one (``ministry``, ``police``)."""
    documents: frozenset
    """Nouns of documents that can be a source (``report``, ``poll``)."""
    anonymous: frozenset
    """Heads that make a source anonymous whatever qualifies them (``sources``)."""
    vague: frozenset
    """Plural roles that are anonymous unless named or affiliated (``officials``)."""
    report_nouns: frozenset
    """What a denial rejects (``claims``, ``allegations``)."""
    publications: frozenset
    """What a source publishes or issues (``op-ed``, ``edict``)."""
    titles: frozenset
    """Title words before a name (``minister``, ``gen``)."""
    org_words: frozenset
    """Words that make a capitalised name an organisation or place (``watch``, ``valley``)."""
    outlet_words: frozenset
    """Words that make a capitalised name a news outlet (``news``, ``times``)."""
    places: frozenset
    """Countries and their demonyms, lower case (``norway``, ``norwegian``)."""
    colon_labels: frozenset
    """Words before a colon that are labels, not speakers (``update``, ``photo``)."""
    time_words: frozenset
    """Words of time adverbials (``monday``, ``week``, ``earlier``)."""


def _data_lines(name: str) -> list[str]:
    raw = resources.files("provenance").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _plurals(word: str) -> set[str]:
    forms = {word}
    if word.endswith("man") and not word.endswith("human"):
        forms.add(word[:-3] + "men")
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms


def _nouns(name: str) -> frozenset:
    return frozenset(f for w in _data_lines(name) for f in _plurals(w.lower()))


@functools.cache
def lexicon() -> Lexicon:
    """The lexicons shipped in ``provenance/data``, loaded once.

    >>> lex = lexicon()
    >>> lex.verbs["told"].lemma, sorted(lex.verbs["told"].flags)
    ('tell', ['object'])
    >>> "officials" in lex.vague and "sources" in lex.anonymous
    True
    """
    verbs: dict[str, Verb] = {}
    past: set[str] = set()
    participles: set[str] = set()
    for line in _data_lines("reporting_verbs.txt"):
        words = line.split()
        forms = [w.lower() for w in words if w[0] not in ":+"]
        verb = Verb(
            lemma=forms[0],
            flags=frozenset(w[1:] for w in words if w.startswith(":")),
            preps=frozenset(w[1:] for w in words if w.startswith("+")),
        )
        base = forms[0]
        third_person = {base + "s", base + "es", base[:-1] + "ies"}
        for form in forms:
            verbs[form] = verb
            if form.endswith("ing"):
                participles.add(form)
            elif form != base and form not in third_person:
                past.add(form)
    anonymous, vague = set(), set()
    for line in _data_lines("anonymous_nouns.txt"):
        word, *mark = line.split()
        (vague if mark == ["?"] else anonymous).add(word.lower())
    places = set()
    for line in _data_lines("places.txt"):
        places.update(v.strip().lower() for v in line.split("|") if v.strip())
    return Lexicon(
        verbs=verbs,
        past=frozenset(past),
        participles=frozenset(participles),
        persons=_nouns("person_nouns.txt"),
        institutions=_nouns("institution_nouns.txt"),
        documents=_nouns("document_nouns.txt"),
        anonymous=frozenset(anonymous),
        vague=frozenset(vague),
        report_nouns=frozenset(w.lower() for w in _data_lines("report_nouns.txt")),
        publications=frozenset(w.lower() for w in _data_lines("publication_nouns.txt")),
        titles=frozenset(w.lower() for w in _data_lines("titles.txt")),
        org_words=frozenset(w.lower() for w in _data_lines("org_words.txt")),
        outlet_words=frozenset(w.lower() for w in _data_lines("outlet_words.txt")),
        places=frozenset(places),
        colon_labels=frozenset(w.lower() for w in _data_lines("colon_labels.txt")),
        time_words=frozenset(w.lower() for w in _data_lines("time_words.txt")),
    )


# ---------------------------------------------------------------------------
# Patterns

# A token: a dotted acronym, a word with inner joiners, or one other character;
# with the spaces before it, so that ``findall`` (which gives strings, no offsets) can
# still place it.
#   "U.S. envoy’s el-Hadi Stage/Screen 50/50 “plan”"
#   -> U.S. | envoy’s | el-Hadi | Stage/Screen | 50/50 | “ | plan | ”
TOKEN = regex.compile(
    r"""
    (?P<space>\s*)                         # the spaces before it
    (?:
      (?P<word>
        (?:\p{Lu}\.){2,}                   # a dotted acronym: U.S.  U.N.
      | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*     # a word or number ...
        (?:[-'’/.&@]+[\p{L}\p{M}\p{N}]+)*  # ... with joined parts: el-Hadi, they’re, 50/50
      )
    | (?P<other>\S)                        # any other character, alone
    )
    """,
    regex.VERBOSE,
)

# An expletive "it" with a passive verb of opinion: an anonymous, hedged source.
#   "It is estimated that the repairs will ..." -> it="It", cue="is estimated"
IT_PASSIVE = regex.compile(
    r"""
    (?<![\w-])(?P<it>it)\s+
    (?P<cue>
      (?:is|was|has\s+been|had\s+been|is\s+being|’s|'s)\s+    # the passive auxiliary
      (?:(?:widely|generally|now|also|increasingly)\s+)?     # an adverb
      (?:believed|thought|understood|estimated|alleged|rumou?red|reported
        |said|feared|expected|claimed|assumed|suspected|suggested)
    )
    \s+that(?![\w-])                                         # a that-clause follows
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Words IT_PASSIVE needs, each one of: a sentence without them skips it.
IT_PASSIVE_NEEDS = (frozenset({"it"}), frozenset({"that"}))

# Word of mouth as a source.
#   "Word out of Calder Valley is that farmers ..." -> source="Word out of Calder Valley", cue="is"
#   "Rumours have it that ..." -> source="Rumours", cue="have it"
WORD_IS = regex.compile(
    r"""
    (?<![\w-])
    (?P<source>
      (?:the\s+)?(?:word|rumou?rs?|talk|buzz)                # the vague source
      (?:\s+(?:out\s+of|from|in|on|around|among)             # where it comes from ...
         (?:\s+[\p{L}\p{N}’'.-]+){1,6}?)?                    # ... in at most six words
    )
    \s+(?P<cue>is|was|has\s+it|have\s+it)
    \s+that(?![\w-])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Words WORD_IS needs, each one of.
WORD_IS_NEEDS = (frozenset({"word", "rumor", "rumour", "talk", "buzz"}), frozenset({"that"}))

# A passive report of what its subject said (built with the verb forms of the lexicon).
#   "a port spokesman is reported to have said" -> cue "is reported to have said"
#   "She is reported as saying: ..." -> cue "is reported as saying"
PASSIVE_SPEECH_TEMPLATE = r"""
    (?<![\w-])
    (?P<cue>
      (?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+   # the passive auxiliary
      (?:(?:also|widely|later|once)\s+)?                         # an adverb
      (?P<passive>reported|quoted|understood|believed|said|known)\s+
      (?:to\s+have\s+\L<past>                                    # ... to have said
        |as\s+\L<participles>)                                   # ... as saying
    )
    (?![\w-])
"""
#: Words PASSIVE_SPEECH_TEMPLATE needs, one of: its passive verbs.
PASSIVE_SPEECH_NEEDS = frozenset({"reported", "quoted", "understood", "believed", "said", "known"})

# A report carried by its agent after "by" (verbs flagged :passive in the lexicon).
#   "which was confirmed by a former transport minister" -> cue "was confirmed", agent after "by"
BY_AGENT_TEMPLATE = r"""
    (?<![\w-])
    (?P<cue>
      (?:(?P<aux>is|are|was|were|been|being|be)\s+)?             # the passive auxiliary, if any
      (?:(?:also|later|first|widely|independently|officially)\s+)?
      (?P<verb>\L<agentive>)                                     # the past participle
    )
    \s+by\s+(?=\S)                                               # the agent follows "by"
"""
#: Words BY_AGENT_TEMPLATE needs.
BY_AGENT_NEEDS = frozenset({"by"})

# A publishing act: a verb, up to three modifiers and a publication noun.
#   "published an op-ed in the Courier urging calm" -> cue "published an op-ed"
#   "is running short stories praising her campaign" -> cue "running short stories"
PUBLISH_TEMPLATE = r"""
    (?<![\w-])
    (?P<cue>
      (?:publish(?:ed|es|ing)?|issu(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|post(?:ed|s|ing)?
        |ran|run(?:s|ning)?|air(?:ed|s|ing)?|carr(?:y|ied|ies|ying)|broadcast(?:s|ing)?
        |sen[dt](?:s|ing)?|put(?:s|ting)?\s+out)                 # the publishing verb
      \s+(?:(?:a|an|the|its|his|her|their|several|many|some|two|three|a\s+series\s+of)\s+)?
      (?:[\p{L}\p{N}’'-]+\s+){0,3}?                              # up to three modifiers
      \L<publications>                                           # what was published
    )
    (?![\w-])
"""
#: Words PUBLISH_TEMPLATE needs, one of: the stems of its publishing verbs (and a publication).
PUBLISH_NEEDS = frozenset(
    {"publish", "issu", "releas", "post", "ran", "run", "air", "carr", "broadcast", "send", "sent", "put"}
)

# A piece or interview naming the outlet that carried it.
#   "In an op-ed for the Harbour Times, Ruiz ..." -> outlet "Harbour Times"
#   "said in an interview with Kestrel News" -> outlet "Kestrel News"
VIA_PIECE_TEMPLATE = r"""
    (?<![\w-])(?:in|during)\s+(?:an?|the|his|her|its|their)\s+
    (?:[\p{L}-]+\s+){0,2}?                                       # "exclusive", "recent"
    (?:\L<publications>|appearance)                              # the piece
    \s+(?:for|with|to|in|on|published\s+(?:by|in))\s+            # ... for the outlet
    (?:the\s+)?
    (?P<outlet>(?-i:\p{Lu}[\p{L}\p{N}’'.&/-]*                     # a capitalised name ...
      (?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}’'.&/-]*){0,5}))     # ... of up to six words
"""

# A social platform that carried a statement.
#   "claimed responsibility on its YouTube channel" -> platform "YouTube"
ON_PLATFORM = regex.compile(
    r"""
    (?<![\w-])(?:on|via|through)\s+
    (?:(?:its|his|her|their|the|an?)\s+)?(?:official\s+)?
    (?P<platform>\p{Lu}[\p{L}.]*)                                # the platform's name
    (?P<account>\s+(?:account|accounts|channel|channels|page|feed|profile|handle))?
    """,
    regex.VERBOSE,
)

# A tweet names its platform by itself.
#   "said in a tweet" -> "Twitter"
IN_A_TWEET = regex.compile(r"(?<![\w-])in\s+an?\s+(?:\w+\s+)?tweet(?![\w-])", regex.IGNORECASE)
#: Words IN_A_TWEET needs.
IN_A_TWEET_NEEDS = frozenset({"tweet"})

# A denial said in so many words.
#   "said it was not true" / "said the reports were false" -> DENY
NOT_TRUE = regex.compile(
    r"""
    (?:that\s+)?
    (?:it|this|that                                         # what is denied ...
      |the\s+(?:reports?|claims?|allegations?|story|stories|accusations?)
      |(?:such|these|those)\s+reports)
    \s+(?:was|were|is|are|had\s+been|has\s+been)\s+        # ... is
    (?:not\s+true|untrue|false|baseless|unfounded|fabricated|fake  # ... not true
      |groundless|incorrect|inaccurate|wrong|a\s+lie|lies|nonsense)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Uses of a cue word that report nothing.
#   "a town noted for its harbour", "pleaded not guilty", "the said agreement"
NOT_REPORTING = regex.compile(
    r"""
    ^(?:noted\s+for
      |plead(?:ed|s)?\s+(?:not\s+)?(?:guilty|innocent|no\s+contest|the\s+fifth)
      |pled\s+(?:not\s+)?guilty
      |claim(?:ed|s)?\s+(?:the\s+lives|\d+\s+lives|victory\s+in\s+the\s+(?:race|election))
      |told\s+(?:off|apart)
      |shown\s+(?:up|off)
      |found\s+(?:guilty|dead|out)
      |added\s+(?:value|to\b)
      |slam(?:med|s)?\s+(?:into|on\s+the\s+brakes)
      |blast(?:ed|s)?\s+(?:off|through|open|away)
      |states?\b(?!\s+that)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@functools.cache
def _agentive_forms() -> frozenset[str]:
    """Past participles of the verbs that carry a report by their agent (:data:`BY_AGENT_TEMPLATE`)."""
    lex = lexicon()
    return frozenset(f for f, v in lex.verbs.items() if "passive" in v.flags and f in lex.past)


@functools.cache
def _patterns() -> dict:
    """Patterns built from the lexicons, compiled once."""
    lex = lexicon()
    agentive = sorted(_agentive_forms())
    return {
        "passive_speech": regex.compile(
            PASSIVE_SPEECH_TEMPLATE,
            regex.VERBOSE | regex.IGNORECASE,
            past=sorted(lex.past),
            participles=sorted(lex.participles),
        ),
        "by_agent": regex.compile(BY_AGENT_TEMPLATE, regex.VERBOSE | regex.IGNORECASE, agentive=agentive),
        "publish": regex.compile(
            PUBLISH_TEMPLATE, regex.VERBOSE | regex.IGNORECASE, publications=sorted(lex.publications)
        ),
        "via_piece": regex.compile(
            VIA_PIECE_TEMPLATE, regex.VERBOSE | regex.IGNORECASE, publications=sorted(lex.publications)
        ),
    }


# ---------------------------------------------------------------------------
# Tokens and sentences


class Tok(NamedTuple):
    """A token of a sentence with its offsets into the text."""

    text: str
    start: int
    end: int
    low: str
    """Lower case, with curly apostrophes made straight."""
    cap: bool
    """Starts with an upper-case letter."""
    word: bool
    """A word or number (not punctuation)."""


def _timeout(s: "_Sentence") -> float:
    """The time a pattern may take over sentence ``s``."""
    return MATCH_TIMEOUT + (s.span.end - s.span.start) * MATCH_TIMEOUT_PER_CHAR


@functools.cache
def _needles(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` that contain no other: finding one of them is finding one of ``words``."""
    return tuple(w for w in sorted(words) if not any(v != w and v in w for v in words))


def _finditer_if(s: "_Sentence", pattern: regex.Pattern, *needs: frozenset[str]):
    """Matches of ``pattern`` in sentence ``s``; none, without running it, when
    the sentence lacks one of each of ``needs`` (words the pattern cannot match without)."""
    for words in needs:
        if not s.may_contain(words):
            return iter(())
    return pattern.finditer(s.text, s.span.start, s.span.end, timeout=_timeout(s))


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    # TOKEN is linear and unambiguous (each alternative consumes what it starts), so it
    # runs without a timeout: the timeout would make this, the hottest loop, 2.5x slower.
    # For the same reason it runs through findall, which makes no match objects.
    out = []
    append = out.append
    new = tuple.__new__  # what Tok._make calls, without its checks
    e = start  # where the previous token ended
    period_taken = False
    for space, word, other in TOKEN.findall(text, start, end):
        if period_taken:  # the period of an abbreviation, already taken (and counted in e)
            period_taken = False
            continue
        s = e + len(space)
        tok = word or other
        e = s + len(tok)
        if word and e < end and text[e] == "." and word[-1] != ".":
            if word.casefold() in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                tok += "."  # "Mr." "Gen." "J."
                e += 1
                period_taken = True
        append(new(Tok, (tok, s, e, tok.lower().replace("’", "'"), tok[0].isupper(), not other)))
    return out


@attrs.define
class _Sentence:
    """One sentence: its tokens and facts about them computed once."""

    text: str
    span: Span
    toks: list
    starts: list
    last: int
    """Index of the last token of content (before final punctuation and citations)."""
    opens: list
    """For each token, whether it opens a quotation."""
    closes: list
    quoted: list = attrs.Factory(list)
    """For each token, whether it stands inside a double-quoted quotation."""
    words_before: list = attrs.Factory(list)
    """For each token index i (and len(toks)), how many word tokens precede it."""
    quote_open_after: bool = False
    """Whether a double-quoted quotation is still open at the end of the sentence."""
    registry: Registry | None = None
    """The source registry, to tell outlets from other names."""
    lows: frozenset = frozenset()
    """The lower-case forms of the tokens, to skip searches for words the sentence lacks."""
    name_words: list = attrs.Factory(list)
    """For each token, whether it is a capitalised word that can be part of a name."""
    folded: str | None = None
    """The sentence case-folded, when folding maps it character for character (else None)."""
    texts: tuple = ()
    """The text of each token."""

    def may_contain(self, words: frozenset[str]) -> bool:
        """Could a case-insensitive pattern that needs one of ``words`` match here?

        A cheap test that lets a sentence skip a pattern.  Every character that the
        ``regex`` module matches case-insensitively with an ASCII letter case-folds
        to that letter, except ``İ`` (which folds to two characters): so in text
        that folds character for character, a match implies the folded word.
        """
        folded = self.folded
        if folded is None:
            return True
        for w in _needles(words):  # a loop, not any(): this runs for every pattern and sentence
            if w in folded:
                return True
        return False

    def mark_quotations(self, open_before: bool) -> None:
        """Track double quotation marks (“ ” " and '') from the state ``open_before``."""
        inside = open_before
        toks = self.toks
        if self.lows.isdisjoint(DOUBLE_QUOTES):
            self.quoted = [inside] * len(toks)
            self.quote_open_after = inside
            return
        quoted = []
        i = 0
        while i < len(toks):
            ch = toks[i].text
            double = ch in '“”"' or (
                ch == "'" and i + 1 < len(toks) and toks[i + 1].text == "'" and toks[i + 1].start == toks[i].end
            )
            if double:
                opening = ch == "“" or (ch != "”" and self.opens[i])
                if opening and not inside:
                    inside = True
                elif not opening and inside:
                    quoted.append(False)
                    inside = False
                    if ch == "'":
                        quoted.append(False)
                        i += 1
                    i += 1
                    continue
            quoted.append(inside)
            if double and ch == "'":
                quoted.append(inside)
                i += 1
            i += 1
        self.quoted = quoted
        self.quote_open_after = inside

    @classmethod
    def build(cls, text: str, span: Span, registry: Registry | None = None) -> "_Sentence":
        toks = _tokens(text, span.start, span.end)
        n = len(toks)
        # the columns of the tokens, transposed at C speed: this runs for every sentence
        texts, starts, _, lows, caps, words = zip(*toks) if toks else ((),) * 6
        opens, closes = [False] * n, [False] * n
        for i in itertools.compress(range(n), map(QUOTES.__contains__, texts)):
            t = toks[i]
            ch = t.text
            if ch in OPENING_QUOTES:
                opens[i] = True
            elif ch in CLOSING_QUOTES:
                closes[i] = True
            else:
                before = text[t.start - 1] if t.start > span.start else " "
                after = text[t.end] if t.end < span.end else " "
                opens_after = before.isspace() or before in "([{—–-'\""
                is_open = opens_after and not (after.isspace() or after in ".,;:!?)")
                opens[i], closes[i] = is_open, not is_open
        s = cls(text, span, toks, list(starts), n - 1, opens, closes, registry=registry)
        s.last = s._content_last()
        s.lows = frozenset(lows)
        lex = lexicon()
        # the first test of _is_name_word, in bulk: a word that starts with a capital or a digit
        digit = map(str.isdigit, map(operator.itemgetter(0), texts))
        candidates = map(operator.and_, words, map(operator.or_, caps, digit))
        s.name_words = [False] * n
        for i in itertools.compress(range(n), candidates):
            s.name_words[i] = _is_name_word(s, i, lex)
        folded = text[span.start : span.end].casefold()
        s.folded = folded if len(folded) == span.end - span.start else None
        s.words_before = list(itertools.accumulate(words, initial=0))
        s.texts = texts
        return s

    def words(self, a: int, b: int) -> int:
        """How many word tokens tokens ``a..b`` (inclusive) hold."""
        if b < a:
            return 0
        return self.words_before[b + 1] - self.words_before[a]

    def _content_last(self) -> int:
        """Index of the last token before final punctuation and trailing parentheticals."""
        toks = self.toks
        e = len(toks) - 1
        while e >= 0:
            if toks[e].text in TRAILING_PUNCT:
                e -= 1
            elif toks[e].text == ")":
                depth, k = 0, e
                while k >= 0:
                    if toks[k].text == ")":
                        depth += 1
                    elif toks[k].text == "(":
                        depth -= 1
                        if depth == 0:
                            break
                    k -= 1
                if k <= 0:
                    break
                e = k - 1
            else:
                break
        return e

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


# ---------------------------------------------------------------------------
# Noun phrases


class Phrase(NamedTuple):
    """A noun phrase: tokens ``start..end`` inclusive, and the index of its head."""

    start: int
    end: int
    head: int
    pronoun: bool = False
    name: tuple | None = None
    """Token range of an appositive name (``the police chief of X, <name>``)."""
    affiliated: bool = False


def _is_time(s: _Sentence, i: int, lex: Lexicon) -> bool:
    t = s.toks[i]
    if t.low not in lex.time_words:
        return False
    if not t.cap or i == 0:
        return True
    # A capitalised month is a name unless a preposition or number is next to it ("Theresa May").
    prev = s.toks[i - 1].low
    nxt = s.toks[i + 1] if i + 1 < len(s.toks) else None
    return (
        prev in ADVERBIAL_PREPS
        or prev in lex.time_words
        or (nxt is not None and nxt.text[:1].isdigit())
        or t.low.endswith("day")
    )


def _sentence_initial(s: _Sentence, i: int) -> bool:
    return i == 0 or s.opens[i - 1] or s.toks[i - 1].text in ":—–"


def _lexical(low: str, lex: Lexicon) -> bool:
    return (
        low in lex.persons
        or low in lex.institutions
        or low in lex.documents
        or low in lex.anonymous
        or low in lex.vague
    )


def _is_name_word(s: _Sentence, i: int, lex: Lexicon) -> bool:
    """Is token ``i`` a capitalised word that can be part of a name?"""
    t = s.toks[i]
    if not t.word or not (t.cap or t.text[:1].isdigit() and any(c.isupper() for c in t.text)):
        return False
    if t.low in NUMBER_WORDS:
        return False  # "Two floods ...", "Hundreds of ..."
    if t.low in STOP_WORDS or t.low in DETERMINERS:
        return (
            not _sentence_initial(s, i)
            and t.low not in ("i", "the", "a", "an")
            and len(t.low) > 2
            and t.low not in SUBJECT_PRONOUNS
        )
    if t.low in lex.verbs and _sentence_initial(s, i):
        return False
    if _sentence_initial(s, i) and _lexical(_bare(t.low), lex):
        return False  # "Officials said": a common noun, capitalised because it starts the sentence
    return True


def _bare(low: str) -> str:
    """A word without its possessive ending."""
    if low.endswith("'s"):
        return low[:-2]
    if low.endswith("s'"):
        return low[:-1]
    return low


def _head_ok(s: _Sentence, i: int, lex: Lexicon) -> bool:
    """Can token ``i`` head a source phrase?"""
    t = s.toks[i]
    if not t.word:
        return False
    if s.name_words[i]:
        return not _is_time(s, i, lex) and not t.text[:1].isdigit()
    return _lexical(t.low, lex)


def _modifier_ok(s: _Sentence, i: int, lex: Lexicon) -> bool:
    """Can token ``i`` modify the head of a source phrase ("former", "Norwegian", "Trump's")?"""
    t = s.toks[i]
    if not t.word:
        return t.text == "&"
    if s.name_words[i]:
        return True
    low = t.low
    if low in STOP_WORDS or low in DETERMINERS or low in COMMON_VERBS or low in lex.verbs:
        return False
    if low.endswith("ly") and not _lexical(low, lex):
        nxt = s.toks[i + 1] if i + 1 < len(s.toks) else None
        return (
            nxt is not None
            and nxt.word
            and not nxt.cap
            and (nxt.low.endswith("ed") or nxt.low in lex.past)
            and nxt.low not in lex.verbs
        )
    return True


def _link_ok(s: _Sentence, i: int, lex: Lexicon) -> bool:
    """Does link word ``i`` join two parts of one source phrase ("minister of defence")?"""
    toks = s.toks
    if i <= 0 or i + 1 >= len(toks):
        return False
    low, prev, nxt = toks[i].low, toks[i - 1], toks[i + 1]
    if low == "of":
        return _modifier_ok(s, i - 1, lex) or _head_ok(s, i - 1, lex)
    if low == "to":
        return (prev.low == "close" or _bare(prev.low) in lex.persons) and (
            nxt.low in DETERMINERS or s.name_words[i + 1]
        )
    if low == "with":
        return prev.low == "familiar"
    if low in ("in", "at", "from", "for"):
        if not (_head_ok(s, i - 1, lex) or prev.low == "close"):
            return False
        return s.name_words[i + 1] or (low != "in" and nxt.low in DETERMINERS)
    return False


def _semantic_head(s: _Sentence, start: int, end: int, links: list[int], lex: Lexicon) -> int:
    """The head of a phrase with link words: the noun before the first link,
    or after it when that noun is a quantity ("Hundreds of Norwegians")."""
    if not links:
        return end
    first = links[0]
    head = first - 1
    if s.toks[first].low == "to" and s.toks[head].low == "close":
        head -= 1
    if s.toks[head].low in QUANTITY_WORDS and s.toks[first].low == "of":
        nxt = links[1] - 1 if len(links) > 1 else end
        return nxt
    return max(head, start)


def _phrase_before(s: _Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The source phrase ending at token ``j``, read right to left, or None."""
    toks = s.toks
    if j < lo:
        return None
    end = j
    label = _label_before(s, j, lo)
    if label is not None:
        j = label - 1  # a parenthesised acronym or party label: "... Province (FCMN)", "Graham (R-S.C.)"
        if j < lo:
            return None
    t = toks[j]
    if t.low in RELATIVE_PRONOUNS and (
        j == 0 or s.opens[j - 1] or not (toks[j - 1].word or toks[j - 1].text == "," or s.closes[j - 1])
    ):
        return None  # "Who would have believed ...?": a question, not a relative clause
    if t.low in SUBJECT_PRONOUNS or t.low in RELATIVE_PRONOUNS:
        return Phrase(j, end, j, pronoun=True) if j == end else None
    if t.low in ("some", "others", "many") and j == end:
        return Phrase(j, end, j)
    if not _head_ok(s, j, lex):
        return None
    k = j
    links: list[int] = []
    joined = False
    while k > lo and end - k < MAX_PHRASE:
        p = toks[k - 1]
        if _modifier_ok(s, k - 1, lex):
            k -= 1
        elif (
            p.low in ("and", "&")
            and not joined
            and k - 2 >= lo
            and (_head_ok(s, k - 2, lex) or _modifier_ok(s, k - 2, lex))
            and toks[k - 2].low not in lex.verbs
        ):
            k -= 1  # "Mr. Grassley and Mr. Leahy", "Federal and state officials"
            joined = True
        elif p.low in DETERMINERS and not (p.low in ("that", "this", "these", "those") and toks[k].cap):
            k -= 1
            if k > lo and len(links) < 3 and toks[k - 1].low in LINKS and _link_ok(s, k - 1, lex):
                k -= 1
                links.insert(0, k)
                continue
            break
        elif p.low in LINKS and len(links) < 3 and _link_ok(s, k - 1, lex):
            k -= 1
            links.insert(0, k)
        else:
            break
    while k < j and toks[k].low in LINKS:
        links = [x for x in links if x != k]
        k += 1
    head = _semantic_head(s, k, j, links, lex)
    if head != j and not (_head_ok(s, head, lex) or toks[head].low in QUANTITY_WORDS):
        return None
    return Phrase(k, end, head, affiliated=_affiliated(s, k, end, head, links, lex))


def _phrase_after(s: _Sentence, i: int, lex: Lexicon, *, relaxed: bool = False, depth: int = 0) -> Phrase | None:
    """The source phrase starting at token ``i``, read left to right, or None.

    ``relaxed`` accepts any noun-like head (for objects: "told a news conference").
    """
    toks = s.toks
    n = len(toks)
    if i >= n or not toks[i].word:
        return None
    t = toks[i]
    if t.low in SUBJECT_PRONOUNS or t.low in OBJECT_PRONOUNS:
        return Phrase(i, i, i, pronoun=True)
    k = i + 1 if (t.low in DETERMINERS and not s.name_words[i]) else i
    j = k
    while j < n and j - i < MAX_PHRASE and (_modifier_ok(s, j, lex) or _head_ok(s, j, lex)):
        if j > k and _is_time(s, j, lex) and not toks[j].cap:
            break
        if j > k and not toks[j].cap and toks[j].low.endswith("ed") and _head_ok(s, j - 1, lex):
            break  # "groups granted ...": a verb after the head
        j += 1
    h = j - 1
    while h >= k and not (_head_ok(s, h, lex) or (relaxed and _modifier_ok(s, h, lex) and toks[h].word)):
        h -= 1
    if h < k:
        if t.low in ("some", "others", "many") and k == i + 1:
            return Phrase(i, i, i)
        return None
    end = h
    if end + 2 < n and toks[end + 1].text == "(":
        close = end + 2
        while (
            close < n
            and close - end <= 6
            and toks[close].text != ")"
            and (not toks[close].word or any(c.isupper() for c in toks[close].text))
        ):
            close += 1
        if close < n and toks[close].text == ")" and close > end + 2:
            end = close
    links: list[int] = []
    if depth < 2 and end + 1 < n and toks[end + 1].low in LINKS and _link_ok(s, end + 1, lex):
        sub = _phrase_after(s, end + 2, lex, relaxed=True, depth=depth + 1)
        if sub is not None and not sub.pronoun:
            links.append(end + 1)
            end = sub.end
    head = h
    if links and toks[h].low in QUANTITY_WORDS and toks[links[0]].low == "of":
        head = end
    return Phrase(i, end, head, affiliated=_affiliated(s, i, end, head, links, lex))


def _affiliated(s: _Sentence, start: int, end: int, head: int, links: list[int], lex: Lexicon) -> bool:
    """Does a name, possessive or named body qualify the phrase ("U.S. officials")?"""
    toks = s.toks
    for i in range(start, end + 1):
        if i == head:
            continue
        t = toks[i]
        if i in links:
            continue
        if t.low.endswith("'s") or t.low.endswith("s'"):
            return True
        if s.name_words[i] and t.low not in VAGUE_MODIFIERS:
            return True
    for link in links:
        if toks[link].low in ("of", "at", "from", "in", "for") and not (link > 0 and toks[link - 1].low == "close"):
            return True
    return False


def _skip_time_back(s: _Sentence, j: int, lo: int, lex: Lexicon) -> int:
    """Skip a time adverbial ending at ``j`` ("last week", "on Tuesday") right to left."""
    toks = s.toks
    k = j
    while k >= lo and k > j - 5 and (_is_time(s, k, lex) or toks[k].text[:1].isdigit()):
        k -= 1
    if k < j and k >= lo and toks[k].low in ("on", "in", "at", "during", "since", "earlier", "late"):
        k -= 1
    return k if k < j and any(_is_time(s, x, lex) for x in range(k + 1, j + 1)) else j


def _aside_ok(s: _Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """Is tokens ``a..b`` a parenthetical between a subject and its verb?

    ", meanwhile,", ", for example,", ", an associate director,", ", 32,",
    ", who spoke on condition of anonymity,".
    """
    if a > b:
        return False
    toks = s.toks
    first = toks[a].low
    words = " ".join(t.low for t in toks[a : b + 1])
    if words in ASIDE_PHRASES or (
        b - a < 3 and all(t.low in ASIDE_WORDS or t.low in STOP_WORDS for t in toks[a : b + 1])
    ):
        return True
    if (
        first in ("who", "which", "whose", "whom")
        or first in DETERMINERS
        or first in QUANTITY_WORDS
        or toks[a].text[:1].isdigit()
    ):
        return True
    if _bare(first) in lex.persons or first in lex.titles:
        return True  # ", director of the institute,", ", Democrat of California,"
    if not toks[a].cap and (first.endswith("ed") or first in lex.past) and b > a:
        return True  # "–published by The Harbour Times–", ", based in Port Meridian,"
    if first in ("for", "in", "at", "as") and b - a < 4:
        return True
    return False


def _subject_before(s: _Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The subject of a verb whose first token follows ``j``.

    Skips time adverbials, parenthetical remarks, appositives and relative
    clauses between the subject and the verb (three at most):
    "Schiff, 56, who has served on the committee, told ...".
    """
    toks = s.toks
    verb_at = j
    j = _skip_time_back(s, j, lo, lex)
    adverbial = j != verb_at
    if j >= lo and s.opens[j]:
        j -= 1  # a partial quotation starts at the verb: who "say they're ..."
    if j >= lo and s.closes[j] and j - 1 >= lo and toks[j - 1].low in RELATIVE_PRONOUNS:
        j -= 1
    if j < lo:
        return None
    if _label_before(s, j, lo) is not None:
        return _appositive_owner(s, _phrase_before(s, j, lo, lex), lo, lex)  # "... Province (FCMN)"
    for _ in range(3):
        closer = toks[j].text
        if not (closer in (",", ")") or closer in DASHES):
            break
        opener_text = "(" if closer == ")" else closer
        k = j - 1
        while k > lo and j - k <= MAX_ASIDE and toks[k].text != opener_text:
            if toks[k].text in ".;:" or (closer == ")" and toks[k].text == ")"):
                return None
            k -= 1
        if k <= lo or toks[k].text != opener_text:
            return None
        inner_a, inner_b = k + 1, j - 1
        if inner_a <= inner_b and _aside_ok(s, inner_a, inner_b, lex):
            j = _skip_time_back(s, k - 1, lo, lex)
            continue
        if inner_a <= inner_b and all(
            s.name_words[x] or toks[x].low in ("al", "bin", "ibn", "de", "van", "von")
            for x in range(inner_a, inner_b + 1)
        ):
            before = _phrase_before(s, k - 1, lo, lex)
            if before is not None and not before.pronoun and not s.name_words[before.head]:
                # "the police chief of Norland, Petra Lindqvist," -> both
                return before._replace(end=inner_b, name=(inner_a, inner_b))
        return None
    if (
        adverbial
        and j - 1 >= lo
        and not toks[j].cap
        and (toks[j].low.endswith("ed") or toks[j].low in lex.past)
        and _head_ok(s, j - 1, lex)
    ):
        j -= 1  # a reduced relative: "A poll released in late August found"
    p = _phrase_before(s, j, lo, lex)
    if p is not None and not p.pronoun:
        p = _relative_owner(s, p, lo, lex)
    if p is None or toks[p.start - 1 if p.start > lo else p.start].low in ("with", "to", "on", "about"):
        # "people familiar with the matter", "officials briefed on the talks"
        for f in range(j - 1, max(lo, j - 8) - 1, -1):
            if (
                toks[f].low in ("familiar", "close", "briefed", "knowledgeable")
                and f + 1 <= j
                and toks[f + 1].low in ("with", "to", "on", "about")
            ):
                owner = _phrase_before(s, f - 1, lo, lex)
                if owner is not None and not owner.pronoun:
                    p = Phrase(owner.start, j, owner.head, affiliated=False)
                break
    if p is None:
        # a short aside right before: "Schiff, 56, who ..., told"
        c = j
        while c > lo and j - c <= 6 and toks[c].text != ",":
            c -= 1
        first = toks[c + 1] if c + 1 <= j else None
        if (
            c > lo
            and toks[c].text == ","
            and first is not None
            and (first.text[:1].isdigit() or first.low in DETERMINERS or _bare(first.low) in lex.persons)
            and _aside_ok(s, c + 1, j, lex)
        ):
            p = _phrase_before(s, c - 1, lo, lex)
    return _appositive_owner(s, p, lo, lex)


def _relative_owner(s: _Sentence, p: Phrase, lo: int, lex: Lexicon) -> Phrase:
    """The noun a relative clause without commas hangs on, when ``p`` ends that clause.

    "A 2014 study that appeared in the British Medical Journal found" -> "A 2014 study";
    "the man who attacked police said" -> "the man".
    """
    toks = s.toks
    a = p.start - 1
    if a < lo or not toks[a].word or toks[a].cap or toks[a].low in DETERMINERS:
        return p
    if not (toks[a].low in STOP_WORDS or toks[a].low.endswith(("ed", "s")) or toks[a].low in lex.past):
        return p
    k = a
    while k > lo and a - k < 10:
        t = toks[k]
        if not t.word:
            return p
        if t.low in ("that", "who", "which") and k > a - 10 and k < a + 1:
            if k == a:
                return p  # "the report that Clinton said": an object relative
            owner = _phrase_before(s, k - 1, lo, lex)
            if owner is not None and not owner.pronoun:
                return owner
            return p
        k -= 1
    return p


def _label_before(s: _Sentence, j: int, lo: int) -> int | None:
    """Start of a short parenthesised label ending at ``j``: "(FCMN)", "(R-S.C.)", "(D-N.Y.)"."""
    toks = s.toks
    if toks[j].text != ")":
        return None
    k = j - 1
    while k >= lo and j - k <= 5 and toks[k].text != "(":
        if toks[k].word and not any(c.isupper() for c in toks[k].text):
            return None
        k -= 1
    if k < lo or toks[k].text != "(" or k == j - 1:
        return None
    return k


def _appositive_owner(s: _Sentence, p: Phrase | None, lo: int, lex: Lexicon) -> Phrase | None:
    """The name a role phrase is in apposition to: "Mira Castell, an associate director"."""
    toks = s.toks
    if p is None or p.pronoun:
        return p
    a = p.start - 1
    first = toks[p.start].low
    role = not s.name_words[p.head] and _bare(toks[_first_head(s, p, lex)].low) in lex.persons
    if a - 1 >= lo and toks[a].text == "," and role and (first in DETERMINERS or _bare(first) in lex.persons):
        owner = _phrase_before(s, a - 1, lo, lex)
        if (
            owner is not None
            and not owner.pronoun
            and s.name_words[owner.head]
            and not any(
                _bare(t.low) in lex.org_words or _bare(t.low) in lex.outlet_words
                for t in toks[owner.start : owner.end + 1]
            )
            and not (
                s.registry is not None
                and s.registry.entries.get(source_key(s.text[toks[owner.start].start : toks[owner.end].end]))
            )
        ):
            return owner
    return p


def _clause_subject(s: _Sentence, lo: int, hi: int, lex: Lexicon) -> Phrase | None:
    """The subject at the start of the sentence, after an introductory phrase and its comma."""
    toks = s.toks
    i = lo
    while i < hi and (
        s.opens[i] or toks[i].low in ("and", "but", "so", "yet", "then", "also", "now") or toks[i].text == ","
    ):
        i += 1
    if i >= hi:
        return None
    if (
        toks[i].low in ASIDE_WORDS
        or toks[i].low in STOP_WORDS
        and toks[i].low not in SUBJECT_PRONOUNS
        or _is_time(s, i, lex)
        or toks[i].text[:1].isdigit()
        or toks[i].low in ("given", "following", "covering")
    ):
        k = i
        while k < hi and k - i < MAX_INTRO and toks[k].text != ",":
            k += 1
        if k >= hi or toks[k].text != ",":
            return None
        i = k + 1
    subject = _phrase_after(s, i, lex)
    if subject is None or subject.pronoun:
        return subject
    # an appositive: "The Norwegian ambassador to Norland, Tomas Brandt, ..."
    e = subject.end
    if e + 2 < hi and toks[e + 1].text == ",":
        k = e + 2
        while k < hi and k - e <= 6 and (s.name_words[k] or toks[k].low in ("al", "bin", "de", "van", "von")):
            k += 1
        if k > e + 2 and k < hi and toks[k].text == "," and not s.name_words[subject.head]:
            return subject._replace(end=k - 1, name=(e + 2, k - 1))
    return subject


# ---------------------------------------------------------------------------
# Drafts: what one cue yields before speakers are resolved


@attrs.define
class _Draft:
    src: Phrase
    cue: tuple
    """Character span of the cue."""
    content: tuple | None
    """Character span of the content, or None for "the next paragraph"."""
    stance: Stance = Stance.ASSERT
    via: str | None = None
    coordinated: bool = False
    anchor: int = 0
    """Token index where this attribution's own words start (for cutting an earlier content)."""
    content_after: bool = False
    antecedent: Phrase | None = None
    it_source: bool = False
    """An expletive "it" or word-of-mouth source: anonymous."""
    label: bool = False
    """A standalone outlet label (``Harbour Times:``)."""
    where: str = "here"
    """Where the content is when ``content`` is None: the ``next`` paragraph or the ``previous`` sentence."""
    form: str = ""
    """Tense of the cue's first word (``past``, ``present``, ``base``, ``ing``), for coordination."""


def _after_cue(s: _Sentence, i: int, lex: Lexicon) -> tuple[int, str, str | None]:
    """Skip adverbials after a cue at token ``i``: returns (index, what follows, via outlet).

    What follows is ``that``, ``colon``, ``quote``, ``comma``, ``end`` or ``bare``.
    """
    toks = s.toks
    n = s.last + 1
    via = None
    skipped = False
    for _ in range(3):
        if i >= n:
            break
        t = toks[i]
        if t.text == ":":
            break
        if t.low in CUE_ADVERBS or (t.low.endswith("ly") and not t.cap and t.low not in lex.persons):
            i += 1
            continue
        if _is_time(s, i, lex):
            k = i
            while k < n and k - i < 4 and (_is_time(s, k, lex) or toks[k].text[:1].isdigit()):
                k += 1
            i = k
            continue
        if t.low in ADVERBIAL_PREPS:
            k = i + 1
            while (
                k < n
                and k - i <= MAX_ADVERBIAL
                and toks[k].word
                and toks[k].low != "that"
                and not s.opens[k]
                and (
                    _modifier_ok(s, k, lex)
                    or _head_ok(s, k, lex)
                    or toks[k].low in DETERMINERS
                    or toks[k].low in LINKS
                    or toks[k].low in ADVERBIAL_PREPS
                    or _is_time(s, k, lex)
                )
            ):
                k += 1
            stop = toks[k] if k < n else None
            if (
                k >= n
                or (stop is not None and (stop.low == "that" or stop.text in ",:" or s.opens[k]))
                or all(
                    _is_time(s, x, lex) or toks[x].text[:1].isdigit() or toks[x].low in DETERMINERS
                    for x in range(i + 1, k)
                )
            ):
                obj = _phrase_after(s, i + 1, lex, relaxed=True)
                if obj is not None and t.low in ("in", "to", "for", "with"):
                    via = via or _outlet_text(s, obj, lex)
                i = k
                skipped = True
                continue
        break
    if i < len(toks) and toks[i].text == ":":
        return i + 1, "colon", via  # "He said:" -- the colon may end the sentence
    if i >= n:
        return i, "end", via
    t = toks[i]
    if t.low == "that":
        nxt = toks[i + 1].low if i + 1 < n else ""
        if skipped and (nxt in AUXILIARIES or nxt in COMMON_VERBS):
            return i, "end", via  # "told reporters after the meeting that was held ...": a relative clause
        return i + 1, "that", via
    if t.text == ":":
        return i + 1, "colon", via
    if s.opens[i]:
        return i, "quote", via
    if t.text == ",":
        if i + 1 < n and s.opens[i + 1]:
            return i + 1, "quote", via
        return i + 1, "comma", via
    if not t.word or s.closes[i]:
        return i, "end", via
    return i, "bare", via


def _outlet_text(s: _Sentence, p: Phrase, lex: Lexicon) -> str | None:
    """The phrase as an outlet name when it looks like one ("the Harbour Times" -> "Harbour Times")."""
    toks = s.toks
    a = p.start
    if toks[a].low == "the":
        a += 1
    if a > p.end or not toks[a].cap:
        return None
    name = s.text[toks[a].start : toks[p.end].end]
    if s.registry is not None:
        found = s.registry.entries.get(source_key(name))
        if found and found[1] in _OUTLET_KINDS:
            return name
    last = _bare(toks[p.end].low)
    if (
        last in lex.outlet_words
        or "." in toks[p.end].text
        and any(c.isalpha() for c in toks[p.end].text.rsplit(".", 1)[-1])
    ):
        return name
    return None


def _content_span(s: _Sentence, a: int, b: int) -> tuple[int, int] | None:
    """Characters of tokens ``a..b``, without trailing commas; None when empty."""
    toks = s.toks
    while b >= a and toks[b].text in TRAILING_PUNCT:
        b -= 1
    while a <= b and toks[a].text in ",;:":
        a += 1
    if a > b or not s.words(a, b):
        return None
    return toks[a].start, toks[b].end


def _form(low: str, lex: Lexicon) -> str:
    """The tense of a verb or auxiliary: ``past``, ``present``, ``ing`` or ``base``."""
    if low in ("did", "was", "were", "had") or low in lex.past or low.endswith("ed"):
        return "past"
    if low.endswith("ing"):
        return "ing"
    if low in ("does", "is", "has") or (low.endswith("s") and not low.endswith("ss")):
        return "present"
    return "base"


def _word_count(s: _Sentence, span: tuple[int, int]) -> int:
    a, b = s.index_at(span[0]), s.index_at(span[1])
    return s.words(a, b - 1)


def _is_participle(t: Tok) -> bool:
    return t.low.endswith("ing") and len(t.low) > 4 and t.low not in NOT_PARTICIPLES and not t.cap


def _participle_at(s: _Sentence, k: int, first: int, lex: Lexicon) -> bool:
    """Is token ``k`` a participle that carries the content of a cue ending before ``first``?

    "…, posting: “…”", "a decree banning …", "an op-ed in the Courier urging …";
    not "the morning briefing", "last week's shooting".
    """
    t = s.toks[k]
    if not _is_participle(t):
        return False
    prev = s.toks[k - 1]
    if prev.text == "," or k == first:
        return True
    if prev.low in DETERMINERS or prev.low.endswith(("'s", "s'")):
        return False
    return t.low in lex.verbs or prev.cap


def _choose_content(
    s: _Sentence,
    group_start: int,
    after_i: int,
    after_kind: str,
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
    before = None
    before_kind = ""
    b = group_start - 1
    if b >= 0:
        if s.closes[b] or (toks[b].text == "," and b >= 1 and s.closes[b - 1]):
            before_kind = "quote" if _quotation_leads(s, b) else "comma"
        elif toks[b].text == "," or toks[b].text in DASHES:
            before_kind = "comma"
        end_b = b
        while end_b >= 0 and (toks[end_b].text == "," or toks[end_b].text in DASHES):
            end_b -= 1
        if before_kind and end_b >= 0:
            before = _content_span(s, 0, end_b)
        if before is None:
            before_kind = ""
    after = None
    if after_kind in ("that", "colon", "quote", "comma") or (after_kind == "bare" and accept_bare):
        after = _content_span(s, after_i, s.last)
    if after_kind == "colon" and after is None:
        return None, True, "next"
    if before_kind == "quote":
        if after is not None and after_kind in ("that", "colon"):
            return after, True, "here"
        if after_kind in ("comma", "bare") and any(s.opens[x] for x in range(after_i, min(s.last + 1, after_i + 30))):
            whole = _content_span(s, 0, s.last)
            if whole is not None:
                return (before[0], whole[1]), False, "here"  # "“Q1,” Tester said, referring to X, “Q2.”"
        if after is not None and after_kind == "quote":
            return (before[0], after[1]), False, "here"  # a quotation split by its tag: "“Q1,” she said, “Q2.”"
        return before, False, "here"
    if before_kind == "comma":
        if after_kind == "end" or after is None and after_kind != "bare":
            return before, False, "here"
        if after_kind == "comma" and after is not None:
            if s.words(0, group_start - 1) <= 3:
                return after, True, "here"
            return (before[0], after[1]), False, "here"
        return after, True, "here"
    if after is not None and after_kind != "comma":
        return after, True, "here"
    if after_kind in ("end", "comma") and group_start == 0:
        return None, False, "previous"  # "“…?” / Trump said, looking out on the crowd."
    return None, False, "here"


def _quotation_leads(s: _Sentence, b: int) -> bool:
    """Does the quotation closing at token ``b`` open the sentence (or continue one)?

    ``"Q," she said`` -- yes; ``In an interview on "Face the Nation," Ryan said`` -- no.
    """
    toks = s.toks
    k = b - 1
    while k >= 0 and b - k <= 200 and not s.opens[k]:
        k -= 1
    if k < 0 or b - k > 200:
        return True  # the quotation began in an earlier sentence
    return s.words(0, k - 1) <= 3


def _title_case(s: _Sentence) -> bool:
    """Is the sentence a headline, most of its words capitalised?"""
    words = [t for t in s.toks if t.word and t.text[:1].isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.7 * len(words)


def _cue_extension(s: _Sentence, i: int, lo: int) -> tuple[int, bool, bool]:
    """Extend a cue at token ``i`` left over auxiliaries and adverbs.

    Returns (first token of the cue, passive?, hedged?).
    """
    toks = s.toks
    k = i
    passive = hedged = False
    while k - 1 >= lo and i - (k - 1) <= 4:
        p = toks[k - 1]
        adverb = p.low.endswith("ly") and not p.cap and p.word and len(p.low) > 4
        degree = p.low in ("most", "more", "very", "so") and k < i and toks[k].low.endswith("ly")
        if p.low in AUXILIARIES or p.low in CUE_ADVERBS or adverb or degree:
            k -= 1
            if p.low in HEDGE_ADVERBS:
                hedged = True
            if p.low in BE_FORMS:
                passive = True
        else:
            break
    return k, passive, hedged


def _verb_drafts(s: _Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for single-word reporting verbs (and ``claimed responsibility``)."""
    toks = s.toks
    n = len(toks)
    if lex.verbs.keys().isdisjoint(s.lows):  # a view of a dict against a set: runs over the smaller
        return
    for i in [i for i, t in enumerate(toks) if t.low in lex.verbs]:
        t = toks[i]
        if i in consumed or not t.word:
            continue
        verb = lex.verbs[t.low]
        if s.quoted and s.quoted[i] and not (i > 0 and s.opens[i - 1]):
            continue  # inside a quotation: the quoted speaker's words, not the article's report
        if t.cap and i > 0 and not _sentence_initial(s, i):
            # "United States", "Free State"; in a headline only a plain verb form
            if t.low == verb.lemma or toks[i - 1].low in lex.org_words or not _title_case(s):
                continue
            head_src = _phrase_before(s, i - 1, 0, lex)
            if head_src is None or _make_chain(s, head_src.start, head_src.end, None).person is None:
                continue
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and (prev.low in DETERMINERS or prev.low.endswith(("'s", "s'"))) and t.low.endswith("s"):
            continue  # "some reports suggest", "Mr. Obama's remarks": a noun
        rest = s.text[t.start : min(t.end + 40, s.span.end)]
        if NOT_REPORTING.match(rest):  # no timeout: a few dozen characters
            continue
        if i + 1 < n and toks[i + 1].low == "of" and "of" not in verb.preps and t.low.endswith("s"):
            continue  # "FCMN claims of arrests": a noun
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and (prev.low in ("the", "to", "so", "as", "a", "an") or prev.text == "-"):
            continue  # "the said", "to say", "as said above", "so-called"
        participle = t.low in lex.participles
        if participle and prev is not None and prev.low in PREP_BEFORE_PARTICIPLE:
            continue
        cue_first, passive, hedged = _cue_extension(s, i, 0)
        if passive and not participle:
            continue  # "should be noted", "have been reported": agentless passive
        cue_last = i
        responsibility = t.low.startswith("claim") and i + 1 < n and toks[i + 1].low in ("responsibility", "credit")
        if responsibility:
            cue_last = i + 1
        # -- the source
        coordinated = False
        antecedent = None
        src = None
        inverted = False
        if participle and not (cue_first < i and toks[cue_first].low in BE_FORMS | {"has", "have", "had"}):
            # ", saying ...", ", adding that ...": the subject of the main clause
            if prev is not None and prev.text == ",":
                coordinated = True
            elif prev is not None and (
                prev.low in ("he", "she", "they") or (s.name_words[i - 1] and not _sentence_initial(s, i - 1))
            ):
                src = _phrase_before(s, i - 1, 0, lex)  # "Trump saying ..."
                nxt_kind = _after_cue(s, i + 1, lex)[1]
                if src is None or nxt_kind not in ("that", "quote", "colon"):
                    continue
            else:
                continue
        else:
            src = _subject_before(s, cue_first - 1, 0, lex)
            if (
                src is not None
                and src.pronoun
                and toks[src.start].low in ("they", "you", "we")
                and src.start > 0
                and toks[src.start - 1].low == "as"
            ):
                continue  # "as they say"
            if src is None:
                j = _skip_time_back(s, cue_first - 1, 0, lex)
                if j >= 0 and toks[j].low in ("and", "but", "or"):
                    coordinated = True
                elif j < 0 or toks[j].text == "," or s.closes[j] or toks[j].text in DASHES:
                    if cue_first == i and not verb.flags & {"object"}:
                        src = _phrase_after(s, cue_last + 1, lex)
                        if src is not None:
                            nxt = src.end + 1
                            if (
                                nxt <= s.last
                                and toks[nxt].word
                                and not _is_time(s, nxt, lex)
                                and toks[nxt].low not in ADVERBIAL_PREPS
                            ):
                                src = None
                        inverted = src is not None and j >= 0
                        if src is not None and j < 0:
                            src = None
        if coordinated:
            src = None  # resolved later from the previous attribution or the clause subject
        elif src is None:
            continue
        elif src.pronoun and toks[src.start].low in FIRST_SECOND_PERSON:
            continue  # "I think", "you say": the writer or a quoted speaker, not a source
        elif src.start == src.end and toks[src.head].low.endswith(("ic", "ical")):
            continue  # "Democratic claims": an adjective and a noun
        if t.low == verb.lemma and cue_first == i and src is not None and not _plural(s, src, lex):
            nxt_i, nxt_kind, _ = _after_cue(s, cue_last + 1, lex)
            if nxt_kind not in ("that", "colon", "quote"):
                continue  # "a Donald Trump tweet", "Battleground state": nouns
        if "call" in verb.flags:
            called = _call_content(s, i, src, lex)
            if called is None:
                continue
            cue_last, after_kind_override = called
        else:
            after_kind_override = None
        if src is not None and src.pronoun and toks[src.start].low in RELATIVE_PRONOUNS:
            a = src.start - 1
            while a >= 0 and (toks[a].text == "," or s.closes[a]):
                a -= 1
            antecedent = _phrase_before(s, a, 0, lex)
        # -- the object of "told"
        after_start = cue_last + 1 if not inverted else src.end + 1
        via = None
        if "object" in verb.flags and not inverted:
            obj = _phrase_after(s, after_start, lex, relaxed=True)
            if obj is None:
                continue
            via = _outlet_text(s, obj, lex)
            after_start = obj.end + 1
        after_i, after_kind, via2 = _after_cue(s, after_start, lex)
        via = via or via2
        if after_kind_override is not None:
            after_i, after_kind = cue_last + 1, after_kind_override
        anonymous_src = src is not None and _anonymous_head(s, src, lex)
        accept_bare = True
        if responsibility:
            accept_bare = True
        elif verb.weak:
            nxt = toks[after_i] if after_i <= s.last else None
            document_src = (
                src is not None and not src.pronoun and _bare(toks[_first_head(s, src, lex)].low) in lex.documents
            )
            accept_bare = nxt is not None and (
                nxt.low in SUBJECT_PRONOUNS - {"it", "you"}
                or nxt.low in PRONOUN_CONTRACTIONS
                or anonymous_src
                or (document_src and "hedge" not in verb.flags and nxt.low not in STOP_WORDS)
            )
            if nxt is not None and nxt.low in verb.preps and after_kind == "bare":
                after_i += 1
                accept_bare = True
        elif "speech" in verb.flags and after_kind == "bare":
            window = toks[after_i : min(after_i + 6, s.last + 1)]
            accept_bare = any(w.low in lex.report_nouns for w in window[:4]) or any(w.low == "as" for w in window)
            if not accept_bare and not (toks[i - 1].text == "," if i > 0 else False):
                continue
        if responsibility:
            after_i, after_kind = _responsibility_content(s, cue_last + 1, lex, consumed)
        group_start = src.start if (src is not None and not inverted) else cue_first
        if coordinated:
            group_start = cue_first
        content, content_after, where = _choose_content(s, group_start, after_i, after_kind, accept_bare)
        if inverted:
            content, content_after, where = _choose_content(
                s, cue_first, src.end + 1, _after_cue(s, src.end + 1, lex)[1], False
            )
        if content is None and where == "here":
            continue
        if coordinated and content_after is False and where == "here":
            continue
        relative = src is not None and src.pronoun and toks[src.start].low in RELATIVE_PRONOUNS
        if relative and not content_after:
            continue  # "X, who spoke on condition of anonymity, said": nothing reported by "who"
        if content is not None and content_after and after_kind == "bare" and not responsibility:
            clausal = verb.lemma in ("say", "claim", "tell", "state", "think", "believe")
            if _word_count(s, content) < (3 if clausal else 2):
                continue  # "the man he says he is"
        stance = verb.stance
        if hedged:
            stance = Stance.HEDGE if stance is Stance.ASSERT else stance
        if (
            content is not None
            and stance is Stance.ASSERT
            and NOT_TRUE.match(s.text, content[0], content[1], timeout=_timeout(s))
        ):
            stance = Stance.DENY
        cue_chars = (toks[cue_first].start, toks[cue_last].end)
        drafts.append(
            _Draft(
                src=src,
                cue=cue_chars,
                content=content,
                stance=stance,
                via=via,
                coordinated=coordinated,
                anchor=(
                    cue_first - 1
                    if coordinated and cue_first > 0 and toks[cue_first - 1].low in ("and", "but", "or")
                    else (src.start if src is not None and not inverted else cue_first)
                ),
                content_after=content_after,
                antecedent=antecedent,
                form=_form(toks[cue_first].low, lex),
                where=where,
            )
        )
        consumed.update(range(cue_first, cue_last + 1))


def _plural(s: _Sentence, p: Phrase, lex: Lexicon) -> bool:
    """Does the phrase take a plural verb ("they say", "officials say", "Smith and Jones say")?"""
    toks = s.toks
    head = toks[p.head].low
    if p.pronoun:
        return head in ("they", "we", "i", "you", "who", "which")
    if any(toks[x].low in ("and", "&") for x in range(p.start, p.end + 1)):
        return True
    if head in lex.anonymous or head in ("police", "people", "media", "staff", "data"):
        return True
    if not head.endswith("s") or head.endswith("ss"):
        return False
    if not toks[p.head].cap or _lexical(head, lex) or head in lex.places:
        return True
    return head.endswith(("ans", "ists", "crats", "ers")) or toks[p.start].low in QUANTITY_WORDS


def _call_content(s: _Sentence, i: int, src: Phrase | None, lex: Lexicon) -> tuple[int, str] | None:
    """Is ``called`` at token ``i`` a report ("called for a ban", "called the charges
    “fabricated”", "called him a liar")? Returns (last cue token, what follows) or None.

    "a group called FCMN" and "so-called" are not.
    """
    toks = s.toks
    nxt = toks[i + 1] if i + 1 <= s.last else None
    if nxt is None:
        return None
    if nxt.low in ("for", "on") and i + 2 <= s.last:
        return i + 1, "bare"  # "called for", "called on"
    if src is not None and toks[src.start].low in ("a", "an") and nxt.cap:
        return None  # "a group called FCMN"
    for k in range(i + 1, min(i + 12, s.last + 1)):
        t = toks[k]
        if s.opens[k]:
            return i, "bare"  # "called half of his supporters “deplorables”"
        if k > i + 1 and t.low in ("a", "an", "as"):
            return i, "bare"  # "called him a liar", "called her vote in favor of the war a mistake"
        if not t.word and t.text not in "-'’":
            return None
    return None


def _responsibility_content(s: _Sentence, i: int, lex: Lexicon, consumed: set) -> tuple[int, str]:
    """Content of ``claimed responsibility`` starting at token ``i``: what a speech
    participle posted ("posting: “…”"), else what it is claimed for ("for the attack"),
    else the rest of the sentence."""
    toks = s.toks
    limit = min(s.last, i + MAX_ADVERBIAL + 4)
    for k in range(i, limit + 1):
        if _participle_at(s, k, i, lex):
            consumed.add(k)
            nxt, what, _ = _after_cue(s, k + 1, lex)
            if what in ("colon", "quote", "that"):
                return nxt, what
            return k + 1, "bare"
    for k in range(i, limit + 1):
        if toks[k].low == "for" and k < s.last:
            return k + 1, "bare"
    return i, "bare" if i <= s.last else "end"


def _anonymous_head(s: _Sentence, p: Phrase, lex: Lexicon) -> bool:
    head = s.toks[p.head].low
    if head in lex.anonymous and not (
        head in ("some", "many", "most", "several", "others")
        and p.head != p.end
        and p.end - p.start > 0
        and s.toks[p.end].low not in lex.anonymous
    ):
        return True
    return head in lex.vague and not p.affiliated


def _publish_drafts(s: _Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for publishing acts that carry content ("issued a decree banning ...")."""
    toks = s.toks
    for m in _finditer_if(s, _patterns()["publish"], PUBLISH_NEEDS, lex.publications):
        first = s.index_at(m.start("cue"))
        last = s.index_at(m.end("cue")) - 1
        if first in consumed or last >= len(toks):
            continue
        cue_first, passive, hedged = _cue_extension(s, first, 0)
        if passive and toks[first].low.endswith("ed"):
            continue
        # content: after adverbials, a participle, that-clause, colon or quotation
        k = last + 1
        found = None
        while k <= s.last and k - last <= MAX_ADVERBIAL + 2:
            t = toks[k]
            if _participle_at(s, k, last + 1, lex):
                if t.low in lex.verbs:
                    consumed.add(k)  # "issued a statement saying ...": the statement's content
                    nxt, what, _ = _after_cue(s, k + 1, lex)
                    says = lex.verbs[t.low].lemma in ("say", "state", "claim", "tell")
                    found = (
                        (nxt, what) if what in ("colon", "quote", "that") or (says and what == "bare") else (k, "bare")
                    )
                else:
                    found = (k, "bare")
                break
            if t.low == "that" or t.text == ":" or s.opens[k]:
                found = _after_cue(s, k, lex)[:2]
                break
            if t.text in ".;" or (t.word and t.low in lex.verbs):
                break
            k += 1
        if found is None:
            continue
        src = _subject_before(s, cue_first - 1, 0, lex)
        coordinated = False
        if src is None:
            j = cue_first - 1
            if j >= 0 and toks[j].low in ("and", "but"):
                coordinated = True
            else:
                continue
        content, content_after, where = _choose_content(
            s, cue_first if coordinated else src.start, found[0], found[1], True
        )
        if content is None:
            continue
        via_m = None
        for x in range(last + 1, min(k, s.last + 1)):
            if toks[x].low in ("in", "on", "for") and x + 1 <= s.last:
                obj = _phrase_after(s, x + 1, lex, relaxed=True)
                if obj is not None:
                    via_m = _outlet_text(s, obj, lex)
                    if via_m:
                        break
        drafts.append(
            _Draft(
                src=src,
                cue=(toks[cue_first].start, toks[last].end),
                content=content,
                stance=Stance.HEDGE if hedged else Stance.ASSERT,
                via=via_m,
                coordinated=coordinated,
                anchor=cue_first - 1 if coordinated else src.start,
                content_after=content_after,
                form=_form(toks[cue_first].low, lex),
                where=where,
            )
        )
        consumed.update(range(cue_first, last + 1))


def _passive_drafts(s: _Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for passive reports: "is reported to have said", "it is believed that",
    "word out of X is that", "which was confirmed by X"."""
    toks = s.toks
    pats = _patterns()
    for m in _finditer_if(s, pats["passive_speech"], PASSIVE_SPEECH_NEEDS):
        first = s.index_at(m.start("cue"))
        last = s.index_at(m.end("cue")) - 1
        if first in consumed:
            continue
        src = _subject_before(s, first - 1, 0, lex)
        if src is None:
            continue
        after_i, after_kind, via = _after_cue(s, last + 1, lex)
        content, content_after, where = _choose_content(s, src.start, after_i, after_kind, True)
        if content is None and where == "here":
            continue
        hedge = m.group("passive").lower() != "quoted"
        drafts.append(
            _Draft(
                src=src,
                cue=(m.start("cue"), m.end("cue")),
                content=content,
                stance=Stance.HEDGE if hedge else Stance.ASSERT,
                via=via,
                anchor=src.start,
                content_after=content_after,
                where=where,
            )
        )
        consumed.update(range(first, last + 1))
    for pattern, needs, group in ((IT_PASSIVE, IT_PASSIVE_NEEDS, "it"), (WORD_IS, WORD_IS_NEEDS, "source")):
        for m in _finditer_if(s, pattern, *needs):
            a = s.index_at(m.start(group))
            b = max(a, s.index_at(m.end(group)) - 1)  # "it" may be left out: "as has been reported"
            last = s.index_at(m.end()) - 1
            if a in consumed:
                continue
            content = _content_span(s, last + 1, s.last)
            if content is None:
                continue
            drafts.append(
                _Draft(
                    src=Phrase(a, b, a),
                    cue=(m.start("cue"), m.end("cue")),
                    content=content,
                    stance=Stance.HEDGE,
                    anchor=a,
                    content_after=True,
                    it_source=True,
                )
            )
            consumed.update(range(a, last + 1))
    for m in _finditer_if(s, pats["by_agent"], BY_AGENT_NEEDS, _agentive_forms()):
        first = s.index_at(m.start("cue"))
        verb_i = s.index_at(m.start("verb"))
        by = s.index_at(m.end()) - 1
        if verb_i in consumed:
            continue
        agent = _phrase_after(s, by + 1, lex)
        if agent is None or agent.pronoun and s.toks[agent.start].low in ("it",):
            continue
        # the passive subject: before a relative pronoun, before the auxiliary, or before a comma
        b = first - 1
        if m.group("aux") is None and not (b >= 0 and toks[b].text == ","):
            continue
        if b >= 0 and toks[b].low in ("which", "that", "who"):
            b -= 1
        while b >= 0 and (toks[b].text == "," or toks[b].text in DASHES):
            b -= 1
        content = _content_span(s, 0, b) if b >= 0 else None
        if content is None:
            continue
        verb = lex.verbs[toks[verb_i].low]
        drafts.append(
            _Draft(
                src=agent,
                cue=(m.start("cue"), m.end("verb")),
                content=content,
                stance=verb.stance,
                anchor=first,
                content_after=False,
            )
        )
        consumed.update(range(first, by + 1))


def _according_drafts(s: _Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for "according to X", before or after its content."""
    toks = s.toks
    if "according" not in s.lows:
        return
    for i in range(len(toks) - 2):
        if toks[i].low != "according" or toks[i + 1].low != "to" or i in consumed:
            continue
        src = _phrase_after(s, i + 2, lex)
        if src is None:
            continue
        if src.pronoun and toks[src.start].low in OBJECT_PRONOUNS - SUBJECT_PRONOUNS - {"him", "her", "them"}:
            continue
        k = i - 1
        while k >= 0 and (
            s.opens[k] or toks[k].low in ("and", "but", "yet", "so", "also") or toks[k].low in ASIDE_WORDS
        ):
            k -= 1
        at_start = (
            k < 0
            or toks[k].text in (";", ":")
            or (toks[k].text == "," and k + 1 < i and toks[k + 1].low in ("and", "but", "yet", "so"))
        )
        after = None
        if src.end + 1 <= s.last and toks[src.end + 1].text == ",":
            after = _content_span(s, src.end + 2, s.last)
        elif src.end + 1 > s.last:
            after = None
        before = None
        b = i - 1
        while b >= 0 and (toks[b].text in (",", ";") or toks[b].text in DASHES or toks[b].low in ("and", "but")):
            b -= 1
        if b >= 0:
            before = _content_span(s, 0, b)
        if at_start or before is None:
            content, content_after = after, True
        elif after is not None and s.words(src.end + 2, s.last) >= 2:
            content, content_after = (before[0], after[1]), False  # "The dam, according to X, could fail"
        else:
            content, content_after = before, False
        if content is None:
            continue
        drafts.append(
            _Draft(
                src=src, cue=(toks[i].start, toks[i + 1].end), content=content, anchor=i, content_after=content_after
            )
        )
        consumed.update((i, i + 1))


def _colon_draft(s: _Sentence, lex: Lexicon, consumed: set, drafts: list, registry: Registry, para_start: bool) -> None:
    """A speaker and a colon at the start of the sentence.

    ``Name: "…"``; ``PENCE: Well, look, …`` (a transcript: at the start of a
    paragraph, the content runs to the paragraph's end); ``Pat Caddell: Voters
    Worried …`` (a headline); ``Harbour Times:`` alone (a label: the content
    is the next paragraph).
    """
    toks = s.toks
    first = 1 if toks and s.opens[0] else 0  # a quoted transcript: "WALLACE: Let's start ...
    if ":" not in s.lows or len(toks) < first + 2 or toks[first].low in lex.colon_labels:
        return
    src = _phrase_after(s, first, lex)
    if src is None or src.pronoun or src.end + 1 >= len(toks) or toks[src.end + 1].text != ":":
        return
    colon = src.end + 1
    head = toks[src.head]
    verb_form = head.low in lex.verbs and not head.cap  # "McCrummen reports:" is a cue, not a label
    document = _bare(head.low) in lex.documents and not verb_form
    transcript = src.start == src.end and head.text.isupper() and len(head.text) > 1  # "SENATOR: ..."
    if colon in consumed or not (s.name_words[src.head] or document or transcript) or verb_form:
        return
    if any(toks[x].low in lex.colon_labels for x in range(src.start, src.end + 1)):
        return
    rest = colon + 1
    label = rest > s.last and not s.words(rest, len(toks) - 1)
    if label:
        content, where = None, "next"
    else:
        quoted = s.opens[rest] if rest < len(toks) else False
        name = s.text[toks[src.start].start : toks[src.end].end]
        known = registry.entries.get(source_key(name)) is not None
        chain = _make_chain(s, src.start, src.end, registry)
        transcript = transcript and not _org_like(s, src, lex, registry)
        single = (
            src.start == src.end
            and head.cap
            and not _org_like(s, src, lex, registry)
            and head.low not in lex.time_words
        )
        if not (quoted or known or document or chain.person or transcript or single):
            return
        content, where = _content_span(s, rest, s.last), ("paragraph" if para_start else "here")
        if content is None:
            return
    drafts.append(
        _Draft(
            src=src,
            cue=(toks[colon].start, toks[colon].end),
            content=content,
            anchor=src.start,
            content_after=True,
            label=label,
            where=where,
        )
    )
    consumed.add(colon)


def _signature_drafts(s: _Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """A quotation signed with a dash: ``“…” ― Sonya Herridge``."""
    toks = s.toks
    if s.lows.isdisjoint(DASHES):
        return
    for i in range(1, len(toks) - 1):
        if toks[i].text not in DASHES or not s.closes[i - 1] or i in consumed:
            continue
        src = _phrase_after(s, i + 1, lex)
        if src is None or src.pronoun or not s.name_words[src.head]:
            continue
        if (
            src.end < s.last
            and toks[src.end + 1].text not in ",("
            and "\n" not in s.text[toks[src.end].end : toks[src.end + 1].start]
        ):
            continue
        content = _content_span(s, 0, i - 1)
        if content is None:
            continue
        drafts.append(_Draft(src=src, cue=(toks[i].start, toks[i].end), content=content, anchor=i))
        consumed.add(i)


def _org_like(s: _Sentence, p: Phrase, lex: Lexicon, registry: Registry) -> bool:
    toks = s.toks
    name = s.text[toks[p.start].start : toks[p.end].end]
    if registry.entries.get(source_key(name)):
        return True
    words = [_bare(toks[x].low) for x in range(p.start, p.end + 1)]
    return any(w in lex.org_words or w in lex.outlet_words for w in words) or name.lower() in lex.places


def _sentence_drafts(s: _Sentence, lex: Lexicon, registry: Registry, para_start: bool = False) -> list[_Draft]:
    consumed: set = set()
    drafts: list[_Draft] = []
    _colon_draft(s, lex, consumed, drafts, registry, para_start)
    _signature_drafts(s, lex, consumed, drafts)
    _passive_drafts(s, lex, consumed, drafts)
    _publish_drafts(s, lex, consumed, drafts)
    _according_drafts(s, lex, consumed, drafts)
    _verb_drafts(s, lex, consumed, drafts)
    drafts.sort(key=lambda d: d.cue[0])
    # coordinated cues: the subject of the previous attribution, else of the clause
    previous = None
    for d in drafts:
        if d.coordinated and d.src is None:
            if previous is not None and previous.src is not None and (previous.form == d.form or d.form == "ing"):
                d.src = previous.src
                d.antecedent = previous.antecedent
            elif d.form != "base":
                d.src = _clause_subject(s, 0, len(s.toks), lex)
        previous = d
    drafts = [d for d in drafts if d.src is not None]
    # an attribution's content stops where a coordinated one starts ("denied those reports and
    # said ...", "said P, and he warned Q"); a cue nested in the content ("said A told him B") does not cut
    toks = s.toks
    for a, b in zip(drafts, drafts[1:]):
        joined = b.anchor >= 2 and (
            toks[b.anchor - 1].text == ";"
            or (toks[b.anchor - 1].low in ("and", "but") and toks[b.anchor - 2].text == ",")
        )
        if a.content is not None and a.content_after and (b.coordinated or joined):
            cut = s.toks[b.anchor].start if b.anchor < len(s.toks) else None
            if cut is not None and a.content[0] < cut < a.content[1]:
                end_i = s.index_at(cut) - 1
                while end_i >= 0 and (
                    s.toks[end_i].text in TRAILING_PUNCT or s.toks[end_i].low in ("and", "but", "or")
                ):
                    end_i -= 1
                if end_i >= 0 and s.toks[end_i].end > a.content[0]:
                    a.content = (a.content[0], s.toks[end_i].end)
    return drafts


# ---------------------------------------------------------------------------
# Speakers


@attrs.define
class _Article:
    """What the article has said so far, for resolving speakers (an accumulator)."""

    people: dict = attrs.Factory(dict)
    """Surname (lower case) -> full names ending with it, in order seen."""
    spoken: dict = attrs.Factory(dict)
    """Full name -> order in which it last spoke or was a subject."""
    roles: dict = attrs.Factory(dict)
    """Role noun (lower case) -> the name or description it refers back to."""
    salient: str | None = None
    """The last person who spoke or was a subject: a name or a description."""
    org_previous: str | None = None
    """The first organisation or place named in the previous sentence."""
    clock: int = 0


class _Chain(NamedTuple):
    """A run of capitalised words in a sentence (a tuple, like :class:`Tok`: there are many)."""

    start: int
    end: int
    text: str
    person: str | None
    """The person's name without titles, when the chain names a person."""
    role: str | None
    """The title word before the name (lower case), if any."""
    org: bool


def _chains(s: _Sentence, lex: Lexicon, registry: Registry) -> list[_Chain]:
    toks = s.toks
    n = len(toks)
    out = []
    free = 0  # the first token not yet in a chain
    for i in itertools.compress(range(n), s.name_words):
        if i < free or _is_time(s, i, lex):
            continue
        j = i
        while j + 1 < n:
            if s.name_words[j + 1] and not _is_time(s, j + 1, lex) and not toks[j].low.endswith("'s"):
                j += 1
            elif (
                j + 2 < n
                and toks[j + 1].low
                in ("of", "al", "bin", "ibn", "de", "van", "von", "da", "del", "der", "la", "le", "in", "&")
                and s.name_words[j + 2]
            ):
                j += 2
            else:
                break
        out.append(_make_chain(s, i, j, registry))
        free = j + 1
    return out


#: :func:`~provenance.model.source_key` for chains of capitalised words, which recur
#: within an article and across articles.
_chain_key = functools.lru_cache(maxsize=1 << 16)(source_key)


def _make_chain(s: _Sentence, i: int, j: int, registry: Registry | None) -> _Chain:
    toks = s.toks
    text = s.text[toks[i].start : toks[j].end]
    known = registry is not None and bool(registry.entries.get(_chain_key(text)))
    person, role, org = _chain_facts(text, s.texts[i : j + 1], known)
    return _Chain(i, j, text, person, role, org)


@functools.lru_cache(maxsize=1 << 16)
def _chain_facts(text: str, words: tuple[str, ...], known: bool) -> tuple[str | None, str | None, bool]:
    """The person, role and whether an organisation, of a chain: ``text``, made of the
    tokens ``words``, a ``known`` source or not.  Chains recur, so this is worked out once each."""
    lex = lexicon()
    lows = [_bare(w.lower().replace("’", "'")).rstrip(".") for w in words]
    last_title = max((x for x, w in enumerate(lows) if w in lex.titles), default=-1)
    role = lows[last_title] if last_title >= 0 else None
    org = bool(
        known
        or any(w in lex.org_words or w in lex.outlet_words for w in lows)
        or text.lower() in lex.places
        or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
        or any(c.isdigit() for c in text)
    )
    person = None
    nw = lows[last_title + 1 :]
    if nw and not (known and last_title < 0):
        if (
            not any(w in lex.org_words or w in lex.outlet_words for w in nw)
            and not any(w in ("of", "in", "&") or w in STOP_WORDS for w in nw)
            and nw[0] not in lex.places
            and " ".join(nw) not in lex.places
            and not all(w.isupper() for w in words[last_title + 1 :])
            and len(nw) <= 4
            and (len(nw) >= 2 or last_title >= 0)
        ):
            at = first = 0
            for w in words[: last_title + 2]:  # up to the name's first token
                first = text.index(w, at)  # only spaces come between tokens
                at = first + len(w)
            person = text[first:]
            if person.endswith(("’s", "'s")):
                person = person[:-2]
            org = False
    return person, role, org and person is None


@attrs.define
class _ChainIndex:
    """A sentence's chains with lookups that cost O(log n), whatever their number."""

    chains: list
    starts: list = attrs.Factory(list)
    person_ends: list = attrs.Factory(list)
    persons: list = attrs.Factory(list)
    first_org: _Chain | None = None

    @classmethod
    def of(cls, chains: list[_Chain]) -> "_ChainIndex":
        index = cls(chains, [c.start for c in chains])
        for c in chains:
            if c.person:
                index.persons.append(c)
                index.person_ends.append(c.end)
            if c.org and index.first_org is None:
                index.first_org = c
        return index

    def last_person_before(self, i: int) -> _Chain | None:
        k = bisect.bisect_left(self.person_ends, i) - 1
        return self.persons[k] if k >= 0 else None

    def within(self, a: int, b: int) -> list[_Chain]:
        out = []
        k = bisect.bisect_left(self.starts, a)
        while k < len(self.chains) and self.chains[k].start <= b:
            if self.chains[k].end <= b:
                out.append(self.chains[k])
            k += 1
        return out


def _register_people(state: _Article, chains: list[_Chain]) -> None:
    for c in chains:
        if c.person and " " in c.person:
            surname = c.person.rsplit(" ", 1)[1].lower()
            names = state.people.setdefault(surname, [])
            if c.person not in names:
                names.append(c.person)
        if c.person and c.role:
            state.roles[c.role] = c.person


def _register_appositives(s: _Sentence, state: _Article, chains: list[_Chain], lex: Lexicon) -> None:
    """``Firstname Lastname, the minister`` and ``the police chief of X, Firstname Lastname`` -> roles."""
    toks = s.toks
    for c in chains:
        if not c.person or " " not in c.person:
            continue
        a, b = c.end + 1, c.start - 1
        # name, then ", [age,] det ... role ..."
        if a + 1 < len(toks) and toks[a].text == ",":
            k = a + 1
            if toks[k].text[:1].isdigit() and k + 2 < len(toks) and toks[k + 1].text == ",":
                k += 2
            if toks[k].low in DETERMINERS:
                p = _phrase_after(s, k, lex)
                if p is not None and not p.pronoun:
                    head = _bare(toks[_first_head(s, p, lex)].low)
                    if head in lex.persons:
                        state.roles[head] = c.person
        # "det ... role (of X), name"
        if b >= 1 and toks[b].text == ",":
            p = _phrase_before(s, b - 1, 0, lex)
            if p is not None and not p.pronoun and toks[p.start].low in DETERMINERS:
                head = _bare(toks[p.head].low)
                if head in lex.persons:
                    state.roles[head] = c.person


def _first_head(s: _Sentence, p: Phrase, lex: Lexicon) -> int:
    """The noun before a phrase's first link word ("director" in "director of the institute")."""
    for x in range(p.start, p.end + 1):
        if s.toks[x].low in LINKS and x > p.start:
            return x - 1
    return p.head


def _surname(state: _Article, word: str) -> str | None:
    names = state.people.get(word.lower())
    if not names:
        return None
    spoken = [n for n in names if n in state.spoken]
    if spoken:
        return max(spoken, key=lambda n: state.spoken[n])
    return names[0]


def _resolve(
    s: _Sentence, p: Phrase, state: _Article, chains: _ChainIndex, lex: Lexicon, registry: Registry
) -> tuple[str | None, bool]:
    """The speaker a phrase refers to, and whether it is a person."""
    toks = s.toks
    head = toks[p.head].low
    if p.pronoun:
        if head in ("he", "she"):
            before = chains.last_person_before(p.start)
            if before is not None:
                name = before.person
                return (_surname(state, name) or name) if " " not in name else name, True
            return state.salient, True
        if head in ("it", "which"):
            first = chains.first_org
            if first is not None and first.end < p.start:
                return first.text, False
            return state.org_previous, False
        return None, head not in ("it", "which")
    if p.name is not None:
        name = s.text[toks[p.name[0]].start : toks[p.name[1]].end]
        return name, True
    inside = chains.within(p.start, p.end)
    persons = [c for c in inside if c.person and c.start <= p.head <= c.end]
    if persons:
        name = persons[-1].person
        if " " not in name:
            return _surname(state, name), True
        return name, True
    if inside and any(c.start <= p.head <= c.end for c in inside):
        chain = next(c for c in inside if c.start <= p.head <= c.end)
        if chain.org:
            return None, False
        word = _bare(toks[p.head].low)
        return _surname(state, word), True
    first = toks[p.start].low
    role = _bare(toks[_first_head(s, p, lex)].low)
    if first in ("the", "this", "that") and role in state.roles:
        return state.roles[role], role in lex.persons or role.rstrip("s") in lex.persons
    return None, role in lex.persons


def _classify(
    s: _Sentence, d: _Draft, speaker: str | None, is_person: bool, lex: Lexicon, registry: Registry
) -> SourceKind:
    toks = s.toks
    p = d.src
    if d.it_source:
        return SourceKind.ANONYMOUS
    head = toks[p.head].low
    if p.pronoun:
        if head in ("it", "which"):
            if speaker:
                known = registry.entries.get(source_key(speaker))
                return known[1] if known else SourceKind.OFFICIAL
            return SourceKind.UNKNOWN
        return SourceKind.PERSON
    if _anonymous_head(s, p, lex):
        return SourceKind.ANONYMOUS
    name = s.text[toks[p.start].start : toks[p.end].end]
    known = registry.entries.get(source_key(name))
    if known:
        return known[1]
    if p.name is not None or (is_person and speaker is not None):
        return SourceKind.PERSON  # "Press secretary Karine Jean-Pierre", "House Speaker Mike Johnson"
    role = _bare(toks[_first_head(s, p, lex)].low)
    if not s.name_words[p.head] or toks[p.head].low in lex.persons:
        if role in ("officials", "authorities") or head in ("officials", "authorities"):
            return SourceKind.OFFICIAL  # affiliated: "U.S. officials", "Norwegian authorities"
        if role in lex.persons or head in lex.persons:
            return SourceKind.PERSON
        if role in lex.institutions or role in lex.vague:
            return SourceKind.OFFICIAL
        if role in lex.documents:
            return SourceKind.UNKNOWN
    words = [_bare(toks[x].low) for x in range(p.start, p.end + 1)]
    if any(w in lex.outlet_words for w in words) or "." in toks[p.head].text.strip("."):
        return SourceKind.OUTLET
    if role in lex.persons:
        return SourceKind.PERSON
    if role in lex.institutions:
        return SourceKind.OFFICIAL  # "The Kremlin", "the Pentagon"
    chain_text = " ".join(t.text for t in toks[p.start : p.end + 1] if t.low not in DETERMINERS)
    if (
        any(w in lex.org_words for w in words)
        or chain_text.lower() in lex.places
        or (toks[p.head].text.isupper() and len(toks[p.head].text) > 1)
        or any(c.isdigit() for c in toks[p.head].text)
        or "-" in toks[p.head].text
        and toks[p.head].text.split("-")[-1].isupper()
    ):
        return SourceKind.OFFICIAL
    return SourceKind.PERSON


# ---------------------------------------------------------------------------
# The public verb


def find_attributions(
    text: str, sentences: Sequence[Span], *, registry: Registry | None = None
) -> tuple[Attribution, ...]:
    """Narrative attributions in the given sentences of ONE article, in text order.

    Speaker resolution (``he`` -> last named speaker, ``Brandt`` -> ``Tomas
    Brandt``, ``the police chief`` -> its earlier full mention) runs over these
    sentences in order, so pass one article's sentences at a time.

    Args:
        text: the document text; every offset in the result indexes it.
        sentences: the article's sentence spans, in order (from
            :func:`provenance.segment.sentences`).
        registry: the source registry that names and classifies sources
            (default: the shipped one).

    Returns:
        One :class:`~provenance.model.Attribution` per reporting cue, ordered by
        the cue's position: ``start``/``end`` cover the source mention as written,
        ``cue_start``/``cue_end`` the cue, ``content_start``/``content_end`` the
        attributed content (inside the sentence, or the paragraph an outlet label
        introduces).

    >>> from provenance.segment import sentences
    >>> t = "Tomas Brandt spoke first. Brandt said the talks had failed, and he warned of a long strike."
    >>> [(t[a.start:a.end], a.cue, t[a.content_start:a.content_end], a.speaker)
    ...  for a in find_attributions(t, sentences(t))]
    [('Brandt', 'said', 'the talks had failed', 'Tomas Brandt'), ('he', 'warned', 'a long strike', 'Tomas Brandt')]
    >>> t = "Reports emerged that the dam had burst. Officials denied the reports."
    >>> [(a.source.name, a.source.kind.value, a.stance.value) for a in find_attributions(t, sentences(t))]
    [('Reports', 'anonymous', 'hedge'), ('Officials', 'anonymous', 'deny')]
    """
    registry = registry or default_registry()
    lex = lexicon()
    spans = sorted(sentences, key=lambda sp: (sp.start, sp.end))
    state = _Article()
    out: list[Attribution] = []
    paragraph_of = _paragraph_numbers(text, spans)
    label_via: tuple[str, int] | None = None  # (outlet, last paragraph it covers)
    quote_open = False
    open_at_start = [False] * len(spans)
    for k, span in enumerate(spans):
        if span.end > len(text) or span.start >= span.end:
            continue
        try:
            s = _Sentence.build(text, span, registry)
            para_start = k == 0 or paragraph_of[k - 1] != paragraph_of[k]
            s.mark_quotations(False if para_start else quote_open)
            open_at_start[k] = not para_start and quote_open
            quote_open = s.quote_open_after
            drafts = _sentence_drafts(s, lex, registry, para_start)
            chains = _ChainIndex.of(_chains(s, lex, registry))
            via = _sentence_via(s, registry) if drafts else None  # it only marks what the drafts produce
        except TimeoutError:  # pragma: no cover - the patterns are linear
            log.warning("attribution patterns timed out on sentence at %d; skipped", span.start)
            continue
        if label_via is not None and paragraph_of[k] > label_via[1]:
            label_via = None
        produced = []
        for d in sorted(drafts, key=lambda d: d.src.start):
            a = _finish(text, s, d, state, chains, lex, registry, spans, k, paragraph_of)
            if a is None:
                continue
            if d.label:
                label_via = (a.source.name, paragraph_of[k] + LABEL_PARAGRAPHS)
            elif label_via is not None and a.via is None and a.source.kind not in _OUTLET_KINDS:
                a = attrs.evolve(a, via=label_via[0])
            elif a.source.kind in _OUTLET_KINDS or a.via is not None:
                label_via = None
            produced.append(a)
        if via is not None:
            produced = [attrs.evolve(a, via=via) if a.via is None and a.source.name != via else a for a in produced]
        out.extend(produced)
        _update_state(s, state, chains, lex, registry)
    out.sort(key=lambda a: (a.cue_start, a.start))
    if SPAN_QUOTATIONS:
        out = _span_quotations(text, spans, paragraph_of, open_at_start, out)
    return tuple(out)


def _span_quotations(
    text: str, spans: list[Span], paragraph_of: list[int], open_at_start: list[bool], found: list[Attribution]
) -> list[Attribution]:
    """Stretch quoted content over the sentences of its quotation.

    The sentence splitter cuts ``“A. B,” she said. “C. D.”`` into four
    sentences; the content of "she said" is the whole quotation: back to the
    opening mark of the quotation it ends, and on over the quotation that
    continues it in the same paragraph, unless a cue of its own (another
    speaker's) falls in that quotation.
    """
    starts = [sp.start for sp in spans]
    cue_sentences = {bisect.bisect_right(starts, a.cue_start) - 1 for a in found}
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
        cues = cue_sentences - {own}
        tail_start = max(a.cue_end, a.end, end)
        tail = text[tail_start : spans[own].end] if own >= 0 and spans[own].end - tail_start <= 120 else "x " * 7
        ends_sentence = own >= k and _word_count_text(tail) <= 6
        # backwards: the content opens its sentence inside a quotation begun earlier
        if open_at_start[k] and start == spans[k].start:
            j = k - 1
            while j >= 0 and paragraph_of[j] == paragraph_of[k] and j not in cues and k - j <= 12:
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
                if any(x in cues for x in range(j, m + 1)):
                    break  # another speaker's quotation
                end = spans[m].end
                j = m + 1
        if (start, end) != (a.content_start, a.content_end):
            a = attrs.evolve(a, content_start=start, content_end=end)
        out.append(a)
    return out


def _word_count_text(text: str) -> int:
    return sum(1 for _ in WORD_RUN.finditer(text))


# A run of letters or digits, for counting words.
WORD_RUN = regex.compile(r"[\p{L}\p{N}]+")

_OUTLET_KINDS = frozenset({SourceKind.OUTLET, SourceKind.WIRE, SourceKind.STATE_MEDIA, SourceKind.SOCIAL})


def _paragraph_numbers(text: str, spans: list[Span]) -> list[int]:
    numbers = []
    para = 0
    for k, span in enumerate(spans):
        if k and BLANK_LINE.search(text, spans[k - 1].end, max(spans[k - 1].end, span.start)):
            para += 1
        numbers.append(para)
    return numbers


def _finish(
    text: str,
    s: _Sentence,
    d: _Draft,
    state: _Article,
    chains: _ChainIndex,
    lex: Lexicon,
    registry: Registry,
    spans: list[Span],
    k: int,
    paragraph_of: list[int],
) -> Attribution | None:
    toks = s.toks
    p = d.src
    if p.end >= len(toks) or p.start > p.end:
        return None
    start, end = toks[p.start].start, toks[p.end].end
    content = d.content
    if content is None and d.where == "next":
        # the next paragraph: a label ("Harbour Times:") or a cue ending in a colon
        if k + 1 >= len(spans):
            return None
        nxt = k + 1
        last = nxt
        while last + 1 < len(spans) and paragraph_of[last + 1] == paragraph_of[nxt]:
            last += 1
        content = (spans[nxt].start, spans[last].end)
    elif content is not None and d.where == "paragraph":
        last = k
        while last + 1 < len(spans) and paragraph_of[last + 1] == paragraph_of[k]:
            last += 1
        content = (content[0], max(content[1], spans[last].end))
    elif content is None and d.where == "previous":
        # "“…?” Trump said.": a quotation the sentence splitter cut off before its cue
        if k == 0 or paragraph_of[k - 1] != paragraph_of[k]:
            return None
        content = _previous_quote(text, spans[k - 1])
    if content is None:
        return None
    if not (0 <= content[0] < content[1] <= len(text)):
        return None
    if p.pronoun and toks[p.head].low in RELATIVE_PRONOUNS and d.antecedent is not None:
        speaker, is_person = _resolve(s, d.antecedent, state, chains, lex, registry)
        if speaker is None and not d.antecedent.pronoun:
            speaker = s.text[toks[d.antecedent.start].start : toks[d.antecedent.end].end]
    elif d.it_source:
        speaker, is_person = None, False
    else:
        speaker, is_person = _resolve(s, p, state, chains, lex, registry)
    kind = _classify(s, d, speaker, is_person, lex, registry)
    if kind is SourceKind.ANONYMOUS:
        speaker = None
    name = text[start:end]
    if registry.entries.get(source_key(name)) and kind not in (SourceKind.PERSON, SourceKind.ANONYMOUS):
        source = registry.source(name)
    else:
        source = registry.source(name, kind)
    stance = d.stance
    if kind is SourceKind.ANONYMOUS and stance is Stance.ASSERT:
        stance = Stance.HEDGE
    # remember who spoke
    if kind is SourceKind.PERSON and toks[p.head].low not in ("they", "we", "i", "you"):
        state.clock += 1
        if speaker:
            state.spoken[speaker] = state.clock
        single = not toks[p.head].low.endswith("s") or s.name_words[p.head] or p.pronoun
        if speaker:
            state.salient = speaker
        elif single and toks[p.start].low in ("a", "an"):
            state.salient = name
        if not p.pronoun and toks[p.start].low in ("a", "an") and p.name is None:
            role = _bare(toks[_first_head(s, p, lex)].low)
            if role in lex.persons:
                state.roles[role] = name
    cue = text[d.cue[0] : d.cue[1]]
    return Attribution(
        start=start,
        end=end,
        source=source,
        cue=cue,
        cue_start=d.cue[0],
        cue_end=d.cue[1],
        content_start=content[0],
        content_end=content[1],
        speaker=speaker,
        via=d.via,
        stance=stance,
    )


def _previous_quote(text: str, span: Span) -> tuple[int, int] | None:
    """The quotation that ends the sentence ``span``, from its last opening quote."""
    end = span.end
    while end > span.start and (text[end - 1].isspace() or text[end - 1] in TRAILING_PUNCT):
        end -= 1
    if end <= span.start or text[end - 1] not in CLOSING_QUOTES | AMBIGUOUS_QUOTES:
        return None
    start = max(text.rfind(q, span.start, end - 1) for q in OPENING_QUOTES | {'"'})
    start = start if start >= 0 else span.start
    return (start, end) if end > start else None


def _sentence_via(s: _Sentence, registry: Registry) -> str | None:
    """An outlet or platform named in the sentence as carrying a statement."""
    lex = lexicon()
    for m in _finditer_if(s, _patterns()["via_piece"], lex.publications | {"appearance"}):
        outlet = m.group("outlet").rstrip(".,")
        if outlet.split()[0].lower() not in lex.time_words:
            return outlet
    for m in ON_PLATFORM.finditer(s.text, s.span.start, s.span.end, timeout=_timeout(s)):
        known = registry.entries.get(source_key(m.group("platform")))
        if known and known[1] is SourceKind.SOCIAL:
            return m.group("platform")
    if any(_finditer_if(s, IN_A_TWEET, IN_A_TWEET_NEEDS)):
        return "Twitter"
    return None


def _update_state(s: _Sentence, state: _Article, chains: _ChainIndex, lex: Lexicon, registry: Registry) -> None:
    _register_people(state, chains.chains)
    _register_appositives(s, state, chains.chains, lex)
    subject = _clause_subject(s, 0, len(s.toks), lex)
    if subject is not None and not subject.pronoun:
        inside = [c for c in chains.within(subject.start, subject.end) if c.person]
        head = s.toks[subject.head].low
        if subject.name is not None:
            state.salient = s.text[s.toks[subject.name[0]].start : s.toks[subject.name[1]].end]
        elif inside:
            person = inside[-1].person
            state.salient = person if " " in person else (_surname(state, person) or person)
            state.clock += 1
            state.spoken[state.salient] = state.clock
        elif head in lex.persons and not head.endswith("s") and s.toks[subject.start].low in ("a", "an"):
            state.salient = s.text[s.toks[subject.start].start : s.toks[subject.end].end]
    state.org_previous = chains.first_org.text if chains.first_org is not None else None
