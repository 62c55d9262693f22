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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    from language_table import Tally

    from hark.text.unit_words import parse

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks/data/unit_conversions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    tally = Tally()
    for row in rows:
        got = parse(row["text"], row["lang"])
        if row["from"] is None:
            kind, ok = "not a conversion", got is None
        else:
            kind = "conversion"
            ok = got is not None and (got.src, got.dst) == (row["from"], row["to"]) and \
                abs(got.amount - float(row["amount"])) < 1e-6
        tally.add(kind, row["lang"], ok)
    tally.print("kind", ("conversion", "not a conversion"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
