"""Rules from the twenty-sixth pass's blind sets mixed90 and mixed91 (each measured once on 9c9bed8): a trade the
article sets off beside a name is that person's role even when no list knows it ("Ciarán Feeney, the auctioneer
in Strokestown," … "the auctioneer said"), without counting as an office that sets them against another role; a
name the parser joined to a role as a second conjunct ("the Commissioner for Works and Transport, Chief Rasheed
Lawal, said"); a member of a legislature by the general word and back ("the lawmaker", "the two-time MLA"), a GP
for a doctor; a role by its initials after an article is no body ("the MLA said"); the name an unnamed subject gave
is the subject ("a retired teacher who gave only her first name, Carol, said"); a speech verb the tagger read as
a noun after a closed quote; a kin noun before a name makes it a person ("my cousin Tama Parata"); "Uncle" and
"Aunt" are titles ("Uncle Hemi" is Hemi Parata). Sentences written for these tests; near misses keep the old
reading."""

from __future__ import annotations

from bot.nlp.quotes.cues import is_cue
from tests.support.actors import people
from tests.support.quotes import speakers

FARM = (
    "Selling the farm\n\nIn June, my father told me he had asked Ciaran Feeney, the auctioneer in Strokestown, to "
    "come out and walk the land.\n\nFeeney came out the following week.\n\n"
)


def test_a_trade_set_off_beside_a_name_is_that_persons_role(nlp):
    found = speakers(FARM + "“You will not get Kildare money,” the auctioneer said.", nlp)
    assert found["You will not get Kildare money,"] == "the auctioneer, Ciaran Feeney"


def test_a_word_for_people_at_large_set_off_beside_a_name_is_no_role(nlp):
    text = (
        "Fire\n\nThe fire started at the home of Tom Reyes, a man who lives alone.\n\nCrews arrived within "
        "minutes.\n\nThe neighbours watched.\n\n“It went up so fast,” the man said."
    )
    assert speakers(text, nlp)["It went up so fast,"] == "the man"


def test_a_trade_given_is_no_office_that_sets_its_holder_against_another_role(nlp):
    text = (
        "Debate\n\nPatrick Mulcahy, the choice of the state Republican Party, spoke first.\n\nMulcahy, 61, who "
        "prosecuted cases for 26 years, called the distinction “lawyer talk.”\n\n“She has told you how she is "
        "going to vote,” the former prosecutor said."
    )
    assert speakers(text, nlp)["She has told you how she is going to vote,"] == (
        "the former prosecutor, Patrick Mulcahy"
    )


def test_a_name_the_parser_joined_to_a_role_is_its_holder(nlp):
    text = (
        "Bridge collapse\n\nWhen contacted, the Commissioner for Works and Transport, Chief Rasheed Lawal, said "
        "engineers had visited the site and that a bridge would be installed “within the next three weeks”."
    )
    assert speakers(text, nlp)["within the next three weeks"] == "Rasheed Lawal"


def test_a_legislator_is_the_lawmaker_and_the_mla(nlp):
    text = (
        "Mining lease\n\nOpposition legislator Rashmi Rekha Nayak, who represents a neighbouring constituency, "
        "said the order exposed “a pattern of paper consent.”\n\nThe judge was unmoved.\n\n“This is not one "
        "lease,” the lawmaker said."
    )
    assert speakers(text, nlp)["This is not one lease,"] == "the lawmaker, Rashmi Rekha Nayak"


def test_a_role_by_its_initials_after_an_article_is_no_body(nlp):
    text = (
        "Mining lease\n\nOpposition legislator Rashmi Rekha Nayak said the order exposed “a pattern of paper "
        "consent.”\n\n“This is not one lease,” the two-time MLA said."
    )
    assert speakers(text, nlp)["This is not one lease,"] == "the two-time MLA, Rashmi Rekha Nayak"
    surgery = (
        "Surgery to close\n\nThe practice's senior partner, Dr Gareth Pryce, said the decision had been ‘the "
        "hardest of my career’.\n\n‘We advertised for eighteen months,’ the GP said."
    )
    assert speakers(surgery, nlp)["We advertised for eighteen months,"] == "the GP, Gareth Pryce"


def test_the_name_an_unnamed_subject_gave_is_the_subject_a_pronoun_continues(nlp):
    text = (
        'Debate\n\nMorrow\'s spokeswoman, Keisha Dunmore, said the post "says more about their night than ours."'
        "\n\nOutside the auditorium, a retired teacher from Carson City who gave only her first name, Carol, said "
        'she was still undecided.\n\n"They both did fine," she said.'
    )
    assert speakers(text, nlp)["They both did fine,"] == "Carol"  # not the spokeswoman before


