"""Quote finding and attribution, one rule per test, on sentences written for these tests."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from bot.nlp.quotes import find_quote_spans
from tests.support.quotes import rule_quotes


def spans(text: str) -> list[str]:
    return [s.text_in(text) for s in find_quote_spans(text)]


def quotes(text: str, nlp) -> list[tuple[str, str | None]]:
    """Quotes and speakers as the rules give them (no speaker withheld for low confidence)."""
    return [(q.quote, q.speaker) for q in rule_quotes(text, nlp)]


# --- pairing -----------------------------------------------------------------------------------------


def test_curly_marks():
    assert spans("She said “the bridge is safe” on Monday.") == ["the bridge is safe"]


def test_straight_marks():
    assert spans('He said "we will rebuild" and left. "Soon," he added.') == ["we will rebuild", "Soon,"]


def test_nyt_double_apostrophes():
    assert spans("The plan ''makes no sense,'' Ms. Reyes said.") == ["makes no sense,"]


def test_guillemets():
    assert spans("Le maire a dit «nous partons» hier.") == ["nous partons"]


def test_single_quotes_not_apostrophes():
    text = "The mayor’s aide called it ‘a fair deal’ and didn't elaborate on the ’90s plan."
    assert spans(text) == ["a fair deal"]


def test_plural_possessive_is_not_a_closing_mark():
    assert spans("He called it ‘the voters’ choice’ today.") == ["the voters’ choice"]


def test_single_quotes_inside_double_stay_inside():
    text = "“I told him, ‘Go home,’ and he did,” she said."
    assert spans(text) == ["I told him, ‘Go home,’ and he did,"]


def test_unclosed_quote_runs_to_paragraph_end():
    text = "“We will stay until the work is done.\n\n“Then we will go home,” the foreman said."
    assert spans(text) == ["We will stay until the work is done.", "Then we will go home,"]


def test_odd_number_of_marks_does_not_raise():
    assert spans('He said "yes and "no" and "maybe') is not None
    assert spans('"""') == []
    assert spans("''") == []


# --- attribution ------------------------------------------------------------------------------------


def test_speaker_after_quote(nlp):
    assert quotes("“The dam will hold,” said Maria Lopez, the chief engineer.", nlp) == [
        ("The dam will hold,", "Maria Lopez")
    ]


def test_speaker_before_quote(nlp):
    got = quotes("Maria Lopez, the chief engineer, said: “The dam will hold.”", nlp)
    assert got == [("The dam will hold.", "Maria Lopez")]


def test_pronoun_resolved_to_person(nlp):
    text = "Daniel Okafor chairs the water board.\n\n“We are running out of time,” he said."
    assert quotes(text, nlp) == [("We are running out of time,", "Daniel Okafor")]


def test_pronoun_respects_gender(nlp):
    text = (
        "Ms. Anna Berg met Mr. Tomas Haller in Vienna on Friday. "
        "Haller left early. “The talks went well,” she said."
    )
    assert quotes(text, nlp) == [("The talks went well,", "Anna Berg")]


def test_surname_speaker_maps_to_full_name(nlp):
    text = "Anna Berg runs the clinic.\n\n“We need more nurses,” Berg said."
    assert quotes(text, nlp) == [("We need more nurses,", "Anna Berg")]


def test_quote_after_quote_keeps_speaker(nlp):
    text = "“The road is closed,” Carlos Mendes said. “It will reopen next week.”"
    assert quotes(text, nlp) == [
        ("The road is closed,", "Carlos Mendes"),
        ("It will reopen next week.", "Carlos Mendes"),
    ]


def test_continued_paragraph_keeps_speaker(nlp):
    text = (
        "“The budget is tight this year,” said Carlos Mendes, the treasurer.\n\n"
        "“We will have to cut the parks program.”"
    )
    got = quotes(text, nlp)
    assert [s for _, s in got] == ["Carlos Mendes", "Carlos Mendes"]


def test_according_to(nlp):
    text = "According to Priya Natarajan, “the results are conclusive.”"
    assert quotes(text, nlp) == [("the results are conclusive.", "Priya Natarajan")]


