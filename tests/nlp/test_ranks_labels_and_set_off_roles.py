"""Rules from the twenty-eighth pass's blind sets mixed96 and mixed97 (each measured once on 3d6caf3): abbreviated ranks
("Det. Sgt.", "PC", a title the model tagged with the name), a role set off after a name the parser made the subject,
a live blog's entry label and author line, a deck's quote, a birth name, a rank's initials before an untagged name and
a speaker the model missed standing as the subject a "she" stands for. Sentences written for these tests; near misses
keep the old reading."""

from __future__ import annotations

from bot.text.clean import clean_text
from tests.support.actors import people
from tests.support.quotes import speakers


def test_an_abbreviated_rank_before_the_title_qualifies_it(nlp):
    text = (
        "Car thefts\n\nPolice seized 38 containers of stolen vehicles, officers said on Tuesday.\n\n"
        "Det. Sgt. Paul Kowalczyk said investigators intercepted the containers at a rail yard in Montreal. "
        "Const. Maria Lopes said the inquiry began in March.\n\n"
        "“It’s low-tech, but it works. Thieves want the easy car,” the detective sergeant said."
    )
    assert "Kowalczyk" in (
        speakers(text, nlp)["It’s low-tech, but it works. Thieves want the easy car,"] or ""
    )


def test_a_police_constable_is_the_officer(nlp):
    text = (
        "Inquest\n\nThe inquest heard from the lorry driver and from the police.\n\n"
        "Police collision investigator PC Mark Stannard said the lorry was travelling at about 9mph when it turned.\n\n"
        "‘From the driver’s seat, a cyclist in that position would have been visible for a second,’ the officer said."
    )
    found = speakers(text, nlp)[
        "From the driver’s seat, a cyclist in that position would have been visible for a second,"
    ]
    assert found is not None and "Stannard" in found


def test_a_title_tagged_with_the_name_is_the_holders_too(nlp):
    # both councillors carry "Cllr"; the one the narration is about is "the councillor"
    text = (
        "Ferries\n\nCouncil leader Cllr Magnus Rendall said replacement ‘cannot wait another decade’.\n\n"
        "‘That is not a sustainable position for any community,’ he said.\n\n"
        "Cllr Kenneth Groat, who represents the North Isles, said islanders had heard ‘warm words’ for too long.\n\n"
        "‘But you cannot sail a feasibility report to Papa Westray,’ the councillor added."
    )
    found = speakers(text, nlp)["But you cannot sail a feasibility report to Papa Westray,"]
    assert found is not None and "Groat" in found


def test_a_role_set_off_after_a_name_the_parser_made_the_subject_is_the_names(nlp):
    text = (
        "Junction\n\nThe council added that a review of the junction was under way.\n\n"
        "Cllr Fiona Gately, the council’s cabinet member for highways, said she had visited the junction with "
        "officers and accepted that ‘more needs to be done’."
    )
    found = speakers(text, nlp)["more needs to be done"]
    assert found is not None and "Gately" in found


def test_a_line_an_organisation_labels_is_the_person_the_body_quotes_saying_it(nlp):
    text = (
        "Floods live: rescues across the northern rivers\n\n4.58pm AEDT\n\n"
        "SES: 'If you are told to go, go'\n\n"
        "NSW SES Commissioner Andrew Pettigrew says more than 140 flood rescues have been carried out since Tuesday.\n\n"
        '"I cannot say this any more plainly. If you are told to go, go," Pettigrew said.\n\n'
        "4.30pm AEDT\n\nSES: 'Stay off the roads tonight'\n\nThe SES says roads across the region remain closed."
    )
    found = speakers(text, nlp)
    assert found["If you are told to go, go"] == "Andrew Pettigrew"
    assert found["Stay off the roads tonight"] == "SES"  # no one in the body says it: the label's body


