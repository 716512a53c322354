"""Rules written in the fiftieth pass from the forty-ninth pass's end sets (mixed282, mixed283): an acronym two names
fit is the body's, not the gathering's; a memorandum speaks for the body that submitted it; whom a statement was
provided to is no rival for "the company"; a site's alert bar above the headline; a quote an unnamed "one researcher"
is given in a deck and a named person says again; a veteran is no second-year player; a relative a lede describes by
the one they are kin to is not guessed; "the management of" a body; a firm's short name beside its name with its line
of business; a chieftaincy title written as a noun. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import rule_quotes


def speakers(text: str, nlp) -> dict[str, str | None]:
    """Each rule quote's speaker, the actor a description resolves to (not the description shown with it)."""
    return {q.quote: q.speaker_actor for q in rule_quotes(text, nlp)}


def shown(text: str, nlp) -> dict[str, str | None]:
    """Each rule quote's speaker as the digest shows it."""
    return {q.quote: q.speaker for q in rule_quotes(text, nlp)}


def _actors(text: str, nlp, kind: str) -> list[str]:
    return sorted(a.name for a in analyze(text, nlp).actors if a.kind == kind)


def test_an_acronym_a_committee_and_a_convention_share_is_the_committee(nlp):
    text = (
        "Delegates reject rules change\n\n"
        "The proposal had been opposed by Dana Whitcombe's campaign and the Liberal National Committee ahead of the "
        "Liberal National Convention in Denver.\n\n"
        "The LNC, in a statement released on Tuesday night, said the vote showed “a party ready to govern from "
        "the first day.”"
    )
    got = shown(text, nlp)
    assert got["a party ready to govern from the first day."] == "Liberal National Committee"


def test_an_acronym_two_bodies_share_stays_unmerged(nlp):
    text = (
        "Safety review\n\n"
        "The National Safety Council and the National Security Council both sent observers to the hearing in "
        "Ottawa on Monday.\n\n"
        "The NSC said the review was overdue."
    )
    assert {"National Safety Council", "National Security Council"} <= set(_actors(text, nlp, "organization"))


def test_a_memorandum_speaks_for_the_body_that_submitted_it(nlp):
    text = (
        "Trawler crews seek relief\n\n"
        "Ravi Menon, general secretary of the Malabar Boat Owners' Forum, said the forum had submitted a "
        "memorandum to the fisheries minister on Friday asking for a fuel subsidy. The memorandum stated:\n\n"
        '"Our members have lost four months of fishing to the storms and cannot repay their loans.\n\n'
        '"We ask the Government to declare the coast a distressed area."'
    )
    got = speakers(text, nlp)
    assert (
        got["We ask the Government to declare the coast a distressed area."] == "Malabar Boat Owners' Forum"
    )


def test_whom_a_statement_was_provided_to_is_no_rival_for_the_agency(nlp):
    text = (
        "Fares frozen\n\n"
        "Metrolinx said on Monday it would freeze fares for a year. The freeze takes effect in June.\n\n"
        "In a longer statement provided to CBC News, the agency wrote: “Riders have told us costs are rising, and we "
        "will support every one of them.”"
    )
    got = speakers(text, nlp)
    assert got["Riders have told us costs are rising, and we will support every one of them."] == "Metrolinx"


def test_a_headline_under_a_sites_alert_bar_takes_the_speaker_of_its_words(nlp):
    text = (
        "Skip to main content\n\n"
        "City News Toronto\nLive\nSign In\n\n"
        "BREAKING | Gardiner Expressway closed in both directions after tanker crash\n\n"
        "Toronto\n\n"
        "'The hallway was black with smoke': Tenants describe escape from Scarborough highrise fire\n\n"
        "Dozens of tenants were forced from a 22-storey building on Sunday morning after a fire broke out on the "
        "ninth floor.\n\n"
        "Harpreet Gill, who lives on the 11th floor, said she woke to the alarm.\n\n"
        '"The hallway was black with smoke. I grabbed my daughter and we ran for the stairs," Gill said.'
    )
    got = shown(text, nlp)
    assert got["The hallway was black with smoke"] == "Harpreet Gill"


