"""Page furniture (``bot.nlp.actors.furniture``): photo credits, reporters' credits, links to other
stories, captions and lists of entries, on sentences written for these tests.

Each rule is tested on its own pass with the mention forced to the label the small model sometimes
gives (so the test does not depend on the model's mood), and end to end where the model is steady.
"""

from __future__ import annotations

from bot.nlp.actors.furniture import _list_entries, caption_spans, drop_caption_names, drop_credits
from tests.support.actors import forced, people


def test_photo_credit_is_not_a_person(nlp):
    for text, name in [
        ("Firefighters worked through the night. (Jane Doherty / The Canadian Press)", "Jane Doherty"),
        ("Firefighters worked through the night. Kali Madsen/CBC", "Kali Madsen"),
        ("Firefighters worked through the night. Photo by Tom Arkell.", "Tom Arkell"),
        ("Crews worked all night.\n\nREAD MORE: Tom Arkell faces new charges", "Tom Arkell"),
        ("Crews worked all night.\n\nRelated: Why Tom Arkell quit", "Tom Arkell"),
    ]:
        b, _ = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [], text


def test_a_named_person_in_the_story_stays(nlp):
    b, m = forced(nlp, "Jane Doherty said the fire was out by morning.", "Jane Doherty")
    drop_credits(b)
    assert b.mentions == [m]


def test_credit_end_to_end(nlp):
    text = (
        "Crews fought the fire for hours.\n\nFirefighters at the scene. (Jane Doherty / The Canadian Press)"
    )
    assert "Jane Doherty" not in people(text, nlp)


def test_reporter_credits_are_not_people(nlp):
    for text, name in [
        ("The vote passed.\n\nWith files from Dana Whitfield in Halifax", "Dana Whitfield"),
        ("Markets fell.\n\nDana Whitfield contributed to this report from Singapore.", "Dana Whitfield"),
        ("Markets fell.\n\nDana Whitfield is a Toronto-based reporter covering housing.", "Dana Whitfield"),
        ("Markets fell.\n\nDana Whitfield is the Kelso Herald's local democracy reporter.", "Dana Whitfield"),
    ]:
        b, _ = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [], text
    # a person of the story who contributed money stays
    b, m = forced(nlp, "Dana Whitfield contributed $500 to the campaign.", "Dana Whitfield")
    drop_credits(b)
    assert b.mentions == [m]


def test_contact_line_names_the_writer(nlp):
    for text in [
        "The ferry runs twice a day.\n\nTomas Ekberg can be reached at tekberg@harbourtimes.example.",
        "The ferry runs twice a day.\n\nTomas Ekberg may be contacted by phone at 555-0192.",
    ]:
        b, _ = forced(nlp, text, "Tomas Ekberg")
        drop_credits(b)
        assert b.mentions == [], text
    # someone of the story who can be reached somewhere stays
    b, m = forced(nlp, "Tomas Ekberg can be reached at the marina most mornings.", "Tomas Ekberg")
    drop_credits(b)
    assert b.mentions == [m]


def test_written_by_is_no_credit(nlp):
    b, m = forced(
        nlp, "The charge is set out in an affidavit written by Marc Bujak, a detective.", "Marc Bujak"
    )
    drop_credits(b)
    assert b.mentions == [m]


def test_every_name_of_a_credit_line_is_a_credit(nlp):
    text = "China lobbied hard.\n\n(Additional reporting by Marius Zaharov, Paige Limm and Lee Chen in Singapore)"
    b, _ = forced(nlp, text, "Paige Limm")
    drop_credits(b)
    assert b.mentions == []


def test_caption_lines_are_found():
    captions = [
        "Open this photo in gallery Mayor Ana Costa opens the new library. Jo Baird/The Canadian Press.",
        "Pat Ruane / The Canadian Press Ana Costa, left, greets Tom Reyes at the harbour on Monday.",
        "The Canadian Press Finance Minister Ana Costa arrives at the legislature on Jan. 4.",
        "Volunteers sort donations in the church hall. (Lee Fenwick/CBC)",
        "Ana Costa, right, and Tom Reyes at the plant in 1971. ( Harbour Herald file photo )",
        "Dock workers are shown in this 1958 photo. ( City Archives and Museum )",
        "This image released by Northlight Films shows Ana Costa in a scene from the film.",
    ]
    body = [
        "Ana Costa said the library would open on Monday.",
        "A Harbour Herald/Ipsos poll found 40 per cent support for the plan.",
        "The Canadian Press has learned that the budget will be late.",
        "The shares rose 3 per cent (9/17/16), traders said.",
        "She laughed (she says the photo of her son still hangs in the hall).",
    ]
    for line in captions:
        assert caption_spans(line) == [(0, len(line))], line
    for line in body:
        assert caption_spans(line) == [], line


