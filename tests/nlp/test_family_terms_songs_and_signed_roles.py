"""Rules from the twenty-seventh pass's blind sets mixed93 and mixed94 (each measured once on c4a49b6)."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_family_term_has_the_sex_of_its_relative(nlp):
    # "he" is not "Mum", though she is the nearer subject
    text = (
        "Going home\n\nDad rarely rings on a weekday. Weekdays are for the shop, and then, if Mum is lucky, "
        "dinner out.\n\n“I have sold the boat,” he said."
    )
    assert speakers(text, nlp)["I have sold the boat,"] == "Dad"
    assert speakers(text.replace("he said", "she said"), nlp)["I have sold the boat,"] == "Mum"


def test_a_sentence_naming_the_writers_relative_introduces_the_family_term(nlp):
    text = (
        "Going home\n\nMy father is Tom Reyes, 70, and he has fished the bay since he was nine.\n\n“Not one more "
        "winter,” Dad said."
    )
    assert speakers(text, nlp)["Not one more winter,"] == "Tom Reyes"
    # "my father is" inside a sentence says nothing of who "Dad" is ("What my father is Tom Reyes' …" is no
    # introduction); only a sentence that opens with it names him
    other = text.replace("My father is Tom Reyes, 70,", "The man who taught my father is Tom Reyes, 70,")
    assert speakers(other, nlp)["Not one more winter,"] == "Dad"


def test_a_family_term_set_off_by_a_dash_before_a_name_introduces_it(nlp):
    text = (
        "The boat\n\nDad — Tom Reyes to the harbourmaster, “Skip” to his grandchildren — kept her for forty "
        "years.\n\n“She is a beauty,” Dad said."
    )
    assert speakers(text, nlp)["She is a beauty,"] == "Tom Reyes"


def test_a_song_title_sung_is_no_quote(nlp):
    text = (
        "The muster\n\nWe rode out at first light. Dad sang “Ten Guitars” under his breath for most of the "
        "climb.\n\n“That's the last of them,” he said."
    )
    found = speakers(text, nlp)
    assert "Ten Guitars" not in found
    assert found["That's the last of them,"] == "Dad"
    # words sung that are no title-case name are still someone's
    sung = text.replace("sang “Ten Guitars” under his breath", "sang “we are the champions” under his breath")
    assert "we are the champions" in speakers(sung, nlp)


def test_a_name_before_the_initials_of_an_office_is_the_speaker(nlp):
    # the parser makes the initials the subject and hangs the name under them
    text = (
        'Crash\n\n"We have done our part," said Anitha Rao, DCP (Traffic East).\n\nThe bus company did not '
        "respond."
    )
    assert speakers(text, nlp)["We have done our part,"] == "Anitha Rao"


def test_a_headline_line_takes_no_speaker_from_the_paragraph_before(nlp):
    text = (
        "Curling\n\n“We've been the bridesmaids two years running,” Kaitlyn Moreau said.\n\n‘It's a gut punch': "
        "Calgary families react to school bus route cuts\n\nThe rink went 7-1 in the round robin."
    )
    found = speakers(text, nlp)
    assert found.get("It's a gut punch") is None
    # a quote paragraph of sentences still carries the speaker on
    prose = text.replace(
        "‘It's a gut punch': Calgary families react to school bus route cuts",
        "“It's a gut punch. We will be back.”",
    )
    assert speakers(prose, nlp)["It's a gut punch. We will be back."] == "Kaitlyn Moreau"


def test_the_one_holder_of_an_abbreviated_title_is_the_bare_role(nlp):
    text = (
        "Hit and run\n\nSgt. Leanne Dorosh of the traffic division told CTV News officers have canvassed "
        "businesses.\n\n“Somebody knows whose truck that is,” Dorosh said.\n\nThe offence carries a sentence of "
        "10 years. The sergeant said the driver could still come forward.\n\n“It's never too late,” she said.\n\n"
        "“It is late,” the sergeant said."
    )
    assert speakers(text, nlp)["It is late,"] == "the sergeant, Leanne Dorosh"


def test_whoever_obtained_a_document_did_not_write_it(nlp):
    text = (
        "Libraries\n\nA letter sent to library boards last week, obtained by the Star, says the funding will "
        "end.\n\n“The Ministry has determined that the objectives can be advanced elsewhere,” the letter reads."
    )
    found = speakers(text, nlp)["The Ministry has determined that the objectives can be advanced elsewhere,"]
    assert found is None or "Star" not in found


def test_a_name_apposed_to_a_hyphened_office_issues_its_statement(nlp):
    text = (
        "Collapse\n\nThe death toll has risen to 11, the Lagos State Emergency Management Agency has said.\n\n"
        "The Director-General of LASEMA, Dr Folake Adesanya-Cole, said in a statement on Tuesday that 23 people "
        "had been rescued.\n\n“The search is ongoing,” the statement read in part."
    )
    assert speakers(text, nlp)["The search is ongoing,"] == "the statement from Folake Adesanya-Cole"


def test_those_told_words_in_a_headline_do_not_say_them(nlp):
    text = (
        "Live: Emergency warning for Gidgee Creek bushfire as residents told ‘it is too late to leave’\n\nBy Ellie "
        "Nguyen and Sam Whitford\n\nThe Rural Fire Service upgraded its warning on Tuesday.\n\n“We are ready,” "
        "Mayor Ana Ruiz told reporters."
    )
    found = speakers(text, nlp)
    assert found.get("it is too late to leave") is None
    assert found["We are ready,"] == "Ana Ruiz"
    # a show's title after "told" is who was told
    show = (
        "Politics\n\nDonald Trump is on solid ground, Carly Fiorina said Monday.\n\n“Of course he is fair game,” "
        "Fiorina told “Fox and Friends,” reminding the co-hosts of his record."
    )
    assert speakers(show, nlp)["Of course he is fair game,"] == "Carly Fiorina"


def test_a_boss_is_whoever_heads_the_body(nlp):
    text = (
        "Flood\n\nThe Onu of Odoro, Chief Joseph Ameh, appealed to the governments.\n\nThe Chairman of Ofu-Ajere "
        "LGA, Hon. Yusuf Abdulmalik, who visited the community on Friday, said the council had set up two camps."
        "\n\n“We have deployed our health workers,” the council boss said."
    )
    assert speakers(text, nlp)["We have deployed our health workers,"] == "the council boss, Yusuf Abdulmalik"


def test_a_courtesy_title_in_brackets_is_no_part_of_the_name(nlp):
    text = (
        "Flood\n\nThe lawmaker representing Ofu-Ajere Constituency in the Kogi State House of Assembly, Hon. (Mrs) "
        "Grace Ojochide, in a statement on Friday described the flood as “a national emergency” and urged the "
        "Federal Government to act."
    )
    assert speakers(text, nlp)["a national emergency"] == "Grace Ojochide"


def test_a_lower_case_word_the_tagger_read_as_a_name_sets_no_holder_apart(nlp):
    text = (
        "Plant\n\nDarnell Pruitt, president of International Association of Machinists Local 1732, said he "
        "learned of the closing by phone.\n\n“Nobody in that building is naive,” the union president said."
    )
    assert speakers(text, nlp)["Nobody in that building is naive,"] == "the union president, Darnell Pruitt"


def test_a_thing_the_parser_made_a_cues_subject_gives_way_to_the_person_between(nlp):
    text = (
        "Wildfires\n\nThe issue spilled into question period, where Conservative MP Brent Skoglund, whose B.C. "
        "Interior riding was evacuated twice in 2023, accused the government of \"playing politics with people's "
        'homes."'
    )
    assert speakers(text, nlp)["playing politics with people's homes."] == "Brent Skoglund"
    # a pronoun between is no person the parser misplaced: the subject speaks, as before
    own = (
        "Emails\n\nThe employee first said he did not recall making deletions, but in a later interview said he "
        "had an “Oh, s---” moment."
    )
    assert speakers(own, nlp)["Oh, s---"] == "The employee"


def test_a_described_person_no_rule_can_name_keeps_the_quote_unattributed(nlp):
    text = (
        "Curling\n\nThe sisters are coached by their father.\n\nHe wasn't exaggerating about the nerves.\n\n"
        "“I was a mess,” the 61-year-old said. “I had to leave the building.”"
    )
    found = speakers(text, nlp)
    assert "I was a mess," in found and found["I was a mess,"] is None


def test_what_a_place_is_known_as_and_a_pamphlets_title_are_no_quotes(nlp):
    known = (
        "Library\n\nCounty librarian Doug Fairweather said the building, known in the neighborhood as “the Little "
        "Brick,” will be appraised this summer.\n\n“We have made no decision,” he said."
    )
    found = speakers(known, nlp)
    assert "the Little Brick," not in found and found["We have made no decision,"] == "Doug Fairweather"
    pamphlet = (
        "Measles\n\nRachel Dunn said she had delayed their shots after reading a pamphlet, “Natural Immunity for "
        "Growing Families,” that a friend passed along.\n\n“I thought I was doing the right thing,” Dunn said."
    )
    assert "Natural Immunity for Growing Families," not in speakers(pamphlet, nlp)


def test_a_pronoun_after_a_titled_shared_surname_is_the_sharer_the_title_names(nlp):
    text = (
        "Court\n\nThe barman, Eoin Mulcahy, was struck by a glass. In a statement read to the court, Mr Mulcahy said "
        "he had never felt afraid.\n\nHis mother, Bridget Mulcahy, who owns the pub, sat in the gallery.\n\n"
        "Defence solicitor Aoife Ní Bhriain said her client was ashamed.\n\nSpeaking outside the courthouse, "
        "Mrs Mulcahy said the family had no wish to see him locked up.\n\n“We just want it over now,” she said."
    )
    assert speakers(text, nlp)["We just want it over now,"] == "Bridget Mulcahy"
