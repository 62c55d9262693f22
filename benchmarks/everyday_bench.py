"""Everyday English requests end to end: alarms, reminders, timers, list additions and
calendar events said to a real Assistant (NLU, dialogue, skill, SQLite store), each in
a new session on a fresh store, all at Monday 30 November 2026, 17:00 Europe/London.

    .venv/bin/python benchmarks/everyday_bench.py [FILE.jsonl] [-v: print each miss]
        [--spoken: each sentence spoken by one of three TTS voices in turn (Piper en-US,
         SVOX Pico en-US and en-GB), transcribed by the configured STT engine, the
         hypothesis chosen as a turn chooses it, and said to the Assistant; prints the word
         error rate too] [--no-alternatives: Whisper's best hypothesis alone]
        [--compare-alternatives: also the best hypothesis alone, from the same audio]

Rows: {"text", "kind", "expect"}; right when what the store holds afterwards is what was
asked (a confirmation question is answered "yes"; a question for a missing detail is a
miss):

- alarm: {"time": "HH:MM", "date": "YYYY-MM-DD"} or {"time", "repeat": ["MO", …]}
- reminder: {"due": "YYYY-MM-DDTHH:MM", "about": [words in what is remembered]}
- timer: {"seconds": N, "name"?: str}
- list_add: {"list": name, "items": [item, …]} (the items on that list, no others)
- event: {"start": "YYYY-MM-DDTHH:MM", "about": [words in the title]}

The files benchmarks/data/everyday_en_A.jsonl and everyday_en_B.jsonl were written by
two authors who never saw the code; everyday_languages_W.jsonl and _X.jsonl hold the same
kinds of requests in German, French, Spanish and Italian (a row's "lang" is informative:
the assistant detects the language), by two more.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 17, 0, tzinfo=LONDON)
KINDS = ("alarm", "reminder", "timer", "list_add", "event")
ALL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
VOICES = [("piper", None), ("nanotts", "en-US"), ("nanotts", "en-GB")]


def _local(dt: datetime | None) -> str:
    if dt is None:
        return ""
    aware = dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return aware.astimezone(LONDON).strftime("%Y-%m-%dT%H:%M")


def _item(text: str) -> str:
    text = re.sub(r"[^\w\s'-]", "", text.casefold()).strip()
    return re.sub(r"^(some|a|an|the|more)\s+", "", text)


def _list_name(name: str) -> str:
    return re.sub(r"[\s-]", "", name.casefold()).removesuffix("list")


def held(db: Any, kind: str) -> list[dict[str, Any]]:
    """What the store holds for ``kind``, in the rows' terms."""
    from hark.store import alarms, calendar, lists, reminders, timers

    if kind == "alarm":
        out = []
        for a in alarms.list_for(db):
            rule = a.recurrence or {}
            days = (ALL_DAYS if rule.get("freq") == "daily" else sorted(
                rule.get("byday") or [], key=ALL_DAYS.index)) if rule else None
            out.append({"time": a.time_of_day.strftime("%H:%M"),
                        "date": _local(a.next_fire)[:10], "repeat": days})
        return out
    if kind == "reminder":
        return [{"due": _local(r.due), "text": r.text} for r in reminders.list_for(db)]
    if kind == "timer":
        return [{"seconds": round(t.duration_s), "name": t.name or ""}
                for t in timers.active(db)]
    if kind == "list_add":
        return [{"list": _list_name(s.name),
                 "items": sorted(_item(i.text) for i in lists.items(db, s.name))}
                for s in lists.all_lists(db)]
    return [{"start": _local(e.start), "title": e.title} for e in calendar.all_events(db)]


def _words_in(words: list[str], text: str) -> bool:
    text = text.casefold()
    return all(re.search(rf"\b{re.escape(w.casefold())}", text) for w in words)


def matches(kind: str, expect: dict[str, Any], got: list[dict[str, Any]]) -> bool:
    if kind == "alarm":
        want_days = (sorted(expect["repeat"], key=ALL_DAYS.index)
                     if expect.get("repeat") else None)
        return len(got) == 1 and got[0]["time"] == expect["time"] and (
            got[0]["repeat"] == want_days if want_days else
            (not got[0]["repeat"] and got[0]["date"] == expect.get("date")))
    if kind == "reminder":
        return len(got) == 1 and got[0]["due"] == expect["due"] \
            and _words_in(expect.get("about", []), got[0]["text"])
    if kind == "timer":
        return len(got) == 1 and got[0]["seconds"] == expect["seconds"] and (
            not expect.get("name") or _words_in([expect["name"]], got[0]["name"]))
    if kind == "list_add":
        want = _list_name(expect["list"])
        hits = [g for g in got if g["items"]]
        return len(hits) == 1 and hits[0]["list"] == want \
            and hits[0]["items"] == sorted(_item(i) for i in expect["items"])
    return len(got) == 1 and got[0]["start"] == expect["start"] \
        and _words_in(expect.get("about", []), got[0]["title"])


async def say(assistant: Any, text: str, yes: str = "yes") -> str:
    """Say ``text`` in a new session, answering ``yes`` to each confirmation (two removals
    in one sentence are confirmed one by one); what was said back (every answer, with
    " / " between)."""
    result = await assistant.handle_text(text, now=NOW)
    said = result.response_text
    for _ in range(5):
        if result.decision != "confirm":
            break
        result = await assistant.handle_text(yes, session_id=result.session_id, now=NOW)
        said += " / " + result.response_text
    return said


