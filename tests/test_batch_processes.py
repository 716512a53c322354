"""``Briefer.brief_many`` on analysis processes: order kept, and the input is read only a bounded way
ahead of the output (memory stays flat however long the batch)."""

from __future__ import annotations

import pytest

from bot.briefing import PROCESS_CHUNK, Briefer
from bot.nlp.workers import AnalysisProcesses

pytestmark = pytest.mark.slow  # starts an analysis process that loads the model


def test_a_long_batch_is_read_only_a_bounded_way_ahead_and_comes_out_in_order(settings, store):
    pulled = 0

    def texts():
        nonlocal pulled
        for n in range(120):
            pulled += 1
            yield f"Report {n}. The mayor said the bridge number {n} will reopen. Residents were pleased."

    ahead = []
    with AnalysisProcesses(1) as processes:
        briefer = Briefer(settings, store, analyzer=processes)
        indexes = []
        for item in briefer.brief_many(texts(), processes=processes):
            indexes.append(item.index)
            ahead.append(pulled - len(indexes))
            assert item.brief is not None and f"number {item.index} " in item.brief.text
    assert indexes == list(range(120))
    # in flight: at most 2 chunks per process, plus the chunk being filled
    assert max(ahead) <= 3 * PROCESS_CHUNK
