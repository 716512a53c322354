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


def _count(monkeypatch, module, name: str) -> list:
    calls, real = [], getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_run_of_the_statement_is_worked_out_once_per_mention(nlp, monkeypatch):
    from bot.nlp.quotes import speakers

    calls = _count(monkeypatch, speakers, "_find_earlier_document_owner")
    text = "Harlow Systems said in a statement that the plan was sound.\n\n" + "\n\n".join(
        f"“Point {i} will be handled,” the statement said." for i in range(30)
    )
    quotes = rule_quotes(text, nlp)
    assert len(quotes) == 30 and {q.speaker for q in quotes} == {"the statement from Harlow Systems"}
    assert len(calls) <= 31  # each mention once (it was once per link of the chain behind it: 465)


def test_each_answer_of_a_labelled_q_and_a_walks_back_once(nlp, monkeypatch):
    from bot.nlp.quotes import transcript as module

    text = "Ana Ruiz, a painter, talked to us.\n\n" + "\n\n".join(
        f"Q: Why paint in {year}?\n\nA: “Because the light was good in {year}.”" for year in range(1990, 2030)
    )
    calls = []
    real = module._QUESTION_LINE

    class Counted:
        def match(self, *args):
            calls.append(1)
            return real.match(*args)

    monkeypatch.setattr(module, "_QUESTION_LINE", Counted())
    quotes = rule_quotes(text, nlp)
    assert len(quotes) == 40 and {q.speaker for q in quotes} == {"Ana Ruiz"}
    assert len(calls) < 4 * 40  # a few per answer (a walk back over every earlier pair was 40 * 41 / 2)
