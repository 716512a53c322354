"""Rules written in the fifty-first pass from the fiftieth pass's end sets (mixed286, mixed287) and its blind sets
(mixed290, mixed291): whose turn "it was" is whom the sentence is about; a clause of time under a he or she is not
what the narration is on; a name closing a long title is the subject; a colon after a clause a named speaker reports;
a surname of no known sex under the sentence's subject; a courtesy-titled name after a place and a comma; a clause
with no relative word ("an answer Pruitt called"); two names sharing a surname joined by "and"; a relative's given
name no list knows, and one after "whose"; ages spelt out; a newcomer is no head coach. Sentences written for these
tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from tests.support.quotes import rule_quotes


def speakers(text: str, nlp) -> dict[str, str | None]:
    """Each rule quote's speaker, the actor a description resolves to (not the description shown with it)."""
    return {q.quote: q.speaker_actor for q in rule_quotes(text, nlp)}


def _people(text: str, nlp) -> list[str]:
    return sorted(a.name for a in analyze(text, nlp).actors if a.kind == "person")


def test_whose_turn_it_was_is_whom_the_description_means(nlp):
    text = (
        "Harbour side edge it late\n\n"
        "Harbour went ahead when centre Callum Reddy-Shaw burst through a tiring defence.\n\n"
        "Then it was Tomas Ellery-Vance's turn. The former academy pupil finished a flowing move on 54 minutes.\n\n"
        "“I saw the gap and just went for it,” said the youngster."
    )
    assert speakers(text, nlp)["I saw the gap and just went for it,"] == "Tomas Ellery-Vance"


def test_a_clause_of_time_under_a_he_is_not_whom_the_narration_is_on(nlp):
    text = (
        "Rookie to start on Saturday\n\n"
        "Jaylen Osei-Marsh, a second-round pick, has thrown just 14 passes this season.\n\n"
        "He said he found out on Monday night, when head coach Bruno Lavallée-Kerr called him into his office.\n\n"
        "“My heart was going pretty fast,” the rookie said."
    )
    assert speakers(text, nlp)["My heart was going pretty fast,"] == "Jaylen Osei-Marsh"


def test_a_name_closing_a_long_title_is_the_subject_the_role_means(nlp):
    text = (
        "Community marches for slain teen\n\n"
        "Member of Parliament for St Mary South Eastern Juliet Ferron-Banks, who joined the march, said she had spoken "
        "with the commissioner of police about more patrols.\n\n"
        "“It cannot be that a community of 8,000 people has no police presence after dark,” the MP said."
    )
    got = speakers(text, nlp)
    assert got["It cannot be that a community of 8,000 people has no police presence after dark,"] == (
        "Juliet Ferron-Banks"
    )


def test_a_colon_after_a_clause_a_named_speaker_reports_gives_the_quote_to_them(nlp):
    text = (
        "Union says plan falls short\n\n"
        "In a statement, Local 4407 president Delroy Mathers said front-line workers had been warning management "
        "for two years:\n\n"
        "“Our members are the ones who walk into these situations first.\n\n"
        "“Well, there is money for posters.”"
    )
    got = speakers(text, nlp)
    assert got["Our members are the ones who walk into these situations first."] == "Delroy Mathers"
    assert got["Well, there is money for posters."] == "Delroy Mathers"


def test_a_colon_after_a_persons_own_clause_stays_theirs(nlp):
    text = (
        "Crews warn of cuts\n\n"
        "Maintenance supervisor Ana Whitcombe said the crews had warned management:\n\n"
        "“We cannot keep the trains running with half the staff.”"
    )
    got = speakers(text, nlp)
    assert got["We cannot keep the trains running with half the staff."] == "Ana Whitcombe"


def test_a_shared_surname_under_the_sentence_subject_is_not_the_pronouns_person(nlp):
    text = (
        "Lifeguard recalls rescue\n\n"
        "The man was identified as Tobias Wrenfield. His sister, Marisol Wrenfield, and his father, Glen "
        "Wrenfield, were at the beach.\n\n"
        "Aislinn Corrigan-Tate was in the lifeguard tower when she heard shouting.\n\n"
        "Corrigan-Tate said she sprinted along the dock and dove in, and that paddleboarders were circling the spot "
        "where Wrenfield went under.\n\n"
        "“The water out there drops off really fast,” she said."
    )
    assert speakers(text, nlp)["The water out there drops off really fast,"] == "Aislinn Corrigan-Tate"


def test_a_courtesy_titled_name_after_a_place_and_a_comma_is_a_person(nlp):
    text = (
        "Commuters face another day of cancellations\n\n"
        "‘We’re treated like cattle,’ said Priyanka Dhaliwal-Hart, a 29-year-old physiotherapist who travels into "
        "London four days a week.\n\n"
        "The Liberal Democrat MP Fenella Okoro-Banks said she had written to the transport secretary.\n\n"
        "Back on the platform at Hollowmere, Ms Dhaliwal-Hart checked the departure board again.\n\n"
        "‘I’ve started looking at jobs closer to home,’ she said."
    )
    assert speakers(text, nlp)["I’ve started looking at jobs closer to home,"] == "Priyanka Dhaliwal-Hart"
    assert "Hollowmere, Ms Dhaliwal-Hart" not in {a.name for a in analyze(text, nlp).actors}


