"""Speaker and title rules for faults a fresh held-out set showed (issue 16, mixed5): abbreviated titles,
subjectless cues, titles opening a paragraph, organisations before a role word, "titled"/"called" works,
headline quotes repeated in the body; on sentences written for them."""

from __future__ import annotations

from bot.nlp.quotes.filters import named_as_work
from tests.support.quotes import speakers


def test_an_abbreviated_title_after_the_cue_gives_the_name_after_it(nlp):
    """ "said Const. Maya Trudel": the parser ends the sentence at the title's full stop and makes the
    title the subject; the person named after it speaks, not "Const"."""
    text = (
        "Two men were arrested after a fight outside a bar on Front Street, police said.\n\n"
        "“Both were taken to hospital with minor injuries,” said Const. Lena Marchetti, a spokesperson "
        "for the service. “Neither is cooperating with us.”"
    )
    found = speakers(text, nlp)
    assert found["Both were taken to hospital with minor injuries,"] == "Lena Marchetti"
    assert found["Neither is cooperating with us."] == "Lena Marchetti"


def test_adding_a_thing_is_no_cue(nlp):
    """ "the city had added 40 buses and was “…”": adding buses is no speech, so the fragment is the
    reporter's ("said"), not the city's; "added" with a quote or alone still speaks."""
    text = (
        "Leah Ortiz, the transit director, said the city had added 40 new buses and was “moving as fast "
        "as it can” to cut waiting times.\n\n"
        "Ortiz added, “We are not done.”\n\n"
        "“Nobody should wait an hour for a bus,” she added."
    )
    found = speakers(text, nlp)
    assert found["moving as fast as it can"] == "Leah Ortiz"
    assert found["We are not done."] == "Leah Ortiz"
    assert found["Nobody should wait an hour for a bus,"] == "Leah Ortiz"


def test_a_name_right_before_a_subjectless_cue_speaks(nlp):
    """ "In the press release that accompanied the album, Okafor-Lindqvist said …": the parser hangs the
    name on "album" as an apposition and leaves "said" without a subject; the person named right before
    the cue speaks, not the subject of what was said ("the trio")."""
    text = (
        "Lena Okafor-Lindqvist has fronted the trio since 2015.\n\n"
        "In the press release that accompanied the album, Okafor-Lindqvist said the trio had decided to "
        "record “without a metronome.”"
    )
    assert speakers(text, nlp)["without a metronome."] == "Lena Okafor-Lindqvist"


def test_the_subject_of_what_was_said_is_no_inverted_speaker(nlp):
    """Without that name known, "the trio" (the subject of the reported clause) is still no speaker."""
    text = (
        "In the press release that accompanied the album, Okafor-Lindqvist said the trio had decided to "
        "record “without a metronome.”"
    )
    assert speakers(text, nlp).get("without a metronome.") != "the trio"


def test_a_title_opening_a_paragraph_ties_the_role_when_the_parser_ran_it_into_the_sentence_before(nlp):
    """ "… drains first.” ¶ Local Green MP Mara Tane welcomed …": the parser puts "Local Green MP" in the
    sentence before; the paragraph, not the parser's sentence, bounds the title, so "the Green MP" is
    Mara Tane."""
    text = (
        "“We have pipes older than I am,” Councillor Ray Pike said. “I’m all for parks. I’d just like to "
        "fix the drains first.”\n\n"
        "Local Green MP Mara Tane welcomed the decision and said she would push the Government to match "
        "the council’s contribution. The trust will meet in May.\n\n"
        "“This is what partnership looks like when it is more than a slogan,” the Green MP said."
    )
    found = speakers(text, nlp)["This is what partnership looks like when it is more than a slogan,"]
    assert found == "the Green MP, Mara Tane"


def test_an_organisation_in_apposition_to_a_group_noun_speaks(nlp):
    """ "A residents' group, the Elm Street Tenants Association, posted …": the group's name speaks, not
    the common noun."""
    text = (
        "A residents’ group, the Elm Street Tenants Association, posted a statement on its website calling "
        "the rent increase “a betrayal of every promise the landlord made.”"
    )
    found = speakers(text, nlp)["a betrayal of every promise the landlord made."]
    assert found == "Elm Street Tenants Association"


def test_a_person_titled_by_an_organisation_and_a_role_word_speaks(nlp):
    """ "His old Blue Orchestra bandmate Tom Reyes … said": the parser makes the organisation the subject
    and hangs the person under it; the person after the organisation and the role word speaks."""
    text = (
        "His old Blue Orchestra bandmate Tom Reyes, who plays bass on two songs, said recording again "
        "felt “like coming home.”"
    )
    assert speakers(text, nlp)["like coming home."] == "Tom Reyes"


