"""The quote benchmark's own switches (``benchmarks/eval_quotes.py``): the named-pronoun view and a row
for a half with no articles."""

from __future__ import annotations

from benchmarks.eval_quotes import name_pronoun_speakers, row


def _quote(speaker: str, pronoun: bool) -> dict:
    return {
        "quote": "We will rebuild.",
        "speaker": speaker,
        "speaker_head": speaker.split()[-1].lower(),
        "speaker_is_pronoun": pronoun,
    }


def test_a_pronoun_speaker_written_as_a_name_counts_as_named():
    items = [{"id": "a", "quotes": [_quote("Ana Ruiz", True), _quote("he", True), _quote("Tom Kerr", False)]}]
    out = name_pronoun_speakers(items)
    assert [q["speaker_is_pronoun"] for q in out[0]["quotes"]] == [False, True, False]
    assert items[0]["quotes"][0]["speaker_is_pronoun"] is True  # the gold read from disk is left as it was


def test_a_half_with_no_articles_prints_dashes():
    empty = {
        "quote_detection": {"f1": 0.0, "precision": 0.0, "recall": 0.0},
        "attributed": {"f1": 0.0},
        "speaker_accuracy": None,
        "named_speaker_precision": None,
        "unattributed": 0,
        "predicted_quotes": 0,
    }
    assert "speaker -  named-P -" in row("half 0", empty)
