"""What a reporting verb goes on with: objects, complements and clauses.

``warned voters that …``, ``urged residents to …``, ``blasted him for …``,
``called the charges baseless``, ``called for …``, ``claimed responsibility for
…``, ``found the company had failed`` (a clause without "that"), and where the
object a verb attributes ends (``blamed the board after the plant closed``).
"""

from __future__ import annotations

from provenance.attribution.content import INTRODUCED, After, content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import after_cue, participle_at
from provenance.attribution.phrases import Phrase, first_head, is_time, phrase_after
from provenance.attribution.sentence import Sentence, bare_word
from provenance.attribution.words import DETERMINERS, FINITE_AUXILIARIES, MAX_ADVERBIAL, POSSESSIVES, STOP_WORDS
from provenance.lexicon import AUXILIARIES, OBJECT_PRONOUNS, SUBJECT_PRONOUNS

#: Subordinators that end the object a verb of the :content kind attributes: the clause after
#: them is the writer's circumstance ("blamed the board after the plant closed").
OBJECT_ENDS = frozenset("after before when while because although though since until unless whereas".split())


def object_clause_end(s: Sentence, content: tuple[int, int]) -> tuple[int, int]:
    """The object content of a verb like "described", "blamed" or "condemned", cut before a
    subordinate clause or adverbial that follows it ("… as a disgrace after she attacked …")."""
    toks = s.toks
    a, b = s.index_at(content[0]), s.index_at(content[1]) - 1
    for k in range(a + 1, b + 1):
        if toks[k].low == "to" and k + 1 <= b and toks[k + 1].word and not toks[k + 1].cap:
            return content  # "suggested a way for parents to pay … before they retire": the clause is the verb's
        if toks[k].low in OBJECT_ENDS and not (s.quoted and s.quoted[k]):
            cut = content_span(s, a, k - 1)
            return cut if cut is not None else content
    return content


