"""From mixed131–mixed134 (each measured once on 62df13b): a "What they're saying:" label gives way to the quote's own
cue after it; a role word the tagger read as an adverb before a name is its title ("Wild forward Jonas Vidmar"); a
trade a person is named by is a role ("the baker", "the pianist"); a description's noun of one sex is never a person of
the other ("the DUP man"); an analysis is a document its possessor speaks through; a participle describing a thing is
no one speaking ("In a video posted …, CEO Grant Polhemus struck a personal note:"); a party's word is no test of an
abbreviated title ("the Republican governor" of "Gov. Harlan Pryce"); a name the parser joined to a fronted place is
the subject of the verb right after it ("In Ogden, Utah, IRS processing clerk Harold Benning said"). Sentences written
for the test."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_what_label_gives_way_to_the_quotes_own_cue(nlp):
    text = (
        "Orbit settles\n\nThe settlement was announced Tuesday, according to research firm AppLedger.\n\n"
        'What they\'re saying: "This is what accountability looks like," Minnesota Attorney General Dolores '
        "Whitfield-Obi said at a press conference."
    )
    assert speakers(text, nlp)["This is what accountability looks like,"] == "Dolores Whitfield-Obi"


def test_a_role_read_as_an_adverb_before_a_name_is_its_title(nlp):
    text = (
        "Goalie hurt\n\nHaapakoski was hurt in the second period when Wild forward Jonas Vidmar was pushed into the "
        "crease and landed on the goalie's leg.\n\n"
        '"He\'s a warrior," coach Mark Ellis said.\n\n'
        'Vidmar apologized after the game. "I tried to stop, I couldn\'t," the Wild forward said.'
    )
    assert "Jonas Vidmar" in speakers(text, nlp)["I tried to stop, I couldn't,"]


def test_a_trade_a_person_is_named_by_is_a_role(nlp):
    text = (
        "Jazz club\n\nThe pianist Hiroko Salazar-Lund, who moved to Kansas City from Osaka, has led the Tuesday trio "
        "since 2022.\n\nThe club's owner, Leon Marsh, said the crowd is younger now.\n\n"
        "“There are kids in here now who’ve never heard a record,” the pianist said."
    )
    assert (
        "Hiroko Salazar-Lund"
        in speakers(text, nlp)["There are kids in here now who’ve never heard a record,"]
    )


def test_a_description_of_one_sex_is_no_person_of_the_other(nlp):
    text = (
        "Bonfire row\n\nCllr Alan Kerr (DUP) urged the builders to reduce the bonfire's height.\n\n"
        "Margaret Dowie, 74, whose back garden borders the site, said she had already made plans.\n\n"
        '"Last year the heat cracked my back window," she said.\n\n'
        'Asked whether his party would condemn the threats, the DUP man said: "Of course. Anyone threatening '
        'workers should be ashamed."'
    )
    said = speakers(text, nlp)["Of course. Anyone threatening workers should be ashamed."]
    assert said is None or "Dowie" not in said


def test_an_analysis_speaks_for_its_possessor(nlp):
    text = (
        "Budget\n\nGareth Okonkwo-Lyle, chief economist at the Frontenac Institute, is no austerity hawk. Yet in an "
        "analysis released after the budget, he faulted the government.\n\n"
        "“Ottawa has now missed its own deficit target in four consecutive budgets,” his analysis said."
    )
    said = speakers(text, nlp)["Ottawa has now missed its own deficit target in four consecutive budgets,"]
    assert said is not None and "Gareth Okonkwo-Lyle" in said


def test_a_participle_describing_a_thing_is_no_one_speaking(nlp):
    text = (
        "Coffee union\n\nWorkers voted Tuesday.\n\nIn a video posted to the company's internal app and shared with "
        'Pressline by a worker, CEO Grant Polhemus struck a personal note: "I started this company with one cart. '
        "I'm asking you to give us a chance.\""
    )
    said = speakers(text, nlp)["I started this company with one cart. I'm asking you to give us a chance."]
    assert said == "Grant Polhemus"


def test_a_partys_word_is_no_test_of_an_abbreviated_title(nlp):
    text = (
        "Veto\n\nTOPEKA — Gov. Harlan Pryce on Friday vetoed a bill that would have raised teacher pay.\n\n"
        "In a three-page veto letter to House Speaker Glenda Farris, the Republican governor wrote that he "
        "supports teachers “as much as anyone in this building.”"
    )
    said = speakers(text, nlp)["as much as anyone in this building."]
    assert said is not None and "Harlan Pryce" in said


def test_a_name_joined_to_a_fronted_place_is_the_next_verbs_subject(nlp):
    text = (
        "Shutdown\n\n“I had to choose between my car note and my daughter’s braces,” said Tamika Reyes, 41.\n\n"
        "Her husband, Daniel Reyes, works for a contractor, and contractors are not guaranteed back pay.\n\n"
        "In Ogden, Utah, IRS processing clerk Harold Benning said his office had already received a memo.\n\n"
        "“We print it out, we put it in the drawer, and we wait,” the 58-year-old said."
    )
    said = speakers(text, nlp)["We print it out, we put it in the drawer, and we wait,"]
    assert said is not None and "Harold Benning" in said