def test_a_decks_quote_from_one_researcher_is_the_named_researcher_who_says_it_again(nlp):
    text = (
        "Thieves Took Over Pharmacies’ Phone Lines\n\n"
        "A gang broke into the phone systems of 30 pharmacies. “Nobody had changed the default password in years,” "
        "one researcher says.\n\n"
        "The attackers did not use any new technique, according to the security firm Halvard Labs.\n\n"
        "“It is the simplest attack there is,” says Mirela Kovac, a senior researcher at Halvard Labs who led the "
        "work.\n\n"
        "“Nobody had changed the default password in years.” — Mirela Kovac, Halvard Labs"
    )
    got = speakers(text, nlp)
    assert got["Nobody had changed the default password in years,"] == "Mirela Kovac"


def test_a_few_words_one_resident_says_stay_the_residents_when_a_named_person_says_them_too(nlp):
    text = (
        "Storm clean-up\n\n"
        "“We are heartbroken,” one resident said as crews cleared the road.\n\n"
        "Lorna Beattie, who has lived on the street for 40 years, lost her garage. “We are heartbroken,” Beattie "
        "said."
    )
    got = [q.speaker for q in rule_quotes(text, nlp) if q.quote.startswith("We are heartbroken")]
    assert got == ["one resident", "Lorna Beattie"]


def test_the_veteran_receiver_of_a_deck_is_not_the_second_year_receiver(nlp):
    text = (
        "Okeke, Pettigrew ready for Labour Day\n\n"
        "Veteran receiver, 33, says this “might be the last one” but he wants to go out on his own terms\n\n"
        "Marcus Pettigrew has played in nine Labour Day Classics, more than anyone on the roster.\n\n"
        "He is third on the team in catches, behind second-year receiver Darnell Okeke and rookie Tre Lasalle."
    )
    got = speakers(text, nlp)
    assert got.get("might be the last one") != "Darnell Okeke"


def test_a_father_the_lede_describes_by_his_son_is_not_the_son_named_next(nlp):
    text = (
        "Police apologise\n\n"
        "The father of a teenager who died after waiting an hour for an ambulance has accused the service of "
        "failing his son ‘at every turn’.\n\n"
        "Callum Rourke, 16, collapsed at a bus stop in Salford in March.\n\n"
        "Neil Rourke, 51, said the family would pursue a complaint."
    )
    got = speakers(text, nlp)
    assert got.get("at every turn") != "Callum Rourke"


def test_a_lede_description_with_no_kin_is_still_the_person_named_next(nlp):
    text = (
        "Coach moved by support\n\n"
        "A Kamloops hockey coach says he is “amazed” by the response to a video of his team's bus crash.\n\n"
        "Darren Kowalchuk said the video had been shared more than a million times by Sunday."
    )
    got = speakers(text, nlp)
    assert got["amazed"] == "Darren Kowalchuk"


def test_the_management_of_a_company_is_the_company(nlp):
    text = (
        "Lake levels fall\n\n"
        "Residents of Naivasha say the lake has dropped by a metre since the farm began drawing water.\n\n"
        "When contacted, the management of Mawe Horticulture Limited, which runs the farm, said in a statement that "
        'its abstraction was "well within the permit" issued by the water board.'
    )
    got = speakers(text, nlp)
    assert got["well within the permit"] == "Mawe Horticulture Limited"


def test_a_firms_short_name_is_the_firm_named_with_its_line_of_business(nlp):
    text = (
        "Eastwind Apparel shares sink 11% as CEO says tariffs hit hard\n\n"
        "Shares of Eastwind Apparel sank 11% on Thursday after the clothing retailer cut its forecast.\n\n"
        "Asked whether Eastwind would raise prices before the holidays, CEO Renata Solvik said the company would take "
        '"surgical" price increases.\n\n'
        "Eastwind said in a statement that it would give more detail in October.\n\n"
        '"We remain confident in the strength of the Eastwind brand," the company said.'
    )
    assert "Eastwind" not in _actors(text, nlp, "organization")
    got = speakers(text, nlp)
    assert got["We remain confident in the strength of the Eastwind brand,"] == "Eastwind Apparel"


def test_a_chieftaincy_title_written_as_a_noun_is_the_one_person_styled_with_it(nlp):
    text = (
        "Stool tussle deepens\n\n"
        "The head of the family, Otunba Kolawole Adesanya, who is the Mogaji of the compound, warned that any "
        'imposition would be "resisted by all lawful means."\n\n'
        '"Nobody should mistake our silence for weakness," the elderly Otunba stated.'
    )
    got = speakers(text, nlp)
    assert got["Nobody should mistake our silence for weakness,"] == "Kolawole Adesanya"


