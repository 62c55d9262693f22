"""Everything about *when*: combines dates, clock times, parts of the day and relative
offsets into one JSON-ready value (shapes documented in ``hark.nlu.normalize``).

``prefer`` tunes bare numbers: "time" reads "ten" as 10 o'clock, "date" reads "the 3"
as a day of the month, "any" reads neither (a bare number is left to the number parser).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hark.nlu.normalize.dates import add_months, parse_date
from hark.nlu.normalize.durations import Parts, duration_value, parse_offset, parse_parts
from hark.nlu.normalize.lexicon import PARTS_OF_DAY, UNIT_SECONDS, Lexicon
from hark.nlu.normalize.numbers import Num
from hark.nlu.normalize.times import (
    Clock,
    at,
    iso,
    next_occurrence,
    on_day,
    parse_clock,
    with_part_of_day,
)
from hark.nlu.normalize.tokens import Token, is_sym, sym_arg

_DAY_UNITS = ("d", "w", "mo", "y")


# the last hour said of tonight that is after midnight: "at 4 tonight", "heute Nacht um 6"
_SMALL_HOURS = {"tonight": 4, "thisnight": 6}


def told(part: str) -> str:
    """A part of the day as it is told to the skills: "thisnight" is "tonight"."""
    return "tonight" if part == "thisnight" else part


def _split_part_of_day(t: list[Token]) -> tuple[list[Token], str | None, int | None] | None:
    """Pull out "@tod:X" (and a day it implies: tonight → today, next morning → +1)."""
    idx = [i for i, tok in enumerate(t) if is_sym(tok, "@tod:")]
    if not idx:
        return t, None, None
    if len(idx) > 1:
        return None
    i = idx[0]
    if 0 < i < len(t) - 1 and len(t) - i - 1 <= 2 and isinstance(t[i - 1], Num) and all(
            isinstance(tok, Num) or tok == "@and" for tok in t[i + 1:]):
        return None  # "one in the afternoon for two (hours)": a clock, then another number
    part = sym_arg(t[i])
    day: int | None = 0 if part in ("tonight", "thisnight") else None
    rest = t[:i] + t[i + 1 :]
    if i > 0 and t[i - 1] in ("@this", "@next", "@last"):
        day = {"@this": 0, "@next": 1, "@last": -1}[t[i - 1]]  # type: ignore[index]
        rest = t[: i - 1] + t[i + 1 :]
    return rest, part, day


def _shift(now: datetime, sign: int, parts: Parts) -> datetime:
    """now ± parts: months/years on the calendar, the rest as elapsed time."""
    dt = now
    months = int(parts.get("mo", 0) + 12 * parts.get("y", 0))
    if months:
        d = add_months(dt.date(), sign * months)
        dt = at(d, dt.hour, dt.minute, now.tzinfo).replace(second=dt.second)
    secs = sum(UNIT_SECONDS[u] * v for u, v in parts.items() if u not in ("mo", "y"))
    return (dt.astimezone(UTC) + sign * timedelta(seconds=secs)).astimezone(now.tzinfo)


def _date_shift(today: date, sign: int, parts: Parts) -> date | None:
    if any(u not in _DAY_UNITS for u in parts) or any(
        not float(v).is_integer() for v in parts.values()
    ):
        return None
    months = int(parts.get("mo", 0) + 12 * parts.get("y", 0))
    d = add_months(today, sign * months)
    return d + sign * timedelta(days=int(parts.get("d", 0) + 7 * parts.get("w", 0)))


def _date_out(val: tuple[date, date | None]) -> dict:
    start, end = val
    if end is None:
        return {"kind": "date", "date": start.isoformat()}
    return {"kind": "date_range", "start": start.isoformat(), "end": end.isoformat()}


def _time_out(clock: Clock, now: datetime) -> dict:
    dt, c = next_occurrence(clock, now)
    out = {"kind": "time", "time": c.text, "datetime": iso(dt)}
    if not clock.fixed:
        out["ambiguous"] = True
    return out


def _datetime_out(clock: Clock, day: date, now: datetime) -> dict:
    dt, _ = on_day(clock, day, now)
    out: dict = {"kind": "datetime", "datetime": iso(dt)}
    if not clock.fixed:
        out["ambiguous"] = True
    return out


def _part_out(part: str, day: date | None, now: datetime) -> dict:
    start, end, _ = PARTS_OF_DAY[part]
    if day is None:
        return {"kind": "time_range", "start": start, "end": end, "part_of_day": told(part)}
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    s_dt = at(day, sh, sm, now.tzinfo)
    e_day = day + timedelta(days=1) if (eh, em) <= (sh, sm) else day
    e_dt = at(e_day, eh, em, now.tzinfo)
    return {"kind": "datetime", "datetime": iso(s_dt), "end": iso(e_dt),
            "part_of_day": told(part)}


def _single_day(t: list[Token], today: date, lex: Lexicon, lone_day: int) -> date | None:
    got = parse_date(t, today, lex, lone_day)
    if got is None or got[1] is not None:
        return None
    return got[0]


def _relative(t: list[Token], now: datetime, lex: Lexicon) -> dict | None:
    off = parse_offset(t, lex.lang)
    if off is None:
        return None
    sign, parts = off
    d = _date_shift(now.date(), sign, parts)
    if d is not None:
        return {"kind": "date", "date": d.isoformat()}
    return {"kind": "datetime", "datetime": iso(_shift(now, sign, parts)), "relative": True}


def _days_ahead_at(t: list[Token], now: datetime, lex: Lexicon) -> dict | None:
    """A day offset and a clock time or part of the day, in either order: "in two days at
    9am", "dans deux jours à 9h", "um 7:30 in drei Tagen", "in a week in the evening".

    The word before the clock ("at", "um", "à", "a las", "alle") is gone from the tokens,
    so without this "in two days at 6" read as two days and six hours from now; "in two
    days and six hours" ("dans deux jours et 9 heures") stays an offset."""
    if "@and" in t:
        return None
    for k in range(1, len(t)):
        for off_toks, clock_toks in ((t[:k], t[k:]), (t[k:], t[:k])):
            off = parse_offset(off_toks, lex.lang)
            day = None if off is None else _date_shift(now.date(), *off)
            if day is None or day <= now.date():
                continue
            split = _split_part_of_day(clock_toks)
            if split is None:
                continue
            rest, part, _ = split
            if part is not None and not rest:
                return _part_out(part, day, now)
            clock = parse_clock(rest, lex, bare=True)
            if clock is None:
                continue
            return _datetime_out(with_part_of_day(clock, part) if part else clock, day, now)
    return None


