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
from provenance.attribution.draft import (
    Draft,
    after_cue,
    anonymous_head,
    cue_extension,
    participle_at,
    tense,
    word_count,
)
from provenance.attribution.phrases import (
    POSSESSIVES,
    Phrase,
    first_head,
    is_time,
    phrase_after,
    phrase_before,
    skip_time_back,
    subject_before,
)
from provenance.attribution.sentence import Sentence, bare_word, lexical, sentence_initial
from provenance.attribution.speakers import make_chain
from provenance.attribution.via import outlet_text
from provenance.attribution.words import (
    ADVERBIAL_PREPS,
    COMMON_VERBS,
    CUE_ADVERBS,
    DASHES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    MAX_ADVERBIAL,
    MAX_INTRO,
    PREP_BEFORE_PARTICIPLE,
    PROGRESSIVE_AUXILIARIES,
    QUANTITY_WORDS,
    STOP_WORDS,
)
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import (
    AUXILIARIES,
    FIRST_SECOND_PERSON,
    OBJECT_PRONOUNS,
    PRONOUN_CONTRACTIONS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from provenance.model import Stance
from provenance.tokens import Tok

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


def _title_case(s: Sentence) -> bool:
    """Is the sentence a headline, most of its words capitalised?"""
    words = [t for t in s.toks if t.word and t.text[:1].isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.7 * len(words)


def _headline_subject(s: Sentence, src: Phrase, lex: Lexicon) -> bool:
    """Can this phrase be the subject of a capitalised verb in a headline?

    A headline names its speaker by a bare name, a role or a body with no article
    ("Obama Says …", "Former White House Doctor Says …", "…, Mayor Vows …"); a phrase that
    opens the headline or follows its comma, and is a person, a role, a body or one name.
    """
    if src.start != 0 and not sentence_initial(s, src.start) and s.toks[src.start - 1].text != ",":
        return False
    chain = make_chain(s, src.start, src.end, None)
    if chain.person is not None or chain.role is not None or chain.org:
        return True
    head = s.toks[src.head]
    return lexical(bare_word(head.low), lex) or (src.start == src.head and s.name_words[src.head])


def _put_it_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for "as X put it", a report of the words beside it: "…, as one analyst put it",
    "As the memo puts it, “…”".  The content is the clause before it, or after its comma when it
    opens the sentence."""
    toks = s.toks
    for k in range(s.last - 2):
        if toks[k].low != "as" or k in consumed:
            continue
        src = phrase_after(s, k + 1, lex)
        if src is None or (src.pronoun and toks[src.start].low in FIRST_SECOND_PERSON):
            continue
        v = src.end + 1
        while v <= s.last and (toks[v].low in CUE_ADVERBS or toks[v].low.endswith("ly")):
            v += 1
        if v + 1 > s.last or toks[v].low not in PUT or toks[v + 1].low != "it":
            continue
        after_i, after_kind, _ = after_cue(s, v + 2, lex)
        if sentence_initial(s, k) and after_kind == After.COMMA:
            content, content_after, where = content_span(s, after_i, s.last), True, "here"  # "As X put it, …"
        else:
            content, content_after, where = choose_content(s, k, after_i, after_kind, False)
        if content is None:
            continue
        drafts.append(
            Draft(
                src=src,
                cue=(toks[v].start, toks[v + 1].end),
                content=content,
                anchor=k,
                content_after=content_after,
                form="past",
                where=where,
            )
        )
        consumed.update(range(k, v + 2))


#: Forms of "put" in "as X put it".
PUT = frozenset("put puts".split())


def verb_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for single-word reporting verbs (and ``claimed responsibility``)."""
    toks = s.toks
    n = len(toks)
    if "put" in s.lows or "puts" in s.lows:
        _put_it_drafts(s, lex, consumed, drafts)
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
            if toks[i - 1].low in lex.org_words or not _title_case(s):
                continue
            head_src = phrase_before(s, i - 1, 0, lex)
            if head_src is None or not _headline_subject(s, head_src, lex):
                continue
            if t.low == verb.lemma and not (toks[head_src.head].low.endswith("s") and _plural(s, head_src, lex)):
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
        by_saying = participle and prev is not None and prev.low == "by" and _reports_clause(s, i, verb, lex)
        if participle and prev is not None and prev.low in OPENING_PREPS and sentence_initial(s, i - 1):
            if _reports_clause(s, i, verb, lex):
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
                and (not verb.weak or _reports_clause(s, i, verb, lex))
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
        elif src.start == src.end and toks[src.head].low.endswith(("ic", "ical")):
            continue  # "Democratic claims": an adjective and a noun
        if (
            t.low == verb.lemma
            and cue_first == i
            and src is not None
            and not _plural(s, src, lex)
            # "“…,” the article read."
            and not (i == s.last and toks[src.start].low not in ("a", "an") and _after_quotation(s, src.start))
        ):
            _nxt_i, nxt_kind, _ = after_cue(s, cue_last + 1, lex)
            if nxt_kind not in INTRODUCED:
                continue  # "a Donald Trump tweet", "Battleground state": nouns
        if "call" in verb.flags:
            called = _call_content(s, i, src, lex)
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
            after_start = _after_apposition(s, obj.end + 1)  # "accused the leader, Kim Jong Un, of …"

        to_infinitive = (
            after_start < s.last
            and toks[after_start].low == "to"
            and ("to" in verb.preps or "object" in verb.flags)
            and not toks[after_start + 1].cap
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
                or (src is not None and "belief" not in verb.flags and _clause_at(s, after_i, lex))
                or (nxt.low == "it" and after_i + 1 <= s.last and toks[after_i + 1].low in FINITE_AUXILIARIES)
                or (
                    "content" in verb.flags
                    and (coordinated or (src is not None and _agent(s, src, lex)))
                    and (nxt.low not in STOP_WORDS or nxt.low in WH_WORDS or _object_at(s, after_i))
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
                and (toks[after_i + 1].text == ":" or s.opens[after_i + 1])
            ):
                after_i, after_kind, _ = after_cue(s, after_i + 1, lex)  # "scolded him: “…”"
                accept_bare = True
            if not accept_bare and after_kind == After.BARE and verb.lemma in OBJECT_THAT_VERBS:
                that = _object_then_that(s, after_i, lex)  # "warned voters that …", "reminded him that …"
                if that is not None:
                    after_i, after_kind, accept_bare = that + 1, After.THAT, True
                elif _object_then_to(s, after_i, lex):
                    accept_bare = True  # "warned residents to stay indoors": the object and what it is to do
        elif "speech" in verb.flags and after_kind == After.BARE:
            window = toks[after_i : min(after_i + 6, s.last + 1)]
            accept_bare = any(w.low in lex.report_nouns for w in window[:4]) or any(w.low == "as" for w in window)
            if not accept_bare and not (toks[i - 1].text == "," if i > 0 else False):
                continue
        if responsibility:
            after_i, after_kind = _responsibility_content(s, cue_last + 1, lex, consumed)
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
            and not _clause_at(s, after_i, lex)
        ):
            content = _object_clause_end(s, content)  # "described the plan as a fraud after she attacked it"
        if content is None and where == "here":
            continue
        if coordinated and content_after is False and where == "here":
            continue
        relative = src is not None and src.pronoun and toks[src.head].low in RELATIVE_PRONOUNS | {"whom"}
        if relative and not content_after:
            continue  # "X, who spoke on condition of anonymity, said": nothing reported by "who"
        if relative and content is not None and src is not None:
            content = _relative_content(s, src, content, lex)  # "Ruiz, who has called for X, lambasted Y"
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
            and _object_gap(s, src, lex)
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
                form=tense(toks[_first_verb(s, cue_first, i)].low, lex),
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


#: Subordinators that end the object a verb of the :content kind attributes: the clause after
#: them is the writer's circumstance ("blamed the board after the plant closed").
OBJECT_ENDS = frozenset("after before when while because although though since until unless whereas".split())


def _object_clause_end(s: Sentence, content: tuple[int, int]) -> tuple[int, int]:
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


def _relative_content(s: Sentence, src: Phrase, content: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The content of a cue in a relative clause set off by commas or dashes, cut where the
    clause closes: at the dash that pairs with the one before the pronoun ("Ruiz — who has
    called for X — lambasted Y"), or at a comma before a finite verb, where the main clause
    goes on ("Ruiz, who has called for X, lambasted Y").  None when the content starts where
    the clause has already closed: the cue reports nothing ("X, who spoke anonymously, said …")."""
    toks = s.toks
    opener = toks[src.start - 1].text if src.start > 0 else ""
    if opener != "," and opener not in DASHES:
        return content
    a, b = s.index_at(content[0]), s.index_at(content[1]) - 1

    def closes(k: int) -> bool:
        return toks[k].text in DASHES if opener in DASHES else toks[k].text == ","

    def finite(nxt: Tok) -> bool:
        return (
            nxt.low in AUXILIARIES
            or (not nxt.cap and (nxt.low in lex.past or nxt.low.endswith("ed") or nxt.low in IRREGULAR_VERBS))
            or (nxt.low in lex.verbs and nxt.low not in lex.participles)
        )

    if a > src.end + 1 and closes(a - 1) and finite(toks[a]):
        return None  # "X, who spoke anonymously, said …": the clause closed before it, the main clause goes on
    nested = 0  # relative clauses opened inside the content ("said the plan, which failed, was …")
    for k in range(a + 1, min(b, s.last - 1) + 1):
        if not closes(k):
            continue
        nxt = toks[k + 1]
        if opener not in DASHES and nxt.low in RELATIVE_PRONOUNS:
            nested += 1
            continue
        verb = finite(nxt)
        if verb and nested:
            nested -= 1
        elif opener in DASHES or verb:
            cut = content_span(s, a, k - 1)
            return cut if cut is not None else content
    return content


def _first_verb(s: Sentence, first: int, verb: int) -> int:
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


def _clause_at(s: Sentence, i: int, lex: Lexicon) -> bool:
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


#: Words that open a relative clause or a free relative whose object is missing after its
#: verb: "what many expect to be ...", "where they planned to take refuge".
GAP_OPENERS = frozenset("what where which whom whatever".split())


def _object_gap(s: Sentence, src: Phrase, lex: Lexicon) -> bool:
    """Does the source open a relative clause whose object is missing ("policies she supported",
    "the bill which he wants to pass", "what many expect to be")?  The verb's object is the
    noun before, so what follows the verb is no content of its own."""
    toks = s.toks
    a = src.start - 1
    if a < 0:
        return False
    prev = toks[a]
    if prev.low in GAP_OPENERS:
        return True
    # a noun right before a pronoun subject, without a comma or "that": a reduced relative
    return (
        src.pronoun
        and toks[src.start].low in SUBJECT_PRONOUNS
        and prev.word
        and not prev.cap
        and prev.low not in STOP_WORDS
        and prev.low not in DETERMINERS
        and prev.low not in lex.verbs
        and prev.low not in COMMON_VERBS
        and not prev.low.endswith(("ly", "ed"))
    )


def _reports_clause(s: Sentence, i: int, verb, lex: Lexicon) -> bool:
    """Does the speech participle at token ``i`` go on with a that-clause, a quotation, a colon or a
    clause led by a pronoun ("by saying that …", "by telling them that …", "by saying he would …")?"""
    toks = s.toks
    k = i + 1
    if "object" in verb.flags and k <= s.last and toks[k].low in OBJECT_PRONOUNS:
        k += 1
    nxt, kind, _ = after_cue(s, k, lex)
    if kind in INTRODUCED:
        return True
    if nxt < s.last and toks[nxt].low in SUBJECT_PRONOUNS - {"it", "you"} and toks[nxt + 1].word:
        return True
    return _clause_at(s, nxt, lex)  # "by saying his refusal was a manufactured issue"


#: Prepositions that open a sentence before a speech participle whose subject is the main
#: clause's: "After saying …, she …", "While insisting …, the minister …".
OPENING_PREPS = frozenset("after before while upon since despite".split())


#: Verbs of saying that take a person as object before their that-clause
#: ("warned voters that …", "assured them that …").
OBJECT_THAT_VERBS = frozenset(
    "warn remind assure reassure convince persuade inform notify promise advise caution alert".split()
)


def _object_then_that(s: Sentence, i: int, lex: Lexicon) -> int | None:
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


def _after_apposition(s: Sentence, k: int) -> int:
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


def _object_then_to(s: Sentence, i: int, lex: Lexicon) -> bool:
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


def _object_at(s: Sentence, i: int) -> bool:
    """Is token ``i`` the object of a verb whose object is its content: a possessive before a
    noun ("echoed her concerns") or a pronoun before what is said of it ("blasted him for …")?"""
    toks = s.toks
    low = toks[i].low
    if i + 1 > s.last:
        return False
    if low in ("her", "his", "their", "its", "our"):
        return toks[i + 1].word and toks[i + 1].low not in STOP_WORDS
    return low in ("him", "her", "them", "it", "us") and toks[i + 1].low in OBJECT_LINKS


#: Words that open an indirect question, the content of "explained why", "asked how".
WH_WORDS = frozenset("how why what whether when where who which if".split())


def _agent(s: Sentence, p: Phrase, lex: Lexicon) -> bool:
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


def _plural(s: Sentence, p: Phrase, lex: Lexicon) -> bool:
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


def _call_content(s: Sentence, i: int, src: Phrase | None, lex: Lexicon) -> tuple[int, After] | None:
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


def _responsibility_content(s: Sentence, i: int, lex: Lexicon, consumed: set) -> tuple[int, After]:
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