def test_organisation_speaker(nlp):
    text = "The European Commission said the rules were “a necessary step” for consumers."
    assert quotes(text, nlp) == [("a necessary step", "European Commission")]


def test_office_speaks_for_its_owner(nlp):
    text = (
        "Senator Helen Park visited the port on Monday.\n\n"
        "Park’s office said in a statement that she would “fight for every job” in the region."
    )
    (q,) = rule_quotes(text, nlp)
    # the office under its owner's full name; the quote is filed under the owner
    assert (q.quote, q.speaker, q.speaker_actor) == (
        "fight for every job",
        "Helen Park’s office",
        "Helen Park",
    )


def test_the_statement_speaks_for_whoever_issued_it_earlier(nlp):
    text = (
        "Data Centre Approved\n\n"
        "Harlow Systems said in a statement that it had “followed every rule the county asked of us.”\n\n"
        "“We are proud to be building here and we look forward to being a good neighbour,” the statement "
        "read.\n\n"
        "In a victim impact statement read to the court, the club chairwoman, Ann Roche, said the thefts "
        "had hurt the town.\n\n"
        "“He coached our children. We trusted him with everything,” the statement said."
    )
    got = {q.quote: (q.speaker, q.speaker_actor) for q in rule_quotes(text, nlp)}
    # the issuer's name, then the article's words; filed under the issuer
    neighbour = "We are proud to be building here and we look forward to being a good neighbour,"
    assert got[neighbour] == ("the statement from Harlow Systems", "Harlow Systems")
    children = "He coached our children. We trusted him with everything,"
    assert got[children] == ("the statement from Ann Roche", "Ann Roche")


def test_the_statement_of_an_issuer_named_by_a_role_shows_the_name_once(nlp):
    text = (
        "Arena Plan\n\nSurrey Mayor Doug McCallum toured the site on Monday. The mayor said in a statement "
        "that the plan was sound.\n\n“We will build it, and we will build it on time,” the statement read."
    )
    got = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert got["We will build it, and we will build it on time,"] == "the statement from Doug McCallum"


def test_the_statement_without_a_named_issuer_stays_the_phrase(nlp):
    text = (
        "A statement was posted on the door of the closed plant on Friday.\n\n"
        "“We thank our workers for thirty years of service,” the statement read."
    )
    assert quotes(text, nlp) == [("We thank our workers for thirty years of service,", "the statement")]


def test_a_long_chain_of_the_statement_is_followed_without_overflowing(nlp):
    # Each "the statement" looks back to the one before; 400 links used to overflow the stack.
    links = "\n\n".join(
        f"The statement ran long, and part {i} of the statement covered roads." for i in range(400)
    )
    text = (
        "Road Plan\n\nHarlow Systems said in a statement that the plan was sound.\n\n"
        f"{links}\n\n“We will build it,” the statement said."
    )
    assert quotes(text, nlp) == [("We will build it,", "the statement from Harlow Systems")]


def test_partial_quote_inside_paraphrase(nlp):
    brief = analyze("Governor Sam Ortiz praised the volunteers for their “tireless” work.", nlp)
    assert [(q.quote, q.speaker, q.partial) for q in brief.quotes] == [("tireless", "Sam Ortiz", True)]


def test_scare_quote_without_cue_is_left_out(nlp):
    assert quotes("The so-called “reform” package was shelved last year.", nlp) == []


def test_unknown_speaker_is_none_not_pronoun(nlp):
    brief = analyze("“It is over,” he said.", nlp)
    assert all(q.speaker not in {"he", "she", "they"} for q in brief.quotes)


def test_nominal_speaker_kept_as_phrase(nlp):
    got = quotes("“Nobody told us anything,” a local fisherman said.", nlp)
    assert got == [("Nobody told us anything,", "a local fisherman")]


def test_dash_signoff(nlp):
    text = "Readers wrote in after the debate.\n\n“It was a long night for everyone.” ― Nadia Sorensen"
    assert quotes(text, nlp) == [("It was a long night for everyone.", "Nadia Sorensen")]


