"""Construction family: communicative acts whose object is what was communicated.

``Ruiz attacked the mayor``, ``the party unveiled its plan``, ``she delivered a message``,
``he offered no proof that …``, ``is doubling down on his claims``, ``painted him as a fraud``:
a verb of ``data/communicative_acts.txt`` with a person or a body as subject (a name, a role,
an institution, a pronoun) and, where the verb also names acts that report nothing
(``delivered the package``, ``attacked the village``), an object that is a message, a plan or
a person.  The content is the object and what follows it in the sentence.
"""

from __future__ import annotations

from provenance.attribution.content import After, content_span
from provenance.attribution.cues import Act, Lexicon
from provenance.attribution.draft import Draft, after_cue, cue_extension, tense
from provenance.attribution.headlines import headline_subject, title_case
from provenance.attribution.phrases import Phrase, first_head, is_time, phrase_after, phrase_before
from provenance.attribution.sentence import Sentence, bare_word, sentence_initial
from provenance.attribution.subjects import clause_subject, is_agent, is_plural, subject_before
from provenance.attribution.verbs import first_verb
from provenance.attribution.words import (
    CONTRACTED_AUXILIARIES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    PROGRESSIVE_AUXILIARIES,
    STOP_WORDS,
    WH_WORDS,
)
from provenance.lexicon import AUXILIARIES, OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from provenance.model import Stance

#: Subjects whose attacks are armed ones: "militants attacked the mayor" reports nothing said.
ARMED_SUBJECTS = frozenset(
    """
    militant militants rebel rebels insurgent insurgents gunman gunmen attacker attackers fighter fighters
    soldier soldiers troops army armies force forces police militia militias jets drones
    """.split()
)

#: How many time words may stand between two particles ("weighed in late Friday on").
MAX_TIME_WORDS = 3

#: How many words of an object may come before its message noun ("a flurry of angry tweets").
MESSAGE_WINDOW = 6

#: How far after its object's start the "as" or "to" of a :as or :to act may stand
#: ("painted the former governor of the state as …").
LINK_WINDOW = 10

#: Object kinds that ask for a link word after the object: "painted him as", "compared it to", "contrasted it with".
LINKED_KINDS = frozenset(("as", "to", "with"))

#: Publication and report nouns that also name things ("a piece of jewelry", "the release of the
#: hostages", "a column of tanks", "a border post", "a segment of the road", "an 8-gigabyte
#: version"): no message as the object of an act.
THING_NOUNS = frozenset("piece pieces release releases column columns post posts segment segments version".split())

#: Words after a person attacked that say what for or what as ("attacked the mayor for …",
#: "over the delays", "as a fraud", "on Twitter", "with insulting remarks").
REASON_LINKS = frozenset("for over as about on with".split())

#: Reflexive and object pronouns that are a person as object ("pitched himself as", "attacked her").
PERSON_OBJECTS = frozenset("him her them us me himself herself themselves itself".split())

#: Possessives that open an object ("promoted her plan").
POSSESSIVES = frozenset("his her their its our my your".split())


