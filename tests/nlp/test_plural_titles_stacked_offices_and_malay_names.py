"""Rules written in the forty-first pass from the blind sets mixed203 and mixed204 (each measured once first): a plural
title before names joined by "and"; a capitals role spelt by a title's initials; a role before a bracketed department;
two initials before a name; an office written before a second title; "the elder X" read through a kin noun set off
after the other's name; a party tag in brackets read as the subject; a Malay name's first word and its short form;
Ghanaian chiefs' titles; a player's position that is also a body's noun; a place and a person run together across a
comma. Sentences written for these tests."""

from __future__ import annotations

from bot.nlp.actors.build import Build
from bot.nlp.actors.names import Mention
from bot.nlp.actors.relabel import relabel_org_heads
from bot.nlp.analysis import analyze
from tests.support.quotes import speakers


def _people(text: str) -> list[str]:
    return [a.name for a in analyze(text).actors if a.kind == "person"]


def test_a_plural_title_before_names_joined_by_and_is_each_ones(nlp):
    text = (
        "Acquitted\n\nThe two men were represented by attorneys Marlon Dupree-Singh and Anya Castellano. Senior "
        "Crown Counsel Peter Lyle appeared for the prosecution.\n\n"
        "Outside the court, Dupree-Singh said his clients had waited too long.\n\n"
        "“Four years on remand for a case that never stood up,” the attorney said."
    )
    assert (
        "Marlon Dupree-Singh" in speakers(text, nlp)["Four years on remand for a case that never stood up,"]
    )


def test_a_plural_title_before_one_name_is_no_ones_title(nlp):
    text = (
        "Acquitted\n\nThe family hired attorneys Marlon Dupree-Singh, who spoke for them, and the court heard "
        "from Senior Crown Counsel Peter Lyle.\n\n“The case never stood up,” the attorney said."
    )
    assert "Marlon Dupree-Singh" not in speakers(text, nlp)["The case never stood up,"]


def test_a_capitals_role_is_the_holder_whose_title_spells_it(nlp):
    text = (
        "Prices\n\nFarmers said brokers rejected their fruit.\n\n"
        "Kiambu County Executive Committee member for Trade Dr Wanjiru Muthoni, who joined the county in 2022, "
        "acknowledged the problem.\n\n"
        "“We know what is happening on the farms,” the CEC said."
    )
    assert "Wanjiru Muthoni" in speakers(text, nlp)["We know what is happening on the farms,"]


def test_a_role_before_a_bracketed_department_and_two_initials_make_a_person(nlp):
    text = (
        "Corridor delayed\n\nThe drive now takes ninety minutes, said Ravi Menon, a software engineer who commutes "
        "daily.\n\nS R Lakshmaiah, Chief Engineer (Projects), BBMP, said the corridor was 70% complete.\n\n"
        "“The first phase will open by March,” the chief engineer told reporters."
    )
    assert "Lakshmaiah" in speakers(text, nlp)["The first phase will open by March,"]
    assert "S R Lakshmaiah" in _people(text)


def test_an_office_written_before_a_second_title_is_the_holders_too(nlp):
    text = (
        "Guesthouses\n\nMinister of Tourism and International Transport Senator Delia Marshall-Greaves said the "
        "government would act by June.\n\n“Small properties are the backbone of our tourism,” said the minister."
    )
    assert (
        "Delia Marshall-Greaves" in speakers(text, nlp)["Small properties are the backbone of our tourism,"]
    )


def test_the_elder_one_of_a_shared_surname_by_a_kin_noun_set_off_after_the_other(nlp):
    text = (
        "Tariff bill\n\nSenator Musa Bello Danjuma (APC, Kano North), who chairs the committee and sponsored the bill, "
        "said the change was needed.\n\nHe said: “Nigerians want stable electricity.”\n\n"
        "Senator Ngozi Okafor-Eze (PDP, Anambra South), who led the walkout, said the bill was rushed.\n\n"
        "Among its sponsors in the lower house was Hon. Umar Musa Danjuma (APC, Kano Municipal), the son of the "
        "committee chairman.\n\nAsked about the family link, the elder Danjuma dismissed any suggestion of "
        "impropriety.\n\n“My son was elected by his own people,” the senator said."
    )
    assert "Musa Bello Danjuma" in speakers(text, nlp)["My son was elected by his own people,"]