def test_they_resolves_to_recent_plural_subject(nlp):
    text = "Teachers at Lincoln High walked out on Monday. They called the pay offer “an insult.”"
    assert quotes(text, nlp) == [("an insult.", "Teachers")]


def test_they_resolves_to_group_not_later_organisation(nlp):
    text = "Democrats in the Senate blocked the bill. “This is a cynical stunt,” they said."
    assert quotes(text, nlp) == [("This is a cynical stunt,", "Democrats")]


def test_they_skips_subject_of_reported_clause(nlp):
    text = "Norwind Airlines said flights would resume. “Passengers will be refunded,” they added."
    assert quotes(text, nlp) == [("Passengers will be refunded,", "Norwind Airlines")]


def test_he_after_intervening_quote_by_another_speaker(nlp):
    text = (
        "Mr. Halvorsen opened the meeting. “We have a plan,” Halvorsen said.\n\n"
        "Ms. Dahl was unimpressed. “It is a plan to do nothing,” Dahl said.\n\n"
        "“We will see who is right,” he said."
    )
    assert [s for _, s in quotes(text, nlp)] == ["Halvorsen", "Dahl", "Halvorsen"]


def test_british_single_marks(nlp):
    text = "Alice Brennan faced angry MPs on Thursday.\n\n‘We will not back down,’ she said. ‘Not now, not ever.’"
    assert quotes(text, nlp) == [
        ("We will not back down,", "Alice Brennan"),
        ("Not now, not ever.", "Alice Brennan"),
    ]


def test_straight_single_marks_with_apostrophes():
    text = "'We won't stop until it reopens,' said Kate O'Neill, the campaign's organiser."
    assert spans(text) == ["We won't stop until it reopens,"]


def test_elided_n_is_not_a_quote():
    assert spans("‘Rock ’n’ roll never died,’ he said.") == ["Rock ’n’ roll never died,"]


def test_guillemets_attributed(nlp):
    text = "«This is a historic day», said the chancellor, Maria Vogt. «Europe has shown it can act.»"
    assert [s for _, s in quotes(text, nlp)] == ["Maria Vogt", "Maria Vogt"]


def test_paragraph_after_reported_speech_goes_to_that_speaker(nlp):
    text = (
        "Ines Moreau, the festival’s director, said ticket sales had doubled.\n\n"
        "“We added a third stage this year.”"
    )
    assert quotes(text, nlp) == [("We added a third stage this year.", "Ines Moreau")]


def test_transcript_lines_of_a_known_person(nlp):
    text = (
        "Governor Lisa Moreno spoke to us on Friday.\n\nQ: What is your first priority?\n\n"
        "MORENO: Housing. We have to build more homes.\n\nUPDATE: The interview was edited."
    )
    assert quotes(text, nlp) == [("Housing. We have to build more homes.", "Lisa Moreno")]


def test_titles_of_works_are_not_speech(nlp):
    text = "The band played “Blue River” and “Night Train” at the festival, the organisers said."
    assert quotes(text, nlp) == []


def test_quoted_subhead_is_not_speech(nlp):
    text = "“We are done here,” said Omar Haddad.\n\n‘The Long Road Back.’\n\nThe town rebuilt slowly."
    assert quotes(text, nlp) == [("We are done here,", "Omar Haddad")]


def test_closing_mark_opening_a_paragraph_never_raises():
    assert spans("”We will win this,” she said.\n\n”") == []


def test_coordinated_cue_keeps_the_reporter(nlp):
    text = "The Health Ministry said the outbreak was “under control” and urged people not to panic."
    assert quotes(text, nlp) == [("under control", "Health Ministry")]


def test_participle_after_a_name(nlp):
    text = "The new ad shows footage of Maria Lopez saying, “We will win this state.”"
    assert quotes(text, nlp) == [("We will win this state.", "Maria Lopez")]


def test_single_marks_before_a_stray_closing_double_are_nested():
    text = "… when you call them ‘bad actors,’ the way it is heard is wrong,” the senator said."
    assert spans(text) == []


