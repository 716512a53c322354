"""Work done once per article, not once per quote: a pasted article can hold thousands of quotes (up to
``BRIEF_MAX_INPUT_BYTES``), and a step repeated per quote over every quote grows with their square."""

from __future__ import annotations

from bot.nlp.quotes import transcript
from tests.support.quotes import rule_quotes


def test_the_interview_answers_are_found_once_per_article(nlp, monkeypatch):
    calls = []
    real = transcript._answer_spans

    def counted(ctx):
        calls.append(1)
        return real(ctx)

    monkeypatch.setattr(transcript, "_answer_spans", counted)
    text = "Ana Ruiz, a painter, talked to us.\n\n" + "".join(
        f"Why did you paint it in {year}?\n\n“Because the light was good that year, in {year}.”\n\n"
        for year in range(1990, 2030)
    )
    quotes = rule_quotes(text, nlp)
    assert len(quotes) == 40 and {q.speaker for q in quotes} == {"Ana Ruiz"}
    assert len(calls) == 1
