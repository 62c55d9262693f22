"""`hark listen` responsiveness: from the moment the endpointer decides the user has
stopped speaking to the first audio of the answer, fed in real time ("Hey Jarvis", then a
question in an SVOX Pico en-GB voice), with early STT on a pause (``HARK_STT_EARLY_S``,
default 0.25 s) and without it. The endpointer's own wait (``HARK_SPEECH_END_S``, 0.6 s)
comes on top of both.

    .venv/bin/python benchmarks/listen_bench.py [--early 0.25]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

QUESTIONS = ["What time is it?", "Set a timer for five minutes.", "Turn on the kitchen lights.",
             "Tell me a joke.", "What is seven times eight?", "Add milk to my shopping list."]


async def one(question: str, early_s: float) -> tuple[float, bool]:
    import numpy as np

    from hark.audio.output import FileSource, VirtualSpeaker
    from hark.bench_turn import speak_clip
    from hark.config import Settings
    from hark.pipeline.listen import Listener
    from hark.runtime import Runtime

    def z(s: float) -> np.ndarray:
        return np.zeros(int(s * 16000), np.float32)

    audio = np.concatenate([z(0.5), speak_clip("Hey Jarvis", "piper", None), z(0.4),
                            speak_clip(question, "nanotts", "en-GB"), z(2.5)])
    stamps: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="hark-listen-") as d:
        s = Settings(data_dir=Path(d), stt_early_s=early_s)
        async with Runtime(s, scheduler=False) as rt:
            lis = Listener(rt, FileSource(audio, realtime=True), VirtualSpeaker(), settings=s,
                           emit=lambda e: stamps.setdefault(e["event"], time.monotonic()))
            events = await lis.run()
    turn = next(e for e in events if e["event"] == "turn")
    return (stamps["tts-started"] - stamps["speech-stopped"]) * 1000, turn["early_stt"]


async def main_async(early: float) -> None:
    for early_s in (0.0, early):
        lat = []
        for q in QUESTIONS:
            ms, used = await one(q, early_s)
            lat.append(ms)
            print(f"  early_s={early_s:g}  {q:<34} {ms:6.0f} ms  early STT used: {used}")
        print(f"early_s={early_s:g}: end of speech → first audio, median "
              f"{statistics.median(lat):.0f} ms, max {max(lat):.0f} ms\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--early", type=float, default=0.25)
    asyncio.run(main_async(ap.parse_args().early))
    return 0


if __name__ == "__main__":
    sys.exit(main())