def test_name_only_in_a_caption_is_not_a_person(nlp):
    text = (
        "Ana Costa said the library would open on Monday.\n\n"
        "Pat Ruane / The Canadian Press Ana Costa, left, greets Tom Reyes at the harbour.\n\n"
        "Costa said the budget was tight."
    )
    names = people(text, nlp)
    assert "Tom Reyes" not in names and "Pat Ruane" not in names
    assert "Ana Costa" in names  # named in the story too


def test_caption_name_written_in_the_story_stays(nlp):
    text = (
        "Open this photo in gallery Leader Tom Reyes. Jo Baird/The Canadian Press.\n\n"
        "Tom Reyes’s New Democrats will argue the tax is too low."
    )
    b, m = forced(nlp, text, "Tom Reyes")
    drop_caption_names(b)
    assert b.mentions == [m]


LIST = (
    "The jury named its winners on Sunday.\n\n"
    "Best Actress in a Drama\n\n"
    "Maria Lindqvist, Harbour Lights\n\n"
    "** WINNER: Olive Brandt, The Quiet Winter\n\n"
    "Daria Holm and Nina Sorvino, Mary Keeps Running\n\n"
    "Best Actor in a Comedy\n\n"
    "Tomas Eriksen (Frank Goes Home)\n\n"
    "Peter Vollmer (Dirty Walter)\n\n"
    "Anders Kask (The Long Road)\n\n"
    "Mary Keeps Running\n"
)


def test_list_entries_name_slots_and_works():
    runs = _list_entries(LIST)
    assert len(runs) == 2
    names = [[LIST[a:e] for a, e in line] for run in runs for line, _ in run]
    works = [LIST[a:e] for run in runs for _, (a, e) in run]
    assert names == [
        ["Maria Lindqvist"],
        ["Olive Brandt"],
        ["Daria Holm", "Nina Sorvino"],
        ["Tomas Eriksen"],
        ["Peter Vollmer"],
        ["Anders Kask"],
    ]
    assert works == [
        "Harbour Lights",
        "The Quiet Winter",
        "Mary Keeps Running",
        "Frank Goes Home",
        "Dirty Walter",
        "The Long Road",
    ]


def test_people_in_a_list_are_people_and_the_works_are_not(nlp):
    names = people(LIST, nlp)
    for person in (
        "Maria Lindqvist",
        "Olive Brandt",
        "Daria Holm",
        "Nina Sorvino",
        "Tomas Eriksen",
        "Peter Vollmer",
        "Anders Kask",
    ):
        assert person in names, person
    assert not names & {"Mary Keeps Running", "Frank Goes Home", "Dirty Walter", "Walter", "Frank"}


def test_a_list_of_shows_or_sentences_is_no_list_of_people():
    shows = "The Alienist (TNT)\n\nSharp Objects (HBO)\n\nA Very English Scandal (Amazon)\n"
    assert len(_list_entries(shows)) == 1  # a list, but its leads are not names: people_in_lists skips it
    prose = (
        "Ana Costa spoke first, then left.\n\nTom Reyes, the mayor, agreed.\n\nThe vote was close, he said.\n"
    )
    assert _list_entries(prose) == []


def test_list_of_shows_adds_no_person(nlp):
    text = "Nominees:\n\nThe Alienist (TNT)\n\nSharp Objects (HBO)\n\nA Very English Scandal (Amazon)\n"
    assert "Sharp Objects" not in people(text, nlp)