def test_the_name_of_a_clause_with_no_relative_word_speaks_the_quote_it_names(nlp):
    text = (
        "Debate night ends in a draw\n\n"
        "Jolene Pruitt is the campaign manager for Marianne Coyle.\n\n"
        "Thomas Redding eventually said he would “look at it at the time,” an answer Pruitt called "
        "“disqualifying, full stop.”"
    )
    assert speakers(text, nlp)["disqualifying, full stop."] == "Jolene Pruitt"


def test_a_quote_ending_the_sentence_of_a_main_cue_stays_its_speakers(nlp):
    text = (
        "Council backs bridge plan\n\n"
        "Parks director Helen Kostopoulos called the temporary crossing “a bridge, not a solution.”"
    )
    assert speakers(text, nlp)["a bridge, not a solution."] == "Helen Kostopoulos"


def test_two_names_ending_in_one_surname_joined_by_and_are_two_people(nlp):
    text = (
        "Residents go without water\n\n"
        "Two brothers who run a grocery shop in the colony, Irshad Chandio and Javed Chandio, said they had seen "
        "tankers filling up at night.\n\n"
        "“Everybody knows who runs these hydrants,” Javed said."
    )
    people = _people(text, nlp)
    assert {"Irshad Chandio", "Javed Chandio"} <= set(people)
    assert speakers(text, nlp)["Everybody knows who runs these hydrants,"] == "Javed Chandio"


def test_a_body_named_with_and_stays_one_body(nlp):
    text = "Merger approved\n\nShareholders of Hartwell Holdings and Brennan Holdings approved the deal on Monday."
    assert "Brennan Holdings" not in _people(text, nlp)


def test_a_relatives_given_name_no_list_knows_takes_the_family_name(nlp):
    text = (
        "Library to close\n\n"
        "Janet Okonjo, who was at the library with her daughter, Ife, said she had signed the petition twice.\n\n"
        "Ife, who has read an entire shelf of the children’s section, was less diplomatic.\n\n"
        "‘I’ve read every book they’ve got. There are 14,’ the nine-year-old said."
    )
    assert "Ife Okonjo" in _people(text, nlp)
    assert speakers(text, nlp)["I’ve read every book they’ve got. There are 14,"] == "Ife Okonjo"


def test_a_relative_named_after_whose_takes_the_owners_surname(nlp):
    text = (
        "Phone ban wins over pupils\n\n"
        "Claire Dunmore, whose son Oliver is in year 10, was among the parents who wrote to the school.\n\n"
        "‘I was annoyed, obviously,’ said Oliver."
    )
    assert speakers(text, nlp)["I was annoyed, obviously,"] == "Oliver Dunmore"


def test_whose_after_a_place_names_no_relative(nlp):
    text = (
        "Town mourns\n\n"
        "Marta Kovacs spoke at the vigil in Millbrook, whose son Daniel had been a lifeguard there.\n\n"
        "“He was the best of us,” she said."
    )
    assert "Daniel Kovacs" not in _people(text, nlp)


def test_an_age_spelt_out_is_an_age(nlp):
    text = (
        "Spelling bee champion crowned\n\n"
        "Priya Castellano, 9, spelled the winning word on Saturday.\n\n"
        "Castellano, who practised every night, was calm afterwards.\n\n"
        "“I knew that one,” the nine-year-old said."
    )
    assert speakers(text, nlp)["I knew that one,"] == "Priya Castellano"


def test_a_spelt_age_another_was_given_is_not_the_last_subject(nlp):
    text = (
        "Spelling bee champion crowned\n\n"
        "Priya Castellano, 9, and her brother Marco Castellano, 12, both entered.\n\n"
        "Marco Castellano went out in the third round.\n\n"
        "“I knew that one,” the nine-year-old said."
    )
    assert speakers(text, nlp)["I knew that one,"] != "Marco Castellano"


def test_a_newcomer_is_not_the_head_coach_named_just_before(nlp):
    text = (
        "Call-up scores in debut\n\n"
        "Brady Kowalchuk had been an NHL player for 11 minutes when he scored.\n\n"
        "Head coach Glen Ruscoe had talked about needing more from his bottom six forwards.\n\n"
        "Asked about the losing streak, Ruscoe was blunt:\n\n"
        "“We weren’t good enough for five games.”\n\n"
        "“I just want to stay up here,” the rookie added."
    )
    assert speakers(text, nlp)["I just want to stay up here,"] != "Glen Ruscoe"


