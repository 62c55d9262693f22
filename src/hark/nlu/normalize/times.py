"""Clock times: "7:30", "seven thirty am", "half past six", "um halb sieben",
"sept heures et demie", "las ocho menos cuarto", "alle sette e mezza", "noon".

``parse_clock`` reads canonical tokens into a ``Clock``; ``next_occurrence`` and
``on_day`` place it in the user's zone (DST-safe: wall time → UTC → zone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from hark.nlu.normalize.lexicon import PARTS_OF_DAY, Lexicon
from hark.nlu.normalize.numbers import Num
from hark.nlu.normalize.tokens import Token

_HHMM = re.compile(r"(\d{1,2})[:.](\d{2})")
_PAST = ("@past", "@after")
_TO = ("@to", "@minus")
_HOUR_MARK = ("@oclock", "@u:h")


@dataclass(frozen=True)
class Clock:
    hour: int  # 0..23 when fixed; 1..12 when not
    minute: int
    fixed: bool  # False: "at 7" could be 07:00 or 19:00

    @property
    def text(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


def _hour(tok: Token) -> tuple[int, bool] | None:
    """A token that can name an hour → (hour, fixed)."""
    if tok == "@noon":
        return 12, True
    if tok == "@midnight":
        return 0, True
    if isinstance(tok, Num) and not tok.ordinal and tok.is_int and tok.width <= 2:
        h = int(tok.value)
        if 0 <= h <= 24:
            return h % 24, h > 12 or h in (0, 24) or (tok.width == 2 and h < 10)
    return None


def _minute(tok: Token) -> int | None:
    if isinstance(tok, Num) and not tok.ordinal and tok.is_int and 0 <= tok.value < 60:
        return int(tok.value)
    return None


def _back(h: int, fixed: bool, minutes: int) -> tuple[int, int, bool]:
    """``minutes`` before hour ``h``."""
    total = (h * 60 - minutes) % (24 * 60)
    hh, mm = divmod(total, 60)
    if not fixed:
        hh = hh % 12 or 12
    return hh, mm, fixed


def _quarters(rest: list[Token]) -> int | None:
    """15 for "quarter", "a quarter", "un quarto"; 45 for "three quarters", "tre quarti",
    "tres cuartos"; None otherwise."""
    if rest in (["@quarter"], ["@a", "@quarter"]):
        return 15
    if rest == ["@threequarter"]:
        return 45
    if len(rest) == 2 and isinstance(rest[0], Num) and rest[0].value in (1, 3) \
            and rest[1] == "@quarter":
        return 15 * int(rest[0].value)
    return None


def _hour_first(t: list[Token], lex: Lexicon) -> tuple[int, int, bool] | None:
    """ "7 o'clock", "seven thirty", "sept heures et demie", "ocho menos cuarto"."""
    hf = _hour(t[0])
    if hf is not None:
        h, fixed = hf
        rest = t[1:]
        if rest and rest[0] == "@u:h" and (lex.lang in ("it", "de") or (
                lex.lang == "es" and h == 1)):
            return None  # "un'ora e mezza", "due ore e mezza", "una hora y media": a length
            # (the clock is "l'una e mezza", "alle ore due", "la una y media")
        if rest and rest[0] in _HOUR_MARK:
            rest = rest[1:]
            if not rest and (t[1] == "@oclock" or lex.lang == "fr"):
                return h, 0, fixed
        minutes_said = bool(rest) and rest[-1] == "@u:min"
        if minutes_said:
            rest = rest[:-1]
        if not rest:
            return None
        if minutes_said and rest[0] == "@and" and (rest[1:] in (["@half"], ["@a", "@half"])
                                                  or _quarters(rest[1:]) is not None):
            return None  # "four and a half minutes": a length, not 4:30
        if len(rest) == 1 and (mi := _minute(rest[0])) is not None:
            if lex.lang == "de" and mi == 1 and len(t) == 2:
                return None  # "trag am Samstag um zwölf ein Mittagessen ein": 12:00, not 12:01
            return h, mi, fixed
        if len(rest) == 2 and rest[0] == "@oh" and (mi := _minute(rest[1])) is not None and mi < 10:
            return h, mi, fixed
        if lex.lang == "fr" and _quarters(rest) == 45:  # "six heures trois quarts"
            return h, 45, fixed
        if rest[0] == "@and":
            rest = rest[1:]
            if rest == ["@half"] or rest == ["@a", "@half"]:
                return h, 30, fixed
            if (quarters := _quarters(rest)) is not None:  # "y cuarto", "e tre quarti"
                return h, quarters, fixed
            if len(rest) == 1 and (mi := _minute(rest[0])) is not None and lex.lang != "en":
                return h, mi, fixed  # "las siete y diez"; English "six and nine" is two times
            return None
        if rest[0] == "@minus":  # "huit heures moins dix", "las ocho menos cuarto"
            rest = rest[1:]
            if _quarters(rest) == 15:  # "moins le quart", "menos cuarto", "meno un quarto"
                return _back(h, fixed, 15)
            if len(rest) == 1 and (mi := _minute(rest[0])) is not None and mi > 0:
                return _back(h, fixed, mi)
        return None
    return None


def _core(t: list[Token], lex: Lexicon, bare: bool) -> tuple[int, int, bool] | None:
    n = len(t)
    if n == 0:
        return None
    if n == 1:
        tok = t[0]
        if isinstance(tok, str):
            m = _HHMM.fullmatch(tok)
            if m:
                h, mi = int(m.group(1)), int(m.group(2))
                if h > 24 or mi > 59:
                    return None
                return h % 24, mi, h > 12 or h in (0, 24) or m.group(1).startswith("0")
            if tok in ("@noon", "@midnight"):
                h, fixed = _hour(tok)  # type: ignore[misc]
                return h, 0, fixed
            return None
        if isinstance(tok, Num) and not tok.ordinal and tok.is_int:
            v = int(tok.value)
            if v >= 100 or tok.width >= 3:  # "1730", "seven hundred", "0730"
                h, mi = divmod(v, 100)
                if h > 24 or mi > 59:
                    return None
                return h % 24, mi, tok.width == 4 or h > 12 or h == 0
            if bare and (hf := _hour(tok)):
                return hf[0], 0, hf[1]
        return None
    if t[0] == "@oh" and n == 2 and isinstance(t[1], Num) and t[1].value >= 100:
        h, mi = divmod(int(t[1].value), 100)  # "oh seven hundred"
        return (h, mi, True) if h < 24 and mi < 60 else None
    # -- hour first: "7 o'clock", "seven thirty", "sept heures et demie", "ocho menos cuarto"
    got = _hour_first(t, lex)
    if got is not None:
        return got
    # -- minutes first: "half past six", "quarter to eight", "zehn nach neun", "halb sieben"
    lead: int | None = None
    i = 0
    if t[0] == "@a":
        i = 1
    if i < n and t[i] == "@half":
        lead, i = 30, i + 1
    elif i < n and t[i] == "@quarter":
        lead, i = 15, i + 1
    elif i < n and t[i] == "@threequarter":
        lead, i = 45, i + 1
    elif i < n and (mi := _minute(t[i])) is not None:
        lead, i = mi, i + 1
        if i < n and t[i] == "@u:min":
            i += 1
        elif lex.lang == "en" and mi % 5:
            return None  # "eight to ten pm" is a range, not 9:52
    if lead is None or i >= n:
        return None
    rel = t[i]
    tail = t[i + 1 :]
    if tail and tail[-1] in _HOUR_MARK:
        tail = tail[:-1]
    if rel in _PAST or rel in _TO:
        back = rel in _TO
        if lex.half_before_hour and tail and tail[0] == "@half":  # "fünf nach halb acht"
            tail = tail[1:]
            if len(tail) != 1 or (hf := _hour(tail[0])) is None:
                return None
            h30, m30, fixed = _back(hf[0], hf[1], 30)
            total = (h30 * 60 + m30 + (-lead if back else lead)) % 1440
            hh, mm = divmod(total, 60)
            return (hh if fixed else hh % 12 or 12), mm, fixed
        if len(tail) != 1 or (hf := _hour(tail[0])) is None or t[i - 1] == "@threequarter":
            return None
        if back:
            return _back(hf[0], hf[1], lead)
        return hf[0], lead, hf[1]
    # German "halb sieben" (6:30), "viertel acht" (7:15), "dreiviertel acht" (7:45);
    # English "half seven" (7:30)
    if t[i - 1] in ("@half", "@quarter", "@threequarter") and n - i == 1 + (t[-1] in _HOUR_MARK):
        hf = _hour(rel)
        if hf is None:
            return None
        if t[i - 1] == "@half" and not lex.half_before_hour:
            return hf[0], 30, hf[1]
        if t[i - 1] == "@quarter" and lex.lang == "en":
            return _back(hf[0], hf[1], 15)  # American "quarter of seven" ("of" is dropped)
        if lex.half_before_hour:
            return _back(hf[0], hf[1], 60 - lead)
    return None


def parse_clock(toks: list[Token], lex: Lexicon, bare: bool = True) -> Clock | None:
    """Tokens → Clock. ``bare`` lets a lone number be an hour ("at 7")."""
    t = list(toks)
    mer = None
    if t and t[-1] in ("@am", "@pm"):
        mer = t.pop()
        if t and t[-1] == "@oclock":
            t.pop()
    if t and t[0] == "@u:h" and len(t) > 1:  # Italian "alle ore 7"
        t = t[1:]
    if len(t) == 2 and t[1] == "@oclock" and isinstance(t[0], str) and _HHMM.fullmatch(t[0]):
        t = t[:1]  # "um 6:30 Uhr"
    if len(t) == 2 and t[0] in ("@noon", "@midnight") and isinstance(t[1], Num) \
            and t[1].value in (0, 12):
        t = t[:1]  # "Mittag um zwölf": noon, not 12:12
    if len(t) == 2 and t[1] in ("@noon", "@midnight") and isinstance(t[0], Num) \
            and t[0].value in (0, 12) and not t[0].ordinal:
        t = t[1:]  # "twelve noon", "12 midnight"
    core = _core(t, lex, bare or mer is not None)
    if core is None:
        return None
    h, m, fixed = core
    if mer is not None:
        if h > 12:
            if mer == "@am":
                return None
            return Clock(h, m, True)
        if h == 0:
            h = 12
        h = h % 12 + (12 if mer == "@pm" else 0)
        return Clock(h, m, True)
    if not fixed:
        h = h % 12 or 12
    return Clock(h, m, fixed)


def with_part_of_day(clock: Clock, part: str) -> Clock:
    """Apply a part-of-day hint: "6 in the morning", "8 tonight", "2 at night"."""
    if clock.fixed:
        return clock
    hint = PARTS_OF_DAY.get(part, ("", "", ""))[2]
    h = clock.hour % 12
    if hint == "am":
        return Clock(h, clock.minute, True)
    if hint == "pm":
        return Clock(h + 12, clock.minute, True)
    if hint == "night":
        return Clock(h if h <= 5 else h + 12, clock.minute, True)
    return clock


def at(day: date, hour: int, minute: int, tz) -> datetime:  # noqa: ANN001 - any tzinfo
    """Wall time on ``day`` in ``tz``; a time in a DST gap moves forward (02:30 → 03:30)."""
    naive = datetime(day.year, day.month, day.day, hour, minute)
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def next_occurrence(clock: Clock, now: datetime) -> tuple[datetime, Clock]:
    """The first time after ``now`` the clock shows ``clock`` (either half-day if ambiguous)."""
    hours = [clock.hour] if clock.fixed else [clock.hour % 12, clock.hour % 12 + 12]
    best: tuple[datetime, int] | None = None
    today = now.date()
    for h in hours:
        dt = at(today, h, clock.minute, now.tzinfo)
        if dt <= now:
            dt = at(today + timedelta(days=1), h, clock.minute, now.tzinfo)
        if best is None or dt < best[0]:
            best = (dt, h)
    assert best is not None
    return best[0], Clock(best[1], clock.minute, clock.fixed)


def on_day(clock: Clock, day: date, now: datetime) -> tuple[datetime, Clock]:
    """``clock`` on a given day; an ambiguous hour reads 7–11 as morning, 12–6 as afternoon."""
    h = clock.hour
    if not clock.fixed:
        h = h % 12 + (12 if h == 12 or h <= 6 else 0)
        h = 12 if h == 24 else h
    return at(day, h, clock.minute, now.tzinfo), Clock(h, clock.minute, clock.fixed)


def iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")
