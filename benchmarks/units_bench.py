"""How well German, French, Spanish and Italian unit-conversion questions are read.

    .venv/bin/python benchmarks/units_bench.py [FILE.jsonl]

Each row: {"text", "lang", "amount", "from", "to"} (pint unit names; null for sentences
that mention units but ask for no conversion). A conversion counts as right when the
amount and both units are; a non-conversion when nothing is read. The default file,
benchmarks/data/unit_conversions.jsonl, was written by someone who never saw the reader.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    from hark.text.unit_words import parse

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks/data/unit_conversions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        got = parse(row["text"], row["lang"])
        if row["from"] is None:
            kind, ok = "not a conversion", got is None
        else:
            kind = "conversion"
            ok = got is not None and (got.src, got.dst) == (row["from"], row["to"]) and \
                abs(got.amount - float(row["amount"])) < 1e-6
        for key in ((kind, row["lang"]), (kind, "all")):
            score[key][0] += ok
            score[key][1] += 1
    print("| kind | " + " | ".join(["de", "fr", "es", "it", "all"]) + " |")
    print("| --- " * 6 + "|")
    for kind in ("conversion", "not a conversion"):
        cells = [f"{100 * score[kind, lang][0] / max(1, score[kind, lang][1]):.1f} % "
                 f"({score[kind, lang][0]}/{score[kind, lang][1]})"
                 for lang in ("de", "fr", "es", "it", "all")]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
