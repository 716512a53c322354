"""Rules from the twenty-ninth pass's blind sets mixed101 and mixed102 (each measured once on c281f67): the name
someone gives for themselves however it is written ("who gave his name only as Emeka", "who would only give his
name as “Shorty”", "referred to in court as Witness B") is that person's and, for a subject, the speaker's, even
when the parser left the subject hanging; an obituary's birth name as the subject of "was born" is the person the
article named as known; a relative's surname the model tagged a body after a given name, and a name after a
position the tagger read as an adverb ("behind forward Amara Diallo"), are people. Sentences written for these
tests; near misses keep the old reading."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers


def test_a_name_given_only_as_after_the_word_name_is_the_subjects(nlp):
    text = (
        "Workshop\n\nHauwa Danjuma, 41, runs one of the busiest workshops in Kaduna. She trains only girls.\n\n"
        "Fifteen minutes later, the lights were working. The driver, who gave his name only as Emeka, shook his "
        'head. "I have been to three people. Three," he said.'
    )
    assert speakers(text, nlp)["I have been to three people. Three,"] == "Emeka"


def test_a_name_given_in_quotation_marks_is_no_quote_and_names_the_speaker(nlp):
    text = (
        "Works\n\nMy father, Hemi Keepa, worked the chain for 30 years.\n\n"
        'That evening, at the Tākaro Hotel, a man at the bar who would only give his name as "Shorty" told me he '
        'had worked on the chain with my father.\n\n"Quiet fella, your dad. Fast, though," he said.'
    )
    found = speakers(text, nlp)
    assert "Shorty" not in found
    assert found["Quiet fella, your dad. Fast, though,"] == "Shorty"


def test_a_first_name_given_after_a_comma_names_the_neighbour(nlp):
    text = (
        "Cold snap\n\nHauwa Danjuma said the repairs would take a week.\n\n"
        'A neighbour who would only give her first name, Trinh, said she has been boiling water. "It is cold," '
        "she said."
    )
    assert speakers(text, nlp)["It is cold,"] == "Trinh"


def test_a_witness_referred_to_in_court_by_a_letter(nlp):
    text = (
        "Inquest\n\nEloise Marsh, 15, died at the unit in March, the inquest heard.\n\n"
        "A healthcare assistant, referred to in court as Witness B, told the hearing she had been asked to cover two "
        "wards and 'simply couldn't be in two places at once'.\n\n"
        "'I filled in the sheet afterwards because that's what everybody did,' she said."
    )
    found = speakers(text, nlp)
    assert found["simply couldn't be in two places at once"] == "Witness B"
    assert found["I filled in the sheet afterwards because that's what everybody did,"] == "Witness B"


def test_a_name_declined_is_no_name(nlp):
    text = (
        "Vote\n\nOne man, who declined to give his name, Harris said, shouted at the council.\n\n"
        '"This is a disgrace," the man said.'
    )
    assert "Harris" not in speakers(text, nlp).values()


def test_an_obituarys_birth_name_is_the_person_it_named_as_known(nlp):
    text = (
        "Obituary\n\nMargaret Halloran, who served 24 years in the state Senate, died Sunday at her home in Tillman "
        "Falls. She was 88.\n\n"
        "Margaret Mary Doyle was born Feb. 3, 1936, in Tillman Falls, the fourth of seven children of Patrick Doyle, a "
        "dairy farmer. She trained as a nurse.\n\n"
        "“I decided I was done complaining to doctors who agreed with me,” she said then."
    )
    assert speakers(text, nlp)["I decided I was done complaining to doctors who agreed with me,"] == (
        "Margaret Halloran"
    )
    assert "Margaret Mary Doyle" not in people(text, nlp)


def test_a_birth_name_sharing_no_given_name_stays_its_own(nlp):
    text = (
        "Obituary\n\nMargaret Halloran died Sunday at her home. She was 88.\n\n"
        "Her brother, Thomas Doyle, was born in 1938 and farmed the family land. He said she never missed a harvest."
    )
    assert "Thomas Doyle" in people(text, nlp)


def test_a_relatives_surname_tagged_a_body_after_a_given_name_is_a_person(nlp):
    text = (
        "ER\n\nWhen Lorne MacIsaac's chest started to tighten on a Saturday night, his wife didn't bother calling the "
        'hospital.\n\n"I just put him in the car and drove," said Bernadette MacIsaac.\n\n'
        "Lorne MacIsaac, 67, had a blocked artery.\n\n"
        "Lorne, sitting beside her at the kitchen table, shook his head when asked if he'd go to the ER next time.\n\n"
        '"I\'d go to Truro," he said. "At least you know the lights are on."'
    )
    assert speakers(text, nlp)["I'd go to Truro,"] == "Lorne MacIsaac"
    assert "Lorne MacIsaac" in people(text, nlp)


def test_a_position_read_as_an_adverb_before_a_name(nlp):
    text = (
        "Final\n\nCarver led by as many as 14 in the second half behind forward Amara Diallo, who finished with 24 "
        "points.\n\nDiallo, a junior from Columbus, Ohio, sat at the podium with a towel over her shoulders.\n\n"
        '"It hurts," she said.'
    )
    assert speakers(text, nlp)["It hurts,"] == "Amara Diallo"