def test_a_thing_inside_reported_speech_is_not_the_speaker(nlp):
    text = (
        "Tom Reyes, an economist at Harbor Bank, said the forecast implied a “painful” winter for shoppers."
    )
    assert quotes(text, nlp) == [("painful", "Tom Reyes")]


def test_narration_is_about_the_main_clause_subject_not_a_subordinate_one(nlp):
    text = (
        "Rosa Mendel ran the bakery with her husband, Karl, for thirty years.\n\n"
        "When he died in 2015, she kept it open alone. She still bakes every loaf by hand.\n\n"
        "“People said I was mad. Maybe I was.”"
    )
    assert quotes(text, nlp) == [("People said I was mad. Maybe I was.", "Rosa Mendel")]


def test_a_title_in_the_narration_does_not_stop_the_next_quote_paragraph(nlp):
    text = (
        "Nora Quist has sung in the choir at St Aidan’s for forty years.\n\n"
        "At the end of each service she plays the hymn her mother loved, “Abide With Me.” She has never "
        "missed a Sunday.\n\n"
        "“It’s the only song I know all the words to.”"
    )
    assert quotes(text, nlp) == [("It’s the only song I know all the words to.", "Nora Quist")]


def test_a_name_given_in_the_passive_is_no_quote_even_inside_speech(nlp):
    text = "Asked in 1990 about being called ‘the Iron Chef of Leeds’, Dora Pike replied: ‘I have never owned an iron.’"
    assert quotes(text, nlp) == [("I have never owned an iron.", "Dora Pike")]


def test_a_headline_or_banner_with_a_place_phrase_before_its_verb_is_no_quote(nlp):
    text = "A headline in the county paper last week read ‘Bypass back on track, says council’. Nothing was built."
    assert quotes(text, nlp) == []
    text = "A banner outside the town hall read “No tip in Kelby”, and Tom Avery said the protest was calm."
    assert quotes(text, nlp) == []


def test_giving_evidence_is_a_cue(nlp):
    text = (
        "Eimear Walsh, a psychologist who has assessed Doyle since 2022, gave evidence that he had shown "
        "‘real insight’ into his offending."
    )
    assert quotes(text, nlp) == [("real insight", "Eimear Walsh")]


def test_a_placard_showing_words_is_no_cue_for_the_chant_beside_it(nlp):
    text = (
        "Strikers chanted “No pay, no play!” and waved placards reading “Fair wages now” outside the depot."
    )
    assert quotes(text, nlp) == [("No pay, no play!", "Strikers")]


# --- unseen copy: the failure patterns of issue 16 ------------------------------------------------


def test_quote_paragraph_after_narration_about_one_person(nlp):  # pattern 1
    text = (
        "Shelter Opens Doors\n\nMaria Lopez has run the Eastside shelter for a decade. She opened it "
        "after the flood.\n\n“We had beds for twelve. It broke my heart to turn people away.”"
    )
    assert quotes(text, nlp) == [
        ("We had beds for twelve. It broke my heart to turn people away.", "Maria Lopez")
    ]


def test_narration_about_two_people_gives_no_speaker(nlp):  # pattern 1, the limit
    text = (
        "Shelter Opens Doors\n\nMaria Lopez and Tom Reyes have run the shelter for a decade.\n\n"
        "“We had beds for twelve. It broke my heart to turn people away.”"
    )
    assert quotes(text, nlp) == []


def test_pronoun_goes_to_the_nearest_fitting_person(nlp):  # pattern 2
    text = (
        "Peter Walsh, the treasurer, spoke first about the budget. The meeting was chaired by Anne Kerr. "
        "She said “we cannot keep borrowing.”"
    )
    assert quotes(text, nlp) == [("we cannot keep borrowing.", "Anne Kerr")]


def test_shared_surname_is_never_guessed(nlp):  # pattern 2
    text = (
        "Farm Dispute\n\nJohn Harlan and his son Mike Harlan run the dairy farm. “We are losing money on "
        "every litre,” Harlan said."
    )
    assert quotes(text, nlp) == [("We are losing money on every litre,", "Harlan")]