def test_a_speech_verb_read_as_a_noun_right_after_a_closed_quote_is_a_cue(nlp):
    doc = nlp("“We finally closed one out,” the 27-year-old said, still holding the broom.")
    said = next(t for t in doc if t.text == "said")
    said.pos_ = "NOUN"  # as the tagger read it in a longer page
    assert is_cue(said)
    doc = nlp("The minister has the said property in her name.")
    said = next(t for t in doc if t.text == "said")
    said.pos_ = "NOUN"
    assert not is_cue(said)  # no quote closed before it


def test_a_name_after_a_kin_noun_is_a_person_and_uncle_is_a_title(nlp):
    text = (
        "The crooked hallway\n\nMy uncle Hemi Parata arrived from Gisborne the next day with a chainsaw.\n\n"
        "“Someone has to do the firewood,” he said, looking at me and my cousin Tama Parata.\n\nUncle Hemi "
        "stood up to speak for the family."
    )
    found = people(text, nlp)
    assert "Tama Parata" in found
    assert "Uncle Hemi" not in found and "Hemi Parata" in found


def test_initials_only_a_role_goes_by_are_no_body_as_a_modifier_either(nlp):
    text = (
        "Patients told to travel after GP practice fails to find partners\n\nPatients at a GP surgery say they "
        "feel let down.\n\nThe practice's senior partner, Dr Gareth Pryce, said the decision had been hard.\n\n"
        "‘We advertised for eighteen months,’ the GP said."
    )
    assert speakers(text, nlp)["We advertised for eighteen months,"] == "the GP, Gareth Pryce"
    # a bank's initials before a noun stay a body
    bank = (
        "Rates\n\nTD economist Beata Caranci said rates would fall.\n\n“We expect two more cuts,” she said."
    )
    assert speakers(bank, nlp)["We expect two more cuts,"] == "Beata Caranci"


def test_a_surname_the_tagger_read_as_a_verb_opening_a_sentence_is_the_person(nlp):
    text = (
        "Curling\n\nKendra Olafson beat Tess Moberly 7-6, with Raylene Harms at lead.\n\nLater Sunday evening, "
        "Moberly wrote in a post on Instagram that she was “so proud of this team”.\n\nHarms, the team's lead, "
        "said the group had made changes after last year's loss in the final.\n\n“We talked a lot about not "
        "playing to lose,” she said."
    )
    assert speakers(text, nlp)["We talked a lot about not playing to lose,"] == "Raylene Harms"


def test_a_name_at_birth_is_no_second_person(nlp):
    text = (
        "Obituary\n\nEleanor Brandt, who chaired the Finance Committee, died Sunday. She was 88.\n\nBorn Eleanor "
        "Ruth Lindgren on a dairy farm near Stillwell in 1936, she taught civics for 12 years.\n\nIn a 1987 "
        "speech, she told colleagues: “I am not leaving this building until the schools are funded.”"
    )
    found = people(text, nlp)
    assert "Eleanor Brandt" in found and not any("Lindgren" in name for name in found)
    assert (
        speakers(text, nlp)["I am not leaving this building until the schools are funded."]
        == "Eleanor Brandt"
    )
    # a place of birth after "born" is no name at birth
    assert "Tom Reyes" in people("Obituary\n\nTom Reyes, born in Stillwell, died Sunday. He was 88.", nlp)


def test_a_caption_closing_with_photo_by_a_name_and_outlet_gives_no_person_or_role(nlp):
    text = (
        "Olafson sisters win title\n\nSkip Kendra Olafson, right, and third Brooke Olafson celebrate after winning "
        "the provincial championship in Rosthern on Sunday. Photo by Cory Lindberg /Saskatoon StarPhoenix\n\n"
        "Kendra Olafson made a precise hit to beat Saskatoon's Tess Moberly 7-6.\n\nMoberly, who won the title in "
        "2022, came up light on a draw to the button.\n\n“That one's going to stick with me,” the skip said."
    )
    assert speakers(text, nlp)["That one's going to stick with me,"] == "the skip, Tess Moberly"
    found = people(text, nlp)
    assert "Skip Kendra Olafson" not in found and "Cory Lindberg" not in found


