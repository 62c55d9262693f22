"""Short conversations, end to end: two to four turns said one after another in the same
session to a real Assistant (NLU, dialogue state, skills, SQLite store) over the store of
``manage_bench.py`` (its things named in the conversation's language), all at Monday 30
November 2026, 17:00 Europe/London. A missing detail asked for is answered by the next
turn; every confirmation question is answered "yes" in the conversation's language,
unless the next turn refuses ("Wait, no, don't."), which then answers it.

    .venv/bin/python benchmarks/dialogue_bench.py [FILE.jsonl] [-v: print each miss]

Rows: {"lang", "kind", "turns": [...], "expect"}. A conversation is right when the store
then differs from the start exactly as ``expect`` says and its last answer mentions what
it must:

- ``new``: things that exist only at the end, each {"kind": "alarm", "time", "date" |
  "repeat"}, {"kind": "reminder", "due", "about"}, {"kind": "timer", "seconds", "name"?}
  or {"kind": "event", "start", "about"} (as in everyday_bench.py);
- ``added_items``: {list: [item, …]} items put on a list (a new list too); with
  ``"item_words": true`` in ``expect`` each added item is written as a distinctive part
  of it ("basmati" for "5 kg of basmati rice"): it is right when it starts a word of one
  item on that list that has at most five more words than it;
- ``gone``, ``gone_items``, ``changed``: the seeded things removed or changed (as in
  manage_bench.py);
- ``mention`` / ``absent``: what the answer to the last turn says / must not say.

Kinds: fill (a missing detail given next), another (a second of the same, what it shares
left out), correct (a correction after a creation), refer_change / refer_new (a change
pointing back at what was just asked about or made), never_mind, question_after (a
question whose answer must show the change before it), carry_over (a follow-up question
that keeps its subject) and mixed.

The sets under benchmarks/data/dialogue_*.jsonl were written by authors who never saw the
code; conversations that repeat a sentence of Hark's own training data were left out
(two: "¿Qué hora es en Madrid?", "Che ore sono a New York?").
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from compound_bench import news_right  # noqa: E402
from everyday_bench import NOW, _item, _list_name  # noqa: E402
from manage_bench import DOMAINS, YES, expected, says, seed, snapshot  # noqa: E402

KINDS = ("fill", "another", "correct", "refer_change", "refer_new", "never_mind",
         "question_after", "carry_over", "mixed")
_NEW_KINDS = ("alarm", "reminder", "timer", "event")


# a turn that refuses what was just asked to confirm ("Wait, no, don't.")
_REFUSES = re.compile(r"^\W*(?:no|nope|nah|wait|stop|don'?t|hold on|nein|nee|warte|halt|stopp|"
                      r"non|attends|arrête|espera|para|aspetta|ferma)\b", re.I)


async def converse(assistant: Any, turns: list[str], yes: str) -> list[str]:
    """Say ``turns`` in one session, answering ``yes`` to each confirmation — unless the
    next turn refuses, which then answers it; what was answered to each turn (a
    confirmation's chain joined with " / ")."""
    session: str | None = None
    answers: list[str] = []
    for i, turn in enumerate(turns):
        result = await assistant.handle_text(turn, session_id=session, now=NOW)
        session = result.session_id
        said = result.response_text
        refused = i + 1 < len(turns) and bool(_REFUSES.match(turns[i + 1]))
        for _ in range(5):
            if result.decision != "confirm" or refused:
                break
            result = await assistant.handle_text(yes, session_id=session, now=NOW)
            said += " / " + result.response_text
        answers.append(said)
    return answers


def _new_match(wanted: list[dict[str, Any]], got: list[dict[str, Any]]) -> bool:
    """Whether the new things ``got`` are exactly ``wanted``, one for one, kind by kind
    (as compound_bench.py judges them; every turn is said at the same moment, so a new
    timer's time left is its length within a second)."""
    return all(news_right(kind, [w for w in wanted if w["kind"] == kind],
                          [g for g in got if g["kind"] == kind], slack_s=1)
               for kind in _NEW_KINDS) and all(w["kind"] in _NEW_KINDS for w in wanted)


def _lists(lists: dict[str, list[str]]) -> dict[str, list[str]]:
    """Lists by their plain names, items as everyday_bench compares them; empty lists
    dropped (a list made and emptied again is no change)."""
    out: dict[str, list[str]] = {}
    for name, items in lists.items():
        if items:
            out.setdefault(_list_name(name), []).extend(_item(i) for i in items)
    return {k: sorted(v) for k, v in out.items()}


def _by_word(want: list[str], got: list[str]) -> list[str]:
    """``want`` with each item that is a word-start part of one of ``got`` (at most five
    words shorter) replaced by that item, longest first, each used once (the same item
    first)."""
    left, out = list(got), []
    for w in sorted(want, key=len, reverse=True):
        hit = w if w in left else next((g for g in left if re.search(
            rf"(?:^|\W){re.escape(w)}", g) and len(g.split()) <= len(w.split()) + 5), None)
        if hit is not None:
            left.remove(hit)
        out.append(hit if hit is not None else w)
    return sorted(out)


def differs(start: dict[str, Any], after: dict[str, Any], expect: dict[str, Any]
            ) -> dict[str, Any]:
    """How the store ``after`` differs from ``start`` changed as ``expect`` says ({} when
    it is what was expected)."""
    want = expected(start, expect)
    diff: dict[str, Any] = {}
    for d in DOMAINS:
        if d == "list":
            continue
        old = {k: v for k, v in after[d].items() if not k.startswith("new")}
        bad = {k: (want[d].get(k), old.get(k)) for k in {*want[d], *old}
               if want[d].get(k) != old.get(k)}
        if bad:
            diff[d] = bad
    for name, items in expect.get("added_items", {}).items():
        want["list"].setdefault(name, []).extend(items)
    want_lists, got_lists = _lists(want["list"]), _lists(after["list"])
    if expect.get("item_words") and want_lists.keys() == got_lists.keys():
        want_lists = {k: _by_word(v, got_lists[k]) for k, v in want_lists.items()}
    if want_lists != got_lists:
        diff["list"] = {k: (want_lists.get(k), got_lists.get(k))
                        for k in {*want_lists, *got_lists}
                        if want_lists.get(k) != got_lists.get(k)}
    new_want = expect.get("new", [])
    new_got = [{"kind": d, **v} for d in _NEW_KINDS for k, v in after[d].items()
               if k.startswith("new")]
    if not _new_match(new_want, new_got):
        diff["new"] = (new_want, new_got)
    return diff


async def judge(row: dict[str, Any]) -> tuple[bool, list[str], dict[str, Any]]:
    """Hold the row's conversation with a fresh Assistant over the seeded store: (right,
    what was answered to each turn, how the store differs from what was expected)."""
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    lang = row.get("lang", "en")
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder), timezone="Europe/London",
                            home_location="")
        store = Store.open(settings)
        try:
            with store.session() as db:
                keys = seed(db, row.get("names", lang))
            with store.session() as db:
                start = snapshot(db, keys)
            answers = await converse(Assistant(settings, store=store), row["turns"],
                                     YES[lang])
            with store.session() as db:
                after = snapshot(db, keys)
        finally:
            store.close()
    expect = row["expect"]
    last = answers[-1] if answers else ""
    diff = differs(start, after, expect)
    return says(expect, last) and not diff, answers, diff


