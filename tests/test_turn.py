"""One spoken turn (`spoken_turn`, `hark turn`): real VAD, STT, NLU, skills and TTS on
speech synthesised by Hark's own TTS."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from hark.audio.io import read_audio, write_audio
from hark.config import Settings

STAGES = {"stt", "nlu", "dialogue", "skill", "tts_first_audio", "first_audio_total", "vad",
          "decode", "store", "tts", "total"}


def _pad(speech: np.ndarray) -> np.ndarray:
    z = np.zeros(8000, dtype=np.float32)
    return np.concatenate([z, speech, z])


def _cli(args: list[str], tmp_path: Path,
         extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HARK_DATA_DIR": str(tmp_path / "data"),
           "HARK_CONFIG": str(tmp_path / "no.toml"), "HARK_TIMEZONE": "Europe/Paris",
           "HARK_LOG_LEVEL": "WARNING", **(extra_env or {})}
    return subprocess.run([sys.executable, "-m", "hark.cli", *args], capture_output=True,
                          text=True, timeout=180, env=env)


def test_spoken_turn_what_time(synth, tmp_path: Path) -> None:
    from hark.pipeline.turn import spoken_turn
    from hark.runtime import Runtime

    chunks: list[object] = []
    texts: list[dict] = []

    async def go() -> tuple[dict, object]:
        settings = Settings(data_dir=tmp_path, timezone="Europe/Paris")
        async with Runtime(settings, scheduler=False) as rt:
            return await spoken_turn(rt, _pad(synth("what time is it")), user_id="u1",
                                     on_chunk=chunks.append, on_text=texts.append)

    result, speech = asyncio.run(go())
    assert result["intent"] == "datetime_query"
    assert "time" in result["transcript"].lower()
    assert result["stt"]["hypothesis"] == 0  # the best hypothesis is understood: kept
    assert result["stt"]["early"] is False  # no listen loop started STT on a pause
    assert result["response_text"] and texts and texts[0]["response_text"] == \
        result["response_text"]
    assert speech.audio.size > speech.sample_rate // 2 and chunks
    assert STAGES <= set(result["timings_ms"])
    t = result["timings_ms"]
    assert 0 < t["tts_first_audio"] <= t["first_audio_total"] <= t["total"]
    assert result["response_audio"]["duration_s"] > 0.5


def test_turn_cli_round_trip_to_ogg(synth, tmp_path: Path) -> None:
    wav = tmp_path / "q.wav"
    write_audio(wav, _pad(synth("set a timer for five minutes")), 16000)
    out = tmp_path / "answer.ogg"
    r = _cli(["turn", str(wav), "-o", str(out), "--json", "--user", "ann"], tmp_path)
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["intent"] == "timer_set" and res["action"] == "timer.set"
    assert "5 minutes" in res["response_text"] or "five minutes" in res["response_text"]
    assert "timer" in res["transcript"].lower()
    assert STAGES <= set(res["timings_ms"])
    assert res["output"]["path"] == str(out)
    answer = read_audio(out)
    assert answer.size > 16000 * 0.5 and float(np.abs(answer).max()) > 0.05
    assert (tmp_path / "data" / "hark.db").is_file()


def test_turn_cli_silence_is_no_speech(tmp_path: Path) -> None:
    wav = tmp_path / "silence.wav"
    write_audio(wav, np.zeros(32000, dtype=np.float32), 16000)
    r = _cli(["turn", str(wav), "-o", str(tmp_path / "a.wav"), "--json"], tmp_path)
    assert r.returncode == 2
    assert json.loads(r.stdout)["error"]["code"] == "no_speech"
    assert not (tmp_path / "a.wav").exists()


def test_turn_longer_than_one_utterance_is_refused(tmp_path: Path) -> None:
    """A spoken question is one utterance: over HARK_MAX_UTTERANCE_S it is refused from the
    file header and no answer is written."""
    wav = tmp_path / "long.wav"
    write_audio(wav, np.full(16000 * 12, 0.01, dtype=np.float32), 16000)
    env_limit = {"HARK_MAX_UTTERANCE_S": "10"}
    r = _cli(["turn", str(wav), "-o", str(tmp_path / "a.wav"), "--json"], tmp_path, env_limit)
    assert r.returncode == 2, r.stderr
    err = json.loads(r.stdout)["error"]
    assert err["code"] == "audio_too_long" and "10 s" in err["message"]
    assert not (tmp_path / "a.wav").exists()


def test_turn_cli_bad_output_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from hark.cli import main

    assert main(["turn", str(tmp_path / "missing.wav"), "-o", "x.mp3", "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "invalid_input"


def test_bench_turn_reports_stages_for_other_voices() -> None:
    """`hark bench turn` speaks with SVOX Pico voices, runs real turns and reports per-stage
    latency; its numbers are printed, never asserted."""
    from hark.bench_turn import QUESTIONS, bench_turns, format_turns

    report = bench_turns(QUESTIONS[:2])
    assert report["n"] == 2 and report["errors"] == 0, report
    assert report["intent_correct"] == 2, report["turns"]
    assert {"stt", "nlu", "tts_first_audio", "first_audio_total"} <= set(report["timings_ms"])
    assert [t["voice"] for t in report["turns"]] == ["en-GB", "en-US"]
    assert "intent correct: 2/2" in format_turns(report)