def act_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for communicative acts ("attacked the mayor for …", "laid out her proposals")."""
    if lex.acts.keys().isdisjoint(s.lows):
        return
    toks = s.toks
    for i in [i for i, t in enumerate(toks) if t.low in lex.acts]:
        t = toks[i]
        if i in consumed or not t.word:
            continue
        if s.quoted and s.quoted[i] and not (i > 0 and s.opens[i - 1]):
            continue  # inside a quotation: the quoted speaker's words
        headline_src = None
        if t.cap and not sentence_initial(s, i):
            headline_src = _headline_source(s, i, lex)
            if headline_src is None:
                continue  # a name ("Rolling Stone"), or a headline word that follows no speaker
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and (
            prev.low in DETERMINERS
            or (prev.low.endswith(("'s", "s'", "’s")) and prev.low not in CONTRACTED_AUXILIARIES | {"’s"})
            or prev.low in POSSESSIVES
        ):
            continue  # "the attacks", "Trump's pitch": a noun
        if prev is not None and prev.low == "to":
            continue  # "to attack them": an infinitive, its subject elsewhere
        found = _entry(s, i, lex.acts[t.low], lex)
        if found is None:
            continue
        act, cue_last = found
        if cue_last + 1 <= s.last and toks[cue_last + 1].low in AUXILIARIES:
            continue  # "attacks have grown": a noun
        cue_first, passive, hedged = cue_extension(s, i, 0)
        participle = t.low.endswith("ing")
        if passive and not participle:
            continue  # "was attacked", "were presented": the agent is not the subject
        # the object first: it is cheaper than the subject, and rules out most uses
        after_i, after_kind, via = after_cue(s, cue_last + 1, lex)
        if after_i != cue_last + 1 and (after_kind == After.QUOTE or act.kind in LINKED_KINDS):
            continue  # "stepped up to the leadership, “…”", "men linked to groups": no object of its own
        if act.kind == "said":
            if not _said_ok(s, after_i, after_kind, act, lex):
                continue
        elif not (after_kind == After.QUOTE or (after_kind == After.BARE and _object_ok(s, after_i, act, lex))):
            continue
        coordinated = False
        src: Phrase | None = None
        if participle and not (cue_first < i and toks[cue_first].low in PROGRESSIVE_AUXILIARIES):
            if prev is None or prev.text != ",":
                continue  # "Trump comparing him": no finite verb
            if _report_before(s, i, drafts):
                coordinated = True  # "Ruiz said …, attacking the mayor for …": the report's subject
            else:
                # "Ruiz toured the plant, attacking the council for …": the main clause's subject, a
                # person or a body; "the storm hit the coast, raising questions": an event's doing
                src = _main_subject(s, i, lex)
                if src is None:
                    continue
        else:
            src = headline_src or subject_before(s, cue_first - 1, 0, lex)
            if src is None:
                if cue_first > 0 and toks[cue_first - 1].low in ("and", "but") and _report_before(s, cue_first, drafts):
                    coordinated = True  # "Ruiz criticized the plan and attacked the mayor": the report's subject
                else:
                    continue
            elif not (is_agent(s, src, lex) or _publication(s, src, lex)):
                continue
        if src is not None and not src.pronoun:
            if bare_word(toks[first_head(s, src, lex)].low) in ARMED_SUBJECTS:
                continue
            if any(is_time(s, k, lex) for k in range(src.start, src.head)):
                continue  # "The morning Ruiz unveiled the plan, she …": a clause of time, not the subject
        relative = src is not None and src.pronoun and toks[src.start].low in RELATIVE_PRONOUNS
        end = s.last
        if relative:  # "Ruiz, who has attacked the board for years, resigned": the clause ends at its comma
            end = next((k - 1 for k in range(after_i, s.last + 1) if toks[k].text in ",;"), s.last)
        content = content_span(s, after_i, end)
        if content is None:
            continue
        antecedent = None
        if relative and src is not None:
            a = src.start - 1
            while a >= 0 and (toks[a].text == "," or s.closes[a]):
                a -= 1
            antecedent = phrase_before(s, a, 0, lex)
        drafts.append(
            Draft(
                src=src,
                cue=(toks[cue_first].start, toks[cue_last].end),
                content=content,
                stance=Stance.HEDGE if hedged else Stance.ASSERT,
                via=via,
                coordinated=coordinated,
                anchor=(
                    cue_first - 1
                    if coordinated and cue_first > 0 and toks[cue_first - 1].low in ("and", "but")
                    else (src.start if src is not None else cue_first)
                ),
                content_after=True,
                antecedent=antecedent,
                form=tense(toks[first_verb(s, cue_first, i)].low, lex),
            )
        )
        consumed.update(range(cue_first, cue_last + 1))


def _main_subject(s: Sentence, i: int, lex: Lexicon) -> Phrase | None:
    """The subject of the main clause before the participle at token ``i`` when it is a person or a
    body that opens the sentence and a finite verb of its own follows it before the comma
    ("Ruiz leaned in, painting …"); None otherwise."""
    src = clause_subject(s, 0, i - 1, lex)
    if src is None or src.end + 1 >= i - 1:
        return None
    if src.pronoun:
        return src if s.toks[src.head].low in ("he", "she", "they") else None
    if not is_agent(s, src, lex) or bare_word(s.toks[first_head(s, src, lex)].low) in ARMED_SUBJECTS:
        return None
    verb = s.toks[src.end + 1].low
    if not (verb in FINITE_AUXILIARIES or verb in lex.past or verb.endswith(("ed", "s"))):
        return None  # "Ruiz, the mayor, attacking …": no verb of its own
    return src


def _headline_source(s: Sentence, i: int, lex: Lexicon) -> Phrase | None:
    """The speaker of the capitalised act at token ``i`` in a headline in title case ("Black
    Lawmakers Rip Trump As A 'Fraud'", "Clinton Goes After Trump On Taxes"): a bare name, role
    or body that opens the headline or follows its comma, as for a reporting verb there; a base
    form only after a plural ("Lawmakers Rip", not "Free Press Rip").  None otherwise."""
    toks = s.toks
    if toks[i - 1].low in lex.org_words or not title_case(s):
        return None
    src = phrase_before(s, i - 1, 0, lex)
    if src is None or src.end != i - 1 or not headline_subject(s, src, lex):
        return None
    lemmas = {act.lemma for act in lex.acts[toks[i].low]}
    if toks[i].low in lemmas and not (toks[src.head].low.endswith("s") and is_plural(s, src, lex)):
        return None
    return src


def _publication(s: Sentence, p: Phrase, lex: Lexicon) -> bool:
    """Is the phrase a publication that speaks for its author ("the ad attacks her record",
    "an editorial laid out the case")?"""
    if p.pronoun:
        return False
    word = bare_word(s.toks[first_head(s, p, lex)].low)
    return word in lex.publications or word in ("ad", "ads", "spot", "commercial")


def _report_before(s: Sentence, k: int, drafts: list) -> bool:
    """Does a report found in the sentence end before token ``k``?  Only a report lends its
    subject to an act coordinated after it: in "the man who lacks experience and has attacked
    allies" nothing is reported before "and", and the clause's subject is not the act's; nor
    when a relative clause opens between the report and the act."""
    toks = s.toks
    ends = [d.cue[1] for d in drafts if d.cue[1] <= toks[k].start]
    if not ends:
        return False
    after = s.index_at(max(ends))
    # "praised the generals who backed her and attacked …": a relative clause between them has its own subject
    return not any(toks[x].low in RELATIVE_PRONOUNS for x in range(after, k))


def _entry(s: Sentence, i: int, acts: tuple[Act, ...], lex: Lexicon) -> tuple[Act, int] | None:
    """The act whose particles follow its verb at token ``i`` ("doubling down on"), the one
    with the most particles first, and the last token of its cue; None when none does.  A time
    word may stand between two particles ("weighed in Friday on")."""
    for act in sorted(acts, key=lambda a: -len(a.particles)):
        k = i
        for n, particle in enumerate(act.particles):
            j = k + 1
            while n and j < s.last and j - k <= MAX_TIME_WORDS and is_time(s, j, lex):
                j += 1
            if j > s.last or s.toks[j].low not in particle:
                break
            k = j
        else:
            return act, k
    return None


def _message_at(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Does a message, plan or proof noun stand in the first words of the object at token ``i``?"""
    toks = s.toks
    for k in range(i, min(s.last + 1, i + MESSAGE_WINDOW)):
        if not toks[k].word or toks[k].low in ("that", "which", "who", "to", "for"):
            return False
        if s.name_words[k] and not sentence_initial(s, k):
            continue  # "addressed the Women's Agenda Symposium": a name, not a message
        low = bare_word(toks[k].low)
        message = low in lex.message_nouns or low in lex.report_nouns or low in lex.cue_nouns or low in lex.publications
        if message and low not in THING_NOUNS and _head_at(s, k, lex):
            return True
    return False


def _head_at(s: Sentence, k: int, lex: Lexicon) -> bool:
    """Does the noun phrase end at token ``k`` ("a blunt message to …"), not go on with the noun
    it modifies ("editorial freedom", "statement cards")?"""
    if k + 1 > s.last:
        return True
    nxt = s.toks[k + 1]
    return (
        not nxt.word
        or nxt.low in STOP_WORDS
        or nxt.low in RELATIVE_PRONOUNS
        or nxt.low == "that"  # "no proof that …"
        or is_time(s, k + 1, lex)
        or (nxt.low.endswith("ing") and not nxt.cap)  # "a flurry of tweets mocking her rival"
    )


def _person_at(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Is the object at token ``i`` a person or a body: a pronoun, a name that is no place, a role?"""
    toks = s.toks
    possessive = toks[i].low == "her" and i + 1 <= s.last and toks[i + 1].word and toks[i + 1].low not in STOP_WORDS
    if (toks[i].low in PERSON_OBJECTS or toks[i].low in OBJECT_PRONOUNS - {"it"}) and not possessive:
        return True  # "attacked her"; but "her plans" is a possessive, "her opponent" a person by its noun
    obj = phrase_after(s, i + 1 if possessive or toks[i].low in POSSESSIVES else i, lex, relaxed=True)
    if obj is None or obj.pronoun:
        return False
    word = bare_word(toks[first_head(s, obj, lex)].low)
    if s.name_words[obj.head]:
        return word not in lex.places and toks[obj.head].low not in lex.places
    heads = {word, bare_word(toks[obj.head].low)}
    return any(w in lex.persons or w in lex.institutions or w in lex.vague for w in heads)


def _object_ok(s: Sentence, i: int, act: Act, lex: Lexicon) -> bool:
    """Is the object at token ``i`` one the act reports with (see ``communicative_acts.txt``)?"""
    toks = s.toks
    if i > s.last:
        return False
    first = toks[i]
    if not first.word or first.low in FINITE_AUXILIARIES:
        return False
    if act.kind == "message":
        return _message_at(s, i, lex)
    if act.kind == "target":
        return _message_at(s, i, lex) or (_person_at(s, i, lex) and _reason_after(s, i))
    if act.kind == "person":
        return _message_at(s, i, lex) or _person_at(s, i, lex)
    if act.kind in LINKED_KINDS:
        if first.low in STOP_WORDS and first.low not in POSSESSIVES:
            return False  # "men linked to the group": the object is missing
        for k in range(i + 1, min(s.last, i + LINK_WINDOW)):
            if toks[k].low == act.kind:
                return not _clause_at(s, k + 1, lex)
            if toks[k].text in ",;:." or s.opens[k]:
                return False
        return False
    if act.kind == "thing" and _person_at(s, i, lex):
        return False
    return first.low in POSSESSIVES or first.low in WH_WORDS or first.low not in STOP_WORDS  # "weighed in on whether"


#: What a fixed phrase of saying (``:said``) may take straight after it: a that-clause, a quotation, a colon.
SAID_OPENINGS = frozenset((After.THAT, After.QUOTE, After.COLON))
#: Prepositions that end a fixed phrase of saying and take its content as their object ("made no secret of").
SAID_PREPOSITIONS = frozenset("of for against about on".split())


def _said_ok(s: Sentence, i: int, kind: After, act: Act, lex: Lexicon) -> bool:
    """Does what follows a fixed phrase of saying at token ``i`` hold what was said: a that-clause,
    a quotation or a colon ("made it clear that …"), a clause without "that" ("made it clear he
    would stay"), or the object of the phrase's last preposition ("made no secret of her doubts",
    "made the case for the bill")?  Not an object of its own ("made clear plastic bags")."""
    if kind in SAID_OPENINGS:
        return True
    if kind != After.BARE or i > s.last or not s.toks[i].word:
        return False
    if act.particles and not act.particles[-1].isdisjoint(SAID_PREPOSITIONS):
        return s.toks[i].low not in FINITE_AUXILIARIES
    return _clause_at(s, i, lex) or s.toks[i].low in SUBJECT_PRONOUNS


def _reason_after(s: Sentence, i: int) -> bool:
    """Does the person object at token ``i`` go on with what the attack was for, over or about, or
    what the person was called ("attacked the mayor for …", "went after her as a fraud")?  A bare
    person attacked is most often a physical attack in news ("a man attacked her")."""
    toks = s.toks
    for k in range(i + 1, min(s.last + 1, i + LINK_WINDOW)):
        if toks[k].low in REASON_LINKS:
            return True
        if toks[k].text in ",;:." or s.opens[k] or toks[k].low in ("and", "but", "who", "which", "that"):
            return False
    return False


def _clause_at(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Does a clause start at token ``i``: a noun phrase, then a finite verb ("as the polls opened")?"""
    toks = s.toks
    p = phrase_after(s, i, lex, relaxed=True)
    if p is None or p.end + 1 > s.last:
        return False
    nxt = toks[p.end + 1].low
    return nxt in FINITE_AUXILIARIES or nxt in lex.past or (nxt.endswith("ed") and not toks[p.end + 1].cap)