async def main() -> int:
    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(files[0]) if files else ROOT / "benchmarks/data/dialogue_en_A.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    seen: dict[str, int] = {}
    right: dict[str, int] = {}
    langs: dict[str, list[int]] = {}
    for row in rows:
        ok, answers, diff = await judge(row)
        kind, lang = row.get("kind", "mixed"), row.get("lang", "en")
        seen[kind] = seen.get(kind, 0) + 1
        right[kind] = right.get(kind, 0) + ok
        langs.setdefault(lang, [0, 0])
        langs[lang][0] += 1
        langs[lang][1] += ok
        if not ok and "-v" in sys.argv:
            talk = "\n".join(f"  > {t}\n  < {a}" for t, a in
                             zip(row["turns"], answers, strict=True))
            print(f"MISS [{lang} {kind}]\n{talk}\n  want {row['expect']}\n"
                  f"  diff (wanted, got) {diff}", file=sys.stderr)
    print(f"{'kind':<15} {'n':>4} {'right':>7}")
    for kind in (*KINDS, *sorted(set(seen) - set(KINDS))):
        if seen.get(kind):
            print(f"{kind:<15} {seen[kind]:>4} {100 * right[kind] / seen[kind]:>6.1f}%")
    if len(langs) > 1:
        for lang, (n, r) in sorted(langs.items()):
            print(f"{lang:<15} {n:>4} {100 * r / n:>6.1f}%")
    total = sum(seen.values())
    print(f"{'all':<15} {total:>4} {100 * sum(right.values()) / max(total, 1):>6.1f}%  "
          f"({total} conversations)")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
