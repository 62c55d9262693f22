"""Slot normalisation: raw slot spans → JSON-ready values, relative to the user's "now".

    normalize(slot_type, raw, now, lang="en") -> dict | None
    normalize_any(raw, now, lang="en") -> dict | None
    SLOT_KINDS: slot type name → normaliser kind

``now`` is timezone-aware (the user's zone); every datetime comes back as an ISO string
with that zone's offset on that day (DST-safe). None means "could not parse": the caller
keeps the raw span. Nothing here raises on bad input. Languages: en, de, fr, es, it.

Shapes (``kind`` says which):

- time: ``{"kind": "time", "time": "07:30", "datetime": "<next occurrence after now>"}``;
  an hour without am/pm ("at 7") takes whichever of 7:00/19:00 comes first and adds
  ``"ambiguous": true``.
- datetime: ``{"kind": "datetime", "datetime": ISO}``; relative offsets ("in 20
  minutes") add ``"relative": true``; a date with a part of the day ("friday evening",
  "tonight") adds ``"end": ISO, "part_of_day": "evening"``; a date with an hour lacking
  am/pm ("tomorrow at 7") reads 7–11 as morning, 12–6 as afternoon, ``"ambiguous": true``.
- date: ``{"kind": "date", "date": "2026-11-27"}``;
  date_range: ``{"kind": "date_range", "start": "2026-11-23", "end": "2026-11-29"}``.
- time_range (a part of the day, no date): ``{"kind": "time_range", "start": "06:00",
  "end": "12:00", "part_of_day": "morning"}``; datetime_range ("next two hours"):
  ``{"kind": "datetime_range", "start": ISO, "end": ISO}``.
- "before six" / "until 5pm" / "after 7pm" add ``"bound": "before" | "after"``.
- duration: ``{"kind": "duration", "seconds": 630, "iso": "PT10M30S"}``; with months or
  years also ``"approximate": true`` (a month counts 30 days, a year 365).
- number: ``{"kind": "number", "value": 21}``; ordinal: ``{"kind": "ordinal", "value": 3}``.
- temperature: ``{"kind": "temperature", "value": 20, "unit": "celsius"|"fahrenheit"|
  "kelvin"|None}``; percentage: ``{"kind": "percentage", "value": 50}``.
- recurrence: ``{"kind": "recurrence", "freq": "weekly", "byday": ["MO"]}`` (RRULE names:
  freq hourly/daily/weekly/monthly/yearly or None for a bare "repeating"; optional
  ``interval``, ``byday`` (["MO"], ["1MO"], ["-1FR"]), ``bymonth``, ``bymonthday``,
  ``part_of_day``, ``time`` "HH:MM").
- amount (change_amount): ``{"kind": "amount", "mode": "set"|"delta"|None, "value": 50,
  "unit": "percent"|"level"|None}``, or ``"size": "small"|"large"``, ``"level": "max"``…
- currency: ``{"kind": "currency", "code": "USD"}``.
- time_zone: ``{"kind": "time_zone", "tz": "America/New_York"|None, "offset": "-05:00"}``
  (offset at ``now``; ``"current": true`` for "my time zone").
- year: ``{"kind": "year", "value": 1958}``; year_range: ``{"kind": "year_range",
  "start": 1980, "end": 1989}``.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from hark.nlu.normalize.day_numbers import with_month
from hark.nlu.normalize.durations import duration_value, parse_parts
from hark.nlu.normalize.lexicon import lexicon
from hark.nlu.normalize.numbers import Num, clean, parse_number, parse_ordinal
from hark.nlu.normalize.quantities import (
    parse_amount,
    parse_currency,
    parse_percentage,
    parse_temperature,
    parse_time_zone,
    parse_year,
)
from hark.nlu.normalize.recurrence import parse_recurrence
from hark.nlu.normalize.temporal import parse_temporal
from hark.nlu.normalize.tokens import analyse

__all__ = ["SLOT_KINDS", "normalize", "normalize_any", "parse_number", "parse_ordinal"]

log = logging.getLogger(__name__)

# Slot type (HWU64, SNIPS, generic) → normaliser kind. Unknown types → normalize() is None.
SLOT_KINDS: dict[str, str] = {
    # HWU64 / SLURP
    "date": "date",
    "time": "time",
    "timeofday": "time",
    "time_zone": "time_zone",
    "general_frequency": "frequency",
    "change_amount": "amount",
    "currency_name": "currency",
    # SNIPS
    "timeRange": "datetime",
    "rating_value": "number",
    "best_rating": "number",
    "party_size_number": "number",
    "year": "year",
    # generic names used by skills, hassil and the LLM tools
    "datetime": "datetime",
    "duration": "duration",
    "timer_duration": "duration",
    "number": "number",
    "ordinal": "ordinal",
    "temperature": "temperature",
    "percentage": "percentage",
    "brightness": "percentage",
    "volume": "percentage",
    "position": "percentage",
    "frequency": "frequency",
    "recurrence": "frequency",
    "amount": "amount",
    "currency": "currency",
}

_MAX_LEN = 200


def _number(raw: str, lang: str) -> dict | None:
    v = parse_number(raw, lang)
    return None if v is None else {"kind": "number", "value": v}


def _ordinal(raw: str, lang: str) -> dict | None:
    v = parse_ordinal(raw, lang)
    return None if v is None else {"kind": "ordinal", "value": v}


def _temporal(raw: str, now: datetime, lang: str, prefer: str) -> dict | None:
    lex = lexicon(lang)
    toks = list(analyse(raw, lex.lang))
    got = parse_temporal(toks, now, lex, prefer)
    if got is None:
        got = parse_recurrence(toks, lex, now)
    return got


def _dispatch(kind: str, raw: str, now: datetime, lang: str) -> dict | None:
    lex = lexicon(lang)
    if kind in ("time", "date", "datetime"):
        return _temporal(raw, now, lex.lang, kind)
    if kind == "duration":
        parts = parse_parts(list(analyse(raw, lex.lang)))
        return duration_value(parts) if parts else None
    if kind == "number":
        return _number(raw, lex.lang)
    if kind == "ordinal":
        return _ordinal(raw, lex.lang) or _number_as_ordinal(raw, lex.lang)
    if kind == "temperature":
        return parse_temperature(list(analyse(raw, lex.lang)))
    if kind == "percentage":
        return parse_percentage(list(analyse(raw, lex.lang)), bare=True)
    if kind == "frequency":
        return parse_recurrence(list(analyse(raw, lex.lang)), lex, now)
    if kind == "amount":
        return parse_amount(raw, lex)
    if kind == "currency":
        return parse_currency(raw)
    if kind == "time_zone":
        return parse_time_zone(raw, now)
    if kind == "year":
        return parse_year(raw, lex.lang)
    return None


def _number_as_ordinal(raw: str, lang: str) -> dict | None:
    v = parse_number(raw, lang)
    if isinstance(v, int) and v > 0:
        return {"kind": "ordinal", "value": v}
    return None


def _ok(raw: object, now: object) -> bool:
    return (
        isinstance(raw, str)
        and 0 < len(raw.strip()) <= _MAX_LEN
        and isinstance(now, datetime)
        and now.tzinfo is not None
        and now.utcoffset() is not None
    )


# an hour said again, put more exactly: "three o'clock. Three pm" is 15:00 (had been 15:03)
_SAID_AGAIN = re.compile(r"\b(\w+)\s+o'?clock[.,;!]?\s+(?=\1\b)", re.I)


def normalize(slot_type: str, raw: str, now: datetime, lang: str = "en") -> dict | None:
    """Normalise one slot span by its type; None if the type is unknown or unparsable."""
    raw = _SAID_AGAIN.sub("", raw) if isinstance(raw, str) else raw
    kind = SLOT_KINDS.get(slot_type)
    if kind is None or not _ok(raw, now):
        return None
    try:
        return _dispatch(kind, with_month(raw, now, lang or "en"), now, lang or "en")
    except Exception:  # never raise into the NLU: keep the raw span instead
        log.debug("normalize(%r, %r) failed", slot_type, raw, exc_info=True)
        return None


def normalize_any(raw: str, now: datetime, lang: str = "en") -> dict | None:
    """Guess the kind: temporal (relative, date, time, datetime, duration), recurrence,
    percentage, temperature, ordinal, number."""
    raw = _SAID_AGAIN.sub("", raw) if isinstance(raw, str) else raw
    if not _ok(raw, now):
        return None
    try:
        lex = lexicon(lang or "en")
        toks = list(analyse(raw, lex.lang))
        for parse in (
            lambda: parse_temporal(toks, now, lex, "any"),
            lambda: parse_recurrence(toks, lex, now),
            lambda: parse_percentage(toks),
            lambda: _temperature_any(toks),
            lambda: _ordinal(raw, lex.lang),
            lambda: _number(raw, lex.lang),
        ):
            got = parse()
            if got is not None:
                return got
    except Exception:
        log.debug("normalize_any(%r) failed", raw, exc_info=True)
    return None


def _temperature_any(toks: list) -> dict | None:
    """Only with a degree sign or unit word: a bare number is a number."""
    if not any(t in ("@degree", "@celsius", "@fahrenheit", "@kelvin") for t in toks):
        return None
    return parse_temperature(toks)


# keep names importable for callers that want the pieces
_ = (Num, clean)
