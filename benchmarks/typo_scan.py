"""What the typing-mistake fixer (hark.text.typos) changes in real sentences: every
sentence of HWU64, SLURP dev and the benchmark sets (the typo sets T excepted, which are
full of mistakes on purpose), with each change counted. A precision check: every change
listed should be a real slip.

    .venv/bin/python benchmarks/typo_scan.py [--data DIR]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "nlu")
    args = ap.parse_args()
    from hark.text.typos import _WORD, spelled

    files = sorted((ROOT / "benchmarks" / "data").glob("*.jsonl"))
    files = [f for f in files if not f.stem.endswith("_T")]
    files += [args.data / "hwu64.jsonl", args.data / "slurp-devel.jsonl"]
    changes: collections.Counter[tuple[str, str]] = collections.Counter()
    n = changed = 0
    for f in files:
        if not f.is_file():
            print(f"missing: {f}", file=sys.stderr)
            continue
        for line in f.open(encoding="utf-8"):
            row = json.loads(line)
            text = row.get("text") or " ".join(row.get("tokens", []))
            if not text:
                continue
            n += 1
            fixed = spelled(text)
            if fixed == text:
                continue
            changed += 1
            a, b = _WORD.findall(text), _WORD.findall(fixed)
            for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
                if op != "equal":
                    changes[(" ".join(a[i1:i2]), " ".join(b[j1:j2]))] += 1
    print(f"{n} sentences, {changed} changed")
    for (was, now), count in changes.most_common():
        print(f"{count:4d}  {was!r} -> {now!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
