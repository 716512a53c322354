"""Rules from the thirtieth pass's blind sets mixed108 and mixed109 (each measured once on 47bdd2c): a he/she whose
quote opens the paragraph after a question put to someone answers it (the one asked, or after "… ?” X asked" and
"she replied", the one other woman named before); a document handed in by the subject of a joined verb ("did not
speak but submitted a letter") is that subject's; an assistant or deputy presiding over a hearing is "the coroner";
a surname set off alone with a person's description makes the full name tagged a body a person's; a Nigerian or
Indian police rank ("SP", "DCP") before a name; an apartment complex's "Residency" is a place, not a person. Sentences
written for these tests; near misses keep the old reading."""

from __future__ import annotations

from tests.support.actors import people
from tests.support.quotes import speakers


def test_the_one_asked_a_question_gives_the_answer(nlp):
    text = (
        "Fraud trial\n\nMargaret Pelletier, 81, told the court she had invested $400,000 with Kenneth Dorsey. "
        '"Harold trusted him completely, so I did too," she said.\n\n'
        "Defence lawyer Ari Feldman, in cross-examination, asked Pelletier whether she had read the subscription "
        'documents before she signed them.\n\n"Not every page, no," she said.'
    )
    assert speakers(text, nlp)["Not every page, no,"] == "Margaret Pelletier"
    # a request is no question: the one who made it goes on
    request = (
        "Council\n\nCouncillor Dana Whitlock asked Mayor Ruth Aldane to withdraw the motion before the vote.\n\n"
        '"This is not how we do business in this town," she said.'
    )
    assert speakers(request, nlp)["This is not how we do business in this town,"] == "Dana Whitlock"


def test_a_reply_to_a_quoted_question_is_not_the_askers(nlp):
    text = (
        "Committee\n\nMinister Danielle Tremblay-Ouellet told the committee she had not discussed the contract with "
        "Mr. Koskinen. Bloc Québécois MP Sylvie Charbonneau pressed the minister on whether she had spoken with him.\n\n"
        '"And never once did the subject of government contracts come up?" Ms. Charbonneau asked.\n\n'
        '"Never," she replied.'
    )
    assert speakers(text, nlp)["Never,"] == "Danielle Tremblay-Ouellet"
    # a question in her own quote, then "she said": she goes on
    going_on = (
        "Market\n\nIya Basira Okonkwo, a trader, said she had sold peppers in the market for 23 years.\n\n"
        '"Now they say we should go. Go where?" Okonkwo asked.\n\n"We have nowhere else," she said.'
    )
    assert speakers(going_on, nlp)["We have nowhere else,"] == "Iya Basira Okonkwo"


def test_a_letter_submitted_by_the_subject_of_a_joined_verb_is_theirs(nlp):
    text = (
        "Roofer sentenced\n\nTsosie's mother, Rosa Arredondo, spoke first.\n\n"
        "Tsosie's fiancée, Shawna Begay, did not speak but submitted a letter, portions of which the prosecutor, "
        'Raymond Okafor, read aloud. "Kevin was going to be a father in April," the letter said.'
    )
    assert speakers(text, nlp)["Kevin was going to be a father in April,"] == "the letter from Shawna Begay"


def test_an_assistant_coroner_is_the_coroner_of_the_inquest(nlp):
    text = (
        "Inquest into quarry death\n\nCallum Fairbrother, 16, drowned at the quarry in July. Asked by the coroner "
        "whether the company had considered filling the quarry, the operations director said the cost would be more "
        "than £2m.\n\nThe assistant coroner for Derby and Derbyshire, Dr Rachel Obi, recorded a conclusion of "
        "misadventure. She said she would issue a prevention of future deaths report.\n\n'I am concerned that there "
        "is a real risk of future deaths at this site,' the coroner said."
    )
    found = speakers(text, nlp)["I am concerned that there is a real risk of future deaths at this site,"]
    assert found == "the coroner, Rachel Obi"


def test_a_surname_set_off_with_a_persons_description_makes_the_name_a_persons(nlp):
    text = (
        "Hawks reach final\n\nThe freshman caught a kick-out pass from Marcus Obi in the left corner and buried the "
        'winner.\n\n"I figured they weren\'t going to guard me," Whitaker said.\n\n'
        "Obi, a senior who led all scorers with 26 points, said he saw two defenders collapse on him.\n\n"
        '"Soon as the big stepped up, I knew he was going to be open," he said.'
    )
    assert speakers(text, nlp)["Soon as the big stepped up, I knew he was going to be open,"] == "Marcus Obi"


def test_a_police_rank_names_a_person_and_a_residency_is_a_place(nlp):
    text = (
        "Building collapse\n\nConfirming the incident, the Lagos State Police Public Relations Officer, SP Adebola "
        "Oyesanya, said the owner of the building, one Alhaji Musibau Lawal, had been invited for questioning.\n\n"
        "He said, “The owner of the building has been invited and is assisting the police.”"
    )
    assert "Adebola Oyesanya" in people(text, nlp)
    assert speakers(text, nlp)["The owner of the building has been invited and is assisting the police."] == (
        "Adebola Oyesanya"
    )
    flats = (
        'Demolition\n\nCommissioner Ramesh Gowda said the council would comply. "We will act as per law," he said.\n\n'
        "A resident of Lakeview Residency, who did not wish to be identified, said families had bought flats legally.\n\n"
        '"Who will compensate us? We took home loans," he said.'
    )
    assert "Lakeview Residency" not in people(flats, nlp)
    assert speakers(flats, nlp)["Who will compensate us? We took home loans,"] == "A resident"