def clause_at(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Does a clause without "that" start at token ``i``: a noun phrase, then a finite
    auxiliary or modal ("found the company had failed", "concluded the program was
    sound")?  Not an object and what follows it ("found the document in a drawer")."""
    toks = s.toks
    if i < s.last and toks[i].low in POSSESSIVES:
        i += 1  # "her right foot was swollen": a possessive, not an object pronoun
    p = phrase_after(s, i, lex, relaxed=True)
    if p is None or p.pronoun:
        return False
    return p.end + 1 <= s.last and toks[p.end + 1].low in FINITE_AUXILIARIES


#: Object pronouns that name a person, between a speech participle and what it says ("asking
#: her, “…”"); "it" is more often what was said ("saying it was unfair").
PERSON_OBJECTS = frozenset("him her them us me".split())


def reports_clause(s: Sentence, i: int, verb, lex: Lexicon) -> bool:
    """Does the speech participle at token ``i`` go on with a that-clause, a quotation, a colon or a
    clause led by a pronoun ("by saying that …", "by telling them that …", "by saying he would …")?"""
    toks = s.toks
    k = i + 1
    if "object" in verb.flags and k <= s.last and toks[k].low in OBJECT_PRONOUNS:
        k += 1
    nxt, kind, _ = after_cue(s, k, lex)
    if kind in INTRODUCED:
        return True
    if k <= s.last and toks[k].low in PERSON_OBJECTS and after_cue(s, k + 1, lex)[1] in INTRODUCED:
        return True  # "before asking her, “…”", "after reminding them that …"
    if nxt < s.last and toks[nxt].low in SUBJECT_PRONOUNS - {"it", "you"} and toks[nxt + 1].word:
        return True
    return clause_at(s, nxt, lex)  # "by saying his refusal was a manufactured issue"


#: Verbs of saying that take a person as object before their that-clause
#: ("warned voters that …", "assured them that …").
OBJECT_THAT_VERBS = frozenset(
    "warn remind assure reassure convince persuade inform notify promise advise caution alert".split()
)
#: Verbs of belief whose clause without "that" holds what is believed ("hoped utilities would
#: count the credits", "felt the agency was not forthcoming"); the verbs of a wish or a plan
#: take an object or an infinitive instead ("wants the bill passed").
CLAUSE_BELIEFS = frozenset("believe think hope fear feel know expect worry assume suspect doubt understand".split())


def object_then_that(s: Sentence, i: int, lex: Lexicon) -> int | None:
    """The index of "that" after a person or body object starting at token ``i`` ("voters that",
    "him that", "the board that"), or None: "the plan that was unveiled" is a relative clause."""
    toks = s.toks
    obj = phrase_after(s, i, lex)
    if obj is None:
        return None
    k = obj.end + 1
    if k >= s.last or toks[k].low != "that" or toks[k + 1].low in AUXILIARIES:
        return None
    if obj.pronoun:
        return k if toks[obj.head].low in OBJECT_PRONOUNS else None
    word = bare_word(toks[first_head(s, obj, lex)].low)
    person = s.name_words[obj.head] or word in lex.persons or word in lex.institutions
    return k if person else None


def after_apposition(s: Sentence, k: int) -> int:
    """The token after a name in apposition that starts with a comma at ``k`` and is followed by
    what the verb goes on with ("the North's leader, Kim Jong Un, | of …"); else ``k``."""
    toks = s.toks
    if k > s.last or toks[k].text != ",":
        return k
    c = k + 1
    while c <= s.last and c - k <= MAX_APPOSITION and s.name_words[c]:
        c += 1
    if c == k + 1 or c + 1 > s.last or toks[c].text != "," or toks[c + 1].low not in OBJECT_LINKS | {"that"}:
        return k
    return c + 1


#: The most tokens of a name in apposition to an object.
MAX_APPOSITION = 5


def object_then_to(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Is a person or body object starting at token ``i`` followed by a to-infinitive ("residents
    to stay indoors", "the North to refrain from …")?  "the plan to lawmakers" is no infinitive."""
    toks = s.toks
    obj = phrase_after(s, i, lex)
    if obj is None:
        return False
    k = obj.end + 1
    if k >= s.last or toks[k].low != "to" or toks[k + 1].cap or toks[k + 1].low in STOP_WORDS - AUXILIARIES:
        return False
    if toks[k + 1].low in DETERMINERS or not toks[k + 1].word:
        return False
    if obj.pronoun:
        return toks[obj.head].low in OBJECT_PRONOUNS
    word = bare_word(toks[first_head(s, obj, lex)].low)
    return s.name_words[obj.head] or word in lex.persons or word in lex.institutions


#: Prepositions after an object pronoun that go on with what a verb of saying says of it:
#: "blasted him for", "urged her to", "described it as", "accused them of".
OBJECT_LINKS = frozenset("for to as of over into".split())


def object_at(s: Sentence, i: int) -> bool:
    """Is token ``i`` the object of a verb whose object is its content: a possessive before a
    noun ("echoed her concerns") or a pronoun before what is said of it ("blasted him for …")?"""
    toks = s.toks
    low = toks[i].low
    if i + 1 > s.last:
        return False
    if low in ("her", "his", "their", "its", "our"):
        return toks[i + 1].word and toks[i + 1].low not in STOP_WORDS
    return low in ("him", "her", "them", "it", "us") and toks[i + 1].low in OBJECT_LINKS


def call_content(s: Sentence, i: int, src: Phrase | None, lex: Lexicon) -> tuple[int, After] | None:
    """Is ``called`` at token ``i`` a report ("called for a ban", "called the charges
    “fabricated”", "called him a liar")? Returns (last cue token, what follows) or None.

    "a group called FCMN" and "so-called" are not.
    """
    toks = s.toks
    nxt = toks[i + 1] if i + 1 <= s.last else None
    if nxt is None:
        return None
    k = i + 1
    while k < s.last and k - i <= 3 and is_time(s, k, lex):
        k += 1  # "called Friday for"
    if toks[k].low in ("for", "on") and k + 1 <= s.last:
        return k, After.BARE  # "called for", "called on", "called Friday for"
    if src is not None and toks[src.start].low in ("a", "an") and nxt.cap:
        return None  # "a group called FCMN"
    for k in range(i + 1, min(i + 12, s.last + 1)):
        t = toks[k]
        if s.opens[k]:
            return i, After.BARE  # "called half of his supporters “deplorables”"
        if k > i + 1 and t.low in ("a", "an", "as"):
            return i, After.BARE  # "called him a liar", "called her vote in favor of the war a mistake"
        if k > i + 1 and k - i <= 5 and _complement_adjective(s, k):
            return i, After.BARE  # "called the charges baseless", "called him unfit"
        if not t.word and t.text not in "-'’":
            return None
    return None


#: Endings of adjectives that name a quality, as the complement of "called" ("baseless",
#: "outrageous", "unacceptable", "irresponsible", "unsubstantiated"); words in these endings that
#: are not adjectives are few after an object.
ADJECTIVE_ENDINGS = ("less", "ous", "ful", "able", "ible", "ive", "ic", "ical", "ent", "ant", "ary", "ated")


#: What may follow an adjective complement of "called".
AFTER_COMPLEMENT = frozenset(", . ; and but or for because in after".split())


def _complement_adjective(s: Sentence, k: int) -> bool:
    """Is token ``k`` an adjective that ends "called <object> <adjective>", after a noun or an
    object pronoun ("called the charges baseless", "called him unfit")?"""
    toks = s.toks
    t, before = toks[k], toks[k - 1]
    if not t.word or t.cap or len(t.low) < 5 or not t.low.endswith(ADJECTIVE_ENDINGS):
        return False
    if before.low in DETERMINERS or (before.low in STOP_WORDS and before.low not in OBJECT_PRONOUNS):
        return False
    return k == s.last or toks[k + 1].low in AFTER_COMPLEMENT


def responsibility_content(s: Sentence, i: int, lex: Lexicon, consumed: set) -> tuple[int, After]:
    """Content of ``claimed responsibility`` starting at token ``i``: what a speech
    participle posted ("posting: “…”"), else what it is claimed for ("for the attack"),
    else the rest of the sentence."""
    toks = s.toks
    limit = min(s.last, i + MAX_ADVERBIAL + 4)
    for k in range(i, limit + 1):
        if participle_at(s, k, i, lex):
            consumed.add(k)
            nxt, what, _ = after_cue(s, k + 1, lex)
            if what in INTRODUCED:
                return nxt, what
            return k + 1, After.BARE
    for k in range(i, limit + 1):
        if toks[k].low == "for" and k < s.last:
            return k + 1, After.BARE
    return i, After.BARE if i <= s.last else After.END
