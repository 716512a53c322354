"""Quote rules for registers beyond US political news: British single marks (nested and run-on
quotes), Q&A interviews, headline quotes as the brief gives them, names used as modifiers, nicknames
describing the speaker and titles in apposition to a work. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from bot.nlp.quotes import find_quote_spans
from bot.nlp.quotes.headline import headline_quote
from bot.text.clean import split_title
from tests.support.quotes import rule_quotes


def spans(text: str) -> list[str]:
    return [s.text_in(text) for s in find_quote_spans(text)]


def quotes(text: str, nlp) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in rule_quotes(text, nlp)]


# --- British style: double marks nested in single ones ---------------------------------------------


def test_double_marks_inside_single_marks_are_part_of_the_quote():
    text = "‘The foreman shouted, “Down tools,” and we all went home,’ said Ivy Marsh."
    assert spans(text) == ["The foreman shouted, “Down tools,” and we all went home,"]


def test_double_marks_nested_in_a_closing_run_on_paragraph():
    text = (
        "Bert Naylor, 80, remembers the flood.\n\n"
        "‘The water came in at night.\n\n"
        "‘My wife said, “Get the photographs,” so I did. We lost the rest.’"
    )
    assert spans(text) == [
        "The water came in at night.",
        "My wife said, “Get the photographs,” so I did. We lost the rest.",
    ]


def test_american_single_marks_inside_double_marks_stay_nested():
    text = "“She told me ‘not today’ and shut the door,” said Omar Said."
    assert spans(text) == ["She told me ‘not today’ and shut the door,"]


def test_a_double_quote_running_past_the_single_marks_keeps_them_apart():
    # the double-quoted span opens inside the single marks and closes after them: no pair around it
    text = "She wrote ‘maybe “later’ she said” again."
    assert spans(text) == ["later’ she said"]


# --- British style: a quote running on after a closed quote and its cue -----------------------------


def test_run_on_single_quote_opened_after_a_cue_in_the_same_paragraph():
    text = (
        "‘We lost by a point,’ said the coach, Owen Pryce. ‘The lads gave everything and I could not ask "
        "for more.\n\n"
        "‘We go to Bath next week and we go to win.’"
    )
    assert spans(text) == [
        "We lost by a point,",
        "The lads gave everything and I could not ask for more.",
        "We go to Bath next week and we go to win.",
    ]


def test_an_unclosed_single_mark_without_a_next_paragraph_quote_is_no_run_on():
    text = "‘We lost,’ said Owen Pryce. ‘The lads gave everything.\n\nThe club sits ninth."
    assert spans(text) == ["We lost,"]


def test_a_continuation_paragraph_without_its_opening_mark_still_runs_on():
    # the writer forgot to reopen the quote: the second paragraph closes a quote it never opened
    for o, c in (("‘", "’"), ("“", "”")):
        text = (
            f"{o}I phoned the letting agent four times. Each time I got someone new.\n\n"
            f"I grew up on this street. And now I’m told I can’t afford to live here.{c}\n\n"
            "The agency did not reply."
        )
        assert spans(text) == [
            "I phoned the letting agent four times. Each time I got someone new.",
            "I grew up on this street. And now I’m told I can’t afford to live here.",
        ]


def test_a_stray_closing_mark_mid_sentence_is_no_continuation():
    # the next paragraph's first single mark is an apostrophe after a word, not after a full stop
    text = "‘I phoned the agent four times.\n\nThe tenants’ union met on Friday. It was full."
    assert spans(text) == []


def test_a_continuation_without_its_mark_after_pronoun_narration_is_attributed(nlp):
    text = (
        "Rents Soar in Harbour Town\n\n"
        "When Mary Tregothnan was told in May that her rent would rise by £300 a month, she assumed it was "
        "a mistake.\n\n"
        "It was not. Her landlord, a firm based in Jersey, wanted the flat for holiday lets.\n\n"
        "‘I phoned them four times. Each time I got someone new.\n\n"
        "I grew up on this street. And now I’m told I can’t afford to live here.’\n\n"
        "The firm did not reply."
    )
    got = quotes(text, nlp)
    assert ("I phoned them four times. Each time I got someone new.", "Mary Tregothnan") in got
    assert (
        "I grew up on this street. And now I’m told I can’t afford to live here.",
        "Mary Tregothnan",
    ) in got


def test_run_on_single_quote_is_attributed(nlp):
    text = (
        "‘It was a long night,’ said Nora Kelly, the shelter’s manager. ‘We had forty beds and sixty "
        "people at the door.\n\n"
        "‘Nobody was turned away.’"
    )
    got = quotes(text, nlp)
    assert ("We had forty beds and sixty people at the door.", "Nora Kelly") in got
    assert ("Nobody was turned away.", "Nora Kelly") in got


# --- Q&A interviews: questions, then quoted answers ------------------------------------------------

QA = (
    "Five minutes with Helen Ilves\n\n"
    "Helen Ilves has run the ferry café at Kirkwall for 15 years. Next month she sells up.\n\n"
    "Why now?\n\n"
    "“My knees. Standing for ten hours a day gets harder every winter.”\n\n"
    "What will you miss?\n\n"
    "“The fishermen at six in the morning. They never ordered anything but tea.”\n\n"
    "Her buyer, Callum Reid, said he would keep the menu. “Why change it?” he said."
)


def test_quoted_answers_after_questions_are_the_interviewee_s(nlp):
    got = quotes(QA, nlp)
    assert ("My knees. Standing for ten hours a day gets harder every winter.", "Helen Ilves") in got
    assert ("The fishermen at six in the morning. They never ordered anything but tea.", "Helen Ilves") in got
    assert ("Why change it?", "Callum Reid") in got


def test_one_rhetorical_question_before_a_quote_is_no_interview(nlp):
    text = (
        "Paula Grant chairs the residents’ group. Tom Webb runs the pub.\n\n"
        "What happens to the pub now?\n\n"
        "“Nobody has told us anything about the lease.”"
    )
    assert ("Nobody has told us anything about the lease.", "Paula Grant") not in quotes(text, nlp)


# --- headline quotes are in the brief (and in what the eval scores) ---------------------------------


def test_a_long_sentence_case_headline_opening_with_a_quote_and_a_colon_is_a_headline():
    line = "'I never thought it would take this long': a nurse on 30 years of night shifts at the Royal"
    assert split_title(line + "\n\nThe body of the story.")[0] == line
    sentence = "the council said on Monday that it would look again at the plans for the depot next year"
    assert split_title(sentence + "\n\nThe body.")[0] is None


def test_headline_quote_names_the_person_in_the_rest_of_the_headline(nlp):
    text = (
        "‘I never wanted to leave’: Mary Collins on forty years at the mill\n\n"
        "Mary Collins started at the Delph mill in 1984. She retires on Friday.\n\n"
        "“The noise was the first thing,” she said."
    )
    brief = analyze(text, nlp)
    assert (brief.quotes[0].quote, brief.quotes[0].speaker) == ("I never wanted to leave", "Mary Collins")


def test_a_headline_opening_with_a_quote_and_a_dash_is_a_headline_quote(nlp):
    for dash in ("–", "—", "-"):
        text = (
            f"‘This harbour is not for sale’ {dash} residents vow to fight the marina plan\n\n"
            "Residents of Porthleven on Thursday urged the tribunal to overturn the permit.\n\n"
            "Alex Trewin, who chairs the residents’ group, said the plan would ruin the coast."
        )
        brief = analyze(text, nlp)
        assert [q.quote for q in brief.quotes] == ["This harbour is not for sale"], dash


def test_an_organisation_inside_what_the_headline_is_about_is_not_its_quotes_speaker(nlp):
    text = (
        "‘We were misled’: Tenants take Brightwell Properties to court over rent increases\n\n"
        "Brightwell Properties said on Monday that it would defend the claim.\n\n"
        "Tenant Hollis Garrity said the rent had doubled in two years."
    )
    headline = headline_quote(split_title(text)[0], analyze(text, nlp).actors, [])
    assert headline is not None and headline.speaker is None


def test_an_organisation_opening_the_rest_of_the_headline_speaks_its_quote(nlp):
    text = (
        "‘We will not be bullied’: Harrow Growers vows to fight the levy\n\n"
        "Harrow Growers said on Monday it would take the province to court."
    )
    headline = headline_quote(split_title(text)[0], analyze(text, nlp).actors, [])
    assert headline is not None and headline.speaker == "Harrow Growers"


# --- names used as modifiers, nicknames describing the speaker, titles after a work noun ------------


def test_a_capitalised_name_between_the_and_its_noun_is_no_quote(nlp):
    text = "Sheriff Ana Brook urged residents in the “RED” zone to leave at once. “Go now,” Brook said."
    assert [q for q, _ in quotes(text, nlp)] == ["Go now,"]


def test_a_slogan_after_a_possessive_is_no_quote(nlp):
    text = (
        "The museum’s ‘Free After Five’ Fridays continue all summer, director Hal Innes said. "
        "‘We want students here,’ he added."
    )
    assert [q for q, _ in quotes(text, nlp)] == ["We want students here,"]


def test_speech_before_a_noun_is_kept_when_it_ends_its_clause(nlp):
    text = "“Stay Home,” the mayor, Rosa Diaz, told the city on Sunday."
    assert quotes(text, nlp) == [("Stay Home,", "Rosa Diaz")]


def test_a_nickname_describing_the_speaker_is_no_quote(nlp):
    text = (
        "The old centre-half, known in Leeds as ‘the Wall’ for his tackling, added: "
        "‘We were never going to lose that game.’"
    )
    assert [q for q, _ in quotes(text, nlp)] == ["We were never going to lose that game."]


def test_a_title_in_apposition_to_a_work_noun_is_no_quote(nlp):
    text = (
        "Ruth Olsen said the opera began as a poem, ‘Winter Harbour’, which she wrote in 1990. "
        "‘It took twenty years to find the music,’ she said."
    )
    assert [q for q, _ in quotes(text, nlp)] == ["It took twenty years to find the music,"]


# --- British councillors' title -------------------------------------------------------------------


def test_cllr_is_a_title_not_part_of_the_name(nlp):
    text = (
        "Jean Price has lived on the estate since 1990. Labour group leader Cllr Martin Hale called the "
        "plan a mistake. “We will vote against it,” he said."
    )
    assert ("We will vote against it,", "Martin Hale") in quotes(text, nlp)


def test_headline_quote_takes_the_speaker_of_the_body_quote_repeating_it(nlp):
    text = (
        "‘A slap in the face’: nurses reject pay offer\n\n"
        "Nurses have voted to reject the latest pay offer. Union leader Carla Benn said the offer was "
        "‘a slap in the face’ for staff who had worked through the winter.\n\n"
        "Health minister Owen Grey said the offer was fair."
    )
    brief = analyze(text, nlp)
    assert (brief.quotes[0].quote, brief.quotes[0].speaker) == ("A slap in the face", "Carla Benn")


def test_headline_quote_stays_unattributed_when_two_speakers_repeat_it(nlp):
    text = (
        "‘Not good enough’: parents and teachers criticise school plan\n\n"
        "Parent Julia Moss called the plan ‘not good enough’. Teacher Adam Kerr, who has taught at the "
        "school for 20 years, also said it was ‘not good enough’ for the pupils."
    )
    brief = analyze(text, nlp)
    assert brief.quotes[0].quote == "Not good enough" and brief.quotes[0].speaker is None


# --- speech and manner verbs of features and sport ------------------------------------------------


def test_feature_speech_verbs_are_cues(nlp):
    text = (
        "Susan Harper has coached the under-12s for a decade. “They keep me young,” Harper reflected. "
        "“Some weeks they keep me up at night,” she reckons."
    )
    assert quotes(text, nlp) == [
        ("They keep me young,", "Susan Harper"),
        ("Some weeks they keep me up at night,", "Susan Harper"),
    ]


def test_a_manner_verb_beside_a_quote_is_a_cue(nlp):
    text = "Pete Orme has run the chip shop since 1988. ‘I still eat here every day,’ he laughs."
    assert quotes(text, nlp) == [("I still eat here every day,", "Pete Orme")]


def test_a_manner_verb_across_a_clause_is_no_cue(nlp):
    text = (
        "The cast were superb. Her brother is the family’s ‘peacemaker’, a part he plays so badly "
        "that the audience laughed all night."
    )
    assert quotes(text, nlp) == []


def test_an_age_after_an_inverted_cue_is_the_speaker(nlp):
    text = "Kyle Baptiste came off the bench to score. “I just hit it,” said the 19-year-old."
    assert [(q, s is not None and "Kyle Baptiste" in s) for q, s in quotes(text, nlp)] == [
        ("I just hit it,", True)
    ]


# --- wire copy ------------------------------------------------------------------------------------


def test_a_dateline_is_never_the_subject_of_the_cue(nlp):
    # the parser makes the dateline a second subject of "told"
    text = "WASHINGTON (AP) — “It’s over,” Sen. Dana Holt told reporters."
    assert quotes(text, nlp) == [("It’s over,", "Dana Holt")]


def test_quoted_as_saying_credits_the_one_quoted(nlp):
    text = "State television quoted Interior Minister Omar Haddad as saying: “The border will stay shut.”"
    assert quotes(text, nlp) == [("The border will stay shut.", "Omar Haddad")]
    text = "The agency quoted a senior official as saying the talks had been “frank and useful”."
    assert quotes(text, nlp) == [("frank and useful", "a senior official")]


def test_police_rank_abbreviations_are_titles(nlp):
    text = "Officers are appealing for witnesses. Det Insp Carol Reed said: “Someone saw something.”"
    assert quotes(text, nlp) == [("Someone saw something.", "Carol Reed")]


def test_a_fragment_belongs_to_the_cue_that_reports_it(nlp):
    # the parser coordinates "urged" with the verb inside the fragment; "said" reports the fragment
    text = (
        'A spokesperson for the agency said vaccination was "the best protection we have" and urged '
        "eligible people to book a jab."
    )
    assert quotes(text, nlp) == [("the best protection we have", "A spokesperson")]


# --- inscriptions, nicknames and product names ------------------------------------------------------


def test_words_on_signs_banners_and_slogans_are_no_quotes(nlp):
    text = (
        "Protesters held banners reading “Keep Our Library Open” outside the town hall. Their slogan, "
        "painted on the railings, reads ‘Books not budgets’. “We will be back,” said organiser Jo Finn."
    )
    assert quotes(text, nlp) == [("We will be back,", "Jo Finn")]


def test_a_headline_that_appears_is_no_quote_but_a_quote_used_as_a_headline_is_kept(nlp):
    text = "Every winter the same headline appears: “Hospitals buckle under flu.” Nothing changes."
    assert quotes(text, nlp) == []
    # no verb of showing after "headline": kept (PolNeAR credits such a quote to the piece)
    text = "The Herald put it as its headline: “We are exhausted,” nurse Amy Cole told the paper."
    assert quotes(text, nlp) == [("We are exhausted,", "Amy Cole")]


def test_known_as_with_words_between_is_a_nickname(nlp):
    text = (
        "Sam Okoro, known to his teammates as “Tank”, scored the winner. “I just leaned on it,” Okoro said."
    )
    assert quotes(text, nlp) == [("I just leaned on it,", "Sam Okoro")]


def test_a_name_after_an_adjective_modifying_a_noun_is_no_quote(nlp):
    text = "The firm began shipping its new “Falcon” chip in May, chief executive Rita Moss said."
    assert quotes(text, nlp) == []


def test_a_quote_closing_the_headline_after_a_colon_takes_the_body_speaker(nlp):
    # "… testifies: ‘He was home by midnight’": the body quote holding the words names the speaker; the
    # words before the colon name no one ("Judge tells Ruiz: ‘…’" is the judge's)
    text = (
        "Mother of man accused in garage killing testifies: ‘He was home by midnight’\n\n"
        "Angela Ferraro, 51, testified for about 90 minutes on Wednesday.\n\n"
        "“He was home by midnight. I know because I was waiting up for him,” Angela Ferraro said."
    )
    brief = analyze(text, nlp)
    assert (brief.quotes[0].quote, brief.quotes[0].speaker) == ("He was home by midnight", "Angela Ferraro")


def test_a_quote_closing_the_headline_after_says_takes_the_body_speaker(nlp):
    # "… mother says ‘it will never be enough’": the body quote holding the words names her
    text = (
        "Driver Who Killed Teen Gets 6 Years; Mother Says 'It Will Never Be Enough'\n\n"
        "The driver was sentenced on Monday.\n\n"
        '"No sentence can bring her back. It will never be enough," Rhonda Saddleback told the court.'
    )
    brief = analyze(text, nlp)
    assert (brief.quotes[0].quote, brief.quotes[0].speaker) == (
        "It Will Never Be Enough",
        "Rhonda Saddleback",
    )


def test_a_headline_that_is_all_quote_is_a_quote_even_unattributed(nlp):
    # a tabloid's "‘I felt like a joke behind my own bar’" over its story: the quote is kept; the body's
    # words are not the same, so no one is named for it
    text = (
        "‘I Felt Like A Joke Behind My Own Bar’\n\n"
        "A barmaid has won £38,000 after her landlord mocked her in front of regulars.\n\n"
        "“He made me feel like a joke behind my own bar,” Kasia Wróbel said."
    )
    brief = analyze(text, nlp)
    assert brief.title == "‘I Felt Like A Joke Behind My Own Bar’"
    assert (brief.quotes[0].quote, brief.quotes[0].speaker) == ("I Felt Like A Joke Behind My Own Bar", None)


def test_a_deck_s_he_says_takes_the_body_speaker_of_its_words(nlp):
    # nothing stands before a deck's "he": the body quote holding its words names the speaker, not a name the
    # model read into the deck ("Ashwood Regional", tagged a person)
    text = (
        "Hanley's walk-off double sends Cumberland State into super regionals\n\n"
        'Freshman delivers in the 10th as Bobcats win Ashwood Regional; "I just wanted a fastball," he says\n\n'
        "By Jake Pellegrino, Sports Writer\n\n"
        "In the 10th, freshman Tyler Hanley bought one with a 1-1 fastball.\n\n"
        "Hanley lined a double into the gap with two outs, giving the Bobcats a 5-4 win in the championship game of "
        "the NCAA Ashwood Regional.\n\n"
        '"I just wanted a fastball I could drive," Hanley said.'
    )
    brief = analyze(text, nlp)
    assert [q.speaker for q in brief.quotes if q.quote.startswith("I just wanted a fastball")] == [
        "Tyler Hanley",
        "Tyler Hanley",
    ]
