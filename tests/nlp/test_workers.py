"""Analysis processes: the same briefs as in-process analysis; a killed process is replaced, its task kept."""

from __future__ import annotations

import os
import signal
import time

import pytest

from bot.nlp import analysis
from bot.nlp.workers import AnalysisCrashed, AnalysisProcesses

pytestmark = pytest.mark.slow  # each test starts analysis processes that load the model


@pytest.fixture(scope="module")
def processes():
    pool = AnalysisProcesses(2)
    yield pool
    live = list(pool._live.values())
    pool.shutdown()
    assert pool.pids() == []
    # told to stop, each leaves by itself (not killed after the stop's timeout)
    assert live and [p.process.exitcode for p in live] == [0] * len(live)


def _kill_when_busy(pool: AnalysisProcesses, spare: set[int] = frozenset()) -> int:
    """SIGKILL the process that takes the task just submitted; returns its pid."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        busy = [pid for pid in pool.busy_pids() if pid not in spare]
        if busy:
            os.kill(busy[0], signal.SIGKILL)
            return busy[0]
        time.sleep(0.005)
    raise AssertionError("no analysis process took the task")


def test_processes_give_the_same_briefs_as_in_process_analysis(processes, nlp, seed_text):
    expected = analysis.analyze(seed_text, nlp=nlp).to_dict()
    assert processes.analyze(seed_text).to_dict() == expected
    many = processes.analyze_many([seed_text, "Short text. Nothing said."])
    assert many[0].to_dict() == expected
    stats = processes.stats()
    assert stats["processes"] == 2 and stats["started"] >= 1
    assert all(mb > 0 for mb in stats["rss_mb"])  # memory per process is reported


def test_a_killed_process_is_replaced_and_its_task_still_answered(processes, nlp, seed_text):
    long_text = "\n\n".join([seed_text] * 8)
    replaced = processes.replaced
    future = processes.submit("analyze", long_text)
    killed = _kill_when_busy(processes)
    brief = future.result(timeout=300)
    assert brief["words"] == analysis.analyze(long_text, nlp=nlp).words
    assert processes.replaced == replaced + 1
    assert killed not in processes.pids()
    assert processes.analyze("The mayor said “we will rebuild”. Residents cheered. More to come.").words


def test_a_text_that_kills_two_processes_fails_alone(processes, seed_text):
    long_text = "\n\n".join([seed_text] * 8)
    future = processes.submit("analyze", long_text)
    first = _kill_when_busy(processes)
    _kill_when_busy(processes, spare={first} | set(processes.pids()) - set(processes.busy_pids()))
    with pytest.raises(AnalysisCrashed):
        future.result(timeout=300)
    assert processes.analyze(seed_text).words > 100  # the others carry on