def test_a_relative_clause_the_parser_read_as_an_apposition_makes_no_thing_a_person(nlp):
    text = (
        "Twins kick winners\n\n"
        "Ethan Morrow kicked four goals on Saturday. His father, Glen Morrow, played 200 games for the club.\n\n"
        "Karen Morrow said the family had organised 40 tickets for relatives and friends from Box Hill, many of whom "
        "held up a banner reading “Morrow 2.0 – Same Number, Better Kick”. Ethan wears No. 31, the number his father "
        "wore.\n\n"
        "“I didn’t sleep a wink last night,” she said."
    )
    got = speakers(text, nlp)
    assert got["I didn’t sleep a wink last night,"] == "Karen Morrow"


def test_a_surname_two_siblings_share_is_the_one_its_title_was_given_to_for_a_pronoun(nlp):
    text = (
        "Mine approved\n\n"
        "Nimakwa First Nation Chief Loretta Kejick said the community was never asked for its consent.\n\n"
        "Her brother, Councillor Daniel Kejick, said the company's water models were wrong.\n\n"
        "Tanvi Mehra, an analyst at Birchline Capital, said the approval removed one of two big risks.\n\n"
        "Chief Kejick said members will walk from the reserve to the lake on the weekend.\n\n"
        "“The lake is not a line on a map for us,” she said."
    )
    got = speakers(text, nlp)
    assert got["The lake is not a line on a map for us,"] == "Loretta Kejick"


def test_a_grade_and_its_number_are_no_person_and_a_deck_names_the_ledes_teacher(nlp):
    text = (
        "Teacher's video goes viral\n\n"
        "Tessa Kinsella's video about the first day of masks in her Grade 8 class has been viewed more than 3 million "
        "times.\n\n"
        'A Burlington, Ont., teacher who made a TikTok about teaching in a mask says she "had no idea" it would be '
        "seen by anyone.\n\n"
        "Tessa Kinsella, who teaches Grade 8 at Alder Creek Public School, posted the video on Monday night."
    )
    assert "Grade" not in _actors(text, nlp, "person")
    assert speakers(text, nlp)["had no idea"] == "Tessa Kinsella"


def test_the_name_closing_a_subjects_for_phrase_is_not_the_subject(nlp):
    text = (
        "Surrogate attacks rival\n\n"
        "A top surrogate for Ohio Republican Senate candidate Dale Kettering went on the attack Tuesday, accusing "
        'his Democratic rival of "cooking the books" on a pension plan she helped design.\n\n'
        "Former Rep. Frank Tolland, who has campaigned with Kettering across the state, made the charge on a radio "
        "show."
    )
    got = speakers(text, nlp)
    assert got["cooking the books"] == "Frank Tolland"


def test_a_ledes_owner_is_not_one_whose_business_is_another(nlp):
    text = (
        "Roadworks: Bakery owner says trade ‘down by half’\n\n"
        "A bakery owner in County Down has said her trade is ‘down by half’ since roadworks closed the main street "
        "three months ago.\n\n"
        "Karen Mulholland has run Crust & Crumb on Main Street for 14 years.\n\n"
        "Further along the street, Declan Devine, who owns a hardware shop, said the diversion sent drivers on a "
        "long loop."
    )
    got = speakers(text, nlp)
    assert got["down by half"] == "Karen Mulholland"


def test_a_description_after_the_story_has_quoted_someone_is_no_ledes(nlp):
    text = (
        "Teacher's post goes viral\n\n"
        "Jordan MacKinnon, who teaches Grade 4 in Winnipeg, posted on Sunday night. In the post, MacKinnon wrote: "
        '"Half my class came in without mittens today."\n\n'
        "Thousands of people commented. A user who said he was a Winnipeg father replied: "
        '"Maybe some parents should budget better before buying phones."\n\n'
        "MacKinnon said she has deleted nothing, not even the criticism."
    )
    got = speakers(text, nlp)
    assert got["Maybe some parents should budget better before buying phones."] != "Jordan MacKinnon"


def test_the_one_a_party_is_running_is_its_candidate(nlp):
    text = (
        "By-election race tightens\n\n"
        "The Tories have nominated Dana Kowalchuk, a cattle producer and former reeve. The NDP is running Tom "
        "Ashbury, a high school principal in the town of Carrick.\n\n"
        'Ashbury, known to two decades of students as "Mr. A," has never run for office. He has campaigned '
        "heavily on health care.\n\n"
        '"I\'ve had teachers drive an hour with a sick kid because the ER was closed," the first-time candidate said.'
    )
    got = speakers(text, nlp)
    assert got["I've had teachers drive an hour with a sick kid because the ER was closed,"] == "Tom Ashbury"


