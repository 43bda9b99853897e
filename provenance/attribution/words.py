"""The closed word lists and limits of the attribution grammar.

Function words (determiners, pronouns, auxiliaries, prepositions), quotation
marks and dashes, and the bounds on how far a scan looks.  The open lexicons
(reporting verbs, role nouns, titles) are data files: see :mod:`.cues`.
"""

from __future__ import annotations

from provenance.lexicon import (
    AUXILIARIES,
    COUNT_PLURALS,
    OBJECT_PRONOUNS,
    PRONOUN_CONTRACTIONS,
    SUBJECT_PRONOUNS,
)
from provenance.lexicon import NUMBER_WORDS as NUMBER_VALUES
from provenance.model import SourceKind

#: Auxiliaries contracted onto a pronoun, a token of their own (see :mod:`provenance.tokens`):
#: "He’s said", "they've claimed", "she’d told", "who’s called for".  ``'s`` is "has"
#: after a person ("he’s said") and "is" after ``it``/``there`` ("it’s reported").
CONTRACTED_AUXILIARIES = frozenset("'s 're 've 'd 'll 'm".split())
#: Contracted auxiliaries that are forms of "be" (a past participle after them is a passive).
CONTRACTED_BE = frozenset("'re 'm".split())
#: Pronouns after which a contracted ``'s`` is "is", not "has".
IS_PRONOUNS = frozenset("it there".split())
#: Auxiliaries of a progressive or perfect reporting verb ("is saying", "has been claiming",
#: "isn't saying", "he’s claiming"): the participle is the finite verb of its clause.
PROGRESSIVE_AUXILIARIES = (
    frozenset("is are was were am be been has have had isn't aren't wasn't weren't hasn't haven't hadn't".split())
    | CONTRACTED_AUXILIARIES
)

#: Finite auxiliaries and modals: a noun phrase before one is the subject of a clause
#: ("found the company had failed"), and a parenthetical or an -ing opener that holds one
#: is a clause ("Rising prices will hurt farmers", ", the losses would outstrip the gains,").
FINITE_AUXILIARIES = frozenset(
    "is are was were will would could can may might should must has have had does did".split()
)

#: Words that open a noun phrase and end it when read right to left.
DETERMINERS = frozenset(
    "the a an this that these those some many several most all both each every another other "
    "no few his her its their our my your whose".split()
)

#: Adverbs that may stand inside the cue ("also said", "later told", "repeatedly denied", "now says").
CUE_ADVERBS = frozenset(
    "also later then again never not once still even first finally since further subsequently "
    "separately privately openly earlier already just only initially immediately previously "
    "recently reportedly repeatedly publicly allegedly often always usually long afterward afterwards now".split()
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

#: Function words that never belong to a noun phrase.  Not
#: :data:`provenance.lexicon.FUNCTION_WORDS`: that list (for measuring overlap) holds
#: determiners and quantifiers ("the", "some", "many"), which open a noun phrase here.
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
    | CONTRACTED_AUXILIARIES
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

#: Words that link a noun to its complement inside a source phrase ("official of the ministry",
#: "experts on the region").
LINKS = frozenset("of in at from for to with on".split())

#: Words that stand for a number of people ("Hundreds of Norwegians"): the head is what follows "of".
QUANTITY_WORDS = frozenset(
    "hundreds thousands dozens millions scores tens one two three four five six seven eight nine ten "
    "some many most all none each several majority number group handful couple".split()
)

#: Numbers in words, and plural counts ("hundreds"): never part of a name.
NUMBER_WORDS = frozenset(NUMBER_VALUES) | COUNT_PLURALS

#: Words for a share of people, a source after a number ("52 percent said", "a third").
SHARE_WORDS = frozenset("percent per-cent %".split())

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
DASHES = frozenset(("—", "–", "―", "--"))  # "--": the typewriter em dash

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

#: How many paragraphs a standalone outlet label (``Harbour Times:``) introduces at most.
LABEL_PARAGRAPHS = 3

OUTLET_KINDS = frozenset({SourceKind.OUTLET, SourceKind.WIRE, SourceKind.STATE_MEDIA, SourceKind.SOCIAL})
#: Words that open an indirect question, the content of "explained why", "asked how".
WH_WORDS = frozenset("how why what whether when where who which if".split())
#: Possessive determiners, which open a subject ("Her aides say …"), not an introductory phrase.
POSSESSIVES = frozenset("his her its their our my your".split())
