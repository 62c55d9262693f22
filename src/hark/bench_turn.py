"""`hark bench turn`: whole spoken turns, end to end, with per-stage latency.

Each question is spoken by a TTS voice Hark does not answer with (SVOX Pico en-GB and
en-US by default, so the STT hears other voices than Piper's), run through
:func:`~hark.pipeline.turn.spoken_turn` on a fresh store (VAD → STT → NLU → dialogue →
skill → TTS) and timed. Only skills that need no outside service are asked, so the
numbers are the assistant's own. One warm-up turn is not counted.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from pathlib import Path
from typing import Any

# (question, the intent a correct turn ends with)
QUESTIONS: list[tuple[str, str]] = [
    ("What time is it?", "datetime_query"),
    ("Set a timer for five minutes.", "timer_set"),
    ("Turn on the kitchen lights.", "iot_hue_lighton"),
    ("What is seven times eight?", "qa_maths"),
    ("Add milk to my shopping list.", "lists_createoradd"),
    ("Tell me a joke.", "general_joke"),
    ("Wake me up at seven thirty tomorrow.", "alarm_set"),
    ("What day of the week is Christmas?", "datetime_query"),
    ("Turn the volume down.", "audio_volume_down"),
    ("Remind me to call my mother at six pm.", "calendar_set"),
]
VOICES = [("nanotts", "en-GB"), ("nanotts", "en-US")]
STAGES = ["vad", "stt", "nlu", "dialogue", "skill", "tts_first_audio", "first_audio_total",
          "total"]


def speak_clip(text: str, engine: str, voice: str | None, pad_before_s: float = 0.25,
               pad_after_s: float = 0.25) -> Any:
    """``text`` spoken by a TTS voice as a 16 kHz test clip with silence around it (used by
    the benchmarks under ``benchmarks/`` too)."""
    import numpy as np

    from hark.audio.io import SAMPLE_RATE, resample
    from hark.engines.registry import get_engine

    tts = get_engine("tts", engine)
    parts = [resample(c.audio, c.sample_rate, SAMPLE_RATE) for c in tts.stream(text, voice=voice)]
    before = np.zeros(int(pad_before_s * SAMPLE_RATE), np.float32)
    after = np.zeros(int(pad_after_s * SAMPLE_RATE), np.float32)
    return np.concatenate([before, *parts, after]).astype(np.float32)


async def _run(questions: list[tuple[str, str]], data_dir: Path) -> dict[str, Any]:
    from hark.config import load_settings
    from hark.errors import HarkError
    from hark.pipeline.turn import spoken_turn
    from hark.runtime import Runtime
    from hark.text.wer import wer

    settings = load_settings(data_dir=str(data_dir))
    clips = [(q, intent, speak_clip(q, *VOICES[i % len(VOICES)]), VOICES[i % len(VOICES)][1])
             for i, (q, intent) in enumerate(questions)]
    turns: list[dict[str, Any]] = []
    async with Runtime(settings, scheduler=False) as rt:
        await spoken_turn(rt, clips[0][2])
        for q, intent, audio, voice in clips:
            try:
                out, _ = await spoken_turn(rt, audio)
            except HarkError as e:
                turns.append({"question": q, "voice": voice, "error": e.message})
                continue
            turns.append({"question": q, "voice": voice, "transcript": out["transcript"],
                          "wer": round(wer(q, out["transcript"]), 3),
                          "expected_intent": intent, "intent": out.get("intent"),
                          "response_text": out.get("response_text"),
                          "timings_ms": {k: out["timings_ms"].get(k) for k in STAGES}})
    return _summary(turns)


def _summary(turns: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [t for t in turns if "error" not in t]
    stages = {}
    for k in STAGES:
        vals = sorted(v for t in ok if (v := t["timings_ms"].get(k)) is not None)
        if vals:
            stages[k] = {"p50": round(statistics.median(vals), 1), "max": round(vals[-1], 1)}
    return {
        "n": len(turns),
        "errors": len(turns) - len(ok),
        "intent_correct": sum(t["intent"] == t["expected_intent"] for t in ok),
        "mean_wer": round(statistics.fmean(t["wer"] for t in ok), 3) if ok else None,
        "timings_ms": stages,
        "turns": turns,
    }


def bench_turns(questions: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="hark-bench-") as tmp:
        return asyncio.run(_run(questions or QUESTIONS, Path(tmp)))


def format_turns(report: dict[str, Any]) -> str:
    lines = ["| question | voice | heard | intent | first audio ms | total ms |",
             "|---|---|---|---|---|---|"]
    for t in report["turns"]:
        if "error" in t:
            lines.append(f"| {t['question']} | {t['voice']} | error: {t['error']} | | | |")
            continue
        mark = "" if t["intent"] == t["expected_intent"] else f" (expected {t['expected_intent']})"
        lines.append(f"| {t['question']} | {t['voice']} | {t['transcript']} | {t['intent']}{mark} "
                     f"| {t['timings_ms']['first_audio_total']} | {t['timings_ms']['total']} |")
    lines += ["", "| stage | p50 ms | max ms |", "|---|---|---|"]
    lines += [f"| {k} | {v['p50']} | {v['max']} |" for k, v in report["timings_ms"].items()]
    lines += ["", f"intent correct: {report['intent_correct']}/{report['n']}, "
                  f"mean WER {report['mean_wer']}, errors {report['errors']}"]
    return "\n".join(lines)
