"""Understanding of *spoken* commands: SLURP dev sentences HWU64 never had are spoken by
three TTS voices (Piper en-US, SVOX Pico en-US and en-GB), transcribed by the configured
STT engine, and understood by the shipped model. Prints intent accuracy on the text and
on what was heard, and the word error rate, so the cost of speech is visible.

    .venv/bin/python benchmarks/spoken_nlu_bench.py [--n 240] [--seed 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

VOICES = [("piper", None), ("nanotts", "en-US"), ("nanotts", "en-GB")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path,
                    default=ROOT.parent / "shared" / "data" / "nlu" / "slurp-devel.jsonl")
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from hark.bench_turn import speak_clip
    from hark.engines.registry import get_engine
    from hark.nlu.engine import NLU
    from hark.text.transcript_fixes import fix_transcript
    from hark.text.wer import corpus_wer

    rows = [json.loads(line) for line in args.data.open() if line.strip()]
    rows = [r for r in rows if not r.get("seen_in_hwu64", False)]
    rows = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    stt, nlu = get_engine("stt"), NLU.load("default")
    text_ok = spoken_ok = 0
    pairs = []
    for i, row in enumerate(rows):
        engine, voice = VOICES[i % len(VOICES)]
        audio = speak_clip(row["text"], engine, voice, pad_after_s=0.5)
        heard = fix_transcript(stt.transcribe(audio).text)
        pairs.append((row["text"], heard))
        text_ok += nlu.parse(row["text"]).intent == row["intent"]
        spoken_ok += bool(heard.strip()) and nlu.parse(heard).intent == row["intent"]
    n = len(rows)
    report = {"n": n, "stt": stt.name, "intent_accuracy_text": round(text_ok / n, 4),
              "intent_accuracy_spoken": round(spoken_ok / n, 4),
              "wer": round(corpus_wer(pairs), 4)}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{n} unseen SLURP dev sentences, 3 TTS voices, {stt.name}: intent "
              f"{report['intent_accuracy_text']:.1%} on text, "
              f"{report['intent_accuracy_spoken']:.1%} spoken (WER {report['wer']:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