def test_a_trade_opening_the_line_as_a_title_is_that_persons(nlp):
    text = (
        "Fossil jaw points to early bone-crusher\n\n"
        "The animal had unusually deep jaws, says Lucinda Okafor-Barrett of Carver State University, who led the "
        "study.\n\n"
        "Paleontologist Rafael Quintana of the Pinecrest Museum, who was not involved in the study, calls the jaw "
        "“genuinely striking” but is not yet convinced.\n\n"
        "Okafor-Barrett said the team is already looking for more evidence.\n\n"
        "“A deep jaw tells you the animal could bite hard,” the paleontologist says."
    )
    assert speakers(text, nlp)["A deep jaw tells you the animal could bite hard,"] == "Rafael Quintana"


def test_a_traditional_rulers_title_is_held_by_the_one_it_was_given(nlp):
    text = (
        "Community clashes over land\n\n"
        "The traditional head of the community, Chief Adebayo Ogunleye, who is the Baale of Ibaforo, said the land "
        "belonged to his family.\n\n"
        "“We have gone to court. The matter is before the High Court,” the Baale said."
    )
    assert (
        speakers(text, nlp)["We have gone to court. The matter is before the High Court,"]
        == "Adebayo Ogunleye"
    )


def test_a_firm_set_off_after_a_wire_dateline_is_the_subject_the_company_means(nlp):
    text = (
        "Drugmaker recalls heart pill batches\n\n"
        "ZURICH, June 3 (Reuters) - Swiss drugmaker Kaltbrunn Pharma said on Tuesday it was recalling 14 batches of "
        "its blood pressure drug.\n\n"
        "The company said in a statement the recall was “precautionary”."
    )
    assert speakers(text, nlp)["precautionary"] == "Kaltbrunn Pharma"


def test_a_statement_quoted_at_length_keeps_the_firm_in_reach_of_the_company(nlp):
    text = (
        "Plant to close for good\n\n"
        "In a statement, Seaward Seafoods said the decision followed three seasons of losses.\n\n"
        "“This was not a decision taken lightly. The plant has been part of us since the beginning. We recognize "
        "the impact on our employees,” the statement said.\n\n"
        "The company said workers “will be offered the opportunity to apply” for jobs at its other plant."
    )
    got = speakers(text, nlp)
    assert got["will be offered the opportunity to apply"] == "Seaward Seafoods"
    assert "Seaward Seafoods" not in _people(text, nlp)


def test_a_colony_or_a_salai_is_a_place(nlp):
    text = (
        "Karachi residents go without water\n\n"
        "In Mehran Colony, where rows of plastic drums line the narrow lanes, residents said they had been forced to "
        "buy water from private tankers.\n\n"
        "Back in Mehran Colony, Ms Mahar said she would believe the mayor when water came out of her tap.\n\n"
        "The chariot moved slowly down Kamarajar Salai as devotees pulled its ropes, said Murugan Pandian, a priest."
    )
    actors = {a.name: a.kind for a in analyze(text, nlp).actors}
    assert actors.get("Mehran Colony") == "place"
    assert actors.get("Kamarajar Salai") != "person"


def test_a_wife_named_after_a_fathers_set_off_name_takes_his_surname(nlp):
    text = (
        "Ulster edge it\n\n"
        "Ulster took the lead when centre Jamie Ferris-Doak burst through a tiring midfield.\n\n"
        "Then it was Ben Stranaghan-Kerr's turn. He scored twice in the second half.\n\n"
        "His father, Gareth Stranaghan-Kerr, who won 14 caps for Ireland in the 1990s, watched from the stand "
        "alongside his wife, Lorna."
    )
    people = _people(text, nlp)
    assert "Lorna Ferris-Doak" not in people


def test_a_given_name_set_off_before_a_trade_is_a_person(nlp):
    text = (
        "Copper jumps as Chilean mine strikes\n\n"
        "About 2,900 workers at Andes Cobre SA's Quebrada Negra mine went on strike on Tuesday night.\n\n"
        "“The market had almost no cushion going into this,” said Priyanka Deshmukh, a metals strategist at "
        "Harrowgate Capital in Singapore. “Exchange inventories are near multi-year lows.”\n\n"
        "Andes Cobre said in a statement that it had activated contingency plans. The company said it remained "
        "“open to dialogue”."
    )
    assert "Priyanka Deshmukh" in _people(text, nlp)
    assert speakers(text, nlp)["open to dialogue"] != "Priyanka Deshmukh"


def test_a_role_running_into_a_name_without_a_comma_speaks_for_the_name(nlp):
    text = (
        "Community marches for slain teen\n\n"
        "Commanding officer for the Upper St Mary Police Division Superintendent Marcia Gayle-Fenton told the "
        "Observer that investigators were following “strong leads”."
    )
    assert speakers(text, nlp)["strong leads"] == "Marcia Gayle-Fenton"


def test_a_spokesman_for_a_named_person_is_not_that_person(nlp):
    text = (
        "Singer's tour cancelled\n\n"
        "A spokesman for Gemma Holloway said: “Gemma has addressed this herself and won't be commenting further.”"
    )
    assert speakers(text, nlp)["Gemma has addressed this herself and won't be commenting further."] != (
        "Gemma Holloway"
    )
