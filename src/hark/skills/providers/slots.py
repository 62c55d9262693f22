"""Reading slots the way the NLU gives them: a raw span plus an optional normalised
dict (``{"kind": "date", "date": "2026-11-27"}``, ...) that may be missing."""

from __future__ import annotations

import re
from typing import Any

from hark.text.clean import clean  # noqa: F401 - skills read it from here
from hark.text.numbers import words_to_digits  # noqa: F401 - skills read it from here
from hark.types import Slot, Understanding


def slots(u: Understanding, name: str) -> list[Slot]:
    return [s for s in u.slots if s.name == name]


def raw(u: Understanding, name: str) -> str | None:
    s = u.slot(name)
    return s.raw.strip() if s is not None and s.raw and s.raw.strip() else None


def value(u: Understanding, name: str, kind: str | None = None) -> dict[str, Any] | None:
    """The normalised value of slot ``name`` if it is a dict (of ``kind``, when given)."""
    s = u.slot(name)
    if s is None or not isinstance(s.value, dict):
        return None
    if kind is not None and s.value.get("kind") != kind:
        return None
    return s.value


def as_written(said: str, part: str) -> str:
    """``part`` (cleaned, lower case) as the user wrote it in ``said``: "den Tee",
    "Milch"; when it is not said in one piece ("collect grandma on the way to the venue"
    of "… collect Grandma at 10 am on Saturday, on the way to the venue"), each word as
    written."""
    if not part:
        return part
    m = re.search(re.escape(part).replace("\\ ", r"[\W_]+"), said, re.IGNORECASE)
    if m:
        return m.group(0)
    return re.sub(r"[^\W\d_]+", lambda w: _word_as_written(said, w.group(0)), part)


def _word_as_written(said: str, word: str) -> str:
    if not word.islower():
        return word
    m = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", said, re.IGNORECASE)
    return m.group(0) if m else word