def _window(t: list[Token], now: datetime) -> dict | None:
    """ "next two hours", "past hour", "next five days", "last ten years"."""
    if len(t) < 2 or t[0] not in ("@next", "@last", "@past"):
        return None
    parts = parse_parts(t[1:])
    if parts is None:
        return None
    sign = 1 if t[0] == "@next" else -1
    today = now.date()
    d = _date_shift(today, sign, parts)
    if d is not None:
        if sign > 0:
            return {
                "kind": "date_range",
                "start": (today + timedelta(days=1)).isoformat(),
                "end": d.isoformat(),
            }
        return {
            "kind": "date_range",
            "start": d.isoformat(),
            "end": (today - timedelta(days=1)).isoformat(),
        }
    other = _shift(now, sign, parts)
    a, b = (now, other) if sign > 0 else (other, now)
    return {"kind": "datetime_range", "start": iso(a), "end": iso(b)}


def _looks_like_year(tok: Token) -> bool:
    return not isinstance(tok, str) and not tok.ordinal and tok.is_int and 1900 <= tok.value <= 2100


def parse_temporal(
    toks: list[Token], now: datetime, lex: Lexicon, prefer: str = "any"
) -> dict | None:
    t = list(toks)
    if not t:
        return None
    # bounds: "before six", "until five pm", "after seven pm"
    if len(t) > 1 and t[0] in ("@to", "@after") and not (t[0] == "@to" and lex.lang == "de"):
        inner = parse_temporal(t[1:], now, lex, "time" if prefer == "any" else prefer)
        if inner is not None and inner["kind"] in ("time", "datetime", "date"):
            return {**inner, "bound": "before" if t[0] == "@to" else "after"}
    if t == ["@now"]:
        return {"kind": "datetime", "datetime": iso(now), "relative": True}
    rel = _days_ahead_at(t, now, lex) or _relative(t, now, lex)
    if rel is not None:
        return rel
    today = now.date()
    lone_day = {"date": 2, "any": 0}.get(prefer, 1)
    bare_hour = prefer == "time"
    lone_num = len(t) == 1 and not isinstance(t[0], str)
    if lone_num and prefer == "date" and t[0].width == 0 and not t[0].ordinal:  # type: ignore[union-attr]
        # a number said as a word is no day of the month: "une", "una", "ein", "one" are
        # articles ("Mets une alarme"), "alle undici" an hour
        return None
    got = None if prefer == "time" and lone_num else parse_date(t, today, lex, lone_day)
    if got is not None:
        return _date_out(got)
    win = _window(t, now)
    if win is not None:
        return win
    split = _split_part_of_day(t)
    if split is None:
        return None
    rest, part, day_off = split
    day = today + timedelta(days=day_off) if day_off is not None else None
    if part is not None and not rest:
        return _part_out(part, day, now) if day else _part_out(part, None, now)
    clock = parse_clock(rest, lex, bare=bare_hour or part is not None)
    if clock is not None:
        if part in ("tonight", "thisnight") and day is not None and (
                not clock.fixed and clock.hour % 12 <= _SMALL_HOURS[part]
                or clock.fixed and clock.hour == 0):
            # "at 2 tonight", "at 12 tonight": after midnight, the night that starts today;
            # "cette nuit à six heures" too
            return _datetime_out(Clock(clock.hour % 12, clock.minute, True),
                                 day + timedelta(days=1), now)
        if part:
            clock = with_part_of_day(clock, part)
        return _datetime_out(clock, day, now) if day else _time_out(clock, now)
    if day is None:
        # a date plus a part of the day: "friday evening", "monday morning"
        if part is not None:
            d = _single_day(rest, today, lex, lone_day)
            if d is not None:
                return _part_out(part, d, now)
        # a date and a clock time, in either order: "tomorrow at 7am", "7am tomorrow"; the
        # date first when both orders read ("18 de diciembre a las 8" is not 18:00 on
        # the 8th)
        splits = [(rest[:k], rest[k:]) for k in range(1, len(rest))]
        for date_toks, clock_toks in splits + [(b, a) for a, b in splits]:
            d = _single_day(date_toks, today, lex, 1)
            if d is None:
                continue
            if len(clock_toks) == 1 and _looks_like_year(clock_toks[0]):
                continue
            c = parse_clock(clock_toks, lex, bare=True)
            if c is None:
                continue
            if part:
                c = with_part_of_day(c, part)
            return _datetime_out(c, d, now)
    if part is None:
        parts = parse_parts(t, bare_unit=prefer != "any")
        if parts is not None:
            return duration_value(parts)
    return None
