"""What each rule deliberately does not flag, on extracted text: every non-finding has a twin that differs in
the one thing the rule looks at and must still be flagged.  Examples are invented, in the shapes seen on real
articles."""

from __future__ import annotations

import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import extract
from provenance.lint import RULES, Config, lint_documents

#: Every rule, those outside the default selection (PV103) too.
EVERY = Config(select=tuple(RULES))


def found(text: str, code: str, *others: str, relations=()) -> list[str]:
    """The text of each ``code`` finding when linting ``text`` (and ``others`` as further articles)."""
    docs = [extract(text, path="a.md"), *(extract(t, path=f"other-{i}.md") for i, t in enumerate(others))]
    return [f.text for f in lint_documents(docs, EVERY, relations=relations) if f.code == code and f.path == "a.md"]


# -- PV101 unsourced-statistic -------------------------------------------------------------

PV101_TWINS = [
    # a platform's own counter / a count of people
    ("The clip has drawn 2 million views on the ferry line's channel.", "The quay drew 2 million people in May."),
    # shared N times / harmed N people
    ("The post about the quay was shared over 40,000 times.", "The storm at the quay harmed over 40,000 people."),
    # "100 percent" as an intensifier / a share
    ("The story about the harbour is a 100 percent fake hoax.", "The harbour lost 100 percent of its cargo."),
    # a town's population as background / a count of the story
    ("Rebels took Tarn, a town of 200,000 people, on Friday.", "Rebels took 200,000 people from Tarn on Friday."),
    # a named source with a verb the grammar may not read / no source
    ("Harbourwatch claims the port shipped 3,000 crates.", "The port shipped 3,000 crates in May."),
    # "quoted … as saying" / no source
    (
        "More than 100 rebels died, Kestrel TV quoted the ministry as saying.",
        "More than 100 rebels died near the ministry.",
    ),
    # a study by a named author / no source
    ("A study by Norland University found 31 cases of fraud.", "Investigators found 31 cases of fraud."),
    # "…, residents said Thursday." / nothing says who said it
    ("Gunmen killed at least 60 women, residents said Thursday.", "Gunmen killed at least 60 women on Thursday."),
    # program code of the page / prose
    ('ad_slot = "0054321535"; ad_width = 468;', "The port paid 54,321,535 dollars in fines."),
    # a screen resolution / a count
    ("The old screens run at 1440 x 900 pixels.", "The old screens sold 1,440 million units."),
    # a size, not a count / a count
    ("A meteorite left a 12m-wide crater near the airport.", "A meteorite injured 12 people near the airport."),
    # a distance / a count
    ("The rocks landed 215 feet above the creek.", "The rocks killed 215 sheep above the creek."),
    # an age / a count
    ("The 42-year-old mayor resigned on Monday.", "The 42 councillors fired 4,200 clerks on Monday."),
    # an age after "who is" / a count
    ("The mayor, who is 70, resigned on Monday.", "The mayor, who fired 70% of the clerks, resigned on Monday."),
    # a model number / a count
    ("The Pixel 9 went on sale in Norland on Monday.", "The firm sold 9 million phones in Norland on Monday."),
    # a product name with a capital inside / a count
    ("Buyers queued for the iPhone 6 in Port Meridian.", "Buyers bought 6 million phones in Port Meridian."),
    # a phone number in a footer / a count
    ("Call the harbour desk at (555) 010-2030.", "The harbour desk took 2,030 calls."),
    # a toll-free number / a count
    ("Veterans can call 1-800-273-8255 at any hour.", "Veterans made 8,255 calls at any hour."),
    # a live blog's time stamp / a count
    (
        "Ferries stopped.\n\n12.09 The minister arrived at the quay.",
        "Ferries stopped.\n\n12 dockers were hurt at the quay.",
    ),
    # a tally of votes / a count
    ("The court ruled 5-4 in favour of the port.", "The court fined the port 5 million euros."),
    # a compound description / a count
    ("The 57-member council met on Monday.", "The council's 57 members were arrested on Monday."),
    # a page count describing a report / a count
    ("The 46-page report was published on Monday.", "The report counted 46 attacks on the bridge."),
    # decades of age / a count
    ("Most of the fishermen are in their 50s.", "Most of the 50 fishermen were injured."),
    # the sentence attributes it (anonymously: PV102's finding) / nothing attributes it
    ("Officials said 40 people were hurt in the fire.", "Firefighters said nothing. 40 people were hurt in the fire."),
    # the sentence names its source after the figure / no source
    ("At least 40 people were hurt, the agency reported.", "At least 40 people were hurt in the blast."),
    # the next sentence points back at its source / the next sentence is about something else
    (
        "The fire spread. Nearly 3,000 houses burned. That is according to the fire brigade.",
        "The fire spread. Nearly 3,000 houses burned. The fire brigade arrived late, residents said.",
    ),
    # the terms of a proposal / a figure stated as fact
    ("The mayor would impose a 4 percent levy on ferries.", "The mayor imposed a 4 percent levy on ferries."),
    # a plan's terms after "under … plan" / a fact
    ("Under the mayor's plan, fares fall by 20%.", "After the mayor's cuts, fares fell by 20%."),
    # a supposition / a fact
    ("Let's say 60% of a degree is paid in loans.", "At Norland College 60% of a degree is paid in loans."),
    # a headline in title case / the same words as prose
    ("Norland Mayor Fires 40% Of Harbour Clerks Over Missing Funds", "The Norland mayor fired 40% of the clerks."),
    # a magnitude of a unit / a vague count of people
    ("The port lost millions of dollars that winter.", "The port recorded thousands of violations that winter."),
    # a tally written with "to" / a range
    ("The council split 4 to 1 in favour of the port.", "The council cut 4 to 10 percent of the port's budget."),
    # a source named without a verb / none
    ("By one estimate, 3,000 acres of forest burned.", "Around 3,000 acres of forest burned in the fire."),
    # a small count of things one can name / a toll of harm
    ("Twenty-seven states joined the lawsuit in May.", "Twenty-seven people were killed in May."),
    # a small count / a large one
    ("The senator took part in 11 debates.", "The senator's debates drew 11 million viewers."),
    # a price / a large amount
    ("The watch sells for $349 in Norland.", "The watch maker lost $349 million in Norland."),
    # a question / a statement
    ("Where does the 40% come from?", "Most of the 40% comes from fares."),
    # the publication's note about the article / the same figure in the article
    ("Editor's note: last year 40% of ferries stopped.", "Last year 40% of ferries stopped."),
    # a run of figures that a sentence ending in a colon does not break / one that a figure-less sentence ends
    (
        "Turnout was 64%, the commission said. Among the young it was the same: 40% stayed away.",
        "Turnout was 64%, the commission said. Among the young it was the same. 40% stayed away.",
    ),
    # a run of figures opened by a sourced one / opened by an unsourced one
    (
        "Turnout was 64%, according to the electoral commission. Another 12% spoiled their ballots.",
        "Turnout was high. Another 12% spoiled their ballots.",
    ),
    # a vague order of magnitude / a vague count of incidents
    ("Storms have killed thousands of people in Norland.", "Norland recorded thousands of violations at the port."),
    # an age whose comma is left out / a count
    ("Ana Ruiz, 20 was hurt at the quay.", "Ana Ruiz saw 20,000 people hurt at the quay."),
    # a gold's purity / a count
    ("The case is made of 18k rose gold.", "The mint struck 18k coins of rose gold."),
    # a rate a law sets / a measured rate
    ("The corporate tax rate, at 35 percent, is high.", "The unemployment rate, at 35 percent, is high."),
    # a surtax / a rise
    ("Gains bear an extra 3.8 percent surtax.", "Gains rose an extra 3.8 percent last year."),
    # a poll's margin of error / its finding
    ("The poll has a margin of error of 4 percent.", "The poll has the mayor ahead by 4 percent."),
    # a threshold set by a body / a share measured
    ("She missed the board's 15 percent polling threshold.", "She lost 15 percent of her voters."),
    # a product's price / a loss
    ("Vandals drew on a $2.5 million car in the harbour.", "Vandals caused $2.5 million of damage in the harbour."),
    # a reward offered / money seized
    ("Posters offer a 1m peso reward for the boat.", "Police seized 1m pesos on the boat."),
    # a player's salary / a club's loss
    ("He has an annual salary of $6 million.", "The club had an annual loss of $6 million."),
    # a union's membership / a count of the story
    ("The union represents almost 50,000 workers.", "The strike idled almost 50,000 workers."),
    # a sentence with an attributed quotation's words / the same words unquoted
    (
        'The mayor\'s claim: "Ferries carried 59 percent fewer people this year than last."',
        "The mayor's claim: ferries carried 59 percent fewer people this year than last.",
    ),
    # a party's own forecast / a figure with no owner
    ("The fund raised its growth forecast to 4.2 percent.", "Growth rose to 4.2 percent."),
    # the lead's figure sourced in the next sentence / a later figure followed by another source
    (
        "The port paid $585 million for the quay. It bought it from two funds, according to Kestrel News.",
        "Ferries stopped. The port paid $585 million for the quay. It met, according to Kestrel News.",
    ),
    # within three sentences of a document named as the source / no document
    (
        "Hiring rose, according to a filing.\n\nThe firm said it would hire more.\n\nStaff grew 19 percent.",
        "Hiring rose.\n\nThe firm said it would hire more.\n\nStaff grew 19 percent.",
    ),
    # within three sentences of a document named as the source / of a report carried by a news outlet,
    # which is that outlet's story and no document of data
    (
        "According to a filing, hiring rose.\n\nThe firm said it would hire more.\n\nStaff grew 19 percent.",
        "According to a report in the Harbour Times, hiring rose.\n\nThe firm said it would hire more.\n\n"
        "Staff grew 19 percent.",
    ),
    # figures of the kind the document named in the lead gives / figures of another kind
    (
        "Voters are split, a new poll shows: 46% back Ruiz.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\n"
        "Among the young she leads by 49 percent to 47 percent.",
        "Voters are split, a new poll shows: 46% back Ruiz.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\n"
        "The port lost $40 million.",
    ),
    # the authors of a document the article introduced state the finding / nobody does
    (
        "The Norland Tax Fund issued a report. The authors of the report found that 73 percent of firms hid profits.",
        "The Norland Tax Fund issued a report. That year 73 percent of firms hid profits.",
    ),
    # a chart's source line / none
    (
        "Only five ports handle 2 percent of the trade.\nSource: Norland Ports Board.",
        "Only five ports handle 2 percent of the trade.\nSee more charts.",
    ),
    # the authors of the report found it, an abbreviation between them / the writer found it
    (
        "The authors of the report, which include the U.K. Harbour Fund, found 64 percent of ferries late.",
        "The ferries of the harbour, which serve the U.K. coast, ran 64 percent late.",
    ),
    # advice given as an imperative / a fact about saving
    ("Save a quarter of the cost over the first 18 years.", "Savers put away a quarter of the cost last year."),
    # the word of an imperative used as a noun / (the twin of a statistic)
    ("Don't borrow more than half of the total.", "Pay rose 30 percent at the port last year."),
    # the definition of a grade / a measurement of a thing
    ("18-karat gold contains 75% pure gold by law.", "The river water contains 75% more lead than in May."),
    # the writer's arithmetic on the sizes just given / a measured change
    (
        "The case comes in 38 mm and 42 mm sizes, a difference of about 20% in volume.",
        "The case sold in 38 mm and 42 mm sizes, and sales fell about 20% in volume.",
    ),
    # arithmetic restating the sum just given / a share stated as fact
    (
        "They need $25,000, which equals a quarter of the total cost.",
        "They paid a quarter of the total cost in loans last year.",
    ),
    # a product's list price before its name / money lent
    (
        "A photo of a £1.5 million Kestrel Roadster is being shared this week.",
        "The club took a £1.5 million Norland loan this week.",
    ),
    # a building's floor area / an area burned
    ("The new offices make up 934,200 square feet of space.", "The fire burned 934,200 acres of forest."),
    # a penalty imposed by a named body: its public record / a penalty with no one named
    (
        "The bank paid a $100 million penalty imposed by the Consumer Protection Bureau.",
        "The bank paid a $100 million penalty for the fake accounts.",
    ),
    # the sentence names who described the event / nobody
    (
        "Twenty-nine people were injured by a blast that Mayor Ana Ruiz described as an attack.",
        "Twenty-nine people were injured by a blast that looked like an attack.",
    ),
    # figures after a document named with its maker / after no document
    (
        "A complaint filed by the Norland Securities Board says the firm misled buyers. "
        "Mr. Ruiz was accused of using $50 million for himself.",
        "The firm misled buyers for years. Mr. Ruiz was accused of using $50 million for himself.",
    ),
    # a price range, both ends in a currency / a range of counts
    ("The watch costs $4,000-$5,000 in the shops.", "The maker ships 4,000-5,000 watches to the shops."),
    # a toll of an earlier event in a sentence that opens with its year / a toll of the story's day
    (
        "In 2000, gunmen attacked the ferry, killing 17 sailors.",
        "On Monday, gunmen attacked the ferry, killing 17 sailors.",
    ),
    # a toll of last month's strike recalled as background / a toll of today's
    (
        "At least six rebels were killed in an airstrike near Tarn last month.",
        "At least six rebels were killed in an airstrike near Tarn on Monday.",
    ),
    # a forecast next to the named forecaster / a fact next to the same sentence
    (
        "Ferries stopped.\n\nThe new ferry is expected to carry 55 percent of the traffic. "
        "Port analyst Ana Ruiz said the old one might carry the rest.",
        "Ferries stopped.\n\nThe new ferry carried 55 percent of the traffic. "
        "Port analyst Ana Ruiz said the old one might carry the rest.",
    ),
    # the same number in a sourced quotation nearby, the noun varied / another number there
    (
        "The truce failed.\n\nAt least 25 rebels were killed on Monday. An officer described the fight. "
        "“Our men gunned down 25 of the insurgents,” the officer said.",
        "The truce failed.\n\nAt least 25 rebels were killed on Monday. An officer described the fight. "
        "“Our men gunned down 30 of the insurgents,” the officer said.",
    ),
    # a conditional after the figure / a clause of cause after it, whose "would" is no term of it
    (
        "Ferries stopped. The navy would sink 25,000 tons of cargo if the rebels used it.",
        "Ferries stopped. The navy sank 25,000 tons of cargo because the rebels would have used it.",
    ),
    # a price given as a share of another price / a share of a cost measured
    (
        "She can study the same things at Norland for less than a third of the retail cost.",
        "Fees at Norland cover less than a third of the retail cost.",
    ),
    # figures after a statement made in a filing / after a statement made elsewhere
    (
        "“We will hire more,” the firm said in the filing. Staff grew 19 percent this year.",
        "“We will hire more,” the firm said at the fair. Staff grew 19 percent this year.",
    ),
]