def test_a_quoted_shared_surname_is_no_third_person(nlp):  # pattern 2, the people list
    text = (
        "Farm Dispute\n\nJohn Harlan and his son Mike Harlan run the dairy farm. “We are losing money on "
        "every litre,” Harlan said."
    )
    brief = analyze(text, nlp)
    people = [a.name for a in brief.actors if a.kind == "person"]
    assert sorted(people) == ["John Harlan", "Mike Harlan"]
    # the quote keeps the article's word and is filed under no one: it is one of them, unknown which
    assert [(q.speaker, q.speaker_actor) for q in brief.quotes] == [("Harlan", None)]


def test_age_and_nationality_descriptions_name_the_person(nlp):  # pattern 3
    text = (
        "Luca Moretti stopped 31 shots in his first start. “I just tried to stay calm,” the 24-year-old "
        "said.\n\nBrazilian forward Thiago Reis scored twice. “It was a dream night,” the Brazilian said."
    )
    assert quotes(text, nlp) == [
        ("I just tried to stay calm,", "the 24-year-old, Luca Moretti"),
        ("It was a dream night,", "the Brazilian, Thiago Reis"),
    ]


def test_nickname_is_not_a_quote(nlp):  # pattern 4
    assert quotes("Critics have long called her the “Iron Lady” of British cinema.", nlp) == []


def test_nickname_inside_reported_speech_stays(nlp):  # pattern 4, the limit
    text = "Clinton says the Ohio native nicknamed “King James” is a tireless advocate for children."
    assert [q for q, _ in quotes(text, nlp)] == ["King James"]


def test_quoted_word_is_never_a_speaker(nlp):  # pattern 4
    text = "This year's list included “couth,” which doesn't describe manners but means “no value.”"
    assert all(s not in ("couth", "couth,") for _, s in quotes(text, nlp))


def test_read_more_lines_and_photo_credits(nlp):  # pattern 5
    text = (
        "Budget Row\n\nThe union met on Monday.\n\nREAD MORE: ‘Costs are rising,’ union says\n\n"
        "WATCH: “We will strike,” nurses warn"
    )
    assert quotes(text, nlp) == []


def test_british_quote_over_several_paragraphs(nlp):  # pattern 6
    text = (
        "Pay Talks\n\nNegotiator Sarah Tait said the offer was poor.\n\n‘We will not accept this offer. "
        "Our members deserve better.\n\n‘We will ballot for strike action next month.\n\n"
        "‘The employer has had months to act.’"
    )
    assert quotes(text, nlp) == [
        ("We will not accept this offer. Our members deserve better.", "Sarah Tait"),
        ("We will ballot for strike action next month.", "Sarah Tait"),
        ("The employer has had months to act.", "Sarah Tait"),
    ]


def test_dash_sign_off_after_role_words(nlp):  # pattern 7
    text = "The team lost 30-10 on Saturday.\n\n‘We could have done better.’ – Wales coach Tom Bright"
    assert quotes(text, nlp) == [("We could have done better.", "Tom Bright")]


def test_sign_off_line_after_a_pull_quote(nlp):  # pattern 7
    text = "The virus spread fast.\n\n“Nobody was ready for this.”\n\nDr Ana Ruiz, virologist\n\nCases fell."
    assert quotes(text, nlp) == [("Nobody was ready for this.", "Ana Ruiz")]


def test_headline_quote(nlp):  # pattern 8
    text = (
        "‘It was the right call’: Okafor defends late substitution\n\n"
        "Brendan Okafor, the club’s coach, spoke after the match. He said the team had run out of legs."
    )
    assert quotes(text, nlp) == [("It was the right call", "Brendan Okafor")]


