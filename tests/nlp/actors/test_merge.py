"""From mentions to actors (``bot.nlp.actors.merge``): plurals, longer forms of full names, single
words that are places; on sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors import build_actors
from bot.nlp.actors.build import Build
from bot.nlp.actors.merge import (
    _place_forms,
    _PlaceWording,
    assign_mentions,
    count_untagged_full_names,
    link_full_names,
    merge_plural_names,
    name_clubs_in_full,
)
from bot.nlp.actors.names import Mention
from bot.nlp.actors.table import ActorRec
from tests.support.actors import forced, people


def test_plural_of_a_name(nlp):
    text = "Audrey Parker died in November. Do we want more Audrey Parkers?"
    doc = nlp(text)
    s1 = doc.char_span(0, len("Audrey Parker"))
    s2 = doc.char_span(text.index("Audrey Parkers"), text.index("?"))
    b = Build(
        doc=doc,
        mentions=[
            Mention(s1.start, s1.end, s1.text, s1.text, "PERSON", None),
            Mention(s2.start, s2.end, s2.text, s2.text, "PERSON", None),
        ],
    )
    merge_plural_names(b)
    assert [m.norm for m in b.mentions] == ["Audrey Parker", "Audrey Parker"]
    b, _ = forced(nlp, "She won a Golden Globe. The Golden Globes are in January.", "Golden Globes")
    merge_plural_names(b)
    assert b.mentions == []
    b, m = forced(nlp, "Serena Williams won again.", "Serena Williams")
    merge_plural_names(b)
    assert b.mentions == [m]


def test_tail_of_one_longer_name_merges(nlp):
    text = "Omar Abu Salem runs the bakery. Abu Salem said flour prices had doubled since spring."
    got = {a.name: a for a in build_actors(nlp(text)).public() if a.kind == "person"}
    assert "Abu Salem" not in got
    assert "Abu Salem" in got["Omar Abu Salem"].aliases


def test_particle_in_any_case_joins_the_full_name(nlp):
    text = "The party picked Adam van Koeverden. Van Koeverden will face Lisa Raitt."
    assert "Van Koeverden" not in people(text, nlp)


def test_father_and_son_stay_apart(nlp):
    text = "Pierre Lavoie founded the firm in 1970. His son Marc Lavoie runs it now. Marc Lavoie said sales rose."
    got = {a.name for a in build_actors(nlp(text)).public() if a.kind == "person"}
    assert {"Pierre Lavoie", "Marc Lavoie"} <= got


def test_in_x_is_place_evidence(nlp):
    text = "Police in Tarrowby closed the road. Tarrowby has one bridge."
    b, m = forced(nlp, text, "Tarrowby")
    assert _place_forms(b, set()) == {"Tarrowby"}
    text = "Police in Tarrowby’s office closed the case."
    b, m = forced(nlp, text, "Tarrowby")
    assert _place_forms(b, set()) == set()


def test_a_name_titled_by_an_organisation_noun_is_no_place(nlp):
    """ "the retailer Pennyfold" … "Shares in Pennyfold": the title says what "in" does not."""
    doc = nlp(
        "The high street retailer Pennyfold is to close 30 stores. Shares in Pennyfold fell 9 per cent."
    )
    ms = [Mention(t.i, t.i + 1, t.text, t.text, "ORG", None) for t in doc if t.text == "Pennyfold"]
    assert _place_forms(Build(doc=doc, mentions=ms), set()) == set()
    doc = nlp("Shops in Pennyfold closed early. Pennyfold has one bridge.")
    ms = [Mention(t.i, t.i + 1, t.text, t.text, "ORG", None) for t in doc if t.text == "Pennyfold"]
    assert _place_forms(Build(doc=doc, mentions=ms), set()) == {"Pennyfold"}


def test_city_by_its_mayor_and_council(nlp):
    doc = nlp("Surrey mayor Doug McCallum spoke. Nanaimo closed parks, and Surrey's councillors met.")
    ms = [
        Mention(t.i, t.i + 1, t.text, t.text, "PERSON", None) for t in doc if t.text in ("Surrey", "Nanaimo")
    ]
    assert "Surrey" in _place_forms(Build(doc=doc, mentions=ms), set())
    doc = nlp("Storms hit municipalities like Nanaimo on Saturday. Nanaimo closed its parks.")
    ms = [Mention(t.i, t.i + 1, t.text, t.text, "PERSON", None) for t in doc if t.text == "Nanaimo"]
    assert "Nanaimo" in _place_forms(Build(doc=doc, mentions=ms), set())


def test_an_untagged_repeat_of_a_full_name_is_a_mention_and_a_subject(nlp):
    """The model tags "Nora Vance" the first time only; the later "Nora Vance said" is her mention (and a
    subject), so a pronoun after it does not reach back to someone named before."""
    text = "Nora Vance owns the bakery. Later that week, Nora Vance said the shop would reopen."
    b, m = forced(nlp, text, "Nora Vance")
    assign_mentions(b)
    count_untagged_full_names(b)
    second = text.rindex("Nora Vance")
    tok = next(t for t in b.doc if t.idx == second)
    assert b.table.tok2actor[tok.i] == b.table.tok2actor[m.start]
    assert tok.i in b.table.subjects
    assert (tok.i, b.table.tok2actor[m.start]) in b.table.mentions
    # part of a longer name: not hers
    b, m = forced(nlp, "Nora Vance owns the bakery. Ellen Nora Vance Smith said no.", "Nora Vance")
    assign_mentions(b)
    count_untagged_full_names(b)
    assert len([i for i, j in b.table.mentions]) == 1


def test_a_company_named_by_its_first_word_is_its_full_name(nlp):
    text = (
        "The government paid Calgary-based Suncor Energy as much as $600-million. On Wednesday Suncor "
        "disclosed the payments in its results. Suncor declined to answer questions."
    )
    orgs = {a.name: a for a in build_actors(nlp(text)).public() if a.kind == "organization"}
    assert "Suncor" not in orgs
    assert orgs["Suncor Energy"].mentions == 3 and "Suncor" in orgs["Suncor Energy"].aliases


def test_a_company_named_by_its_first_word_is_its_name_with_a_legal_form(nlp):
    """ "Corvane" is "Corvane Semiconductor Inc.": the words, one more and a legal form; "Ford" is not the
    "Ford Foundation" (no legal form, no designator)."""
    text = (
        "Markham-based Corvane Semiconductor Inc. will cut 240 jobs. Corvane expects revenue to fall. "
        "Corvane declined to comment."
    )
    orgs = {a.name: a for a in build_actors(nlp(text)).public() if a.kind == "organization"}
    assert "Corvane" not in orgs and "Corvane" in orgs["Corvane Semiconductor Inc."].aliases


def test_a_company_named_by_its_first_words_is_its_full_name(nlp):
    text = (
        "Jurors found that Harbour Crest Residential ignored two maintenance requests. In a statement on "
        "Friday, Harbour Crest said it had replaced the heaters in all 212 units."
    )
    orgs = {a.name: a for a in build_actors(nlp(text)).public() if a.kind == "organization"}
    assert "Harbour Crest" not in orgs
    assert "Harbour Crest" in orgs["Harbour Crest Residential"].aliases


def test_a_foundation_is_no_company_designator(nlp):
    # the Ford Foundation is not the Ford company: "Foundation" is no designator, the two stay apart
    text = (
        "The Ford Foundation gave the museum a grant. Ford said on Monday that it would close a plant. "
        "Ford shares fell."
    )
    orgs = {a.name for a in build_actors(nlp(text)).public() if a.kind == "organization"}
    assert {"Ford", "Ford Foundation"} <= orgs


def test_a_club_named_by_one_word_is_shown_by_its_full_name(nlp):
    """ "Harwick" tagged alone beside "Harwick Rovers manager Tom Lee" (the model missed the full name):
    the club is shown as "Harwick Rovers"; a word the article joins to two club names stays as it is."""
    text = "Harwick Rovers manager Tom Lee smiled. Harwick rejected the bid."
    b = Build(doc=nlp(text), mentions=[])
    b.table.actors.append(ActorRec("Harwick", "organization", mentions=1))
    name_clubs_in_full(b)
    assert b.table.actors[0].name == "Harwick Rovers"
    assert "Harwick" in b.table.actors[0].aliases
    text = "Harwick Rovers beat Harwick Town. Harwick rejected the bid."
    b = Build(doc=nlp(text), mentions=[])
    b.table.actors.append(ActorRec("Harwick", "organization", mentions=1))
    name_clubs_in_full(b)
    assert b.table.actors[0].name == "Harwick"


def _build(nlp, text: str, names: list[str], last: str | None = None) -> Build:
    """A build state whose person mentions are the first occurrence of each of ``names`` (the last
    occurrence for ``last``)."""
    doc = nlp(text)
    mentions = []
    for name in names:
        at = text.rindex(name) if name == last else text.index(name)
        span = doc.char_span(at, at + len(name))
        mentions.append(Mention(span.start, span.end, span.text, span.text, "PERSON", None))
    return Build(doc=doc, mentions=mentions)


def test_a_two_word_name_opening_exactly_one_longer_name_is_that_person(nlp):
    text = "Haraldur Ingi Ólafsson flew over the site. “It opened fast,” Haraldur Ingi said."
    b = _build(nlp, text, ["Haraldur Ingi Ólafsson", "Haraldur Ingi"], last="Haraldur Ingi")
    link_full_names(b)
    assert b.full_key["Haraldur Ingi"] == "Haraldur Ingi Ólafsson"
    # a son's name is another person's
    text = "Donald Trump Jr. spoke before Donald Trump arrived."
    b = _build(nlp, text, ["Donald Trump Jr.", "Donald Trump"], last="Donald Trump")
    link_full_names(b)
    assert b.full_key["Donald Trump"] == "Donald Trump"


def test_a_soft_title_before_one_name_is_the_one_person_so_named(nlp):
    text = "Budi Santosa opened the wall. “Pak Budi can build it,” a fisher said."
    b = _build(nlp, text, ["Budi Santosa", "Pak Budi"])
    link_full_names(b)
    assert b.full_key["Pak Budi"] == "Budi Santosa"
    # two people could be meant: the title stays with the name
    text = "Budi Santosa and Budi Hartono spoke. “Pak Budi can build it,” a fisher said."
    b = _build(nlp, text, ["Budi Santosa", "Budi Hartono", "Pak Budi"])
    link_full_names(b)
    assert b.full_key["Pak Budi"] == "Pak Budi"


def test_the_word_opening_the_dateline_is_a_place(nlp):
    for text in [
        "TARROWBY, Mexico (AP) — Water ran out in the hub of Tarrowby. Tarrowby built too fast.",
        "TARROWBY (Reuters) - Water ran out on Monday. Tarrowby built too fast, officials said.",
        "TARROWBY — Water ran out on Monday. Tarrowby built too fast, officials said.",
    ]:
        doc = nlp(text)
        ms = [Mention(t.i, t.i + 1, t.text, t.text, "PERSON", None) for t in doc if t.text == "Tarrowby"]
        assert _place_forms(Build(doc=doc, mentions=ms), set()) == {"Tarrowby"}, text
    # a person of the story whose name is in capitals in a headline line is no dateline
    doc = nlp("TARROWBY SPEAKS OUT\n\nAna Tarrowby said the water ran out. Tarrowby left.")
    ms = [Mention(t.i, t.i + 1, t.text, t.text, "PERSON", None) for t in doc if t.text == "Tarrowby"]
    assert _place_forms(Build(doc=doc, mentions=ms), set()) == set()


def test_a_given_name_the_model_mostly_tags_a_place_is_that_place(nlp):
    doc = nlp(
        "Refugees in Jordan wait. Jordan hosts them. Aid to Jordan fell. It is Jordan's problem, he said."
    )
    ms = [
        Mention(t.i, t.i + 1, t.text, t.text, "PERSON" if doc[t.i + 1].text == "'s" else "GPE", None)
        for t in doc
        if t.text == "Jordan"
    ]
    assert _place_forms(Build(doc=doc, mentions=ms), set()) == {"Jordan"}
    # tagged a place once only, or a person as often: the person stays
    for labels in (["GPE", "PERSON", "PERSON", "PERSON"], ["GPE", "GPE", "PERSON", "PERSON"]):
        doc = nlp("Jordan scored. Jordan left. Jordan said so. Jordan won.")
        ms = [
            Mention(t.i, t.i + 1, t.text, t.text, lab, None)
            for t, lab in zip((t for t in doc if t.text == "Jordan"), labels, strict=True)
        ]
        assert _place_forms(Build(doc=doc, mentions=ms), set()) == set(), labels


def test_place_wording_is_read_once_per_article_with_the_same_word_tests():
    """``_PlaceWording`` answers what a regex per form answered: whole words only, "city of X" with or
    without "the", no "in X's view", the capitals of a dateline at a line's start."""
    text = (
        "AMBERLEY, Ont. (CP) — The retailer Brightwell said shares rose in Dunmore, the city of the Hague "
        "and the town of Kessock.\nIn Hartley's view, Corran residents disagree; Tolland's mayor did too. "
        "Slough-based staff went in Slough."
    )
    words = _PlaceWording(text)
    assert words.after_org_title("Brightwell") and not words.after_org_title("Bright")
    assert all(
        words.worded_as_place(f) for f in ("Dunmore", "Hague", "Kessock", "Corran", "Tolland", "Slough")
    )
    assert not words.worded_as_place("Hartley")  # "In Hartley's view": the person whose view it is
    assert not words.worded_as_place("Dun")  # part of a word
    assert words.opens_dateline("Amberley") and not words.opens_dateline("Kessock")