def test_words_after_titled_are_a_title_in_any_case(nlp):
    """ "a blog post titled “Building a sustainable company,”": a title, not speech, though in sentence
    case; an editorial 'entitled' with whole sentences quoted stays the paper's words."""
    text = (
        "In a blog post titled “Building a sustainable company,” chief executive Mara Lind wrote that "
        "free accounts cost too much.\n\n"
        "The Herald answered with an editorial entitled “The free tier was never free. Someone always "
        "pays.”"
    )
    quotes = speakers(text, nlp)
    assert "Building a sustainable company," not in quotes
    assert "The free tier was never free. Someone always pays." in quotes


def test_a_title_named_inside_a_quote_is_a_title_wherever_it_is_quoted():
    """ "a song on the record called ‘Harbour Lamp’" inside her quote names a work, so '“Harbour Lamp”
    above all' elsewhere is a title, not her words; words never named as a work are not."""
    text = (
        "“There’s a song on the record called ‘Harbour Lamp’ that I wrote after the funeral,” Ada Moss "
        "said.\n\nThe best songs here, “Harbour Lamp” above all, are among the finest she has written. "
        "Her new film, “Low Tide,” opens Friday. She called it “a mess.”"
    )
    assert named_as_work(text, "Harbour Lamp")
    assert named_as_work(text, "Low Tide,")
    assert not named_as_work(text, "a mess.")


def test_a_headline_quote_repeated_in_the_body_takes_the_body_speaker(nlp):
    """ "‘Utterly gutted’: Harbour Rovers captain’s farewell post goes viral": the headline names the
    club only as whose captain it is; the body quote with the same words says who wrote them."""
    from bot.nlp.analysis import analyze

    text = (
        "‘Utterly gutted’: Harbour Rovers captain’s farewell post goes viral\n\n"
        "Harbour Rovers confirmed on Sunday that Lewis Baird would leave the club.\n\n"
        "“Utterly gutted to be writing this. This club has been my life,” Baird wrote on Instagram."
    )
    brief = analyze(text, nlp)
    head = next(q for q in brief.quotes if q.quote == "Utterly gutted")
    assert head.speaker == "Lewis Baird"


def test_a_staged_work_and_a_slogan_under_a_copula_are_no_quotes(nlp):
    """ "its spring production of Puccini's “La Bohème,” saying …": a work's title after its staging (and
    its composer); "The government's slogan for it is “Home in the North.”": a slogan's words, not speech."""
    text = (
        "Harbourside Opera has cancelled its spring production of Puccini's “La Bohème,” saying grants had "
        "fallen short.\n\n"
        "The province's plan offers loans to first-time buyers. The government's slogan for it is "
        "“Home in the North.”\n\n"
        "“We simply could not make the numbers work,” general director Ines Valcourt said."
    )
    assert list(speakers(text, nlp)) == ["We simply could not make the numbers work,"]


def test_a_programme_the_speaker_appeared_on_is_no_quote(nlp):
    """ "told WKRN's Dana Holt on “Capitol Week.”", "said on NBC's “Sunday Forum”": the programme's name,
    not speech; a quoted phrase that is no title after "on" stays."""
    text = (
        "“We offered a clean extension. Clean,” Hallorann told WKRN's Dana Holt on “Capitol Week.” "
        "“They said no before the ink was dry.”\n\n"
        "Sen. Marta Okafor said on NBC's “Sunday Forum” that the offer was not serious.\n\n"
        "Okafor insisted on “a real negotiation,” her spokesman said."
    )
    found = speakers(text, nlp)
    assert "Capitol Week." not in found and "Sunday Forum" not in found
    assert "a real negotiation," in found


def test_a_shows_title_before_its_star_is_no_quote(nlp):
    # "‘Hamptons Heat’ star Brielle Santangelo splits …": the show's title before its people is no one's
    # speech; speech that ends its clause before a noun stays ("“I am done,” star striker Ana Ruiz said")
    text = (
        "‘Hamptons Heat’ star Brielle Santangelo has called off her engagement, a spokesperson said on "
        "Monday.\n\n“I am done with it,” star striker Ana Ruiz said after the match."
    )
    got = speakers(text, nlp)
    assert "Hamptons Heat" not in got
    assert got["I am done with it,"] == "Ana Ruiz"