def test_ordinary_wordings(nlp):  # pattern 9
    text = (
        "Clinic Reopens\n\nDana Ruiz, 37, said: “The clinic will reopen next week.”\n\n"
        "“The wait times are a scandal,” Priya Persaud told this newspaper.\n\n"
        "Officer Lee Grant could be heard saying “get back” to the crowd.\n\n"
        "Dana Ruiz is more blunt: “The system is broken.”"
    )
    assert quotes(text, nlp) == [
        ("The clinic will reopen next week.", "Dana Ruiz"),
        ("The wait times are a scandal,", "Priya Persaud"),
        ("get back", "Lee Grant"),
        ("The system is broken.", "Dana Ruiz"),
    ]


def test_phrase_with_a_hyphen_keeps_it(nlp):  # pattern 10
    text = "“We stand by our engines,” a Rolls-Royce spokesperson said."
    assert quotes(text, nlp) == [("We stand by our engines,", "a Rolls-Royce spokesperson")]


def test_speaker_phrase_never_runs_into_a_quote(nlp):  # pattern 10
    text = "Suncor said it had received “risk mitigation” payments relating to its operations abroad."
    assert all("mitigation" not in (s or "") for _, s in quotes(text, nlp))


def test_a_name_that_only_modifies_the_speaker_is_not_the_speaker(nlp):
    text = (
        "Hillary Clinton spoke in Ohio on Monday.\n\n"
        "A Clinton campaign official said the candidate “did not have a particular video in mind.”\n\n"
        "“We will not comment on private letters,” a State Department official said."
    )
    assert quotes(text, nlp) == [
        ("did not have a particular video in mind.", "A Clinton campaign official"),
        ("We will not comment on private letters,", "a State Department official"),
    ]


def test_a_name_in_apposition_is_the_speaker_even_after_an_organisation(nlp):
    text = (
        "“Somebody entered the country illegally,” the White House spokesman, Josh Earnest, told reporters."
    )
    assert quotes(text, nlp) == [("Somebody entered the country illegally,", "Josh Earnest")]


# --- role nouns, proxies, subheads (issue 16, GGT classes 1-3) ------------------------------------------


def test_role_noun_names_the_one_holder_the_article_tied_to_it(nlp):
    text = (
        "Harbourview Mayor Dana Ortiz unveiled the budget on Monday. Councillors were split.\n\n"
        "“We cannot keep borrowing for arenas,” the mayor told reporters."
    )
    assert quotes(text, nlp) == [("We cannot keep borrowing for arenas,", "the mayor, Dana Ortiz")]


def test_role_noun_by_apposition_and_its_actor_field(nlp):
    text = (
        "Priya Nair, the captain of the under-12 team, organised the fundraiser.\n\n"
        "“Everyone chipped in,” the captain said."
    )
    (q,) = rule_quotes(text, nlp)
    assert (q.speaker, q.speaker_actor) == ("the captain, Priya Nair", "Priya Nair")


def test_role_noun_stays_a_phrase_when_two_people_hold_it(nlp):
    text = (
        "Mayor Dana Ortiz met Mayor Colin Webb in Lakeside on Friday.\n\n"
        "“The bridge is our priority,” the mayor said."
    )
    assert quotes(text, nlp) == [("The bridge is our priority,", "the mayor")]


def test_role_modifiers_pick_between_holders(nlp):
    text = (
        "Prime Minister Helen Strand spoke after Finance Minister Omar Haddad tabled the budget.\n\n"
        "“This budget keeps its promises,” the prime minister said."
    )
    assert quotes(text, nlp) == [("This budget keeps its promises,", "the prime minister, Helen Strand")]


def test_company_noun_names_the_company(nlp):
    text = (
        "Norwind Airlines cut 40 routes on Tuesday. The company said the cuts were “painful but necessary.”"
    )
    assert quotes(text, nlp) == [("painful but necessary.", "the company, Norwind Airlines")]


def test_possessive_pronoun_proxy_names_the_owner(nlp):
    text = 'Senator Maya Brooks did not comment. Her office said the report was "riddled with errors."'
    assert quotes(text, nlp) == [("riddled with errors.", "Maya Brooks's office")]


def test_a_subhead_is_never_the_speaker(nlp):
    text = (
        "Questions about the budget\n\n"
        "Ortiz also claimed of the new arena, “The ground is too soft for a cheaper design.”"
    )
    assert quotes(text, nlp) == [("The ground is too soft for a cheaper design.", "Ortiz")]


