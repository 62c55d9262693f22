"""Choosing what was heard among Whisper's hypotheses (`pipeline/hypotheses.py`): the rule
alone, the real assistant's reading of requests, the real recogniser's runners-up, and a
real session waiting for an answer."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from hark.config import Settings
from hark.pipeline.hypotheses import MARGIN, Heard, choose
from hark.types import Hypothesis, Transcript


def _heard(best: str, logprob: float, *alts: tuple[str, float]) -> Transcript:
    return Transcript(text=best, language="en", confidence=0.9, avg_logprob=logprob,
                      alternatives=[Hypothesis(t, lp) for t, lp in alts])


REQUESTS = {"Which timer's going to go off first?", "Shift dinner with Anna to Thursday at 7pm.",
            "Add milk to the shopping list."}


def _understands(asked: list[str]):
    def understands(text: str) -> bool:
        asked.append(text)
        return text in REQUESTS
    return understands


def test_best_hypothesis_kept_when_it_is_understood() -> None:
    asked: list[str] = []
    tr = _heard("Shift dinner with Anna to Thursday at 7pm.", -0.2,
                ("Which timer's going to go off first?", -0.21))
    assert choose(tr, _understands(asked)) == Heard("Shift dinner with Anna to Thursday at 7pm.")
    assert asked == ["Shift dinner with Anna to Thursday at 7pm."]  # runners-up never read


def test_understood_runner_up_within_the_margin_is_chosen() -> None:
    tr = _heard("Which time is going to go off first?", -0.07,
                ("which time is going to go off first?", -0.29),
                ("Which timer's going to go off first?", -0.07 - MARGIN + 0.01))
    assert choose(tr, _understands([])) == Heard("Which timer's going to go off first?", 2)


def test_runner_up_too_unlikely_is_not_chosen() -> None:
    tr = _heard("Shifting or with Anna to Thursday at 7pm.", -0.23,
                ("Shift dinner with Anna to Thursday at 7pm.", -0.23 - MARGIN - 0.01))
    assert choose(tr, _understands([])) == Heard("Shifting or with Anna to Thursday at 7pm.")


def test_nothing_understood_keeps_the_best() -> None:
    tr = _heard("Pass ports renewed at last.", -0.1, ("Past ports renewed at last.", -0.15))
    assert choose(tr, _understands([])).rank == 0


def test_no_alternatives_or_scores_keep_the_best_without_reading_it() -> None:
    asked: list[str] = []
    assert choose(_heard("Which time is it", -0.1), _understands(asked)).rank == 0
    tr = Transcript(text="Which time is going to go off first?", language="en", confidence=0.9,
                    alternatives=[Hypothesis("Which timer's going to go off first?", -0.1)])
    assert choose(tr, _understands(asked)).rank == 0  # no score to compare with
    assert asked == []


def test_hypotheses_are_cleaned_as_the_turn_cleans_them() -> None:
    """The transcript fixes run on every hypothesis before it is read ("At 10 minutes" is
    "Add 10 minutes"), so a runner-up is compared as the turn would see it."""
    from hark.text.transcript_fixes import fix_transcript

    fixed = fix_transcript("and milk to the shopping list.")
    tr = _heard("Ant milk to the shopping list.", -0.1, ("and milk to the shopping list.", -0.2))
    seen: list[str] = []
    choose(tr, _understands(seen))
    assert seen[-1] == fixed and fixed != "and milk to the shopping list."


# ----------------------------------------------------------- the real assistant


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    from hark.assistant import Assistant
    from hark.store import Store

    settings = Settings(data_dir=tmp_path_factory.mktemp("hyp"), timezone="Europe/London",
                        home_location="")
    return Assistant(settings, store=Store.open(settings))


@pytest.mark.parametrize(("text", "understood"), [
    ("Which timer's going to go off first?", True),
    ("Which time is going to go off first?", False),
    ("Can you move the bins reminder to 8 PM?", True),
    ("Can you move the bins reminder to APN?", False),
    ("Shift dinner with Anna to Thursday at 7pm.", True),
    ("Shifting or with Anna to Thursday at 7pm.", False),
    ("yes", False),
    ("x" * 5000, False),  # too long: not a request, and no error
])
def test_assistant_reads_requests(assistant, text: str, understood: bool) -> None:
    assert assistant.understands(text) is understood


def test_a_session_waiting_for_an_answer_keeps_the_best_hypothesis(tmp_path: Path) -> None:
    from hark.pipeline.turn import heard_as
    from hark.runtime import Runtime

    tr = _heard("Which time is going to go off first?", -0.07,
                ("Which timer's going to go off first?", -0.2))

    async def go() -> tuple[Heard, Heard, str]:
        settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
        async with Runtime(settings, scheduler=False) as rt:
            fresh = await heard_as(rt, tr, None, "u1", "kitchen")
            asked = await rt.assistant.handle_text("set an alarm", user_id="u1",
                                                   device_id="kitchen")
            waiting = await heard_as(rt, tr, asked.session_id, "u1", "kitchen")
            return fresh, waiting, asked.response_text

    fresh, waiting, question = asyncio.run(go())
    assert fresh == Heard("Which timer's going to go off first?", 1)
    assert "time" in question.lower() and waiting.rank == 0, question


# ----------------------------------------------------------- the real recogniser


def test_whisper_gives_distinct_runners_up(synth) -> None:
    from hark.engines.registry import get_engine

    audio = np.concatenate([synth("Move my swimming alarm to half eight, please."),
                            np.zeros(8000, np.float32)])
    tr = get_engine("stt", "whisper-tiny-en").transcribe(audio)
    assert tr.avg_logprob is not None and -1.0 <= tr.avg_logprob <= 0.0
    texts = [a.text for a in tr.alternatives]
    assert 1 <= len(texts) <= 4 and tr.text not in texts and len(set(texts)) == len(texts)
    assert all(-1.0 <= a.avg_logprob <= 0.0 for a in tr.alternatives)
    assert all("alarm" in t.lower() for t in texts), texts  # the same sentence, heard again


def test_one_hypothesis_setting_gives_no_runners_up(synth) -> None:
    from hark.engines import whisper_window
    from hark.engines.registry import get_engine

    audio = np.concatenate([synth("Set a timer for ten minutes."), np.zeros(8000, np.float32)])
    model = get_engine("stt", "whisper-tiny-en")._model
    seg = whisper_window.decode(model, audio, "en", 5, 15.0, hypotheses=1)
    assert seg is not None and seg.alternatives == []
    more = whisper_window.decode(model, audio, "en", 5, 15.0, hypotheses=5)
    assert more is not None and more.text == seg.text  # the best one does not change