def test_names_only_in_a_list_of_references_are_no_people(nlp):
    from bot.nlp.actors.build import Build
    from bot.nlp.actors.furniture import drop_reference_names
    from bot.nlp.actors.names import Mention

    text = (
        "Dr Ana Varga said trainees were leaving.\n\nReferences\n\n"
        "1 Varga A, et al. Trainee intentions. BMJ 2024;384:e0779.\n"
        "2 Lund K. Emigration of doctors. Scand J Prim Care 2023;41:12-9."
    )
    doc = nlp(text)

    def mention(surface: str, nth: int = 0) -> Mention:
        at = -1
        for _ in range(nth + 1):
            at = text.index(surface, at + 1)
        span = doc.char_span(at, at + len(surface), alignment_mode="expand")
        return Mention(span.start, span.end, span.text, surface, "PERSON", None)

    b = Build(doc=doc, mentions=[mention("Ana Varga"), mention("Varga", 1), mention("Scand J Prim Care")])
    drop_reference_names(b)
    # "Varga" is written in the story too; the journal only in the references
    assert [m.norm for m in b.mentions] == ["Ana Varga", "Varga"]


def test_bylines_and_sign_offs_are_not_people(nlp):
    story = "\n\nThe council voted 14-11 on Wednesday to remove the lanes, and cyclists protested."
    for text, name in [
        ("Dana Whitfield · CBC News · Posted: Dec 01, 2026 6:00 AM EST" + story, "Dana Whitfield"),
        ("By Dana Whitfield  The Canadian Press" + story, "Dana Whitfield"),
        ("A town and its pier. By Dana Whitfield" + story, "Dana Whitfield"),
        ("The lanes go." + story + "\n\n— Dana Whitfield, Register staff writer", "Dana Whitfield"),
        ("The lanes go." + story + "\n\nContributing: Dana Whitfield", "Dana Whitfield"),
        (
            "The lanes go."
            + story
            + "\n\nAP writer Dana Whitfield in Mexico City contributed to this report.",
            "Dana Whitfield",
        ),
    ]:
        b, _ = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [], text
    # people of the story stay: a sentence at the top, a speaker after a quote, a name late in the story
    for text, name in [
        ("Dana Whitfield said the lanes would go." + story, "Dana Whitfield"),
        (
            "The lanes go." + story + '\n\n"It is a stunt."\n— Dana Whitfield, one of the holdouts',
            "Dana Whitfield",
        ),
        ("The lanes go." + story * 12 + "\n\nDana Whitfield · a reader in Ottawa", "Dana Whitfield"),
        (
            "The lanes go." + story + "\n\nDana Whitfield in Ottawa contributed $500 to the campaign.",
            "Dana Whitfield",
        ),
    ]:
        b, m = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [m], text


def test_the_writers_line_label_and_tagline_are_not_people(nlp):
    story = "\n\nThe council voted 14-11 on Wednesday to remove the lanes, and cyclists protested."
    for text, name in [
        # the writer's line under the headline, its lines run together by the paste
        ("Dana Whitfield-Roy Florida Times-Union" + story, "Dana Whitfield-Roy"),
        ("Dana Whitfield-Roy Senior Reporter" + story, "Dana Whitfield-Roy"),
        ("Dana Whitfield-Roy Harbour Times business reporter" + story, "Dana Whitfield-Roy"),
        ("Dana Whitfield-Roy Published Jan 14, 2025 • 4 minute read" + story, "Dana Whitfield-Roy"),
        ("Author of the article: Dana Whitfield-Roy" + story, "Dana Whitfield-Roy"),
        ("ABC Kelso / By Dana Whitfield-Roy" + story, "Dana Whitfield-Roy"),
        # the tagline, under the headline or at the end
        ("Dana Whitfield-Roy writes about city life for The Spectator." + story, "Dana Whitfield-Roy"),
        (
            "The lanes go." + story + "\n\nDana Whitfield-Roy covers City Hall. Reach her at 555-0147.",
            "Dana Whitfield-Roy",
        ),
        (
            "The lanes go."
            + story
            + "\n\nDana Whitfield-Roy: dwr@harbourtimes.example. Dana Whitfield-Roy covers transit for the Times.",
            "Dana Whitfield-Roy",
        ),
        # the outlet and a bar before the name; a name alone over the time stamp; a credit "in City, State,"
        ("Kelso Harbour News | Dana Whitfield-Roy Published: May 2, 2026" + story, "Dana Whitfield-Roy"),
        ("Dana Whitfield-Roy\n\nToday at 09:42" + story, "Dana Whitfield-Roy"),
        (
            "The lanes go."
            + story
            + "\n\nAP writer Dana Whitfield-Roy in Columbus, Ohio, contributed to this report.",
            "Dana Whitfield-Roy",
        ),
        # a picture's credit after a colon, in parentheses
        (
            "The lanes go." + story + "\n\nCyclists on the lane. (ABC Kelso: Dana Whitfield-Roy)",
            "Dana Whitfield-Roy",
        ),
    ]:
        b, _ = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [], text
    # people of the story stay: a headline-like line, a sentence, someone covering costs, a name in brackets,
    # a name alone at the top over the story's first paragraph when the story names that person again
    for text, name in [
        ("Dana Whitfield-Roy Wins Her Seat" + story, "Dana Whitfield-Roy"),
        ("Dana Whitfield-Roy said the Post had it wrong." + story, "Dana Whitfield-Roy"),
        (
            "Dana Whitfield-Roy" + story + "\n\nWhitfield-Roy, a cyclist, led the protest.",
            "Dana Whitfield-Roy",
        ),
        (
            "The lanes go." + story + "\n\nDana Whitfield-Roy covers the cost of the lanes herself.",
            "Dana Whitfield-Roy",
        ),
        (
            "The lanes go." + story + "\n\nThe motion passed (moved by Coun. Dana Whitfield-Roy).",
            "Dana Whitfield-Roy",
        ),
        (
            "The lanes go."
            + story * 8
            + "\n\nDana Whitfield-Roy writes about cycling for The Spectator."
            + story * 12,
            "Dana Whitfield-Roy",
        ),
    ]:
        b, m = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [m], text


