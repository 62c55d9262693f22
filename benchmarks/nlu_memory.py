"""Memory of the understanding engine alone: load a model folder, warm its encoder, parse
one question; prints resident memory after each step and the peak.

    .venv/bin/python benchmarks/nlu_memory.py [--model default]
"""

from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="default")
    args = ap.parse_args()
    from hark.nlu.engine import NLU

    nlu = NLU.load(args.model)
    print(f"loaded: {rss_mb():.0f} MB")
    nlu.intents.warm()
    print(f"encoder warm: {rss_mb():.0f} MB")
    nlu.parse("set an alarm for seven thirty tomorrow", lang="en")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"after a question: {rss_mb():.0f} MB (peak {peak:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