@pytest.mark.parametrize("quiet, twin", PV101_TWINS)
def test_pv101_does_not_flag(quiet, twin):
    assert found(quiet, "PV101") == []
    assert found(twin, "PV101") != []


def test_pv101_a_figure_is_flagged_once_and_not_where_the_article_sources_it():
    repeated = "The fund lost $72 million.\n\nCritics called the $72 million loss avoidable."
    assert found(repeated, "PV101") == ["The fund lost $72 million."]  # the first statement only
    sourced_later = "Critics called the $72 million loss avoidable.\n\nThe fund lost $72,000,000, the bank said."
    assert found(sourced_later, "PV101") == []  # the same figure, written another way, sourced in the article


def test_pv101_well_established_figures():
    claim = "The new bridge cost $40 million to build."
    elsewhere = ["Work on the bridge, which cost $40 million, ended in May.", "The $40 million bridge opened in May."]
    assert found(claim, "PV101", *elsewhere) == []  # stated by two other articles of the corpus
    assert found(claim, "PV101", elsewhere[0]) == [claim]  # by one only: not yet established
    copies = ["The new bridge cost $40 million to build, officials said.", "The new bridge cost $40 million to build."]
    assert found(claim, "PV101", *copies) == [claim]  # copies of the claim are no independent statement of it