def test_a_name_under_the_headline_that_the_story_never_names_again_is_its_writer(nlp):
    """The writer's name alone under the headline (or with the paper after it), a name written nowhere in
    the story, is a byline (GGT's and the newer sets' annotators list no bylines); so is "By" and a name
    with the writer's address, "Reporter X: 541-555-0148", a tagline no sentence of the story backs, and a
    name alone in parentheses after a caption's last sentence (the photographer)."""
    story = "\n\nThe council voted 14-11 on Wednesday to remove the lanes, and cyclists protested."
    for text, name in [
        ("Meredith Kowalchuk-Singh" + story, "Meredith Kowalchuk-Singh"),
        ("Samira Abdi-Ferreira The Hamilton Spectator" + story, "Samira Abdi-Ferreira"),
        (
            "By Jacqueline Étienne-Brooks jetiennebrooks@harbourtimes.example" + story,
            "Jacqueline Étienne-Brooks",
        ),
        (
            "The lanes go." + story + "\n\nReporter Kaylee Brandvold-Ortiz: 541-555-0148",
            "Kaylee Brandvold-Ortiz",
        ),
        (
            "The lanes go."
            + story
            + "\n\nFiona Tremblay-Haddad writes the Wednesday Question Period sketch.",
            "Fiona Tremblay-Haddad",
        ),
        ("Cyclists ride the lane on Main Street. (Lucía Benavides-Kern)" + story, "Lucía Benavides-Kern"),
    ]:
        b, _ = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [], text
    # the model may tag the writer's name a body: a name opening with a given name is read the same
    b, _ = forced(nlp, "Aoife Ní Bhriain" + story, "Aoife Ní Bhriain", "ORG")
    drop_credits(b)
    assert b.mentions == []
    # near misses: a name under the headline the story names again, a headline, a name in brackets inside
    # a sentence, a name and a telephone number that are no contact line
    for text, name in [
        ("Meredith Kowalchuk-Singh" + story + " Kowalchuk-Singh spoke first.", "Meredith Kowalchuk-Singh"),
        ("Meredith Kowalchuk-Singh Wins Her Seat" + story, "Meredith Kowalchuk-Singh"),
        ("He thanked his coach (Lucía Benavides-Kern) for the help." + story, "Lucía Benavides-Kern"),
        (
            "The lanes go." + story + "\n\nKaylee Brandvold-Ortiz called 541-555-0148 twice.",
            "Kaylee Brandvold-Ortiz",
        ),
        (
            "The lanes go."
            + story
            + "\n\nFiona Tremblay-Haddad writes the rules. Tremblay-Haddad chairs it.",
            "Fiona Tremblay-Haddad",
        ),
    ]:
        b, m = forced(nlp, text, name)
        drop_credits(b)
        assert b.mentions == [m], text
