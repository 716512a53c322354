"""Rules written in the forty-fourth pass from the blind sets mixed235-238 (each measured once first): a name after an
office and its portfolio ("Minister for Fisheries X", "MEC for roads and transport X"); a secretary of a portfolio is
"the minister"; a surname after an inverted cue is said; a parent by the children named theirs; a panel's leader is its
chair; a couple's given name the model read as a group; "his son, <surname>" is no child's name; a Māori elder's
title and description; "the boy"; a relative's trade; speech reported in a clause carries the narration. Sentences
written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def _people(text: str, nlp) -> set[str]:
    return {a.name for a in analyze(text, nlp).actors if a.kind == "person"}


def test_a_name_after_an_office_and_its_capitalised_portfolio_is_a_person(nlp):
    text = (
        "Patrols stepped up\n\n"
        "Minister for Fisheries Ratu Josaia Vakacegu said the government had asked the navy to increase patrols.\n\n"
        '"Illegal fishing is theft from our people," the minister said.'
    )
    assert "Josaia Vakacegu" in _people(text, nlp)
    assert speakers(text, nlp)["Illegal fishing is theft from our people,"].endswith("Josaia Vakacegu")


def test_a_name_after_an_office_and_its_portfolio_in_lower_case_is_a_person(nlp):
    text = (
        "Taxi strike\n\n"
        "Gauteng MEC for roads and transport Nomsa Dlamini-Khoza said her department had cleared 3,000 permits.\n\n"
        '"We acknowledge there are delays," the MEC said.'
    )
    assert "Nomsa Dlamini-Khoza" in _people(text, nlp)
    assert speakers(text, nlp)["We acknowledge there are delays,"].endswith("Nomsa Dlamini-Khoza")


def test_a_secretary_of_a_portfolio_is_the_minister(nlp):
    text = (
        "Steelworks\n\n"
        "Club secretary Dan Hughes said the annual meeting was set for May.\n\n"
        "Gareth Pellow, the business and trade secretary, told the Commons that the government was looking at "
        "every option.\n\n"
        "‘The door is open,’ said the minister."
    )
    assert speakers(text, nlp)["The door is open,"].endswith("Gareth Pellow")


def test_a_surname_after_an_inverted_cue_proves_the_untagged_name(nlp):
    text = (
        "Pontyglas push for promotion\n\n"
        "Aled Pritchard has been told he is finished more times than he can remember. On Saturday he scored twice.\n\n"
        "'People have been writing me off since I was 30,' said Pritchard. 'I'm not done yet.'"
    )
    assert "Aled Pritchard" in _people(text, nlp)


def test_the_mother_is_the_one_named_as_owner_of_the_children(nlp):
    text = (
        "Zoning row\n\n"
        "Priya Raman's eldest son is in Year 11 at the school. Her two younger children would be out of zone.\n\n"
        '"My kids will stand at the same bus stop and get on different buses," the mother of three told Stuff.'
    )
    got = speakers(text, nlp)["My kids will stand at the same bus stop and get on different buses,"]
    assert got.endswith("Priya Raman")


def test_the_leader_of_a_panel_is_its_chairman(nlp):
    text = (
        "Petition dismissed\n\n"
        "In a unanimous judgment, the three-member panel led by Justice Amina Yakubu-Hassan held that the "
        "petitioner failed to prove his case.\n\n"
        '"A witness who did not see cannot tell this tribunal what happened," the tribunal chairman held.'
    )
    got = speakers(text, nlp)["A witness who did not see cannot tell this tribunal what happened,"]
    assert got.endswith("Amina Yakubu-Hassan")


def test_a_team_led_by_someone_gives_no_chair(nlp):
    text = (
        "Rescue\n\n"
        "A team led by Ravi Shankar Iyer reached the climbers at dawn. The club chairman, Thomas Brandt, thanked "
        "them.\n\n"
        '"They were magnificent," the chairman said.'
    )
    assert speakers(text, nlp)["They were magnificent,"].endswith("Thomas Brandt")


def test_a_couples_given_name_the_model_read_as_a_group_takes_the_surname(nlp):
    text = (
        "Settlement\n\n"
        "The agreement requires that most of the money go toward treatment, prevention and recovery programs.\n\n"
        "For Dennis and Carol Harlan, whose son, Tyler Harlan, died of a fentanyl overdose in 2019 at the age of 26, "
        "the vote felt both overdue and beside the point.\n\n"
        "“People keep saying closure,” Mr. Harlan said at the kitchen table of the couple’s farmhouse."
    )
    assert "Dennis Harlan" in _people(text, nlp)


def test_the_family_name_after_his_son_and_a_comma_is_the_fathers(nlp):
    text = (
        "Festival\n\n"
        "Clive Marston, 67, walked on to the stage at 4am. His son, Jermaine Marston, joined him for the last songs.\n\n"
        "Asked how it felt to share the stage with his son, Marston grew quiet.\n\n"
        '"Now him a headline," he said.'
    )
    people = _people(text, nlp)
    assert "Marston Marston" not in people
    assert {"Clive Marston", "Jermaine Marston"} <= people


def test_a_maori_elders_title_is_no_part_of_the_name_and_names_the_role(nlp):
    text = (
        "Marae opens its doors\n\n"
        "By morning the marae had fed more than 60 people. Kaumātua Hēmi Tūhoe said the response was an example "
        "of manaakitanga.\n\n"
        "“When the water came up, nobody asked who was Māori,” the kaumātua said."
    )
    assert "Hēmi Tūhoe" in _people(text, nlp)
    assert speakers(text, nlp)["When the water came up, nobody asked who was Māori,"].endswith("Hēmi Tūhoe")


def test_the_kuia_is_the_elder_woman_just_narrated(nlp):
    text = (
        "Flood\n\n"
        "Ngaio Rāwiri, 78, was woken by her grandson when water came under the door.\n\n"
        "She laughed when she heard he had carried her photos out first.\n\n"
        "“You can buy a new couch,” the kuia said."
    )
    assert speakers(text, nlp)["You can buy a new couch,"].endswith("Ngaio Rāwiri")


def test_the_boy_is_the_boy_just_narrated(nlp):
    text = (
        "Rip rescue\n\n"
        "Graham Pell, 41, and his son, Oliver Pell, were 80 metres offshore when lifeguards reached them.\n\n"
        "Oliver, who had been in Australia for four days, was calmer than his father.\n\n"
        "“Dad kept shouting, so I floated,” the boy said."
    )
    assert speakers(text, nlp)["Dad kept shouting, so I floated,"].endswith("Oliver Pell")


def test_a_trade_no_one_holds_is_the_relative_just_narrated(nlp):
    text = (
        "Dairy\n\n"
        "Hamish and Aroha Broadwood milk 420 cows south of Dunedin.\n\n"
        "The couple's son, Lachlan Broadwood, 26, returned to the farm last year.\n\n"
        "“Ask me again in a dry year,” Lachlan Broadwood said.\n\n"
        "His father said he had never pushed his children towards farming.\n\n"
        "“The land doesn’t owe you anything,” the third-generation farmer said."
    )
    assert speakers(text, nlp)["The land doesn’t owe you anything,"].endswith("Hamish Broadwood")


def test_speech_reported_in_a_clause_carries_the_narration(nlp):
    text = (
        "Station recovers\n\n"
        "The couple's son, Tom Kilburn, 29, came home five years ago and now manages the mustering crew.\n\n"
        "He says the station lost fewer cattle than he feared.\n\n"
        "“You fix a fence in the morning and the paddock is gone by the afternoon,” the third-generation "
        "pastoralist says."
    )
    got = speakers(text, nlp)["You fix a fence in the morning and the paddock is gone by the afternoon,"]
    assert got.endswith("Tom Kilburn")


def test_a_quoted_answer_carries_nothing_on(nlp):
    text = (
        "Station recovers\n\n"
        "Tom Kilburn, 29, manages the mustering crew. Vet Anna Price, 44, visits every month.\n\n"
        "“Will the herd recover?” he asked.\n\n"
        "“You fix a fence in the morning and the paddock is gone by the afternoon,” the pastoralist says."
    )
    got = speakers(text, nlp)["You fix a fence in the morning and the paddock is gone by the afternoon,"]
    assert not (got or "").endswith("Tom Kilburn")


def test_a_role_a_relative_clause_puts_in_the_conditional_is_none_yet(nlp):
    text = (
        "Sheriff's race\n\n"
        "Sheriff Wade Kettleby, 61, is seeking a fourth term. His challenger, Lt. Rosa Delgado, 47, says the jail "
        "is overcrowded.\n\n"
        "Delgado, who would be the county's first Latina sheriff, said she had not made that part of the "
        "campaign.\n\n"
        'Asked about the endorsement, the sheriff said: "I respect the lodge."'
    )
    assert speakers(text, nlp)["I respect the lodge."].endswith("Wade Kettleby")


def test_a_given_name_said_alone_makes_no_person_of_a_thing_after_the(nlp):
    text = (
        "Cod\n\n"
        "At dawn the harbour is so still that Wayne Kearley's boat, the Ida Marie, seems to hang above its "
        "reflection.\n\n"
        "The boat is named for Wayne's mother, Ida Kearley, 84.\n\n"
        "“We lost half the Arm in five years,” says Ida."
    )
    assert "Ida Marie" not in _people(text, nlp)
    assert speakers(text, nlp)["We lost half the Arm in five years,"] == "Ida Kearley"


def test_reported_speech_carries_no_narration_to_a_description_that_is_no_cue(nlp):
    text = (
        "Avalanche\n\n"
        "“It was a race against time,” said Reto Gisler, a spokesman for the rescue service.\n\n"
        "“Level 3 is where most fatal accidents happen,” forecaster Lea Imhof said.\n\n"
        "She said heavy snowfall earlier in the week had created unstable slabs.\n\n"
        "The survivor, a 29-year-old man, was flown to hospital. He later spoke briefly to broadcaster SRF.\n\n"
        "“I heard a noise like a train and then everything was white,” he said."
    )
    got = speakers(text, nlp)["I heard a noise like a train and then everything was white,"]
    assert got not in ("Reto Gisler", "Lea Imhof")