def test_pv101_a_count_of_a_named_thing_corroborated_by_one_independent_article():
    claim = "The insurgents have killed more than 2,000 civilians this year."
    assert found(claim, "PV101", "Some 2,000 civilians were killed in the north in the same months.") == []
    assert found(claim, "PV101", "Some 2,000 soldiers were killed in the north in the same months.") == [claim]
    kidnapped = "Gunmen abducted nearly 300 girls from the school."
    assert found(kidnapped, "PV101", "The 300 schoolgirls were taken from Tarn in April.") == []  # a compound of it
    assert found(kidnapped, "PV101", "The 300 schoolbooks were taken from Tarn in April.") == [kidnapped]


def test_pv101_a_toll_counting_people_corroborated_by_one_counting_them_by_another_name():
    claim = "The 29 commuters wounded by the bomb were bystanders."
    assert found(claim, "PV101", "Twenty-nine people were wounded in the blast on the quay.") == []
    # another harm of the same count is no corroboration
    assert found(claim, "PV101", "Twenty-nine people were killed in the blast on the quay.") == [claim]


def test_pv101_a_figure_restated_in_a_sourced_quotation_is_sourced():
    def article(n: int) -> str:
        return (
            "The truce failed.\n\nAt least 25 rebels were killed on Monday.\n\n"
            f"“Our men gunned down {n} of them,” an army officer said."
        )

    assert found(article(25), "PV101") == []
    assert found(article(30), "PV101") == ["At least 25 rebels were killed on Monday."]  # another figure


