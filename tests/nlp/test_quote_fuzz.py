"""Properties: inserting or deleting quotation marks anywhere never makes extraction raise, and what
comes out still holds together (spans in order, inside one paragraph, opened and closed by marks;
quotes found in the text, counted on their speakers, never spoken by a pronoun)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.nlp.analysis import analyze
from bot.nlp.quotes import find_quote_spans

BASE = (
    "“The levee held,” said Ruth Adler, the county engineer. She added that crews were ‘on alert’.\n\n"
    "''We are not out of danger,'' Mr. Adler's deputy said. \"Rain returns Friday,\" he warned.\n\n"
    "«Stay home», the mayor wrote. Officials called it a 'precaution' and didn't say more."
)
MARKS = ["“", "”", "‘", "’", '"', "'", "''", "``", "«", "»"]
MARK_CHARS = set("“”‘’\"'«»`")


def assert_spans_hold_together(text: str) -> None:
    spans = find_quote_spans(text)
    for before, after in zip(spans, spans[1:], strict=False):
        assert before.close_end <= after.open_mark  # in order, never overlapping
    for s in spans:
        assert 0 <= s.open_mark <= s.start < s.end <= s.close_end <= len(text)
        assert text[s.start : s.end].strip()
        assert "\n\n" not in text[s.start : s.end]  # a quote is paired within its paragraph
        if s.open_mark == s.start:
            # a continuation the writer did not reopen: it starts its paragraph, after an open quote
            assert text[: s.start].rstrip(" \t")[-1:] in ("", "\n")  # after any indent
            assert s.closed
        else:
            assert text[s.open_mark] in MARK_CHARS
        assert not s.closed or text[s.close_end - 1] in MARK_CHARS


edits = st.lists(
    st.tuples(st.sampled_from(["insert", "delete"]), st.integers(0, len(BASE)), st.sampled_from(MARKS)),
    min_size=1,
    max_size=8,
)


def mutate(text: str, ops) -> str:
    for op, pos, mark in ops:
        pos = min(pos, len(text))
        if op == "insert":
            text = text[:pos] + mark + text[pos:]
        else:
            # delete the nearest quotation mark at or after pos, if any
            for j in range(pos, len(text)):
                if text[j] in "“”‘’\"'«»`":
                    text = text[:j] + text[j + 1 :]
                    break
    return text


@given(edits)
@settings(max_examples=300, deadline=None)
def test_pairing_never_raises_and_holds_together(ops):
    assert_spans_hold_together(mutate(BASE, ops))


@given(edits)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_full_analysis_never_raises_and_holds_together(nlp, ops):
    brief = analyze(mutate(BASE, ops), nlp)
    analysed = " ".join(brief.text.split())
    for q in brief.quotes:
        assert q.quote
        assert " ".join(q.quote.split()) in analysed
        assert q.speaker is None or q.speaker.lower() not in {"he", "she", "they", "it", "we"}
    for actor in brief.actors:
        # counted on the actor a quote names, however it is shown ("the county engineer, Ruth Adler")
        assert actor.quotes == sum(1 for q in brief.quotes if q.speaker_actor == actor.name)


@given(st.lists(st.sampled_from(list("ab .,\n") + MARKS), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_random_mark_soup_never_raises_and_holds_together(text):
    assert_spans_hold_together(text)