async def judge(row: dict[str, Any], heard: str | None = None
                ) -> tuple[bool, str, list[dict[str, Any]]]:
    """Say ``row["text"]`` (or what was ``heard`` of it) to a fresh Assistant; whether the
    store then holds what the row expects, what was answered, what the store holds."""
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), timezone="Europe/London",
                            home_location="")
        store = Store.open(settings)
        try:
            said = await say(Assistant(settings, store=store),
                             heard if heard is not None else row["text"])
            with store.session() as db:
                got = held(db, row["kind"])
        finally:
            store.close()
    return matches(row["kind"], row["expect"], got), said, got


async def main() -> int:
    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "benchmarks/data/everyday_en_A.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    right = {k: 0 for k in KINDS}
    seen = {k: 0 for k in KINDS}
    heard, plain = spoken_as_asked(rows, lambda: "")
    oks: list[bool] = []
    for row, words in zip(rows, heard, strict=True):
        if words is not None and not words.strip():
            ok, said, got = False, "(nothing heard)", []
        else:
            ok, said, got = await judge(row, words)
        oks.append(ok)
        seen[row["kind"]] += 1
        right[row["kind"]] += ok
        if not ok and "-v" in sys.argv:
            print(f"MISS {row['text']!r}" + (f" (heard {words!r})" if words else "") +
                  f"\n  want {row['expect']}\n  said {said!r}\n  held {got}",
                  file=sys.stderr)
    print(f"{'kind':<10} {'n':>4} {'right':>7}")
    for k in KINDS:
        if seen[k]:
            print(f"{k:<10} {seen[k]:>4} {100 * right[k] / seen[k]:>6.1f}%")
    total = sum(seen.values())
    print(f"{'all':<10} {total:>4} {100 * sum(right.values()) / max(total, 1):>6.1f}%")
    if "--spoken" in sys.argv:
        from hark.text.wer import corpus_wer

        pairs = [(r["text"], h or "") for r, h in zip(rows, heard, strict=True)]
        print(f"spoken by 3 TTS voices; word error rate {100 * corpus_wer(pairs):.1f}%")
    if plain:
        await compare_heard(rows, plain, oks, judge)
    return 0


def _reader() -> Callable[[str], bool]:
    """A real Assistant's ``understands``, to choose among hypotheses as a turn does."""
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    folder = tempfile.mkdtemp(prefix="hark-bench-")
    settings = Settings(data_dir=Path(folder), timezone="Europe/London", home_location="")
    return Assistant(settings, store=Store.open(settings)).understands


def _hear(rows: list[dict[str, Any]], context: str | None, compare: str | None,
          alternatives: bool = True) -> tuple[list[str], list[str]]:
    """What was heard of each row with ``context``, choosing among Whisper's hypotheses as
    a turn does (unless not ``alternatives``: the best one); and, from the same audio,
    ``compare="context"``: what was heard without the context, ``compare="alternatives"``:
    the best hypothesis alone ([] otherwise). Piper's voice differs from one synthesis to
    the next, so only the same audio compares fairly."""
    from hark.bench_turn import speak_clip
    from hark.engines.registry import get_engine
    from hark.pipeline.hypotheses import choose
    from hark.text.transcript_fixes import fix_transcript

    stt = get_engine("stt")
    reads = _reader() if alternatives or compare == "alternatives" else None

    def heard(tr: Any) -> str:
        return choose(tr, reads).text if alternatives and reads else fix_transcript(tr.text)

    told, other = [], []
    for i, row in enumerate(rows):
        engine, voice = VOICES[i % len(VOICES)]
        audio = speak_clip(row["text"], engine, voice, pad_after_s=0.5)
        tr = stt.transcribe(audio, context=context)
        told.append(heard(tr))
        if compare == "context":
            other.append(heard(stt.transcribe(audio)))
        elif compare == "alternatives":
            other.append(fix_transcript(tr.text))
    return told, other


def spoken_as_asked(rows: list[dict[str, Any]], context: Callable[[], str]
                    ) -> tuple[list[Any], list[str]]:
    """What was heard of each row as the command line asks (``--spoken``, given
    ``context()`` unless ``--no-context``, choosing among hypotheses unless
    ``--no-alternatives``), and what ``--compare-context`` (without the context) or
    ``--compare-alternatives`` (the best hypothesis alone) heard instead ([] unless
    compared); ``None`` per row when not spoken."""
    if "--spoken" not in sys.argv:
        return [None] * len(rows), []
    compare = ("context" if "--compare-context" in sys.argv else
               "alternatives" if "--compare-alternatives" in sys.argv else None)
    return _hear(rows, None if "--no-context" in sys.argv else context(), compare,
                 "--no-alternatives" not in sys.argv)


async def compare_heard(rows: list[dict[str, Any]], plain: list[str], oks: list[bool],
                        judge: Any) -> None:
    """Print how the rows heard the other way (``--compare-context``: without the speech
    context; ``--compare-alternatives``: Whisper's best hypothesis alone) fare against
    ``oks``, the same rows heard as a turn hears them."""
    from hark.text.wer import corpus_wer

    base = [bool(h.strip()) and (await judge(row, h))[0] for row, h in zip(rows, plain,
                                                                            strict=True)]
    n = max(len(rows), 1)
    gained = sum(o and not b for o, b in zip(oks, base, strict=True))
    lost = sum(b and not o for o, b in zip(oks, base, strict=True))
    wer = corpus_wer([(row["text"], h) for row, h in zip(rows, plain, strict=True)])
    other = ("without the speech context" if "--compare-context" in sys.argv
             else "with Whisper's best hypothesis alone")
    print(f"the same audio {other}: {100 * sum(base) / n:.1f}% "
          f"(word error rate {100 * wer:.1f}%); as a turn hears it {100 * sum(oks) / n:.1f}%: "
          f"{gained} gained, {lost} lost")


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