def test_a_party_tag_in_brackets_read_as_the_subject_gives_the_name_before_it(nlp):
    text = (
        "Walkout\n\nThe Senate on Tuesday passed the bill after a stormy session.\n\nSenator Ngozi Okafor-Eze (PDP, "
        "Anambra South), who led the walkout, said the amendment was “a licence to extort” and accused the committee "
        "of rushing it."
    )
    assert speakers(text, nlp)["a licence to extort"] == "Ngozi Okafor-Eze"


def test_a_malay_names_first_word_and_its_short_form(nlp):
    text = (
        "Landfill\n\nMohd Hafiz Abdul Karim, the village committee chairperson of Kampung Baru Hilir, said the smell "
        "had worsened.\n\n“We breathe this every night,” he told reporters.\n\n"
        "“This time we want a date in writing,” said Mohd Hafiz."
    )
    found = speakers(text, nlp)
    assert found["We breathe this every night,"] == "Mohd Hafiz Abdul Karim"
    assert found["This time we want a date in writing,"] == "Mohd Hafiz Abdul Karim"
    assert _people(text) == ["Mohd Hafiz Abdul Karim"]


def test_a_ghanaian_chiefs_title_before_a_name(nlp):
    text = (
        "Fishing\n\nThe chief fisherman of the community, Nana Kwesi Ampofo, said canoes returned nearly empty.\n\n"
        "“The trawlers take the small fish,” Nana Ampofo said."
    )
    assert speakers(text, nlp)["The trawlers take the small fish,"] == "Kwesi Ampofo"


def test_a_centre_no_body_holds_is_the_player_the_narration_is_about(nlp):
    text = (
        "Brothers\n\nThe Wranglers won 4-2 on Saturday.\n\nJordan Redcloud, who added an assist, agreed.\n\n"
        "“He's going to score a lot of goals in this league,” the centre said."
    )
    assert "Jordan Redcloud" in speakers(text, nlp)["He's going to score a lot of goals in this league,"]


def test_a_place_and_a_person_run_together_across_a_comma_are_two_names(nlp):
    text = (
        "Hail\n\nNear the village of Oakhurst, west of Red Deer, Brent Kowalyk was in his shop when the hail "
        "began.\n\n“It sounded like gravel on a tin roof,” Kowalyk told reporters.\n\n"
        "His wife, Shauna Kowalyk, had just pulled into the garage.\n\n“I keep thinking about it,” she said."
    )
    assert speakers(text, nlp)["It sounded like gravel on a tin roof,"] == "Brent Kowalyk"
    assert "Brent Kowalyk" in _people(text)


def test_the_seat_of_a_party_and_seat_tag_is_a_place():
    text = (
        "Tariff bill\n\nSenator Musa Bello Danjuma (APC, Kano North) said the change was needed.\n\n"
        "Hon. Aisha Lawal (PDP, Bauchi Central) opposed it."
    )
    assert _people(text) == ["Musa Bello Danjuma", "Aisha Lawal"]


def test_a_place_whose_last_word_names_a_firm_is_the_firm(nlp):
    text = "The couple met at Brightwater Labs in 2017. Crestmoor Technologies hired them both."
    doc = nlp(text)
    labs, tech = (
        _mention(doc, text.index(n), n, "FAC") for n in ("Brightwater Labs", "Crestmoor Technologies")
    )
    relabel_org_heads(Build(doc=doc, mentions=[labs, tech]))
    assert (labs.label, tech.label) == ("ORG", "ORG")


def _mention(doc, at: int, surface: str, label: str) -> Mention:
    span = doc.char_span(at, at + len(surface))
    return Mention(span.start, span.end, surface, surface, label, None)


def test_she_after_a_name_set_off_with_its_title_is_that_one(nlp):
    text = (
        "Mining\n\nThe Queenmother of Asuoso, Nana Abena Ofosuaa II, said women bore the heaviest burden. "
        "“We carry the water,” she lamented.\n\nThe minister said the task force would stay.\n\n"
        "The Member of Parliament for Asuoso, Hon. Gifty Mensah-Bonsu, urged the youth to join the schemes. "
        "“Galamsey is not a job,” she said."
    )
    assert speakers(text, nlp)["Galamsey is not a job,"] == "Gifty Mensah-Bonsu"


def test_a_name_the_parser_hung_on_its_regnal_number_is_the_one_in_apposition(nlp):
    text = (
        "Mining: river now “brown soup”\n\nThe Omanhene of the Nkwanta Traditional Area, Nana Kwaku Ofori Ababio II, "
        "has warned that the Pra River, which serves more than 40 communities, has become “brown soup” because of "
        "illegal mining."
    )
    assert speakers(text, nlp)["brown soup"] == "Kwaku Ofori Ababio"
