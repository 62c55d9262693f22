"""Whole conversations judged as the dialogue benchmark judges them: a real Assistant over
the seeded SQLite store (Monday 30 November 2026, 17:00, Europe/London), every turn in one
session, the store's final state and the last answer compared with ``expect``."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402


def judged(lang: str, turns: list[str], expect: dict[str, Any], kind: str = "test", *,
           item_words: bool = True) -> list[str]:
    """Assert that the conversation ends as ``expect`` says (the seeded names in ``lang``)
    and return the answers; ``item_words``: list items judged by their words, as the
    held-out sets are, else whole."""
    if item_words and "added_items" in expect:
        expect = {**expect, "item_words": True}
    row = {"lang": lang, "names": lang, "kind": kind, "turns": turns, "expect": expect}
    ok, answers, diff = asyncio.run(judge(row))
    assert ok, (answers, diff)
    return answers
