"""Construction family: passive reports.

``is reported to have said``, ``was quoted as saying``, ``word out of X is
that``, ``which was confirmed by a former minister``.  An impersonal passive
(``it is believed that``) names no source: it hedges its claim and is no
attribution.
"""

from __future__ import annotations

import functools

import regex

from provenance.attribution.content import choose_content, content_span
from provenance.attribution.cues import Lexicon, lexicon
from provenance.attribution.draft import Draft, after_cue
from provenance.attribution.phrases import Phrase, phrase_after
from provenance.attribution.sentence import Sentence, finditer_if
from provenance.attribution.subjects import subject_before
from provenance.attribution.words import DASHES
from provenance.model import Stance

# An expletive "it" with a passive verb of opinion: a hedge that names no source, so no
# attribution (the claim is hedged, see provenance.claims.HEDGES); its verb is no cue either.
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
      (?:(?:also|later|first|widely|independently|officially|\w+ly)\s+)?  # an adverb ("harshly")
      (?P<verb>\L<agentive>)                                     # the past participle
    )
    \s+by\s+(?=\S)                                               # the agent follows "by"
"""

#: Words BY_AGENT_TEMPLATE needs.
BY_AGENT_NEEDS = frozenset({"by"})


@functools.cache
def _agentive_forms() -> frozenset[str]:
    """Past participles of the verbs that carry a report by their agent (:data:`BY_AGENT_TEMPLATE`)."""
    lex = lexicon()
    return frozenset(f for f, v in lex.verbs.items() if "passive" in v.flags and f in lex.past)


@functools.cache
def _patterns() -> dict:
    """Patterns built from the lexicons, compiled once."""
    lex = lexicon()
    return {
        "passive_speech": regex.compile(
            PASSIVE_SPEECH_TEMPLATE,
            regex.VERBOSE | regex.IGNORECASE,
            past=sorted(lex.past),
            participles=sorted(lex.participles),
        ),
        "by_agent": regex.compile(
            BY_AGENT_TEMPLATE, regex.VERBOSE | regex.IGNORECASE, agentive=sorted(_agentive_forms())
        ),
    }


#: Verbs that name what their object is ("was called a charlatan by", "was branded a traitor by",
#: "was described as reckless by"): in the passive, the name stands between the verb and "by".
NAMING_VERBS = frozenset("call describe characterize brand label dub term".split())
#: The most tokens of a name between a naming verb and "by".
MAX_NAME = 8


def _named_by(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for a passive naming verb with its name and its agent: "Oz has been called a
    charlatan by fellow physicians" -> the physicians, content "Oz has been called a charlatan"."""
    toks = s.toks
    for i in range(1, s.last):
        t = toks[i]
        verb = lex.verbs.get(t.low)
        if verb is None or verb.lemma not in NAMING_VERBS or t.low not in lex.past or i in consumed:
            continue
        aux = i - 1
        while aux > 0 and toks[aux].low in PASSIVE_ADVERBS:
            aux -= 1
        if toks[aux].low not in PASSIVE_AUXILIARIES:
            continue
        by = i + 1
        while by <= s.last and by - i <= MAX_NAME and toks[by].low != "by":
            if not (toks[by].word or s.opens[by] or s.closes[by] or toks[by].text == ","):
                break
            by += 1
        if by > s.last or toks[by].low != "by" or by == i + 1:
            continue
        agent = phrase_after(s, by + 1, lex)
        if agent is None or agent.pronoun:
            continue
        first = aux
        while first > 0 and toks[first - 1].low in ("has", "have", "had", "will", "would", "may", "might"):
            first -= 1
        content = content_span(s, 0, by - 1)
        if content is None or first == 0:
            continue
        drafts.append(
            Draft(
                src=agent,
                cue=(toks[first].start, t.end),
                content=content,
                stance=verb.stance,
                anchor=first,
                content_after=False,
            )
        )
        consumed.update(range(first, by + 1))