@settings(max_examples=40, deadline=None)
@given(
    millions=st.integers(min_value=2, max_value=999),
    good=st.sampled_from(["car", "house", "yacht", "painting", "mansion"]),
    percent=st.integers(min_value=1, max_value=99),
)
def test_pv101_background_figures_are_never_flagged_and_measured_ones_are(millions, good, percent):
    # a public price of a good, a rate a law sets / a loss, a measured rate
    assert found(f"Vandals damaged the ${millions} million {good} on Monday.", "PV101") == []
    assert found(f"The corporate tax rate, at {percent} percent, is high.", "PV101") == []
    assert found(f"The owner lost ${millions} million on Monday.", "PV101") != []
    assert found(f"The jobless rate, at {percent} percent, is high.", "PV101") != []


# -- PV102 anonymous-source ---------------------------------------------------------------

PV102_TWINS = [
    # "experts say", then one of them quoted by name and expertise / a name with no expertise
    (
        "Chlorine bombs are crude, experts say. A small charge is enough. "
        "“It is hard to aim,” said Ana Ruiz, an independent researcher who studies weapons.",
        "Chlorine bombs are crude, experts say. A small charge is enough. "
        "“It is hard to aim,” said Ana Ruiz, a farmer who lives nearby.",
    ),
    # the sources of the one just named ("told it") / sources of nobody named
    (
        "Ferries stopped. Sources told it four rebels were held at the port.",
        "Ferries stopped. Sources told reporters four rebels were held at the port.",
    ),
    # a participle inside the subject / a quantifier that confirms
    ("Also, most confirmed fever cases began in the south.", "Also, most confirmed that the fever began in the south."),
    # "the source" of an article that says once why it is anonymous / one that never says
    (
        "A source told us on condition of anonymity that the mayor left.\n\nThe mayor hid, the source said.",
        "A source told us that the mayor left.\n\nThe mayor hid, the source said.",
    ),
    # officials after the article named whose officials / unnamed officials from the start
    (
        "Norland security officials said the quay is shut.\n\nFerries stopped.\n\nThe road closed, officials said.",
        "The quay is shut.\n\nFerries stopped.\n\nThe road closed, officials said.",
    ),
    # reports the writer rejects / reports relied on
    ("Reports that the mayor fled proved to be false.", "Reports say that the mayor fled."),
    # unnamed people's reaction, not a report / unnamed people reporting
    ("People are joking about the ferry timetable.", "Sources said the ferry timetable will change."),
    # a modal: what some might say / what some say
    ("The new bridge is, some might say, a folly.", "Some say the new bridge is a folly."),
    # an institution is named / no one is
    ("Police officials said the road was closed.", "Officials said the road was closed."),
    # a place is named / no one is
    ("Norland officials said the road was closed.", "Some officials said the road was closed."),
    # a named outlet carried the anonymous source / no outlet
    ("Two sources told the Harbour Times that the mayor resigned.", "Two sources said that the mayor resigned."),
    # the article says why the source is anonymous / it does not
    (
        "Two officials, who asked not to be identified, said the mayor resigned.",
        "Two officials said the mayor resigned.",
    ),
    # what unnamed people expect / what unnamed people say
    ("Many expect the mayor to resign on Monday.", "Many say the mayor will resign on Monday."),
    # an institution qualifies the mention before it / nothing does
    ("Some state officials praised the mayor's work.", "Some officials praised the mayor's work."),
    # a named outlet carried the reports / no outlet
    (
        "The mayor fled, according to reports in the Harbour Times.",
        "The mayor fled, according to reports.",
    ),
    # the next sentence names a source / it does not
    (
        "Sources said the mayor resigned. The Harbour Times first reported the resignation on Monday.",
        "Sources said the mayor resigned. The harbour was quiet on Monday.",
    ),
]