def test_a_role_two_hold_is_the_one_a_she_just_carried_on(nlp):
    text = (
        "Roadworks overrun\n\n"
        "Sinn Féin MLA Pádraig Duffy, who raised the issue at Stormont on Monday, described the overrun as "
        "‘a shambles’.\n\n"
        "The DUP MLA Heather Kerrigan said she had written to the minister asking for a hardship fund.\n\n"
        "‘These are family businesses,’ Ms Kerrigan said. ‘They don’t have the reserves to ride this out.’\n\n"
        "She added that she had been told the work would be complete ‘before Christmas’.\n\n"
        "‘The department’s words and its timetable have not matched once,’ the MLA said."
    )
    got = speakers(text, nlp)
    assert got["The department’s words and its timetable have not matched once,"] == "Heather Kerrigan"


def test_a_letter_written_by_someone_read_out_by_another_is_the_writers(nlp):
    text = (
        "Brothers fined over nightclub row\n\n"
        "Ciarán Hartigan (23) pleaded guilty at Ballymore District Court to a public order offence.\n\n"
        "His solicitor, Mr Fennelly, read to the court a letter of apology written by Ciarán Hartigan:\n\n"
        '"I want to apologise to the gardaí and to the staff of the nightclub for my behaviour that night.\n\n'
        '"I know I let my family down and I will not be before a court again."'
    )
    got = speakers(text, nlp)
    assert got["I know I let my family down and I will not be before a court again."] == "Ciarán Hartigan"


def test_a_statement_a_campaign_put_out_speaks_for_the_campaign(nlp):
    text = (
        "Senator endorses governor\n\n"
        "State Sen. Ellen Brasher endorsed Gov. Tom Kittredge on Monday.\n\n"
        "In a statement, the Kittredge campaign called Brasher “a principled conservative and a tireless advocate "
        "for working families.”\n\n"
        "“Governor Kittredge is honored to have her support,” the statement said."
    )
    got = shown(text, nlp)
    assert (
        got["Governor Kittredge is honored to have her support,"]
        == "the statement from the Kittredge campaign"
    )


def test_a_chief_executive_officer_is_the_chief_executive(nlp):
    text = (
        "Pension fund trails benchmark\n\n"
        "Chief executive officer Claudette Marchand said the gap was driven by the fund's real estate holdings.\n\n"
        "The fund remains fully funded. Analysts questioned its bet on office towers.\n\n"
        "The fund will not chase last year's winners, the chief executive added: “We manage money for people who "
        "will retire in 2060.”"
    )
    got = speakers(text, nlp)
    assert got["We manage money for people who will retire in 2060."] == "Claudette Marchand"


def test_a_councils_cabinet_member_is_the_councillor(nlp):
    text = (
        "Care home to close\n\n"
        "Families were told on Friday that the home would close within six weeks.\n\n"
        "Barbara Okafor, the council’s cabinet member for adult social care, said the authority had been told of "
        "the closure two days before families were.\n\n"
        "The councillor said: ‘This is what happens when you leave care to the market.’"
    )
    got = speakers(text, nlp)
    assert got["This is what happens when you leave care to the market."] == "Barbara Okafor"


def test_a_firms_components_line_is_its_business(nlp):
    text = (
        "Plant to close\n\n"
        "Kestrel Automotive Components said it would close its Windsor plant. Kestrel said in a statement that the "
        "decision followed a review."
    )
    assert _actors(text, nlp, "organization") == ["Kestrel Automotive Components"]


def test_a_description_opening_the_sentence_after_a_she_is_hers(nlp):
    text = (
        "Drozdek rink wins provincial title\n\n"
        "Kayla Drozdek has lost three provincial finals. She wasn't about to lose a fourth.\n\n"
        "The 31-year-old skip drew to the button with her last rock of an extra end on Sunday night.\n\n"
        "Her younger sister Brooke Drozdek, 29, made a pair of double takeouts in the ninth end.\n\n"
        '"She was unbelievable. She made two shots that I would have told anybody else not to try," the skip said.'
    )
    got = speakers(text, nlp)
    assert got[
        "She was unbelievable. She made two shots that I would have told anybody else not to try,"
    ] == ("Kayla Drozdek")
