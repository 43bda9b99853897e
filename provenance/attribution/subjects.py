"""Subjects: the source of a verb, read leftwards from it.

The subject of a reporting verb may stand behind time adverbials, asides,
appositives, relative clauses (with or without a pronoun) and modifiers
(``Protesters marching through the streets chanted``); a document may be named
by what it is of (``video of the incident shows``).  Also what kind of subject
a phrase is: a person or a body that acts, a plural.
"""

from __future__ import annotations

from provenance.attribution.asides import abbreviation_period, aside_before, aside_ok, home_town, is_state
from provenance.attribution.cues import Lexicon
from provenance.attribution.phrases import (
    Phrase,
    first_head,
    head_ok,
    is_time,
    label_before,
    phrase_after,
    phrase_before,
    skip_time_back,
)
from provenance.attribution.sentence import Sentence, bare_word, lexical
from provenance.attribution.words import (
    ADVERBIAL_PREPS,
    ASIDE_WORDS,
    COMMON_VERBS,
    DASHES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    MAX_ASIDE,
    MAX_INTRO,
    NOT_PARTICIPLES,
    POSSESSIVES,
    QUANTITY_WORDS,
    STOP_WORDS,
)
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from provenance.model import source_key


def subject_before(s: Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The subject of a verb whose first token follows ``j``.

    Skips time adverbials, parenthetical remarks, appositives and relative
    clauses between the subject and the verb (``MAX_ASIDES`` at most):
    "Schiff, 56, who has served on the committee, told ...".
    """
    toks = s.toks
    verb_at = j
    j = skip_time_back(s, j, lo, lex)
    adverbial = j != verb_at
    if j > lo and toks[j].low in FLOATING_QUANTIFIERS and (toks[j - 1].word or toks[j - 1].text == ")"):
        j -= 1  # "They all said", "Smith and Jones both said"
    if j >= lo and s.opens[j]:
        j -= 1  # a partial quotation starts at the verb: who "say they're ..."
    if j >= lo and s.closes[j] and j - 1 >= lo and toks[j - 1].low in RELATIVE_PRONOUNS:
        j -= 1
    if j < lo:
        return None
    if label_before(s, j, lo) is not None:
        return _appositive_owner(s, phrase_before(s, j, lo, lex), lo, lex)  # "... Province (FCMN)"
    for _ in range(MAX_ASIDES):
        label = label_before(s, j, lo) if toks[j].text == ")" else None
        if label is not None and label - 1 >= lo:
            j = label - 1  # "Roy Cooper (D), the governor's opponent, called": the label is an aside too
            continue
        closer = toks[j].text
        if not (closer in (",", ")") or closer in DASHES):
            break
        opener_text = "(" if closer == ")" else closer
        k = j - 1
        while k > lo and j - k <= MAX_RELATIVE_ASIDE and toks[k].text != opener_text:
            if (toks[k].text in ".;:" and not abbreviation_period(s, k)) or (closer == ")" and toks[k].text == ")"):
                return None
            k -= 1
        if k <= lo or toks[k].text != opener_text:
            return None
        if j - k > MAX_ASIDE and toks[k + 1].low not in ("who", "which"):
            return None  # only a relative clause runs longer: "Ana Ruiz, who as a Navy captain was …, said"
        inner_a, inner_b = k + 1, j - 1
        town = home_town(s, k - 1, lo)
        if town is not None and closer == "," and is_state(s, inner_a, inner_b):
            # "Ana Ruiz, 59, of Ashton, Md., said": the home town and its state are one aside
            j = town - 1
            if toks[j].text == "," and not any(toks[x].text == "," for x in range(max(lo, j - MAX_ASIDE), j)):
                j -= 1  # the comma opens this aside ("Ana Ruiz, of Ashton, Md.,"), not another before it
            continue
        if inner_a <= inner_b and aside_ok(s, inner_a, inner_b, lex):
            # the comma that opens this aside may close another before it ("Ana Ruiz, 59, of
            # Ashton, Md., who watched the ceremony, said")
            j = k if closer == "," and aside_before(s, k, lo, lex) else skip_time_back(s, k - 1, lo, lex)
            continue
        if inner_a <= inner_b and all(
            s.name_words[x] or toks[x].low in ("al", "bin", "ibn", "de", "van", "von")
            for x in range(inner_a, inner_b + 1)
        ):
            before = phrase_before(s, k - 1, lo, lex)
            if before is not None and not before.pronoun and not s.name_words[before.head]:
                # "the police chief of Norland, Petra Lindqvist," -> both
                return before._replace(end=inner_b, name=(inner_a, inner_b))
            if before is None and closer == "," and k - 1 >= lo and toks[k - 1].word and not toks[k - 1].cap:
                # "Trump's running mate, Mike Pence, said": a role the lexicon does not know, in
                # apposition to the name that stands between the commas; the name is the subject
                return phrase_before(s, inner_b, inner_a, lex)
        return None
    contact = _contact_clause(s, j, lo, lex)
    if contact is not None:
        owner = phrase_before(s, contact, lo, lex)
        if owner is not None and not owner.pronoun:
            return owner._replace(end=j)  # "the experts I interviewed said": a relative clause without "who"
    if (
        adverbial
        and j - 1 >= lo
        and not toks[j].cap
        and (toks[j].low.endswith("ed") or toks[j].low in lex.past)
        and head_ok(s, j - 1, lex)
    ):
        j -= 1  # a reduced relative: "A poll released in late August found"
    p = phrase_before(s, j, lo, lex)
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
                owner = phrase_before(s, f - 1, lo, lex)
                if owner is not None and not owner.pronoun:
                    p = Phrase(owner.start, j, owner.head, affiliated=False)
                break
    if p is None or (p.start > lo and toks[p.start - 1].low == "by"):
        # "Video of the incident shows", "documents from his tax return show", "a study by a professor found"
        p = _document_of(s, j, lo, lex) or p
    if p is None or (p.start > lo and toks[p.start - 1].low in PREP_BEFORE_OBJECT | {"and", "or"}):
        # "Protesters marching through the streets chanted", "residents who live near the plant say"
        p = _modified_subject(s, j, lo, lex) or p
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
            and (first.text[:1].isdigit() or first.low in DETERMINERS or bare_word(first.low) in lex.persons)
            and aside_ok(s, c + 1, j, lex)
        ):
            p = phrase_before(s, c - 1, lo, lex)
    return _appositive_owner(s, p, lo, lex)


#: The most tokens of a relative clause set off by commas between a subject and its verb (other
#: asides: MAX_ASIDE).
MAX_RELATIVE_ASIDE = 40


#: How many asides may stand between a subject and its verb: an age, a home town with its
#: state and a relative clause ("Dana Ortiz, 59, of Ashton, Md., who watched the ceremony, said").
MAX_ASIDES = 4


#: Quantifiers that float between a plural subject and its verb ("they all said").
FLOATING_QUANTIFIERS = frozenset("all both each".split())


#: Prepositions whose object may end a participle or relative clause that modifies a subject
#: ("protesters marching through the streets", "voters living near the plant").
PREP_BEFORE_OBJECT = frozenset("in on at to with through from over by near across around into for about of".split())


#: Words after which a subject opens its clause: conjunctions and subordinators ("since other
#: emails combed through by reporters suggest").
CLAUSE_OPENERS = frozenset(
    "and but so as when while if although though after before since because unless once until whereas".split()
)


#: How many tokens a participle or relative clause after a subject may run.
MAX_MODIFIER = 14


def _modified_subject(s: Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A subject with a participle, a relative clause or a prepositional phrase after it, ending
    at token ``j``.

    News often names a group by what it is doing or where it is: "Protesters marching through
    the streets chanted", "Voters living near the plant said", "research conducted by the center
    found", "Residents who live near the plant say", "Residents in the area said".  The owner is
    a person, body or document noun (or a name) that opens its clause; the modifier holds no
    punctuation and no reporting verb.  A prepositional phrase that names where the words were
    said ("Ruiz in an interview said", "The company in its filing acknowledged") is an adverbial:
    the source is the owner alone.
    """
    toks = s.toks
    last = toks[j].low.replace("’", "'")
    if not toks[j].word or last in STOP_WORDS or last.endswith("'s") or last in lex.past:
        return None  # "Scott beamed and asked", "seized on Trump's claim": no noun ends the modifier
    for k in range(j - 1, max(lo, j - MAX_MODIFIER), -1):
        t = toks[k]
        if not t.word or t.low in lex.verbs:
            return None
        relative = t.low in ("who", "that")
        # a past participle only with its agent: "research conducted by the center" (not "seized on")
        participle = not t.cap and (
            (t.low.endswith("ing") and t.low not in NOT_PARTICIPLES)
            or ((t.low.endswith("ed") or t.low in lex.past) and "by" in (toks[k + 1].low, toks[k + 2].low))
        )
        place = t.low in SUBJECT_PREPS and _plain_phrase(s, k + 1, j, lex)
        if not (relative or participle or place) or k - 1 < lo:
            continue
        owner = phrase_before(s, k - 1, lo, lex)
        if owner is None or not _opens_clause(s, owner, lo, lex):
            if place:
                continue  # "residents who live near the plant": the preposition is inside the clause
            return None
        if place and any(_venue(toks[x].low, lex) for x in range(k + 1, j + 1)):
            return owner  # "Ruiz in an interview said": where it was said, not who
        return Phrase(owner.start, j, owner.head)
    return None


def _opens_clause(s: Sentence, owner: Phrase, lo: int, lex: Lexicon) -> bool:
    """Is ``owner`` a person, body, document or name (no pronoun) that opens its clause?"""
    if owner.pronoun:
        return False
    toks = s.toks
    if not (s.name_words[owner.head] or lexical(bare_word(toks[owner.head].low), lex)):
        return False
    before = owner.start - 1
    return before < lo or toks[before].text == "," or toks[before].low in CLAUSE_OPENERS


def _plain_phrase(s: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """Are tokens ``a..b`` a short noun phrase with no verb ("the area", "an interview Friday",
    "the Oversight Committee"), the object of a preposition after a subject?"""
    if b < a or b - a >= MAX_PLACE_PHRASE:
        return False
    for t in s.toks[a : b + 1]:
        low = t.low
        if not t.word or low in lex.past or low in COMMON_VERBS or low in IRREGULAR_VERBS:
            return False
        if low in STOP_WORDS and low not in DETERMINERS and low not in ("of", "and"):
            return False
    return True


#: The most tokens of the object of a preposition between a subject and its verb.
MAX_PLACE_PHRASE = 6


def _venue(low: str, lex: Lexicon) -> bool:
    """Is ``low`` a noun of where words are said or written (a statement, an interview, a filing)?"""
    word = bare_word(low)
    return word in lex.publications or word in lex.message_nouns or word in lex.documents or word in VENUES


#: Prepositions whose phrase may stand between a subject and its verb without commas: where the
#: subject is ("Residents in the area said") or where it spoke ("Ruiz in an interview said").
SUBJECT_PREPS = frozenset("in at on during from near across around outside inside throughout via".split())


#: Occasions of speech that the shared lists of documents and messages do not hold.
VENUES = frozenset("interview interviews conference conferences hearing hearings briefing briefings".split())


def _contact_clause(s: Sentence, j: int, lo: int, lex: Lexicon) -> int | None:
    """The last token of the noun before a relative clause without a pronoun of its own that ends
    at ``j`` ("the experts | I interviewed", "the people | we spoke to"), or None."""
    toks = s.toks
    k = j
    if toks[k].low in ("to", "with") and k - 1 >= lo:
        k -= 1  # a stranded preposition: "the officials we spoke to"
    verb = toks[k]
    if verb.cap or not (verb.low.endswith("ed") or verb.low in lex.past or verb.low in IRREGULAR_VERBS):
        return None
    if k - 2 < lo or toks[k - 1].low not in CONTACT_PRONOUNS:
        return None
    noun = k - 2
    if not head_ok(s, noun, lex) and toks[noun].low not in ("everyone", "everybody", "all"):
        return None
    return noun


#: Subject pronouns that open a relative clause without "who" ("the experts I interviewed").
CONTACT_PRONOUNS = frozenset("i we he she they".split())


#: Link words after a document noun that the rest of its phrase hangs on.
DOCUMENT_LINKS = frozenset("of from on about in by with".split())


#: How far back a document noun may stand from its verb, in tokens.
MAX_DOCUMENT_PHRASE = 10


def _document_of(s: Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A document or data noun with what it is of, ending at token ``j``: "Video of the
    incident", "leaked documents from his 1995 tax return", "a poll by the university"."""
    toks = s.toks
    if j < lo or not toks[j].word or toks[j].low in STOP_WORDS:
        return None  # "analyzed the filings and found": a coordinated verb, whose subject is the clause's
    for k in range(j - 1, max(lo, j - MAX_DOCUMENT_PHRASE) - 1, -1):
        t = toks[k]
        if not t.word or t.low in lex.verbs or t.low in COMMON_VERBS:
            return None  # punctuation or a verb between: not one phrase
        if toks[k + 1].low in DOCUMENT_LINKS and bare_word(t.low) in lex.documents:
            owner = phrase_before(s, k, lo, lex)
            if owner is None or owner.pronoun:
                return None
            return Phrase(owner.start, j, k)
    return None


def _relative_owner(s: Sentence, p: Phrase, lo: int, lex: Lexicon) -> Phrase:
    """The noun a relative clause without commas hangs on, when ``p`` ends that clause.

    "A 2014 study that appeared in the British Medical Journal found" -> "A 2014 study";
    "the man who attacked police said" -> "the man".
    """
    toks = s.toks
    a = p.start - 1
    if a < lo or not toks[a].word or toks[a].cap or toks[a].low in DETERMINERS:
        return p
    if not (
        toks[a].low in STOP_WORDS
        or toks[a].low.endswith(("ed", "s"))
        or toks[a].low in lex.past
        or toks[a].low in IRREGULAR_VERBS  # "one of the doctors who sent the letter called …"
    ):
        return p
    k = a
    while k > lo and a - k < 10:
        t = toks[k]
        if not t.word:
            return p
        if t.low in ("that", "who", "which") and k > a - 10 and k < a + 1:
            if k == a:
                return p  # "the report that Clinton said": an object relative
            owner = phrase_before(s, k - 1, lo, lex)
            if owner is not None and not owner.pronoun:
                return owner
            return p
        k -= 1
    return p


def _appositive_owner(s: Sentence, p: Phrase | None, lo: int, lex: Lexicon) -> Phrase | None:
    """The name a role phrase is in apposition to: "Mira Castell, an associate director"."""
    toks = s.toks
    if p is None or p.pronoun:
        return p
    a = p.start - 1
    first = toks[p.start].low
    role = not s.name_words[p.head] and bare_word(toks[first_head(s, p, lex)].low) in lex.persons
    if a - 1 >= lo and toks[a].text == "," and role and (first in DETERMINERS or bare_word(first) in lex.persons):
        owner = phrase_before(s, a - 1, lo, lex)
        if (
            owner is not None
            and not owner.pronoun
            # "At a news conference in Ashton, the mayor said": the object of an introductory phrase
            and not (owner.start > lo and toks[owner.start - 1].low in ADVERBIAL_PREPS)
            and s.name_words[owner.head]
            and not any(
                bare_word(t.low) in lex.org_words or bare_word(t.low) in lex.outlet_words
                for t in toks[owner.start : owner.end + 1]
            )
            and not (
                s.registry is not None
                and s.registry.entries.get(source_key(s.text[toks[owner.start].start : toks[owner.end].end]))
            )
        ):
            return owner
    return p


def clause_subject(s: Sentence, lo: int, hi: int, lex: Lexicon) -> Phrase | None:
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
        or (toks[i].low in STOP_WORDS and toks[i].low not in SUBJECT_PRONOUNS and toks[i].low not in POSSESSIVES)
        or is_time(s, i, lex)
        or toks[i].text[:1].isdigit()
        or toks[i].low in ("given", "following", "covering")
        or _participle_opener(s, i, lex)
    ):
        start = i
        for _ in range(3):
            k = i
            while k < hi and k - start < MAX_INTRO and toks[k].text != ",":
                k += 1
            if k >= hi or toks[k].text != ",":
                return None
            i = k + 1
            if i < hi and toks[i].low not in INTRO_GOES_ON:
                break
            i += 1  # "Chastened by the analyses, as well as the costs, Trump …": the opener goes on
    subject = phrase_after(s, i, lex)
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


#: Words after a comma that carry an introductory phrase on ("…, as well as …", "…, and …").
INTRO_GOES_ON = frozenset("as and or along including especially not".split())


def _participle_opener(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Does a participle open the clause at token ``i`` ("Chastened by the costs, …", "Facing
    criticism, …")?  Not a name ("Sterling") nor a gerund subject before its verb."""
    toks = s.toks
    t = toks[i]
    if not t.word or i + 1 >= len(toks) or (s.name_words[i] and not t.low.endswith(("ing", "ed"))):
        return False
    low = t.low
    if not ((low.endswith("ing") and len(low) > 4) or low.endswith("ed") or low in lex.past):
        return False
    nxt = toks[i + 1]
    if nxt.cap or not nxt.word:
        return False
    if nxt.low in ADVERBIAL_PREPS or nxt.low in DETERMINERS or nxt.low in ("by", "about", "as"):
        return True
    # "Facing criticism, the mayor …"; not "Rising prices will hurt farmers, …", a gerund subject
    k = i + 1
    while k < len(toks) and k - i <= MAX_INTRO and toks[k].text != ",":
        if toks[k].low in FINITE_AUXILIARIES or toks[k].low in lex.past or toks[k].low in lex.verbs:
            return False
        k += 1
    return low.endswith("ing") and k < len(toks) and toks[k].text == ","


def is_agent(s: Sentence, p: Phrase, lex: Lexicon) -> bool:
    """Is the source phrase a person or a body that acts (a name, a role, an institution)?

    Documents and data ("the report", "polls") are not: what they show is their
    own construction.
    """
    head = s.toks[p.head].low
    if p.pronoun:
        return head in ("he", "she", "they", "who")
    word = bare_word(s.toks[first_head(s, p, lex)].low)
    if word in lex.documents:
        return False
    return (
        s.name_words[p.head]
        or word in lex.persons
        or word in lex.institutions
        or word in lex.vague
        or word in lex.anonymous
    )


def is_plural(s: Sentence, p: Phrase, lex: Lexicon) -> bool:
    """Does the phrase take a plural verb ("they say", "officials say", "Smith and Jones say")?"""
    toks = s.toks
    head = toks[p.head].low
    if p.pronoun:
        return head in ("they", "we", "i", "you", "who", "which", "whom")  # "many of whom say"
    if any(toks[x].low in ("and", "&") for x in range(p.start, p.end + 1)):
        return True
    if head in lex.anonymous or head in ("police", "people", "media", "staff", "data"):
        return True
    if not head.endswith("s") or head.endswith("ss"):
        return False
    if not toks[p.head].cap or lexical(head, lex) or head in lex.places:
        return True
    return head.endswith(("ans", "ists", "crats", "ers")) or toks[p.start].low in QUANTITY_WORDS
