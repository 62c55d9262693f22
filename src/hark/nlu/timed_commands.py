"""A home command said with a time ("can you turn the bedroom lights on at 6:30 tomorrow
morning", "Schalte um halb sieben das Licht im Flur an"): the templates know the command
but not the time, and the model, which saw few such sentences, is unsure. ``untimed``
gives the words without their times (and the word that led each) for the templates to
read, and the time spans to keep as slots. The skill then says it cannot switch
devices later (:mod:`hark.skills.said_later`)."""

from __future__ import annotations

import re
from datetime import datetime

from hark.nlu.time_spans import find_time_spans
from hark.types import Slot

_KINDS = ("datetime", "time", "date")
# the word that led the time: "at 7 am", "um 7 Uhr", "à 19 heures", "a las once", "alle 7"
TIME_LEAD = (r"(?:at|on|by|from|um|am|ab|gegen|à|vers|dès|a\s+las|a\s+la|a|alle|all'|verso|"
             r"dalle)")
_LEAD = re.compile(rf"(?:\b{TIME_LEAD}\s*)$", re.I)


def untimed(text: str, now: datetime, lang: str) -> tuple[str, list[Slot]] | None:
    """(the words without their times, the time slots), or None when no time is said.
    A time bound by "to" or "until" ("set the lights to 7") is a level, not a time."""
    spans = [s for s in find_time_spans(text, now, lang)
             if isinstance(s.value, dict) and s.value.get("kind") in _KINDS
             and not s.value.get("bound") and s.start is not None and s.end is not None]
    if not spans:
        return None
    out, at = [], 0
    for s in sorted(spans, key=lambda s: s.start or 0):
        assert s.start is not None and s.end is not None
        before = _LEAD.sub("", text[at:s.start])
        out.append(before)
        at = s.end
    out.append(text[at:])
    bare = " ".join("".join(out).split()).strip(" ,")
    return (bare, spans) if bare else None
