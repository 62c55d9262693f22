"""Several requests in one sentence ("set a timer for ten minutes and add rice to the
shopping list"), and sentences with "and" that are one request ("remind me to buy milk
and eggs"), said to a real Assistant (NLU, dialogue, skills, SQLite store) over the same
seeded store as ``manage_bench.py`` (Monday 30 November 2026, 17:00 Europe/London).

    .venv/bin/python benchmarks/compound_bench.py [FILE.jsonl] [-v: print each miss]
        [--spoken: each sentence spoken by one of three TTS voices in turn and transcribed
         by the configured STT engine, as in everyday_bench.py, given the seeded things'
         names as manage_bench.py does; --no-context: without;
         --compare-context: also without it, from the same audio, and prints both;
         the hypothesis chosen as a turn chooses it (--no-alternatives: Whisper's best
         alone; --compare-alternatives: also the best alone, from the same decode)]

Rows: {"text", "kind": "compound" | "single", "expect"}. ``expect`` holds the
manage-bench keys (``gone``, ``gone_items``, ``changed``, ``mention``, ``absent``) and
what must be new: ``new_alarms`` [{"time", "date"} | {"time", "repeat"}],
``new_reminders`` [{"due", "about"}], ``new_timers`` [{"seconds", "name"?}],
``new_items`` {list: [item, …]}, ``new_events`` [{"start", "about", "end"?}] (the end
only when the sentence says it). Right when the
answer mentions what it must and nothing it must not, and the store then differs from
the start exactly as ``expect`` says. Every confirmation question is answered "yes";
any other question is a miss. What an answer must not mention (``absent``) is looked
for in the answers to the sentence's questions (its ``*_query`` requests) when it has
any: "I've removed bananas" before the list is read out is no miss.

The files benchmarks/data/everyday_compound_H.jsonl … _M.jsonl were written by six
authors who never saw the code or each other's sets (H–K: 150 sentences, 100 compound;
L, M: 120, 80 compound; M in six voices, a Scot and a non-native speaker among them).
A row with "names" (de/fr/es/it) is said to the store whose names are in that language,
as in ``manage_bench.py``, and each confirmation is answered in the row's "lang": sets
everyday_compound_languages_AE (100), _AF (80) and _AG (80), written on 3 Dec by three
authors who never saw the code.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from everyday_bench import (  # noqa: E402
    ALL_DAYS,
    NOW,
    _item,
    _list_name,
    _words_in,
    compare_heard,
    spoken_as_asked,
)
from manage_bench import (  # noqa: E402
    DOMAINS,
    YES,
    expected,
    mentions,
    seed,
    seeded_context,
    snapshot,
)

NEW_KEYS = {"alarm": "new_alarms", "reminder": "new_reminders", "timer": "new_timers",
            "event": "new_events"}


async def say_all(assistant: Any, text: str, lang: str = "en") -> tuple[str, str]:
    """Say ``text`` in a new session, answering "yes" (in ``lang``) to each confirmation:
    every answer
    (with " / " between), and the answers to its questions alone (``*_query`` requests:
    "absent" is about what a question's answer names, not "I've removed the bananas")."""
    result = await assistant.handle_text(text, now=NOW)
    said, asked = [result.response_text], []
    for _ in range(5):
        asked += [p["response_text"] for p in (result.parts or [result.to_dict()])
                  if str(p["intent"]).endswith("_query")]
        if result.decision != "confirm":
            break
        result = await assistant.handle_text(YES[lang], session_id=result.session_id, now=NOW)
        said.append(result.response_text)
    return " / ".join(said), " / ".join(asked)


def new_matches(domain: str, want: dict[str, Any], got: dict[str, Any],
                slack_s: float = 2) -> bool:
    """Whether a new row of ``domain`` (in snapshot terms) is the wanted one; a timer's
    time left within ``slack_s`` seconds of its length."""
    if domain == "alarm":
        if want.get("repeat"):
            return got["time"] == want["time"] and got["repeat"] == sorted(
                want["repeat"], key=ALL_DAYS.index)
        return got["time"] == want["time"] and not got["repeat"] \
            and got["date"] == want.get("date")
    if domain == "reminder":
        repeat = sorted(want["repeat"], key=ALL_DAYS.index) if want.get("repeat") else None
        return got["due"] == want["due"] and _words_in(want.get("about", []), got["text"]) \
            and got.get("repeat") == repeat
    if domain == "timer":
        return abs(got["remaining_s"] - want["seconds"]) <= slack_s and not got["paused"] and (
            not want.get("name") or _words_in([want["name"]], got["name"] or ""))
    return got["start"] == want["start"] and _words_in(want.get("about", []), got["title"]) \
        and got["end"] == want.get("end", got["end"])


def news_right(domain: str, wants: list[dict[str, Any]], news: list[dict[str, Any]],
               slack_s: float = 2) -> bool:
    """Whether the new rows are exactly the wanted ones (in any order)."""
    if len(wants) != len(news):
        return False
    left = list(news)
    for want in wants:
        hit = next((g for g in left if new_matches(domain, want, g, slack_s)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _same_items(want: list[str], got: list[str]) -> bool:
    return sorted(_item(i) for i in want) == sorted(_item(i) for i in got)


async def judge(row: dict[str, Any], heard: str | None = None
                ) -> tuple[bool, str, dict[str, Any]]:
    """(right, what was answered, how the store differs from what was expected)."""
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), timezone="Europe/London",
                            home_location="")
        store = Store.open(settings)
        try:
            with store.session() as db:
                keys = seed(db, row.get("names", "en"))
            with store.session() as db:
                start = snapshot(db, keys)
            said, answers = await say_all(Assistant(settings, store=store),
                                          heard if heard is not None else row["text"],
                                          row.get("lang", "en"))
            with store.session() as db:
                after = snapshot(db, keys)
        finally:
            store.close()
    expect = row["expect"]
    ok = all(mentions(m, said) for m in expect.get("mention", [])) \
        and not any(mentions(m, answers or said) for m in expect.get("absent", []))
    want = expected(start, expect)
    diff: dict[str, Any] = {}
    for domain in DOMAINS:
        if domain == "list":
            names = {_list_name(n) for n in [*want["list"], *after["list"]]}
            added = {_list_name(k): v for k, v in expect.get("new_items", {}).items()}
            was = {_list_name(k): v for k, v in want["list"].items()}
            now = {_list_name(k): v for k, v in after["list"].items()}
            for name in names:
                if not _same_items(was.get(name, []) + added.get(name, []),
                                   now.get(name, [])):
                    diff.setdefault("list", {})[name] = (
                        was.get(name, []) + added.get(name, []), now.get(name, []))
            continue
        old = {k: v for k, v in after[domain].items() if not k.startswith("new")}
        for k in {*want[domain], *old}:
            if want[domain].get(k) != old.get(k):
                diff.setdefault(domain, {})[k] = (want[domain].get(k), old.get(k))
        news = [v for k, v in after[domain].items() if k.startswith("new")]
        if not news_right(domain, expect.get(NEW_KEYS[domain], []), news):
            diff.setdefault(domain, {})["new"] = (expect.get(NEW_KEYS[domain], []), news)
    return ok and not diff, said, diff


async def main() -> int:
    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "benchmarks/data/everyday_compound_H.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    right = {"compound": 0, "single": 0}
    seen = {"compound": 0, "single": 0}
    heard, plain = spoken_as_asked(rows, seeded_context)
    oks: list[bool] = []
    for row, words in zip(rows, heard, strict=True):
        if words is not None and not words.strip():
            ok, said, diff = False, "(nothing heard)", {}
        else:
            ok, said, diff = await judge(row, words)
        oks.append(ok)
        seen[row["kind"]] += 1
        right[row["kind"]] += ok
        if not ok and "-v" in sys.argv:
            print(f"MISS {row['text']!r} ({row['kind']})"
                  + (f" (heard {words!r})" if words else "")
                  + f"\n  want {row['expect']}\n  said {said!r}\n  diff (wanted, got) {diff}",
                  file=sys.stderr)
    print(f"{'kind':<10} {'n':>4} {'right':>7}")
    for kind in seen:
        if seen[kind]:
            print(f"{kind:<10} {seen[kind]:>4} {100 * right[kind] / seen[kind]:>6.1f}%")
    n = sum(seen.values())
    print(f"{'all':<10} {n:>4} {100 * sum(right.values()) / max(n, 1):>6.1f}%")
    if "--spoken" in sys.argv:
        from hark.text.wer import corpus_wer

        pairs = [(r["text"], h or "") for r, h in zip(rows, heard, strict=True)]
        print(f"spoken by 3 TTS voices; word error rate {100 * corpus_wer(pairs):.1f}%")
    if plain:
        await compare_heard(rows, plain, oks, judge)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
