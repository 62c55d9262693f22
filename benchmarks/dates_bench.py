"""Date questions and moving appointments in German, French, Spanish and Italian, end to
end through the NLU (language detected) and the skills, as of Friday 27 November 2026.

    .venv/bin/python benchmarks/dates_bench.py [FILE.jsonl] [-v: print each miss]

Rows: {"text", "lang", "kind", "date"} with kind "days_until" / "day_of" (right when the
answer counts days to, or names the day of, ``date``), "move" (right when it reaches the
calendar's move), or null (right when it is not answered as a date question). The default
file, benchmarks/data/date_questions.jsonl, was written by someone who never saw the code.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=PARIS)
ACTIONS = {"days_until": "datetime.days_until", "day_of": "datetime.date_of"}


async def judge(nlu, row: dict) -> bool:  # noqa: ANN001
    from hark.config import Settings
    from hark.skills.base import SkillContext
    from hark.skills.calendar_skill import move_asked
    from hark.skills.datetime_skill import DateTimeSkill

    u = nlu.parse(row["text"], now=NOW)
    kind = row["kind"]
    if kind == "move":
        return u.intent == "calendar_set" and move_asked(u.text, u.language, NOW) is not None
    answered = None
    if u.intent == "datetime_query":
        ctx = SkillContext(settings=Settings(timezone="Europe/Paris"), language=u.language,
                           tz=PARIS, now=NOW)
        answered = await DateTimeSkill().handle(u, ctx)
    if kind is None:
        return answered is None or answered.action not in ACTIONS.values()
    return answered is not None and answered.action == ACTIONS[kind] and \
        answered.display.get("date") == row["date"]


async def main() -> int:
    from language_table import Tally

    from hark.nlu.engine import NLU

    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "benchmarks/data/date_questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    nlu = NLU.load("default")
    tally = Tally()
    for row in rows:
        part = {"days_until": "date question", "day_of": "date question",
                "move": "move an appointment"}.get(row["kind"], "not a date question")
        ok = await judge(nlu, row)
        tally.add(part, row["lang"], ok)
        if not ok and "-v" in sys.argv:
            print("MISS", row, file=sys.stderr)
    tally.print("part", ("date question", "not a date question", "move an appointment"))
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