def test_the_one_person_of_the_pronouns_sex_beside_a_subject_of_the_other(nlp):
    text = (
        "Bike lanes\n\nNadia Fernandes, chair of the BIA, said sales dropped.\n\n“We are not anti-bike,” Fernandes "
        "said.\n\nAhmed Karim rides Delmore every morning with his daughter, Layla Karim, 12, on the way to her "
        "school.\n\n“I like that I can wave at my friends from the bike,” she said."
    )
    assert speakers(text, nlp)["I like that I can wave at my friends from the bike,"] == "Layla Karim"
    # a woman of the sentence beside another of no known sex is no one answer: the subject before stays
    text = text.replace("his daughter, Layla Karim, 12,", "Layla Karim and Robin Tate")
    assert speakers(text, nlp)["I like that I can wave at my friends from the bike,"] == "Nadia Fernandes"


def test_a_name_set_off_after_its_roles_field_and_titles_is_the_subject(nlp):
    text = (
        "Market fire\n\nA textile trader, Mrs Bukola Adebayo, said she had just restocked her shop.\n\nThe Iyaloja "
        "of the market, Chief (Mrs) Abike Salami, appealed to the state government to come to the aid of the "
        "traders.\n\nShe said, “Our women are crying.”"
    )
    assert speakers(text, nlp)["Our women are crying."] == "Abike Salami"


def test_a_family_term_is_the_writers_relative_the_article_introduced(nlp):
    text = (
        "The crooked hallway\n\nMy mother, Ruth Whitcombe, the youngest of six, was in the room.\n\nThe oncologist "
        "told her that was entirely her choice.\n\n“He was very polite about it,” Mum told me later."
    )
    assert speakers(text, nlp)["He was very polite about it,"] == "Ruth Whitcombe"
    # two women introduced as the writer's mother leave the term alone (a stepmother, say)
    two = text.replace("was in the room.", "was in the room with my mother, Ann Reyes.")
    assert speakers(two, nlp)["He was very polite about it,"] == "Mum"


def test_the_tail_of_a_bodys_name_is_no_untagged_person(nlp):
    text = (
        "Condos\n\nEconomist Benjamin Whitford of the Centre for Urban Housing Studies said the downturn is “a "
        "correction that was always coming” but warned that it could ripple."
    )
    assert speakers(text, nlp)["a correction that was always coming"] == "Benjamin Whitford"


def test_a_lawyer_by_another_word_of_the_trade_is_the_one_named(nlp):
    # two attorneys by title: the lawyer is the one the narration just had speak
    text = (
        "Sentencing\n\nAssistant Prosecuting Attorney Dana Castellanos-Hart asked for nine years.\n\nHis "
        "attorney, Stephen Nakamura, said his client would not appeal.\n\n“He accepted responsibility from day "
        "one,” the lawyer said."
    )
    assert speakers(text, nlp)["He accepted responsibility from day one,"] == "the lawyer, Stephen Nakamura"


def test_a_he_or_she_after_a_noun_subject_votes_no_sex_for_the_person_before(nlp):
    text = (
        "Wildfire\n\nDale and Marnie Sorensen left their home around 11 p.m. Sunday.\n\n“It came over the ridge so "
        "fast,” Dale Sorensen said at the reception centre.\n\nHis wife said she grabbed the photo box.\n\n“You "
        "think you are going to be so organized. You are not,” she said."
    )
    assert speakers(text, nlp)["You think you are going to be so organized. You are not,"] == (
        "his wife, Marnie Sorensen"
    )


def test_titles_in_a_series_before_a_noun_for_them_are_no_quotes(nlp):
    text = (
        "Plant closing\n\nThe Chicago-based company, maker of the “Sunny Swirl” and “Fudge Buddies” brands, "
        "announced the closure.\n\nIn a statement, Pellworth said the decision was “difficult but necessary.”"
    )
    found = speakers(text, nlp)
    assert "Sunny Swirl" not in found and "Fudge Buddies" not in found
    assert found["difficult but necessary."] == "Pellworth"


def test_a_side_argued_after_the_letters_after_a_name_ties_the_counsel(nlp):
    text = (
        "Court\n\nEoin Ó Dálaigh SC, defending, said his client had repaid the money.\n\nMr Ó Dálaigh said his "
        "client's wife was in court. Counsel said Fagan's mother, Bridget Fagan, had remortgaged her home.\n\n“She "
        "is 79 years of age,” counsel said."
    )
    assert speakers(text, nlp)["She is 79 years of age,"] == "Eoin Ó Dálaigh"
