"""Headlines: a capitalised verb after a bare name.

A headline names its speaker by a bare name, a role or a body with no article
(``Obama Says …``, ``Former White House Doctor Says …``).
"""

from __future__ import annotations

from provenance.attribution.cues import Lexicon
from provenance.attribution.phrases import Phrase
from provenance.attribution.sentence import Sentence, bare_word, lexical, sentence_initial
from provenance.attribution.speakers import make_chain


def title_case(s: Sentence) -> bool:
    """Is the sentence a headline, most of its words capitalised?"""
    words = [t for t in s.toks if t.word and t.text[:1].isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.7 * len(words)


def headline_subject(s: Sentence, src: Phrase, lex: Lexicon) -> bool:
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
