"""From the end sets mixed135 and mixed136 (each measured once on 7cac33c): a banner's words with a participle before
its place ("A banner strung outside the pub reads ‘…’") and a chalkboard's are no one's speech; a headline's quote
after a label, with its speech verb after it ("Stage 6: ‘…,’ says spaza owner"), is the body speaker's when the body
quote holds its words. Sentences written for the test."""

from __future__ import annotations

from tests.support.quotes import rule_quotes, speakers


def test_a_banners_and_a_chalkboards_words_are_no_ones_speech(nlp):
    text = (
        "Pub feud\n\nTerry Bagshaw, 58, has run The Fox and Ferret for 23 years.\n\n"
        "A banner strung outside The Hadley Tap reads ‘Better Beer, Better Brother’ — and Terry has hit back with "
        "a chalkboard declaring ‘The Original. Accept No Imitations’."
    )
    quotes = [q.quote for q in rule_quotes(text, nlp)]
    assert "Better Beer, Better Brother" not in quotes
    assert "The Original. Accept No Imitations" not in quotes


def test_a_banner_hung_by_the_speaker_still_lets_a_real_quote_stand(nlp):
    text = (
        "Pub feud\n\nTerry Bagshaw, 58, pointed at the pub. ‘It’s a free country,’ he said outside the Tap."
    )
    assert speakers(text, nlp)["It’s a free country,"] == "Terry Bagshaw"


def test_a_headline_quote_after_a_label_with_its_cue_after_it(nlp):
    text = (
        "Stage 6 load-shedding: 'We are losing stock every single day,' says Lethabong spaza owner\n\n"
        "Eskom has escalated load-shedding to Stage 6 from 16:00 on Thursday.\n\n"
        'Spaza owner Nomsa Dube, 52, said her fridges had been off for nine hours. "We are losing stock every single '
        'day, and nobody pays us back," she said.'
    )
    quotes = rule_quotes(text, nlp)
    headline = [q for q in quotes if q.quote == "We are losing stock every single day,"]
    assert headline and headline[0].speaker == "Nomsa Dube"