def test_a_live_blog_entrys_author_line_is_no_part_of_its_label(nlp):
    text = (
        "Bushfires live\n\n2.55pm AEDT\nCaitlin Ward\nPremier: ‘This is a dangerous day’\n\n"
        "The premier, Jacinta Holloway, is speaking in Melbourne.\n\n"
        "“This is a dangerous day for our state,” Holloway said."
    )
    assert speakers(text, nlp)["This is a dangerous day"] == "Jacinta Holloway"
    assert clean_text("2.55pm AEDT\nCaitlin Ward\nPremier: ‘This is a dangerous day’").split("\n\n") == [
        "2.55pm AEDT",
        "Caitlin Ward",
        "Premier: ‘This is a dangerous day’",
    ]
    # lines wrapped at a width still join, a short last line too
    assert clean_text(
        "The council met on Tuesday and voted to close the\nold terminal in June.\nAna Ruiz"
    ) == ("The council met on Tuesday and voted to close the old terminal in June. Ana Ruiz")


def test_a_decks_quote_is_the_speaker_the_body_gives_the_words(nlp):
    # (a headline the text keeps as its first line, the deck under it)
    text = (
        "Victoria bushfires live: emergency warning for Wirrabeen as Mount Carrow blaze breaks containment lines – as "
        "it happened\n\nResidents told it is too late to leave; fire chief says “this fire will run until the wind "
        "change”\n\nCrews were pulled back from the eastern flank at noon.\n\n“This fire will run until the wind "
        "change tonight,” said Rhys Tamblyn, the state’s emergency commissioner."
    )
    assert speakers(text, nlp)["this fire will run until the wind change"] == "Rhys Tamblyn"


def test_a_name_someone_was_born_with_is_no_second_person(nlp):
    text = (
        "Margaret Dunleavy, who served 24 years in the state Senate, died Sunday. She was 88.\n\n"
        "Dunleavy was born Margaret Anne Cullen on March 3, 1936, on a dairy farm near Templeton."
    )
    found = people(text, nlp)
    assert "Margaret Anne Cullen" not in found and "Margaret Dunleavy" in found


def test_a_rank_before_an_untagged_name_set_off_after_a_role(nlp):
    text = (
        "Also, the spokesperson for the Ogun State Police Command, SP Omolola Adebanjo, confirmed that policemen "
        "were deployed to the market to keep order."
    )
    assert "Omolola Adebanjo" in people(text, nlp)


def test_a_speaker_the_model_missed_is_the_subject_a_she_stands_for(nlp):
    text = (
        "Stray dogs\n\nSenior advocate Meenakshi Rao, appearing for the petitioner, told the court that the town had "
        "recorded 2,314 dog bite cases.\n\n“These are not numbers,” Ms. Rao said.\n\n"
        "Divya Nair of the Harihalli Animal Care Trust, an animal welfare organisation, said the crisis was the "
        "result of “years of neglect” of the sterilisation programme.\n\n"
        "“Killing or relocating dogs is illegal and it does not work,” she said."
    )
    assert speakers(text, nlp)["Killing or relocating dogs is illegal and it does not work,"] == "Divya Nair"


def test_a_description_is_the_owner_of_the_subject_before_it(nlp):
    text = (
        "Curling\n\nESTEVAN — There were four Olferts on the ice when the last rock came to rest on Sunday.\n\n"
        "Cody Olfert’s rink from Wheatley beat defending champion Travis Kerr of Regina 7-5 in the final.\n\n"
        "“I don’t think it’s sunk in,” said the 29-year-old skip, who drew to the button with his last rock."
    )
    found = speakers(text, nlp)["I don’t think it’s sunk in,"]
    assert found is not None and "Cody Olfert" in found


def test_a_name_set_off_after_a_roles_field_is_the_subject_a_she_stands_for(nlp):
    text = (
        "Praedial larceny\n\nCorporal Shanice Bromfield-Hay, who works with the division's community safety team, "
        'said many thefts happened within hours of a crop being reaped, which pointed to "inside information".\n\n'
        "Member of Parliament for St Elizabeth South Eastern, Dr Andrea Whyte-Campbell, said she had raised the issue "
        "with the Minister of Agriculture.\n\n"
        '"The farmers of this constituency feed Jamaica," she said.'
    )
    assert speakers(text, nlp)["The farmers of this constituency feed Jamaica,"] == "Andrea Whyte-Campbell"
