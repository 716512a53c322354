"""Rules written from the twenty-eighth pass's end set mixed98 after its one measurement (on e01cb3e): a page's short
labels above the headline do not hide the headline and deck from the echo of their quotes, a relative "whose" stands
for the name its clause hangs on ("Carmen Ruiz of Mesa, whose son, Mateo," … "his mother said"), and a name the
parser made the root, its verb hung on it after a set-off clause, is the subject ("Athletic director Ron Fitzgibbon,
who hired …, watched …"). Sentences written for these tests; near misses keep the old reading."""

from __future__ import annotations

from tests.support.quotes import speakers


def test_a_decks_quote_under_a_pages_labels_is_the_speaker_the_body_gives_it(nlp):
    text = (
        "The Globe and Mail\n\nBusiness\n\nSubscribe\n\nNorthvane to cut 15% of staff as AI push reshapes Waterloo "
        "software maker\n\nCEO tells employees in memo the company must become ‘smaller and faster’\n\nNorthvane "
        "Software Inc. is laying off about 15 per cent of its work force.\n\nIn the memo, chief executive officer "
        'Priya Venkataraman wrote that the company had grown too fast.\n\n"We need to become smaller and faster, and '
        'we need to put more of our resources behind the products," Ms. Venkataraman wrote.'
    )
    assert speakers(text, nlp)["smaller and faster"] == "Priya Venkataraman"


def test_whose_relative_is_the_relation_of_the_name_its_clause_hangs_on(nlp):
    text = (
        "Heat\n\nThat was the case for Carmen Ruiz of Mesa, whose son, Mateo, then 3, spent two days at Lakemont "
        "last July.\n\n“He stopped crying, and that is what scared me,” Ruiz said.\n\nHer husband, Luis Ruiz, drove "
        'them to the hospital. He said the drive "felt like two hours."\n\nMateo recovered fully. The boy, now 4, is '
        '"back to being a menace," his mother said, laughing.'
    )
    found = speakers(text, nlp)["back to being a menace,"]
    assert found is not None and "Carmen Ruiz" in found


def test_a_name_the_parser_made_the_root_is_the_subject_of_the_verb_after_its_clause(nlp):
    text = (
        "Hawks\n\nThe Hawks were picked to finish sixth. The campus newspaper ran a headline in November that read "
        '"Rebuilding Year?" and Delahunt said he kept a copy taped inside his office door.\n\n'
        "Athletic director Ron Fitzgibbon, who hired Delahunt from a Division II program five years ago, watched "
        "from the front row behind the bench.\n\n"
        '"I don\'t think I breathed for the last 40 seconds," he said.'
    )
    assert speakers(text, nlp)["I don't think I breathed for the last 40 seconds,"] == "Ron Fitzgibbon"


def test_a_district_magistrate_by_his_initials(nlp):
    # (from mixed99, measured once on 371f659)
    text = (
        "Saharsa (Bihar), Jul 4 (PTI) A portion of an under-construction bridge collapsed on Friday, officials said.\n\n"
        "The incident took place around 11.30 am, District Magistrate Anupam Kumar Jha told PTI over the phone.\n\n"
        '"Three labourers died on the spot," the DM said.'
    )
    found = speakers(text, nlp)["Three labourers died on the spot,"]
    assert found is not None and "Jha" in found


def test_a_clerk_a_brigadier_and_a_field_curator_by_their_roles(nlp):
    # (from mixed100, measured once on 371f659)
    clerk = (
        "Lights\n\nThe insurer raised concerns about a crowd crush.\n\nTown clerk Ruth Penberthy said the council had "
        "approached four other insurers. ‘Three said no and one didn’t reply,’ the clerk said."
    )
    assert "Penberthy" in (speakers(clerk, nlp)["Three said no and one didn’t reply,"] or "")
    brigadier = (
        "Rhino\n\nBrigadier Sipho Mahlangu, who heads the provincial unit, said investigators believed the poachers had "
        "inside information.\n\nHe said the unit was also investigating a buyer in Gauteng.\n\n"
        "“On the black market, rhino horn still fetches more per kilogram than gold,” the brigadier said."
    )
    assert "Mahlangu" in (
        speakers(brigadier, nlp)["On the black market, rhino horn still fetches more per kilogram than gold,"]
        or ""
    )
    curator = (
        "Tooth\n\nIt reached Dr. Annika Thorsrud, curator of paleontology at the Ashcombe Museum of Natural History.\n\n"
        "Thorsrud said finds like this are rare. Dr. Tobias Ruckert, a geologist, said creeks expose fossils.\n\n"
        "\"Where there's one tooth, there's usually a jaw somewhere upstream,\" the paleontologist said."
    )
    assert "Thorsrud" in (
        speakers(curator, nlp)["Where there's one tooth, there's usually a jaw somewhere upstream,"] or ""
    )
