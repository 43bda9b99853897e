"""Construction family: a reporting verb with its subject.

``Ruiz said``, ``the board did note that``, ``he later told reporters``,
``"…," said the minister``, ``…, adding that …``, ``claimed responsibility``,
``called for``; weak verbs only with a that-clause, a quotation or a pronoun
clause, ``told`` only with an object, denials only of a report.
"""

from __future__ import annotations

import regex

from provenance import patterns
from provenance.attribution.content import INTRODUCED, After, choose_content, content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft, after_cue, anonymous_head, cue_extension, tense, word_count
from provenance.attribution.headlines import headline_subject, title_case
from provenance.attribution.phrases import Phrase, first_head, is_time, phrase_after, phrase_before, skip_time_back
from provenance.attribution.put_it import put_it_drafts
from provenance.attribution.relative_clauses import object_gap, relative_content
from provenance.attribution.sentence import Sentence, bare_word, sentence_initial
from provenance.attribution.subjects import is_agent, is_plural, subject_before
from provenance.attribution.verb_objects import (
    CLAUSE_BELIEFS,
    OBJECT_THAT_VERBS,
    after_apposition,
    call_content,
    clause_at,
    object_at,
    object_clause_end,
    object_then_that,
    object_then_to,
    reports_clause,
    responsibility_content,
)
from provenance.attribution.via import outlet_text
from provenance.attribution.words import (
    ADVERBIAL_PREPS,
    CUE_ADVERBS,
    DASHES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    MAX_ADVERBIAL,
    MAX_INTRO,
    PREP_BEFORE_PARTICIPLE,
    PROGRESSIVE_AUXILIARIES,
    STOP_WORDS,
    WH_WORDS,
)
from provenance.lexicon import (
    AUXILIARIES,
    FIRST_SECOND_PERSON,
    OBJECT_PRONOUNS,
    PRONOUN_CONTRACTIONS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from provenance.model import Stance

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
      |rul(?:e|ed|es|ing)\s+(?:(?:it|this|that|them)\s+)?out\b      # "ruled out", "ruled that out"
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def verb_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for single-word reporting verbs (and ``claimed responsibility``)."""
    toks = s.toks
    n = len(toks)
    if "as" in s.lows:
        put_it_drafts(s, lex, consumed, drafts)  # "as X put it", "as X said"
    if lex.verbs.keys().isdisjoint(s.lows):  # a view of a dict against a set: runs over the smaller
        return
    for i in [i for i, t in enumerate(toks) if t.low in lex.verbs]:
        t = toks[i]
        if i in consumed or not t.word:
            continue
        verb = lex.verbs[t.low]
        if s.quoted and s.quoted[i] and not (i > 0 and s.opens[i - 1]):
            continue  # inside a quotation: the quoted speaker's words, not the article's report
        if t.cap and i > 0 and not sentence_initial(s, i):
            # "United States", "Free State"; in a headline a verb after its speaker, its base form
            # only after a plural ("Voters Say …", not "Free State")
            if toks[i - 1].low in lex.org_words or not title_case(s):
                continue
            head_src = phrase_before(s, i - 1, 0, lex)
            if head_src is None or not headline_subject(s, head_src, lex):
                continue
            if t.low == verb.lemma and not (toks[head_src.head].low.endswith("s") and is_plural(s, head_src, lex)):
                continue
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and (prev.low in DETERMINERS or prev.low.endswith(("'s", "s'"))) and t.low.endswith("s"):
            continue  # "some reports suggest", "Mr. Obama's remarks": a noun
        if (
            prev is not None
            and not prev.cap
            and len(prev.low) > 5
            and prev.low.endswith("est")
            and prev.low not in lex.verbs
        ):
            continue  # "the greatest fear", "the strongest claim": a superlative before a noun
        rest = s.text[t.start : min(t.end + 40, s.span.end)]
        if NOT_REPORTING.match(rest):  # no timeout: a few dozen characters
            continue
        if (
            i + 1 < n
            and toks[i + 1].low == "of"
            and "of" not in verb.preps
            and t.low.endswith("s")
            and (t.low in lex.report_nouns or t.low in lex.cue_nouns)
        ):
            continue  # "FCMN claims of arrests": a noun; "she says of the plan, “…”" is a verb
        prev = toks[i - 1] if i > 0 else None
        catenative = _catenative_before(s, i)
        if catenative is None and (
            prev is not None
            and (
                prev.low in ("the", "so", "as", "a", "an")
                or prev.text == "-"
                or (prev.low == "to" and (t.low == verb.lemma or t.low in lex.participles))
            )
        ):
            continue  # "the said", "to say", "as said above", "so-called"; not "the officials we spoke to said"
        # "…, going on to say that …": a participle catenative makes the cue a participle
        participle = t.low in lex.participles or (catenative is not None and toks[catenative].low.endswith("ing"))
        # "began by saying that …", "…, before asking her, “…”", "while chanting, “…”": the participle's
        # subject is the main clause's; not "for saying" (the object's), "without saying" (not said)
        by_saying = participle and prev is not None and prev.low in SUBJECT_PREPS and reports_clause(s, i, verb, lex)
        if participle and prev is not None and prev.low in OPENING_PREPS and sentence_initial(s, i - 1):
            if reports_clause(s, i, verb, lex):
                _opener_draft(s, i, i, lex, consumed, drafts)  # "After saying the vote was fair, the minister …"
            continue
        if participle and prev is not None and prev.low in PREP_BEFORE_PARTICIPLE and not by_saying:
            continue  # "for saying", "without claiming"; but "began by saying that …" reports
        cue_first, passive, hedged = cue_extension(s, i if catenative is None else catenative, 0)
        hedged = hedged or (catenative is not None and toks[catenative].low in HEDGING_CATENATIVES)
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
        if participle and not (cue_first < i and toks[cue_first].low in PROGRESSIVE_AUXILIARIES):
            # ", saying ...", ", adding that ...", ", even suggesting ...": the subject of the main clause
            before = cue_first - 1
            while before > 0 and s.closes[before]:
                before -= 1  # "…: “Q,” adding that …": the comma inside the closing quotation mark
            if by_saying:
                coordinated = True  # "began by saying he would …": the subject of the main clause
            elif (
                prev is not None
                and prev.low in ABSOLUTE_SUBJECTS
                and i >= 2
                and (toks[i - 2].text == "," or toks[i - 2].low == "with")
                and (not verb.weak or reports_clause(s, i, verb, lex))
            ):
                src = Phrase(i - 1, i - 1, i - 1)  # "…, each saying the other lacks …", "posts, one saying that …"
            elif (prev is not None and prev.text == ",") or (before >= 0 and toks[before].text == ","):
                if _aside_before_verb(s, i, lex):
                    continue  # "The mayor, speaking to reporters, said ...": the verb after the aside reports
                coordinated = True
            elif prev is not None and (
                prev.low in ("he", "she", "they")
                or (s.name_words[i - 1] and not sentence_initial(s, i - 1))
                or _with_subject(s, i, lex)  # "…, with the mayor saying that …"
            ):
                src = phrase_before(s, i - 1, 0, lex)  # "Trump saying ..."
                nxt_kind = after_cue(s, i + 1, lex)[1]
                if src is None or nxt_kind not in INTRODUCED:
                    continue
            elif prev is not None and prev.word and not prev.cap and bare_word(prev.low) in OCCASIONS:
                if not reports_clause(s, i, verb, lex):
                    continue
                coordinated = True  # "she said at a news conference announcing that …": the speaker's
            elif prev is not None and prev.low in HEARD and i >= 2:
                # "Scott can be heard yelling that …": the subject of the perception verb is the speaker
                first = cue_extension(s, i - 1, 0)[0]
                src = subject_before(s, first - 1, 0, lex) if first < i - 1 else None
                if src is None or after_cue(s, i + 1, lex)[1] not in INTRODUCED:
                    continue
            else:
                if sentence_initial(s, cue_first):
                    _opener_draft(s, i, cue_first, lex, consumed, drafts)
                continue
        else:
            src = subject_before(s, cue_first - 1, 0, lex)
            if (
                src is not None
                and src.pronoun
                and toks[src.start].low in ("they", "you", "we")
                and src.start > 0
                and toks[src.start - 1].low == "as"
            ):
                continue  # "as they say"
            if src is None:
                j = skip_time_back(s, cue_first - 1, 0, lex)
                if j >= 0 and toks[j].low in ("and", "but", "or"):
                    coordinated = True
                elif (j < 0 or toks[j].text == "," or s.closes[j] or toks[j].text in DASHES) and (
                    cue_first == i and not verb.flags & {"object"}
                ):
                    src = phrase_after(s, cue_last + 1, lex)
                    if src is not None:
                        after_src = src.end + 1
                        if (
                            after_src <= s.last
                            and toks[after_src].word
                            and not is_time(s, after_src, lex)
                            and toks[after_src].low not in ADVERBIAL_PREPS
                        ):
                            src = None
                    if src is not None and j < 0 and not _introduces_quotation(s, src.end + 1):
                        src = None  # "Said to be ...": a sentence-initial verb reports only before a quotation
                    inverted = src is not None
        if coordinated:
            src = None  # resolved later from the previous attribution or the clause subject
        elif src is None:
            continue
        elif src.pronoun and toks[src.start].low in FIRST_SECOND_PERSON:
            continue  # "I think", "you say": the writer or a quoted speaker, not a source
        elif (
            src.start == src.end
            and toks[src.head].low.endswith(("ic", "ical"))
            and t.low not in lex.past
            and t.low != "says"
        ):
            continue  # "Democratic claims": an adjective and a noun; not "Babic said", a name
        if (
            t.low == verb.lemma
            and cue_first == i
            and src is not None
            and not is_plural(s, src, lex)
            # "“…,” the article read."
            and not (i == s.last and toks[src.start].low not in ("a", "an") and _after_quotation(s, src.start))
        ):
            _nxt_i, nxt_kind, _ = after_cue(s, cue_last + 1, lex)
            if nxt_kind not in INTRODUCED:
                continue  # "a Donald Trump tweet", "Battleground state": nouns
        if "call" in verb.flags:
            called = call_content(s, i, src, lex)
            if called is None:
                continue
            cue_last, after_kind_override = called
        else:
            after_kind_override = None
        if src is not None and src.pronoun and toks[src.head].low in RELATIVE_PRONOUNS | {"whom"}:
            a = src.start - 1
            while a >= 0 and (toks[a].text == "," or toks[a].text in DASHES or s.closes[a]):
                a -= 1
            antecedent = phrase_before(s, a, 0, lex)
        # -- the object of "told"
        after_start = src.end + 1 if inverted and src is not None else cue_last + 1
        via = None
        if "object" in verb.flags and not inverted:
            obj = phrase_after(s, after_start, lex, relaxed=True)
            if obj is None:
                continue
            for x in range(obj.start + 1, obj.end):
                if toks[x].low == "of" and toks[x + 1].low.endswith("ing") and not toks[x + 1].cap:
                    obj = obj._replace(end=x - 1, head=min(obj.head, x - 1))  # "accused the board | of hiding …"
                    break
            via = outlet_text(s, obj, lex)
            after_start = after_apposition(s, obj.end + 1)  # "accused the leader, Kim Jong Un, of …"

        to_infinitive = (
            after_start < s.last
            and toks[after_start].low == "to"
            and ("to" in verb.preps or "object" in verb.flags)
            and (not toks[after_start + 1].cap or title_case(s))  # "Sanders Vows To Eliminate …": a headline
            and toks[after_start + 1].low not in DETERMINERS
            # "pointed to as an example": no verb after "to" ("to be", "to have" are verbs)
            and (toks[after_start + 1].low not in STOP_WORDS or toks[after_start + 1].low in AUXILIARIES)
        )
        if to_infinitive:  # "urged voters to stay home", "plans to appeal": not an adverbial
            after_i, after_kind, via2 = after_start + ("object" in verb.flags), After.BARE, None
        elif "object" in verb.flags and after_start < s.last and toks[after_start].low == "of":
            after_i, after_kind, via2 = after_start, After.BARE, None  # "accused the board of hiding …"
        else:
            after_i, after_kind, via2 = after_cue(s, after_start, lex)
        via = via or via2
        if after_kind_override is not None:
            after_i, after_kind = cue_last + 1, after_kind_override
        anonymous_src = src is not None and anonymous_head(s, src, lex)
        accept_bare = True
        if responsibility:
            accept_bare = True
        elif verb.weak:
            nxt = toks[after_i] if after_i <= s.last else None
            document_src = (
                src is not None and not src.pronoun and bare_word(toks[first_head(s, src, lex)].low) in lex.documents
            )
            accept_bare = nxt is not None and (
                nxt.low in SUBJECT_PRONOUNS - {"it", "you"}
                or nxt.low in PRONOUN_CONTRACTIONS
                or anonymous_src
                or (document_src and "hedge" not in verb.flags and nxt.low not in STOP_WORDS)
                or (document_src and "evidence" in verb.flags)  # "polls show her ahead", "video shows him"
                or (
                    src is not None
                    and ("belief" not in verb.flags or verb.lemma in CLAUSE_BELIEFS)
                    and clause_at(s, after_i, lex)
                )
                or (nxt.low == "it" and after_i + 1 <= s.last and toks[after_i + 1].low in FINITE_AUXILIARIES)
                or (
                    "content" in verb.flags
                    and (coordinated or (src is not None and is_agent(s, src, lex)))
                    and (nxt.low not in STOP_WORDS or nxt.low in WH_WORDS or object_at(s, after_i))
                )
                or ("content" in verb.flags and document_src and nxt.low in WH_WORDS)  # "the ad questioned whether"
            )
            if "document" in verb.flags and not document_src:
                accept_bare = False  # "most people just read the headline": a reader is no source
            if nxt is not None and nxt.low in verb.preps and after_kind == After.BARE:
                after_i += 1
                accept_bare = True
            elif (
                nxt is not None
                and "content" in verb.flags
                and nxt.low in OBJECT_PRONOUNS
                and after_i + 1 <= s.last
                and (toks[after_i + 1].text == ":" or s.opens[after_i + 1] or _introduces_quotation(s, after_i + 1))
            ):
                after_i, after_kind, _ = after_cue(s, after_i + 1, lex)  # "scolded him: “…”", "asking her, “…”"
                accept_bare = True
            if not accept_bare and after_kind == After.BARE and verb.lemma in OBJECT_THAT_VERBS:
                that = object_then_that(s, after_i, lex)  # "warned voters that …", "reminded him that …"
                if that is not None:
                    after_i, after_kind, accept_bare = that + 1, After.THAT, True
                elif object_then_to(s, after_i, lex):
                    accept_bare = True  # "warned residents to stay indoors": the object and what it is to do
            elif not accept_bare and after_kind == After.BARE and "belief" in verb.flags and "to" in verb.preps:
                accept_bare = object_then_to(s, after_i, lex)  # "voters expect Ruiz to win", "wants them to stay"
        elif "speech" in verb.flags and after_kind == After.BARE:
            window = toks[after_i : min(after_i + 6, s.last + 1)]
            accept_bare = any(w.low in lex.report_nouns for w in window[:4]) or any(w.low == "as" for w in window)
            if not accept_bare and not (toks[i - 1].text == "," if i > 0 else False):
                continue
        if responsibility:
            after_i, after_kind = responsibility_content(s, cue_last + 1, lex, consumed)
        group_start = src.start if (src is not None and not inverted) else cue_first
        if coordinated:
            group_start = cue_first
        content, content_after, where = choose_content(s, group_start, after_i, after_kind, accept_bare)
        if inverted and src is not None:
            content, content_after, where = choose_content(
                s, cue_first, src.end + 1, after_cue(s, src.end + 1, lex)[1], False
            )
        if (
            content is not None
            and content_after
            and after_kind == After.BARE
            and "content" in verb.flags
            and not (after_i <= s.last and toks[after_i].low in SUBJECT_PRONOUNS)
            and not clause_at(s, after_i, lex)
        ):
            content = object_clause_end(s, content)  # "described the plan as a fraud after she attacked it"
        if content is None and where == "here":
            continue
        if coordinated and content_after is False and where == "here":
            continue
        relative = src is not None and src.pronoun and toks[src.head].low in RELATIVE_PRONOUNS | {"whom"}
        if relative and not content_after:
            continue  # "X, who spoke on condition of anonymity, said": nothing reported by "who"
        if relative and content is not None and src is not None:
            content = relative_content(s, src, content, lex)  # "Ruiz, who has called for X, lambasted Y"
            if content is None:
                continue
        if content is not None and content_after and after_kind == After.BARE and not responsibility:
            clausal = verb.lemma in ("say", "claim", "tell", "state", "think", "believe")
            least = 3 if clausal else 1 if "content" in verb.flags else 2
            if word_count(s, content) < least:
                continue  # "the man he says he is"
        if (
            ("belief" in verb.flags or to_infinitive)
            and src is not None
            and not inverted
            and content_after
            and object_gap(s, src, lex)
        ):
            continue  # "the loopholes she might seek to close", "what many expect to be": the object is gone
        stance = verb.stance
        if hedged:
            stance = Stance.HEDGE if stance is Stance.ASSERT else stance
        if content is not None and stance is Stance.ASSERT and patterns.match(NOT_TRUE, s.text, content[0], content[1]):
            stance = Stance.DENY
        cue_chars = (toks[cue_first].start, toks[cue_last].end)
        drafts.append(
            Draft(
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
                form=tense(toks[first_verb(s, cue_first, i)].low, lex),
                where=where,
            )
        )
        consumed.update(range(cue_first, cue_last + 1))


def _with_subject(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Is the phrase before the participle at token ``i`` the subject "with" gives it ("…, with the
    mayor saying that …", "with many analysts arguing …")?"""
    p = phrase_before(s, i - 1, 0, lex)
    return p is not None and p.end == i - 1 and p.start > 0 and s.toks[p.start - 1].low == "with"


def _after_quotation(s: Sentence, k: int) -> bool:
    """Does a quotation close right before token ``k`` ("“…,” | the article read")?"""
    j = k - 1
    if j >= 0 and s.toks[j].text == "," and not s.closes[j]:
        j -= 1
    return j >= 0 and s.closes[j]


#: Indefinite pronouns that are the subject of a speech participle after a comma, in an absolute
#: construction: "the two vied for the title, each saying the other …", "messages, one saying that …".
ABSOLUTE_SUBJECTS = frozenset("each one both some many others all".split())


#: Occasions of speech whose speaker, before a speech participle, is the main clause's subject:
#: "she said at a news conference announcing that …", "in an interview saying that …".
OCCASIONS = frozenset("conference conferences briefing briefings interview interviews hearing hearings speech".split())

#: Perception verbs in the passive before a speech participle: "can be heard saying".
HEARD = frozenset("heard overheard".split())


#: Verbs that go on with the reporting verb after them: "continues to insist", "went on to say".
CATENATIVES = frozenset("continue continues continued continuing".split())


#: Verbs that hedge the reporting verb after them: "appeared to blame", "seems to suggest".
HEDGING_CATENATIVES = frozenset("appear appears appeared appearing seem seems seemed seeming".split())


#: Verbs that take "on to" before the reporting verb: "went on to say".
GO_ON = frozenset("go goes went going".split())


def _opener_draft(s: Sentence, i: int, cue_first: int, lex: Lexicon, consumed: set, drafts: list) -> None:
    """A draft for a speech participle that opens the sentence: "Insisting that the vote was
    fair, the minister …", "Citing a new poll, Ruiz …".  The source is the subject of the main
    clause after the opener's comma; the content is the rest of the opener."""
    toks = s.toks
    verb = lex.verbs[toks[i].low]
    if "belief" in verb.flags or "speech" in verb.flags or "object" in verb.flags:
        return  # "Hoping to win, …" holds no report; "Rejecting …" and "Telling …" need more than an opener
    after_i, after_kind, _ = after_cue(s, i + 1, lex)
    if verb.weak and "content" not in verb.flags and after_kind not in INTRODUCED:
        return
    k = after_i
    while k <= s.last and k - i <= MAX_INTRO:
        if toks[k].text == "," and not (s.quoted and s.quoted[k] and not (k + 1 <= s.last and s.closes[k + 1])):
            break  # the comma that ends the opener, also inside a closing quotation: "Citing “fraud,” Ruiz …"
        if toks[k].text in ";:":
            return  # another clause before the comma: not a plain opener
        k += 1
    if k > s.last or toks[k].text != ",":
        return
    j = k + 1
    while j <= s.last and s.closes[j]:
        j += 1
    src = phrase_after(s, j, lex)
    if src is None or (src.pronoun and toks[src.start].low not in ("he", "she", "they")):
        return
    if src.end + 1 > s.last or not toks[src.end + 1].word:
        return  # the subject must go on to its verb
    content = content_span(s, after_i, k - 1)
    if content is None or word_count(s, content) < 2:
        return
    drafts.append(
        Draft(
            src=src,
            cue=(toks[cue_first].start, toks[i].end),
            content=content,
            stance=verb.stance,
            anchor=cue_first,
            content_after=True,
            form="ing",
        )
    )
    consumed.update(range(cue_first, i + 1))


def first_verb(s: Sentence, first: int, verb: int) -> int:
    """The first auxiliary or verb of a cue from token ``first`` to the verb at ``verb``, past its
    adverbs ("also outlined" -> "outlined", "later has said" -> "has"): what gives the cue its tense."""
    toks = s.toks
    k = first
    while k < verb and (toks[k].low in CUE_ADVERBS or toks[k].low.endswith("ly")):
        k += 1
    return k


def _introduces_quotation(s: Sentence, k: int) -> bool:
    """Does a colon or a comma and a quotation mark stand at token ``k`` ("Said Ruiz: “…”")?"""
    toks = s.toks
    if k > s.last:
        return False
    if toks[k].text == ":":
        return True
    return toks[k].text == "," and k + 1 <= s.last and s.opens[k + 1]


def _catenative_before(s: Sentence, i: int) -> int | None:
    """The first token of "continues to", "went on to" or "appeared to" before the verb at token ``i``, or None."""
    toks = s.toks
    if i < 2 or toks[i - 1].low != "to":
        return None
    if toks[i - 2].low in CATENATIVES or toks[i - 2].low in HEDGING_CATENATIVES:
        return i - 2
    if i >= 3 and toks[i - 2].low == "on" and toks[i - 3].low in GO_ON:
        return i - 3
    return None


def _aside_before_verb(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Is the participle at token ``i`` in an aside that a finite reporting verb follows
    ("The mayor, speaking to reporters, said ...")?"""
    toks = s.toks
    for k in range(i + 1, min(s.last, i + MAX_ADVERBIAL)):
        if toks[k].text == "," or s.opens[k]:
            nxt = toks[k + 1]
            return toks[k].text == "," and nxt.low in lex.verbs and nxt.low not in lex.participles
    return False


#: Prepositions before a speech participle inside a sentence whose subject is the main clause's:
#: "began by saying that …", "…, before asking her, “…”", "while chanting, “…”", "despite admitting that …".
SUBJECT_PREPS = frozenset("by before after while despite".split())

#: Prepositions that open a sentence before a speech participle whose subject is the main
#: clause's: "After saying …, she …", "While insisting …, the minister …".
OPENING_PREPS = frozenset("after before while upon since despite".split())
