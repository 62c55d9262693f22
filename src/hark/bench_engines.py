"""`hark bench engines`: per engine load time, warm latency, real-time factor, peak RSS
and (for STT) WER on the real LibriVox clips of Debian's pocketsphinx-testdata.

Each engine is measured in a fresh subprocess so load time and peak RSS are its own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from typing import Any

# (role, engine) pairs measured, and the targets from the foundation issue.
ENGINES: list[tuple[str, str]] = [
    ("stt", "whisper-tiny-en"),
    ("stt", "moonshine-tiny"),
    ("stt", "whisper-base"),
    ("tts", "piper"),
    ("tts", "nanotts"),
    ("vad", "silero"),
    ("wake", "openwakeword"),
    ("denoise", "rnnoise"),
]

TARGETS: dict[str, tuple[str, str, float]] = {
    # key: (engine, metric, max)
    "tiny_latency": ("whisper-tiny-en", "latency_3s_ms", 350.0),
    "tiny_wer": ("whisper-tiny-en", "wer_librivox", 0.08),
    "piper_first_audio": ("piper", "first_audio_ms", 150.0),
    "piper_rtf": ("piper", "rtf", 0.15),
    "vad_frame": ("silero", "ms_per_frame", 1.0),
    "wake_frame": ("openwakeword", "ms_per_frame", 5.0),
    "defaults_warm": ("defaults", "load_warm_s", 6.0),
}


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure_vad() -> dict[str, Any]:
    import numpy as np

    from hark.engines.registry import get_engine

    t0 = time.perf_counter()
    vad = get_engine("vad", "silero")
    load_s = time.perf_counter() - t0
    rng = np.random.default_rng(0)
    frames = (rng.standard_normal((1000, vad.frame_samples)) * 0.05).astype(np.float32)
    vad.reset()
    t0 = time.perf_counter()
    for f in frames:
        vad.speech_prob(f)
    ms = (time.perf_counter() - t0) * 1000 / len(frames)
    return {"load_s": round(load_s, 3), "ms_per_frame": round(ms, 3),
            "rtf": round(ms / 32.0, 4)}


def measure_denoise() -> dict[str, Any]:
    from hark.audio import read_audio
    from hark.engines.registry import get_engine

    t0 = time.perf_counter()
    dn = get_engine("denoise", "rnnoise")
    load_s = time.perf_counter() - t0
    audio = read_audio(_librivox_paths()[0])
    t0 = time.perf_counter()
    dn.denoise(audio)
    dt = time.perf_counter() - t0
    return {"load_s": round(load_s, 3), "rtf": round(dt / (len(audio) / 16000), 4)}


def measure_defaults() -> dict[str, Any]:
    """Everything a default `hark serve` loads, from a cold process to warm."""
    from hark.engines.registry import warm_defaults

    t0 = time.perf_counter()
    warm_defaults()  # what `hark serve` does at start
    return {"load_warm_s": round(time.perf_counter() - t0, 2)}


def _librivox_paths() -> list[str]:
    from pathlib import Path

    return sorted(str(p) for p in Path("/usr/share/pocketsphinx/test/data/librivox").glob("*.wav"))


def measure_one(role: str, name: str) -> dict[str, Any]:
    if role == "stt":
        from hark.engines.stt_bench import measure_stt

        out = measure_stt(name)
    elif role == "tts":
        from hark.engines.tts_bench import measure_tts

        out = measure_tts(name)
    elif role == "wake":
        from hark.engines.tts_bench import measure_wake

        out = measure_wake()
    elif role == "vad":
        out = measure_vad()
    elif role == "denoise":
        out = measure_denoise()
    elif role == "defaults":
        out = measure_defaults()
    else:
        raise ValueError(role)
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def run_isolated(role: str, name: str, timeout_s: float = 600) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "hark.bench_engines", role, name],
        capture_output=True, text=True, timeout=timeout_s,
    )
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench(only: set[str] | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for role, name in [*ENGINES, ("defaults", "defaults")]:
        if only and name not in only and role not in only:
            continue
        results[name] = {"role": role, **run_isolated(role, name)}
    checks = {}
    for key, (engine, metric, limit) in TARGETS.items():
        value = results.get(engine, {}).get(metric)
        if value is not None:
            checks[key] = {"engine": engine, "metric": metric, "value": value, "target": limit,
                           "ok": value <= limit}
    return {"engines": results, "targets": checks}


def format_table(report: dict[str, Any]) -> str:
    cols = ["load_s", "latency_3s_ms", "first_audio_ms", "ms_per_frame", "rtf",
            "wer_librivox", "load_warm_s", "peak_rss_mb"]
    lines = ["| engine | role | " + " | ".join(cols) + " |",
             "|---|---|" + "---|" * len(cols)]
    for name, r in report["engines"].items():
        if "error" in r:
            lines.append(f"| {name} | {r['role']} | error: {r['error']} |")
            continue
        cells = [("" if r.get(c) is None else f"{r[c]}") for c in cols]
        lines.append(f"| {name} | {r['role']} | " + " | ".join(cells) + " |")
    lines.append("")
    lines.append("| target | value | limit | ok |")
    lines.append("|---|---|---|---|")
    for key, c in report["targets"].items():
        lines.append(f"| {key} ({c['engine']} {c['metric']}) | {c['value']} | ≤ {c['target']} | "
                     f"{'yes' if c['ok'] else 'NO'} |")
    return "\n".join(lines)


if __name__ == "__main__":  # worker: python -m hark.bench_engines ROLE NAME
    print(json.dumps(measure_one(sys.argv[1], sys.argv[2])))
