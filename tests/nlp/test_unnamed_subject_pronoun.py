"""he/she right after an unnamed person who just spoke means that person, not someone named earlier."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def speakers(text: str, nlp) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in rule_quotes(text, nlp)]


def test_she_after_an_unnamed_spokesperson_is_the_spokesperson(nlp):
    text = (
        "Dr Alice Moreno, a consultant at the clinic, said waiting times had doubled.\n\n"
        "A spokesperson for the health board said extra staff had been hired. “We expect the queues to "
        "shorten by March,” she said."
    )
    found = dict(speakers(text, nlp))
    assert found["We expect the queues to shorten by March,"] == "A spokesperson"


def test_a_named_person_who_spoke_later_keeps_the_pronoun(nlp):
    text = (
        "A spokesperson for the health board said extra staff had been hired.\n\n"
        "Dr Alice Moreno said waiting times had doubled. “I have never seen it this bad,” she said."
    )
    assert dict(speakers(text, nlp))["I have never seen it this bad,"] == "Alice Moreno"


def test_an_unnamed_person_in_a_side_clause_is_not_the_pronoun(nlp):
    """ "after a friend suggested it": the friend is no speaker of the sentence; "he" is the man named."""
    text = (
        "Tom Reyes started volunteering at the shelter after a friend suggested it. “I was nervous at "
        "first,” he said."
    )
    assert dict(speakers(text, nlp))["I was nervous at first,"] == "Tom Reyes"


def test_no_sex_clash(nlp):
    text = (
        "Maria Lopez runs the food bank. A spokesman for the council said funding would be reviewed. "
        "“We were not told,” she said."
    )
    assert dict(speakers(text, nlp))["We were not told,"] == "Maria Lopez"


def test_a_party_and_role_is_no_untagged_name(nlp):
    """ "the Labour MP said": "Labour MP" is a role the article ties to the MP it named, not a person."""
    text = "Ravi Dhillon said the closure was a disgrace.\n\n“We were never consulted,” the Labour MP said."
    found = dict(speakers(text, nlp))["We were never consulted,"]
    assert found in ("the Labour MP, Ravi Dhillon", "the Labour MP")


def test_a_second_quote_after_quoted_as_saying_is_the_same_speaker(nlp):
    """ "she was quoted as saying": both cue words are one attribution, so the quote after it in the
    same paragraph keeps that speaker."""
    text = (
        "Lena Ortiz reacted to the audit.\n\n"
        "“I was shocked by what I read in the report this week,” she was quoted as saying in a news "
        "release. “The fact that the city keeps borrowing is irresponsible.”"
    )
    found = dict(speakers(text, nlp))
    assert found["The fact that the city keeps borrowing is irresponsible."] == "Lena Ortiz"


def test_a_long_attribution_tail_hands_the_speaker_to_the_next_paragraph(nlp):
    """ "…,” Okafor said on Monday, rejecting a plea from Tom Hale, a …" ¶ "“…”": the tail is one sentence
    holding the quote's own cue, even with the paragraph break as a token of its own."""
    text = (
        "“We are not going to reopen the contract,” Okafor said on Monday, rejecting a plea for more time "
        "from Tom Hale, a Leeds builder with six unfinished houses on the estate.\n\n"
        "“The terms were agreed by both sides two years ago, and they were fair then and they are fair now.”"
    )
    found = dict(speakers(text, nlp))
    assert (
        found[
            "The terms were agreed by both sides two years ago, and they were fair then and they are fair now."
        ]
        == "Okafor"
    )


def test_an_unnamed_witness_keeps_the_pronoun_past_a_side_clause_and_a_split_quote(nlp):
    """ "One neighbour … said she had heard shouting before the police arrived." ¶ "‘It was awful. …,’ she
    said": the police are the subject of a side clause, and the quote the parser split off as a sentence
    of its own does not hide the sentence before it."""
    text = (
        "Detective Sergeant Alice Moreno said the man and the woman knew each other.\n\n"
        "One neighbour, who did not want to be named, said she had heard shouting for an hour before the "
        "police arrived.\n\n"
        "‘It was the worst I have ever heard. I nearly called them myself,’ she said."
    )
    found = dict(speakers(text, nlp))
    assert found["It was the worst I have ever heard. I nearly called them myself,"] == "One neighbour"


def test_she_after_an_unnamed_woman_is_that_woman(nlp):
    """ "A woman who … said" then "she said": "woman" ends in "man", which is no clash with "she"."""
    text = (
        "Sgt. Paul Grady said officers arrived within minutes.\n\n"
        "A woman who lives across the road, who asked not to be named, said she heard glass breaking.\n\n"
        "“I thought it was a car crash at first,” she said."
    )
    assert dict(speakers(text, nlp))["I thought it was a car crash at first,"] == "A woman"


def test_he_after_an_unnamed_woman_is_not_her(nlp):
    text = (
        "Tom Reyes runs the garage. A woman who lives next door said the noise went on all night.\n\n"
        "“We have had no complaints,” he said."
    )
    assert dict(speakers(text, nlp))["We have had no complaints,"] == "Tom Reyes"


def test_he_after_an_unnamed_person_described_in_apposition_is_that_person(nlp):
    # the unnamed survivor is introduced as a person, not as saying anything, and a sentence of his
    # with only a pronoun comes between: the last man named (the guide) is not the speaker
    text = (
        "Mountain guide Pieter Vos said the slope was popular. “It is serious terrain,” he said.\n\n"
        "The survivor, a 29-year-old man, was flown to hospital with hypothermia. He later spoke briefly "
        "to a broadcaster.\n\n“I heard a noise like a train and then everything was white,” he said."
    )
    found = dict(speakers(text, nlp))
    assert found["It is serious terrain,"] == "Pieter Vos"
    assert found["I heard a noise like a train and then everything was white,"] == "The survivor"


def test_a_pronoun_sentence_naming_someone_does_not_reach_back_to_an_unnamed_subject(nlp):
    text = (
        "Cruz warned against a brokered convention. “It would be a disaster,” the Texas senator said.\n\n"
        "As for Trump, he said he is not worried. “I think I am going to have the delegates,” he said."
    )
    assert dict(speakers(text, nlp))["I think I am going to have the delegates,"] == "Trump"