@pytest.mark.parametrize("quiet, twin", PV102_TWINS)
def test_pv102_does_not_flag(quiet, twin):
    assert found(quiet, "PV102") == []
    assert found(twin, "PV102") != []


# -- PV103 hedged-unsourced ----------------------------------------------------------------

PV103_TWINS = [
    # "allegedly" in an accusation / a hedge on a report
    ("The mayor was arrested for allegedly taking bribes.", "The mayor allegedly took bribes."),
    # the writer says what could not be verified / a hedge
    ("The video could not be independently verified.", "The video was reportedly filmed in Norland."),
    # the next sentence names the source / it does not
    (
        "The mayor reportedly fled. The Harbour Times reported that he left by boat.",
        "The mayor reportedly fled. The harbour was quiet.",
    ),
    # the sentence before names the source / it does not
    (
        "According to the Harbour Times, a new ferry is coming. It is said to seat 400.",
        "A new ferry is coming. It is said to seat 400.",
    ),
    # a run of reported details after a sourced one / after an unsourced one
    (
        "According to the Harbour Times, the ferry is late. It is said to seat 400. It reportedly cost more.",
        "The ferry is late. It is said to seat 400. It reportedly cost more.",
    ),
    # "purportedly" describing what a video shows / a hedge on an event
    ("Rebels released a video purportedly showing the mayor.", "The mayor was purportedly seen in Tarn."),
    # the report named in the lead, its details paragraphs later / no report named
    (
        "According to a new report from Kestrel News, a ferry is coming.\n\nA.\n\nB.\n\nC.\n\nIt is said to seat 400.",
        "A ferry is coming.\n\nA.\n\nB.\n\nC.\n\nIt is said to seat 400.",
    ),
    # the sentence before names the source, across a paragraph break / it names none
    (
        "Ferries stopped.\n\nThe Harbour Times said the quay shut.\n\nThe mayor reportedly fled.",
        "Ferries stopped.\n\nThe quay shut.\n\nThe mayor reportedly fled.",
    ),
]