#: Auxiliaries before the "been" of a passive ("has been criticized by", "would be praised by").
PERFECT_AUXILIARIES = frozenset("has have had will would may might could should must".split())
#: Negations in a passive verb group: "was not confirmed by" reports nothing.
NEGATIONS = frozenset("not n't never".split())
#: Words after the agent of a passive report that say what for, over or as what ("criticized by
#: the union for the cuts", "blamed by officials on the storm"): the agent ends before them.
REASON_WORDS = frozenset("for over on as".split())


def _without_reason(s: Sentence, agent: Phrase) -> Phrase:
    """The agent of a passive report without the reason that follows it ("the union | for the
    cuts"); the phrase itself when no reason word stands after its first word."""
    for k in range(agent.start + 1, agent.end + 1):
        if s.toks[k].low in REASON_WORDS:
            end = k - 1
            name = agent.name if agent.name is None or agent.name[1] <= end else None
            return agent._replace(end=end, head=min(agent.head, end), name=name)
    return agent


#: The auxiliaries of a passive.
PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split())
#: Adverbs between a passive auxiliary and its participle ("has been widely called").
PASSIVE_ADVERBS = frozenset("also later first widely often repeatedly publicly once even".split())


def passive_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for passive reports: "is reported to have said", "word out of X is that",
    "which was confirmed by X"; "it is believed that" only consumes its words."""
    toks = s.toks
    pats = _patterns()
    for m in finditer_if(s, pats["passive_speech"], PASSIVE_SPEECH_NEEDS):
        first = s.index_at(m.start("cue"))
        last = s.index_at(m.end("cue")) - 1
        if first in consumed:
            continue
        src = subject_before(s, first - 1, 0, lex)
        if src is None:
            continue
        after_i, after_kind, via = after_cue(s, last + 1, lex)
        content, content_after, where = choose_content(s, src.start, after_i, after_kind, True)
        if content is None and where == "here":
            continue
        hedge = m.group("passive").lower() != "quoted"
        drafts.append(
            Draft(
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
    for m in finditer_if(s, IT_PASSIVE, *IT_PASSIVE_NEEDS):
        consumed.update(range(s.index_at(m.start("it")), s.index_at(m.end())))  # no source, no attribution
    for m in finditer_if(s, WORD_IS, *WORD_IS_NEEDS):
        a = s.index_at(m.start("source"))
        b = max(a, s.index_at(m.end("source")) - 1)
        last = s.index_at(m.end()) - 1
        if a in consumed:
            continue
        content = content_span(s, last + 1, s.last)
        if content is None:
            continue
        drafts.append(
            Draft(
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
    if "by" in s.lows:
        _named_by(s, lex, consumed, drafts)
    for m in finditer_if(s, pats["by_agent"], BY_AGENT_NEEDS, _agentive_forms()):
        first = s.index_at(m.start("cue"))
        verb_i = s.index_at(m.start("verb"))
        by = s.index_at(m.end()) - 1
        if verb_i in consumed:
            continue
        agent = phrase_after(s, by + 1, lex)
        if agent is None or (agent.pronoun and s.toks[agent.start].low in ("it",)):
            continue
        agent = _without_reason(s, agent)
        # the passive subject: before a relative pronoun, before the auxiliary, or before a comma
        if m.group("aux") is not None:
            while first > 0 and (toks[first - 1].low in PERFECT_AUXILIARIES or toks[first - 1].low in NEGATIONS):
                first -= 1  # "has been criticized by": the whole verb group is the cue
            if any(toks[k].low in NEGATIONS for k in range(first, verb_i)):
                continue  # "has not been confirmed by investigators": nobody reported it
        b = first - 1
        if m.group("aux") is None and not (b >= 0 and toks[b].text == ","):
            continue
        if b >= 0 and toks[b].low in ("which", "that", "who"):
            b -= 1
        while b >= 0 and (toks[b].text == "," or toks[b].text in DASHES):
            b -= 1
        content = content_span(s, 0, b) if b >= 0 else None
        if content is None:
            continue
        verb = lex.verbs[toks[verb_i].low]
        drafts.append(
            Draft(
                src=agent,
                cue=(toks[first].start, m.end("verb")),
                content=content,
                stance=verb.stance,
                anchor=first,
                content_after=False,
            )
        )
        consumed.update(range(first, by + 1))