def test_a_name_whose_last_word_is_the_subject_is_a_subject(nlp):
    """ "Hagg Sayed Abdel-Fattah, 67, … said": the parser takes "Sayed" for a verb and makes "Fattah" the
    subject of "said"; the mention is still the clause's subject."""
    text = (
        "The minister opened the mosque on Sunday.\n\n"
        "Hagg Sayed Abdel-Fattah, 67, who sells lamps in the covered market nearby, said the scaffolding had "
        "driven customers away for years."
    )
    doc = nlp(text)
    table = build_actors(doc)
    starts = [t for t, idx in table.mentions if table.actors[idx].name.endswith("Abdel-Fattah")]
    assert starts and starts[0] in table.subjects


def test_a_company_named_by_its_first_words_is_its_name_with_a_word_and_a_designator(nlp):
    """ "Kestrel Air" is "Kestrel Air Regional Airlines": the words, one more capitalised word and a designator;
    "Kestrel Air" beside "Kestrel Air Museum Foundation" stays apart (a foundation is no designator)."""
    text = (
        "Hundreds of flight attendants at Kestrel Air Regional Airlines walked off the job on Wednesday. "
        "Kestrel Air, which flies for two major carriers, said in a statement that it was disappointed."
    )
    orgs = {a.name: a for a in build_actors(nlp(text)).public() if a.kind == "organization"}
    assert "Kestrel Air" not in orgs and "Kestrel Air" in orgs["Kestrel Air Regional Airlines"].aliases
    text = text.replace("Kestrel Air Regional Airlines", "Kestrel Air Museum Foundation")
    orgs = {a.name: a for a in build_actors(nlp(text)).public() if a.kind == "organization"}
    assert (
        "Kestrel Air Museum Foundation" not in orgs
        or "Kestrel Air" not in orgs["Kestrel Air Museum Foundation"].aliases
    )


def test_a_group_named_as_a_firms_first_word_is_the_firm(nlp):
    """ "According to the filing, Corvalis would lose …", "Corvalis" tagged a nationality beside "Corvalis
    Therapeutics": one organisation; a group no organisation's name opens stays a group."""
    from collections import Counter

    from bot.nlp.actors.merge import merge_groups_named_as_orgs

    doc = nlp("Corvalis Therapeutics sued. Corvalis would lose. Swedes agreed.")
    b = Build(doc=doc, mentions=[])
    b.table.actors += [
        ActorRec(
            name="Corvalis Therapeutics", kind="organization", mentions=1, aliases=Counter({"Corvalis": 1})
        ),
        ActorRec(name="Corvalis", kind="group", mentions=1),
        ActorRec(name="Swedes", kind="group", mentions=1),
    ]
    merge_groups_named_as_orgs(b)
    assert [a.mentions for a in b.table.actors] == [2, 0, 1]
