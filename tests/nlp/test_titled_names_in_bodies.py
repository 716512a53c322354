"""A person's name after a title inside an entity the model gave another kind, with a place's words before
the title: "Westmorland and Lonsdale MP Felicity Armitage-Orr" (tagged an organisation from "Lonsdale") is
Felicity Armitage-Orr, who then says what follows."""

from __future__ import annotations

from tests.support.quotes import rule_quotes


def test_the_mp_after_her_constituency_is_a_person_who_speaks(nlp):
    text = (
        "The planning board refused the glamping pods on Tuesday, and Anne Harrison, who farms the valley, said "
        "the family would appeal.\n\n"
        "Westmorland and Lonsdale MP Felicity Armitage-Orr said she would raise the case with ministers. ‘Our "
        "national parks must be living, working landscapes,’ she said."
    )
    found = {q.quote: q.speaker for q in rule_quotes(text, nlp)}
    assert found["Our national parks must be living, working landscapes,"] == "Felicity Armitage-Orr"