@pytest.mark.parametrize("quiet, twin", PV103_TWINS)
def test_pv103_does_not_flag(quiet, twin):
    assert found(quiet, "PV103") == []
    assert found(twin, "PV103") != []


# -- PV004 inconsistent-source-name --------------------------------------------------------

PV004_TWINS = [
    # two registry entries with similar names / one source with and without a leading "The"
    (
        "Ships left (Radio Norland, May 2). Ferries left (Radio Norland International, May 5).",
        "Ships left (The Harbour Times, May 2). Ferries left (Harbour Times, May 5).",
    ),
    # one name in both citations / an alias of the registry
    (
        "Ships left (RFE/RL, May 2). Ferries left (RFE/RL, May 5).",
        "Ships left (RFE/RL, May 2). Ferries left (Radio Free Europe/Radio Liberty, May 5).",
    ),
    # a hyphenated name that a line break splits / the same gap typed within a line
    (
        "Ships left (ITAR-TASS, May 2). Ferries left (ITAR-\nTASS, May 5).",
        "Ships left (ITAR-TASS, May 2). Ferries left (ITAR- TASS, May 5).",
    ),
]


@pytest.mark.parametrize("quiet, twin", PV004_TWINS)
def test_pv004_does_not_flag(quiet, twin):
    assert found(quiet, "PV004") == []
    assert found(twin, "PV004") != []


