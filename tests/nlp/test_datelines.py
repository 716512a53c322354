"""Names after a dateline are read as the sentence alone reads them (bot/nlp/datelines.py)."""

from __future__ import annotations

from bot.nlp.analysis import analyze
from bot.nlp.datelines import DATELINE, reread_datelines


def _people(brief) -> set[str]:
    return {a.name for a in brief.actors if a.kind == "person"}


def test_full_name_after_a_dateline_is_one_person(nlp):
    # The capitals and dash before the name leave the small model with "Roy" alone.
    brief = analyze(
        "Overtime winner\n\nRIMOUSKI — Maxime Thibodeau-Roy scored 2:41 into overtime and the Rimouski "
        "Océanic came back from two goals down.\n\n“I just closed my eyes and shot,” Thibodeau-Roy said.",
        nlp,
    )
    assert "Maxime Thibodeau-Roy" in _people(brief)
    assert [q.speaker for q in brief.quotes] == ["Maxime Thibodeau-Roy"]


def test_name_lost_behind_a_wire_dateline_is_found(nlp):
    doc = nlp("BERLIN - Donald Trump said on Tuesday that the talks would go on.")
    reread_datelines(doc, nlp)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [("Donald Trump", "PERSON")]


def test_only_the_sentence_after_the_dateline_is_read_again(nlp):
    doc = nlp(
        "Premier Doug Ford spoke to reporters in Toronto on Monday.\n\n"
        "OTTAWA — Jagmeet Singh said the bill would pass."
    )
    first = [(e.text, e.label_) for e in doc.ents if e.end <= 12]
    reread_datelines(doc, nlp)
    assert [(e.text, e.label_) for e in doc.ents if e.end <= 12] == first
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Doug Ford", "Jagmeet Singh"]


def test_what_counts_as_a_dateline():
    opens = [
        m.group().strip()
        for t in (
            "RIMOUSKI — Maxime scored.",
            "HALIFAX, N.S. — The council met.",
            "ROME (AP) - Pope Francis said.",
            "SÃO JORGE, Azores — Fishers said.",
        )
        for m in DATELINE.finditer(t)
    ]
    assert opens == ["RIMOUSKI —", "HALIFAX, N.S. —", "ROME (AP) -", "SÃO JORGE, Azores —"]
    assert not DATELINE.search("Ottawa — the capital — said nothing.")
    assert not DATELINE.search("A — B")
