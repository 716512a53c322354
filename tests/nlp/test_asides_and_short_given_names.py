"""Rules from the thirty-fifth pass's blind sets mixed153-mixed156 (each measured once before): an aside denying a tie
("— no relation to the majority leader —") names no speaker, the name it is set off after does; "Bishop" is a title
and a lone institution word the model tagged a person after untagged capitalised words and "the" ("the Southern
Minnesota Synod") is that institution's name; letters keeping a linking word's small letter ("MoD") are the body's
whose initials they are; a given name written short with its stop ("Ma. Lourdes dela Paz") opens the name after it;
a name's last word the tagger could not place ("Rí") is still the name's; a name set off after a statement's signer
("in a statement signed by the ministry's Director of Press, Mrs. Ngozi Bello, described") is not the subject beside the
minister named first; the person named for a body's role the parser hung on the body ("the ASUU National President, Prof.
Victor Ukaegbu-Hart, had told") speaks, not the body; a given name the model
tagged a place speaks with a family's surname ("Ananya Panda told this newspaper" beside her father); the sender of "a
statement saying" speaks; a letter a body sent is the body's; "That was the promise from X" names the quote before;
"The Pruszynskis' son, Mark," and "his late wife, Jean," take the family's surname; "Principal" titles a name and a
hyphened surname said alone proves it ("Rowe-Okafor said"); "the Rt Rev" before a title is no body's word; a
statement read "on behalf of" someone is theirs; a body's name with an "&" set off after a noun is its apposition,
though the parser made it a conjunct. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.passes import build_actors
from tests.support.quotes import speakers


def test_an_aside_denying_a_tie_names_no_speaker(nlp):
    text = (
        "Senate\n\nRepublicans seized on the statement. Sen. Walt Brennick (R-Kan.) — no relation to the "
        "committee chair — called it “a blank cheque for the agency” and warned of retaliation."
    )
    assert speakers(text, nlp)["a blank cheque for the agency"] == "Walt Brennick"


def test_a_bishop_of_a_synod_writes_and_the_synod_is_no_person(nlp):
    text = (
        "Church\n\nIn a letter read to the congregation last month, Bishop Marianne Torvik of the Southern "
        'Minnesota Synod wrote that the chapel "has been a lamp on a hill for a century and a half."'
    )
    assert speakers(text, nlp)["has been a lamp on a hill for a century and a half."] == "Marianne Torvik"
    people = {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}
    assert "Synod" not in people


def test_letters_with_a_linking_words_small_letter_are_the_bodys(nlp):
    text = (
        "Shipyard\n\nThe deal, confirmed by the Ministry of Defence on Monday, is the largest order at the yard.\n\n"
        "In a statement, the MoD said: “This contract will sustain vital skills in the region.”"
    )
    assert (
        speakers(text, nlp)["This contract will sustain vital skills in the region."] == "Ministry of Defence"
    )


def test_a_given_name_written_short_opens_the_name(nlp):
    text = (
        'Typhoon\n\n"The death toll may still rise. We have not reached several coastal barangays," said Ma. '
        "Teresita dela Cruz, spokesperson of the Office of Civil Defense in Eastern Visayas."
    )
    found = speakers(text, nlp)
    assert found["The death toll may still rise. We have not reached several coastal barangays,"] == (
        "Ma. Teresita dela Cruz"
    )


def test_a_last_name_word_the_tagger_could_not_place_stays_in_the_name(nlp):
    text = (
        "Shipyard\n\nEconomy Minister Conor Mac Giolla Rí MLA described it as “a game-changer for east Belfast”.\n\n"
        "“Today proves otherwise,” Mr Mac Giolla Rí said."
    )
    assert speakers(text, nlp)["a game-changer for east Belfast"] == "Conor Mac Giolla Rí"


def test_a_name_set_off_after_a_statements_signer_is_not_the_subject(nlp):
    text = (
        "Strike\n\nBut the Minister of Education, Prof. Abubakar Tanko Yusuf, in a statement signed by the ministry's "
        'Director of Press and Public Relations, Mrs. Chioma Eze-Nwankwo, described the strike as "unnecessary and '
        'ill-timed."'
    )
    assert speakers(text, nlp)["unnecessary and ill-timed."] == "Abubakar Tanko Yusuf"


def test_the_holder_of_a_bodys_role_speaks_not_the_body(nlp):
    text = (
        "Strike\n\nEarlier, the ASUU National President, Prof. Victor Okonkwo-Bassey, had told journalists in Abuja "
        'that "the strike is total, comprehensive and indefinite."'
    )
    assert (
        speakers(text, nlp)["the strike is total, comprehensive and indefinite."] == "Victor Okonkwo-Bassey"
    )


def test_a_given_name_tagged_a_place_speaks_with_a_familys_surname(nlp):
    text = (
        "Exams\n\nFor students, the news came as a blow just weeks before entrance examinations. Ananya Panda, a "
        "Class 12 student at a Balasore college, said she had already moved on to other subjects.\n\n"
        '"I had finished Physics and started revising Chemistry. Now I have to go back and prepare everything '
        'again," Ananya Panda told this newspaper.\n\n'
        "Parents' groups also expressed anger. \"The system has failed them again,\" said Prakash Panda, Ananya's "
        "father and president of the Balasore Parents' Forum."
    )
    names = {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}
    assert "Ananya Panda" in names
    found = speakers(text, nlp)
    assert (
        found[
            "I had finished Physics and started revising Chemistry. Now I have to go back and prepare everything again,"
        ]
        == "Ananya Panda"
    )


def test_the_sender_of_a_statement_saying_speaks(nlp):
    text = (
        "Daycare\n\nThe minister's office, asked about waitlists, sent a statement saying Ontario has created "
        '"more than 58,000 new spaces since 2022."'
    )
    assert speakers(text, nlp)["more than 58,000 new spaces since 2022."] == "The minister's office"


def test_a_letter_a_body_sent_is_the_bodys(nlp):
    text = (
        "Daycare\n\nShe showed me a letter the Ministry of Education sent operators in August. The letter says the "
        'province "recognizes the pressures facing licensees."'
    )
    assert "Ministry of Education" in speakers(text, nlp)["recognizes the pressures facing licensees."]


def test_that_was_the_promise_from_names_the_quote_before(nlp):
    text = (
        "Rent\n\n‘We will be back on the first Saturday of every month until something changes.’\n\n"
        "That was the promise from Siobhán Ní Bhriain of the Tenants’ Network, one of the groups behind the march."
    )
    assert (
        speakers(text, nlp)["We will be back on the first Saturday of every month until something changes."]
        == "Siobhán Ní Bhriain"
    )


def test_a_familys_plural_and_a_late_wife_give_the_surname(nlp):
    text = (
        "Guard\n\nFor 31 years, children crossed Elm Street under the glove of Walter Pruszynski.\n\n"
        "The Pruszynskis’ son, Mark, who crossed Elm Street in the 1980s, drove in for the occasion.\n\n"
        "Among those who gathered was Geoffrey Hollins, who served as head verger.\n\n"
        "Mr Hollins married his late wife, Jean, in the chapel in 1976."
    )
    names = {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}
    assert {"Mark Pruszynski", "Jean Hollins"} <= names


def test_a_principal_titles_a_name_the_model_left_untagged(nlp):
    text = (
        "Guard\n\nSeveral of those children now send their own kids to Lincoln, according to Principal Annette "
        "Rowe-Okafor.\n\n“He knows every family,” Rowe-Okafor said."
    )
    people = {a.name for a in build_actors(nlp(text)).actors if a.kind == "person"}
    assert "Annette Rowe-Okafor" in people


def test_a_clergy_style_before_the_title_is_no_body(nlp):
    text = (
        "Fire\n\nCrews fought the blaze through the night.\n\nThe Rt Rev Nicholas Pendleton-Hay, the Bishop of "
        "Ashcombe, wrote on social media on Wednesday morning: ‘Our hearts are broken but our faith is not.’"
    )
    kinds = {a.name: a.kind for a in build_actors(nlp(text)).actors}
    assert kinds.get("Nicholas Pendleton-Hay") == "person"


def test_a_statement_read_on_behalf_of_someone_is_theirs(nlp):
    text = (
        "Verdict\n\nA jury convicted Dalton Reyes-Whitford of wire fraud.\n\nOutside the courthouse, defense lawyer "
        "Miriam Osterberg read a statement on behalf of Reyes-Whitford, who had been led out by marshals.\n\n"
        '"I am disappointed by the verdict and I will appeal," the statement said.'
    )
    assert (
        "Dalton Reyes-Whitford" in speakers(text, nlp)["I am disappointed by the verdict and I will appeal,"]
    )


def test_a_body_set_off_after_a_noun_is_its_apposition_despite_its_ampersand(nlp):
    text = (
        "Fire\n\nThe restoration contractor, Harwood & Pile Conservation, said in a statement that it was "
        "‘cooperating fully’ with the fire service."
    )
    assert speakers(text, nlp)["cooperating fully"] == "Harwood & Pile Conservation"