# -- PV201 contested-claim -----------------------------------------------------------------


def contested(here: str, there: str, *, score: float = 0.9, kind: str = "contradiction"):
    """A relation shaped like the comparator's between the first claim of ``here`` and ``there``."""
    a = extract(here, path="a.md").claims[0]
    side = types.SimpleNamespace(doc="a.md", start=a.start, end=a.end, text=a.text)
    other = types.SimpleNamespace(doc="other-0.md", start=0, end=len(there), text=there)
    return types.SimpleNamespace(relation="contested", kind=kind, score=score, evidence="", a=other, b=side)


PV201_TWINS = [
    # the article hedges the claim / states it as settled
    ("The mayor reportedly fled to Norland.", "The mayor fled to Norland."),
    # the paragraph reports a denial / it does not
    (
        "The mayor fled to Norland on Monday. He denied it on Tuesday, his office said.",
        "The mayor fled to Norland on Monday. He arrived by boat on Tuesday, his office said.",
    ),
    # the next paragraph reports a denial / it does not
    (
        "The mayor fled to Norland on Monday.\n\nHe denied it on Tuesday, his office said.",
        "The mayor fled to Norland on Monday.\n\nHe arrived by boat on Tuesday, his office said.",
    ),
    # the claim reports a rumour / it states the fact
    ("Rumours that the mayor fled to Norland spread on Monday.", "The mayor fled to Norland on Monday."),
    # a quoted rebuttal follows / a quotation that denies nothing
    (
        "The mayor fled to Norland on Monday. “A lie,” his rival said.",
        "The mayor fled to Norland on Monday. “A boat,” his rival said.",
    ),
    # the claim is an earlier statement the article reports as such / a statement it makes now
    (
        "His office had said the mayor fled to Norland on Monday.",
        "His office said the mayor fled to Norland on Monday.",
    ),
    # an update that says, two paragraphs on, what it updates / one that does not
    (
        "The mayor fled to Norland.\n\nHis aides said he left by boat.\n\n"
        "This comes after his office confirmed he would stay.",
        "The mayor fled to Norland.\n\nHis aides said he left by boat.\n\nThis comes after his office left the city.",
    ),
    # an update that says what it updates / one that does not
    (
        "The mayor fled to Norland on Monday. This comes after his aide confirmed that he would stay.",
        "The mayor fled to Norland on Monday. This comes after his aide left the city.",
    ),
]


@pytest.mark.parametrize("quiet, twin", PV201_TWINS)
def test_pv201_does_not_flag(quiet, twin):
    there = "The mayor is still in the city."
    assert found(quiet, "PV201", there, relations=[contested(quiet, there)]) == []
    assert found(twin, "PV201", there, relations=[contested(twin, there)]) != []


def test_pv201_only_relations_the_comparator_is_confident_of():
    here, there = "The mayor fled to Norland.", "The mayor is still in the city."
    assert found(here, "PV201", there, relations=[contested(here, there, score=0.3)]) == []
    assert found(here, "PV201", there, relations=[contested(here, there, score=0.9)]) != []


@pytest.mark.parametrize(
    "text",
    [
        "e.g. (Sept.\xa031",  # a lead-in and an impossible date alone, the parenthesis never closed
        "Ships left (see Sept. 31).",  # the same, closed
    ],
)
def test_dates_alone_with_a_bad_day_do_not_crash(text):
    found(text, "PV001")
