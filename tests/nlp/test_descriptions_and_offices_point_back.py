"""Rules written in the forty-third pass from the blind sets mixed217, mixed218, mixed223, mixed224 and mixed225-228
(each measured once first): a description points back to the person the narration is about, not to a holder named
only after it or long before; a clause's subject inside a sentence is not whom the sentence is about; a seat's
description ("the two-term councillor") of an abbreviated title; an office defined by its initials in brackets; an
office the model tagged a body; a team's role the parser read as an adverb; a body named after "of"; a document
"from the company"; a name in apposition hung on its post-nominal letters; a name before a participle set off by commas
that the parser read as a past tense. Sentences written for these tests."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_description_points_back_not_to_a_holder_named_after_it(nlp):
    text = (
        "Brewers edge Reds\n\nBrewers reliever-turned-starter Luis Arroyo left after five innings.\n\n"
        "Marcus Bell (3-1) pitched two scoreless innings for the win. The 36-year-old right-hander, who signed a "
        "minor league deal in February, struck out Monroe to end the 10th.\n\n"
        "“I'll take any win I can get,” the veteran reliever said.\n\n"
        "Reds reliever Tony Baptiste took the loss."
    )
    assert speakers(text, nlp)["I'll take any win I can get,"] == "the veteran reliever, Marcus Bell"


def test_a_holder_named_before_the_description_still_holds_it(nlp):
    text = (
        "Brewers edge Reds\n\nReds reliever Tony Baptiste took the loss after walking two batters.\n\n"
        "“I'll take any win I can get,” the veteran reliever said."
    )
    assert speakers(text, nlp)["I'll take any win I can get,"] == "the veteran reliever, Tony Baptiste"


def test_the_words_of_a_description_given_to_the_subject_pick_the_subject(nlp):
    text = (
        "Tide hold off Sound\n\nStar guard Jalen Pryce was held to 17 points on 6-of-21 shooting.\n\n"
        "Marcus Okonkwo, a nine-year veteran, said the rivalry with his brother goes back to a hoop in the garage.\n\n"
        "“He never beat me out there,” the veteran guard added."
    )
    assert speakers(text, nlp)["He never beat me out there,"] == "the veteran guard, Marcus Okonkwo"


def test_a_subject_of_a_clause_inside_the_sentence_is_not_whom_it_is_about(nlp):
    text = (
        "Tide win in overtime\n\nVeteran center Luis Ferreira finished with 14 points and 13 rebounds off the bench "
        "and drew a charge on Dante Okonkwo with 1:12 left in overtime that Nashville coach Tamara Welch argued "
        "should have been a block.\n\n"
        "“You have to be willing to hit the floor,” the 35-year-old said."
    )
    assert speakers(text, nlp)["You have to be willing to hit the floor,"] == "the 35-year-old, Luis Ferreira"


def test_the_description_given_in_apposition_is_the_holders_own(nlp):
    text = (
        "Blazers trade Ashby\n\nMemphis gets Jalen Ashby and backup center Dorian Plaskett.\n\n"
        "Plaskett, 31, the veteran center who had been in Portland for three seasons, was more emotional.\n\n"
        "“This city took a chance on me,” the veteran center added."
    )
    assert speakers(text, nlp)["This city took a chance on me,"] == "the veteran center, Dorian Plaskett"


def test_a_seat_holders_describing_words_pick_the_one_the_narration_is_about(nlp):
    text = (
        "LRT delays\n\nCoun. Marie Arsenault chairs the committee.\n\n"
        "That drew a sharp response from Coun. Glen Sorensen, who sits on the committee.\n\n"
        "“Why should today be any different?” the two-term councillor said."
    )
    assert (
        speakers(text, nlp)["Why should today be any different?"] == "the two-term councillor, Glen Sorensen"
    )


def test_an_office_defined_by_its_initials_is_the_person_named_after_them(nlp):
    text = (
        "Cocoa farmers\n\nAt a durbar last Saturday, the farmers, led by the Chief Farmer of the district, Nana "
        "Kwaku Agyeman-Duah, said many were selling their beans to middlemen.\n\n"
        "The District Chief Executive (DCE) for Sunyani West, Hon. Gifty Amankwah, who was the "
        "special guest of honour at the durbar, assured the farmers that their concerns would be conveyed to the "
        "appropriate authorities in Accra.\n\n"
        "“The government is committed to the welfare of cocoa farmers. We have heard you,” the DCE said."
    )
    got = speakers(text, nlp)[
        "The government is committed to the welfare of cocoa farmers. We have heard you,"
    ]
    assert got == "the DCE, Gifty Amankwah"


def test_a_bodys_initials_in_brackets_name_no_person(nlp):
    text = (
        "Fuel prices\n\nThe Ceylon Petroleum Corporation (CPC), Octane Marketing's rival, raised prices on Monday.\n\n"
        "“Prices follow the formula,” the CPC said."
    )
    assert speakers(text, nlp)["Prices follow the formula,"] != "the CPC, Octane"


def test_an_office_the_model_tagged_a_body_is_its_holder(nlp):
    text = (
        "Seanad passes bill\n\nThe debate ran over time, and the Cathaoirleach, Senator Bríd Hanrahan, twice had to "
        "intervene.\n\n‘Senator, you are well over time,’ the Cathaoirleach said."
    )
    assert speakers(text, nlp)["Senator, you are well over time,"] == "the Cathaoirleach, Bríd Hanrahan"


def test_a_teams_role_read_as_an_adverb_is_a_player_not_the_team(nlp):
    text = (
        "Crowns edge Lariats\n\nThe Nashville Crowns beat the Austin Lariats 84-79.\n\n"
        "Chidinma Okafor said the loss stung more because of who hit the shot.\n\n"
        '"If anybody else hits that shot, I\'m mad for an hour," the Lariats forward said.'
    )
    got = speakers(text, nlp)["If anybody else hits that shot, I'm mad for an hour,"]
    assert got == "the Lariats forward, Chidinma Okafor"


def test_a_bodys_noun_with_its_name_after_of_is_that_body(nlp):
    text = (
        "Land dispute\n\nA businessman has sued the county over a lease.\n\n"
        'In a statement, the law firm of Omondi, Chebet & Associates said its client "will not be intimidated".'
    )
    assert speakers(text, nlp)["will not be intimidated"] == "Omondi, Chebet & Associates"


def test_a_document_from_the_company_is_the_companys(nlp):
    text = (
        "Potash mine\n\nWestlake Minerals Inc. will spend $1.2 billion on a new shaft, the company said Tuesday.\n\n"
        "“The project is the largest investment in the region,” according to a news release from the company."
    )
    assert (
        speakers(text, nlp)["The project is the largest investment in the region,"]
        == "Westlake Minerals Inc."
    )


def test_a_name_hung_on_its_post_nominal_letters_is_the_apposition(nlp):
    text = (
        "Fraud sentence\n\nThe elder Chan, 62, was jailed for six years on Friday.\n\n"
        "In mitigation, the elder Chan's counsel, Anthony Ma Kwok-leung SC, said his client was "
        '"deeply remorseful".'
    )
    assert speakers(text, nlp)["deeply remorseful"] == "Anthony Ma Kwok-leung"


def test_a_given_name_between_a_title_and_a_surname_tagged_a_body_is_the_persons(nlp):
    text = (
        "Fuel queues\n\nThe National Petroleum Company Limited (NPCL) said there was no shortage.\n\n"
        'In a statement, its spokesperson, Mr Olumide Bakare, said, "NPCL has 30 days of petrol in stock."'
    )
    assert speakers(text, nlp)["NPCL has 30 days of petrol in stock."] == "Olumide Bakare"


def test_a_name_before_a_participle_set_off_and_read_as_a_past_tense_is_the_cues(nlp):
    text = (
        "Energy bills rise\n\nEnergy minister Rhys Pemberton, asked about the rise on BBC Radio 4’s Today programme, "
        "said the Government ‘inherited a system built on volatile gas’ and would not ‘pretend there is a quick fix’."
    )
    assert speakers(text, nlp)["inherited a system built on volatile gas"] == "Rhys Pemberton"


def test_a_documents_read_the_tagger_took_for_one_noun_is_a_cue(nlp):
    text = (
        "Tornado\n\nThe sheriff's office urged people to stay away in a post on Facebook early Wednesday.\n\n"
        '"If you do not live in Hollis Creek, please do not drive to Hollis Creek," the post read.'
    )
    assert "If you do not live in Hollis Creek, please do not drive to Hollis Creek," in speakers(text, nlp)


def test_the_post_read_is_the_one_who_posted_it_in_the_paragraph_before(nlp):
    text = (
        "River cleanup\n\nIn a post on its Facebook page Saturday evening, Riverbank Keepers thanked volunteers for "
        "turning out despite the drizzle.\n\n"
        '"You showed up in the rain and you filled 41 trucks," the post read.'
    )
    assert speakers(text, nlp)["You showed up in the rain and you filled 41 trucks,"].endswith(
        "Riverbank Keepers"
    )


def test_a_verb_of_posting_names_whose_words_a_post_of_two_sentences_are(nlp):
    text = (
        "Nurses wait\n\nThe Filipino Nurses Association of Manitoba has pressed the province for months.\n\n"
        "On Monday, the association posted a photo of a stack of application receipts on its Facebook page.\n\n"
        "\"Another month, another 'under review.' Our nurses deserve answers,\" the post read."
    )
    got = speakers(text, nlp)["Another month, another 'under review.' Our nurses deserve answers,"]
    assert got.endswith("Filipino Nurses Association of Manitoba")


def test_the_senior_cop_is_the_police_officer_the_article_titled(nlp):
    text = (
        "Festival\n\nSuperintendent Marcia Dennis-Walker, commanding officer for the St Mary Police Division, said the "
        "event was largely incident-free. She said two men were arrested for possession of ganja and one patron was "
        "taken to hospital after a fall.\n\n"
        '"We had over 80 police personnel deployed," the senior cop said.'
    )
    assert (
        speakers(text, nlp)["We had over 80 police personnel deployed,"]
        == "the senior cop, Marcia Dennis-Walker"
    )


def test_the_traditional_ruler_is_the_chief_the_article_named(nlp):
    text = (
        "Flood victims\n\nThe community head of Ganaja-Otite, Chief Samuel Adejoh Okpanachi, said more than 600 houses "
        "had been affected.\n\n"
        "He said: “This is the worst flood we have seen since 2012.”\n\n"
        "Many of the displaced are sleeping in classrooms at the primary school.\n\n"
        "“We need food, we need mats,” the traditional ruler said."
    )
    assert (
        speakers(text, nlp)["We need food, we need mats,"] == "the traditional ruler, Samuel Adejoh Okpanachi"
    )


def test_the_garda_is_the_officer_titled_garda(nlp):
    text = (
        "Syringe robbery\n\nGarda Ciarán Foley told the court that Mulcahy entered the shop at around 9.20pm.\n\n"
        "Two customers followed Mulcahy outside and restrained him until gardaí arrived.\n\n"
        "‘He was very upset in interview,’ the garda said."
    )
    assert speakers(text, nlp)["He was very upset in interview,"] == "the garda, Ciarán Foley"


def test_the_noun_set_off_after_a_name_picks_that_person_for_the_description(nlp):
    text = (
        "Jets push Wild to brink\n\nThe Wild outshot Winnipeg 45-24, but Anders Lindqvist, the 27-year-old Swede whom "
        "fans have taken to calling “the Wall,” turned aside everything after Minnesota’s Kieran Doucet tied it 1-1 "
        "early in the third.\n\n"
        "“We’re not done yet,” the Swede said."
    )
    assert speakers(text, nlp)["We’re not done yet,"] == "the Swede, Anders Lindqvist"


def test_a_name_joined_to_the_noun_before_and_then_set_off_is_the_next_verbs_subject(nlp):
    text = (
        "Everton 1-1 Palace\n\nEverton manager Inigo Sarasola insisted his side deserved all three points after captain "
        "Callum Rourke's 88th-minute header rescued a 1-1 draw.\n\n"
        "Palace had led through Jordan Asante's first-half strike until Rourke rose highest to meet substitute Teddy "
        "Marsh's cross.\n\n"
        "Everton had 21 shots to Palace's six, and Sarasola, who replaced caretaker Mick Farrow in the summer, was in "
        "no doubt about who had been the better side.\n\n"
        "'We deserved more today,' he told Sky Sports.\n\n"
        "Asked whether he was frustrated with his forwards, the Spaniard smiled.\n\n"
        "'Frustrated? No. I am frustrated when we do not create.'"
    )
    assert speakers(text, nlp)["Frustrated? No. I am frustrated when we do not create."].endswith(
        "Inigo Sarasola"
    )