def test_a_speech_verb_that_reports_no_speech_is_no_cue(nlp):
    # a modal: nobody has asked yet; a participle used as an adjective inside a noun phrase
    assert (
        quotes("The council should ask who will pay for the “world-class fan experience” next year.", nlp)
        == []
    )
    assert quotes("Officials met to discuss the so-called “fiscal cliff” on Monday.", nlp) == []
    # a plain cue still is one
    assert quotes("The mayor said the plan was “long overdue” on Monday.", nlp) == [
        ("long overdue", "The mayor")
    ]


def test_a_title_named_as_a_work_anywhere_is_a_title_everywhere(nlp):
    text = (
        "Imogen Clarke’s third novel, “The Salt Road,” follows two sisters walking to Santiago.\n\n"
        "But the ending is earned. “The Salt Road” is the best thing Clarke has written."
    )
    assert quotes(text, nlp) == []
    by_line = "Clarke signed copies of “The Salt Road” by Imogen Clarke.\n\n“The Salt Road” is the best thing she has written."
    assert quotes(by_line, nlp) == []


def test_a_colon_after_a_cue_never_reaches_back_over_a_paragraph(nlp):
    # the sign-off line has no full stop, so the parser may run its sentence into the next paragraph
    text = (
        "‘We could have done better.’ – Wales coach Tom Bright, after the defeat in Cardiff\n\n"
        "Ruiz, 37, said: ‘I never thought I’d see the day.’"
    )
    found = dict(quotes(text, nlp))
    assert found["We could have done better."] == "Tom Bright"
    assert found.get("I never thought I’d see the day.") != "Tom Bright"


def test_a_name_right_before_a_coordinated_cue_is_its_subject(nlp):
    text = (
        "Tom Marek, 38, coaches the team. The captain of the team, Owen Park, and his mother approached "
        "Marek and asked him about next steps for his health and Marek suggested he might make a “selfie "
        "video” that was “not too sad.”"
    )
    assert quotes(text, nlp) == [("selfie video", "Tom Marek"), ("not too sad.", "Tom Marek")]


def test_a_speaker_phrase_never_crosses_a_paragraph_break(nlp):
    """A photo credit the parser hung on the next line's subject stays out of the phrase."""
    from spacy.tokens import Doc

    from bot.nlp.quotes.cues import noun_phrase

    words = ["Lena", "Holt", "THE", "PRESS", "\n\n", "A", "hockey", "coach", "says"]
    heads = [3, 3, 3, 7, 3, 7, 7, 8, 8]
    deps = ["compound", "compound", "det", "compound", "dep", "det", "compound", "nsubj", "ROOT"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, False, False, True, True, True, False],
        heads=heads,
        deps=deps,
    )
    assert noun_phrase(doc[7]) == "A hockey coach"


def test_a_name_opening_a_clause_after_a_run_on_link_line_is_a_subject(nlp):
    """The parser runs "READ MORE: … the victims" into the next paragraph and hangs the name there; the
    name is still the subject of its own clause, so "He" goes to it."""
    text = (
        "In court, Judge Tom Pruitt has made it clear he is leaning in that direction and that a long term "
        "is “likely.”\n\nREAD MORE: Lakeside warehouse fire: Remembering the victims\n\n"
        "Daniel Okafor had a history of debts and a fascination with fire. He told investigators the "
        "arsonists he had read about were his “heroes.”"
    )
    assert quotes(text, nlp)[-1] == ("heroes.", "Daniel Okafor")


def test_single_marks_skip_a_dropped_g_and_plural_possessives():
    text = (
        "Asked about the fans’ chants, Saka said: ‘They were brilliant. We’re goin’ to need them in Germany.’"
    )
    assert spans(text) == ["They were brilliant. We’re goin’ to need them in Germany."]
    assert spans("‘It’s the players’ decision, not mine,’ said Southgate.") == [
        "It’s the players’ decision, not mine,"
    ]
