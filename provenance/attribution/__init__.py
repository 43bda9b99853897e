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
the sentence splitter cut it up (``span_quotations`` of :func:`find_attributions`);
other content stays inside the cue's sentence, except for the paragraph a label
introduces.

Every scan is left to right with bounded look-around (a few tokens back or
ahead of a cue, prefix counts for the rest), so the work is linear in the
length of the text.

The package has one module per concern:

* :mod:`.words` and :mod:`.cues`: closed word lists and the cue lexicon (data files);
* :mod:`.sentence` and :mod:`provenance.tokens`: tokens and sentences;
* :mod:`.phrases`: noun phrases (sources and subjects);
* :mod:`.draft`: what a cue yields before speakers are resolved, and shared cue helpers;
* one module per construction family: :mod:`.verbs`, :mod:`.acts`, :mod:`.according`,
  :mod:`.passive`, :mod:`.publish`, :mod:`.colon`, :mod:`.signature`, run in
  order by :mod:`.constructions`;
* :mod:`.content`: content spans, within a sentence and over a quotation;
* :mod:`.via`: outlets and platforms that carried a statement;
* :mod:`.speakers`: chains of capitalised words, speaker resolution, source kinds;
* :mod:`.article`: the public verb :func:`find_attributions`.
"""

from provenance.attribution.article import find_attributions
from provenance.attribution.cues import Lexicon, Verb, lexicon

__all__ = ["Lexicon", "Verb", "find_attributions", "lexicon"]
