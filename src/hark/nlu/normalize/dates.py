"""Calendar dates and date ranges from canonical tokens.

Rules (weeks start on Monday):
- a bare or "this" weekday is the next such day, today included; "next <weekday>" is
  the first one after today that is not in the current week (on a Sunday, "next friday"
  is five days away; on a Wednesday, nine); "last <weekday>" is the latest before today.
- month + day without a year is the next such day, today included; "the 15th" likewise.
- "this weekend" is the current weekend on Saturday/Sunday, else the coming one.
- numeric dates: en is m/d ("12/25"), other languages d/m ("25/12", "25.12.").
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from hark.nlu.normalize.lexicon import EASTER_OFFSETS, FIXED_HOLIDAYS, SEASONS, Lexicon, lexicon
from hark.nlu.normalize.numbers import Num
from hark.nlu.normalize.tokens import Token, is_sym, sym_arg

DateVal = tuple[date, date | None]  # (day, None) or (start, end)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASH = re.compile(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\.?")
_MODS = ("@this", "@next", "@last")


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday(name: str, year: int) -> date | None:
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_OFFSETS:
        return easter(year) + timedelta(days=EASTER_OFFSETS[name])
    if name == "thanksgiving":  # fourth Thursday of November (US)
        return nth_weekday(year, 11, 3, 4)
    return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """n-th (1-based; -1 = last) ``weekday`` of a month."""
    days = calendar.monthrange(year, month)[1]
    hits = [d for d in range(1, days + 1) if date(year, month, d).weekday() == weekday]
    try:
        return date(year, month, hits[n - 1 if n > 0 else n])
    except IndexError:
        return None


def _weekday(wd: int, mod: str | None, today: date) -> date:
    ahead = (wd - today.weekday()) % 7
    if mod == "@last":
        return today - timedelta(days=(today.weekday() - wd) % 7 or 7)
    day = today + timedelta(days=ahead)
    if mod == "@next":
        if ahead == 0:
            day += timedelta(days=7)
        week_end = today + timedelta(days=6 - today.weekday())
        if day <= week_end:
            day += timedelta(days=7)
    return day


def _week(today: date, shift: int) -> DateVal:
    start = today - timedelta(days=today.weekday()) + timedelta(weeks=shift)
    return start, start + timedelta(days=6)


def _weekend(today: date, shift: int) -> DateVal:
    wd = today.weekday()
    sat = today - timedelta(days=wd - 5) if wd >= 5 else today + timedelta(days=5 - wd)
    sat += timedelta(weeks=shift)
    return sat, sat + timedelta(days=1)


def _month(y: int, m: int) -> DateVal:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _season(name: str, today: date, shift: int) -> DateVal:
    """The occurrence of a season that contains today or comes next, shifted by years."""
    m0, m1 = SEASONS[name]
    for y in (today.year - 1, today.year, today.year + 1):
        end_y = y + 1 if m1 < m0 else y
        if date(end_y, m1, calendar.monthrange(end_y, m1)[1]) >= today:
            break
    y += shift
    end_y = y + 1 if m1 < m0 else y
    return date(y, m0, 1), date(end_y, m1, calendar.monthrange(end_y, m1)[1])


def _day_num(tok: Token, ordinal_only: bool) -> int | None:
    if isinstance(tok, Num) and tok.is_int and 1 <= tok.value <= 31:
        if tok.ordinal or not ordinal_only:
            return int(tok.value)
    if tok == "@u:s":  # "second" is read as a unit first
        return 2
    return None


def year_of(toks: list[Token]) -> int | None:
    """A year written as one number ("2027") or as two ("twenty twenty seven")."""
    if len(toks) == 1 and isinstance(toks[0], Num) and not toks[0].ordinal:
        v = int(toks[0].value)
        if 1000 <= v <= 2999:
            return v
    if (
        len(toks) == 2
        and all(isinstance(t, Num) and not t.ordinal for t in toks)
        and toks[0].value in (19, 20)
        and 10 <= toks[1].value <= 99
    ):  # type: ignore[union-attr]
        return int(toks[0].value) * 100 + int(toks[1].value)  # type: ignore[union-attr]
    return None


def _upcoming(m: int, d: int, today: date) -> date | None:
    for y in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        day = safe_date(y, m, d)
        if day and day >= today:
            return day
    return None


def _explicit(t: list[Token], today: date, lex: Lexicon) -> date | None:
    """day month [year] / month day [year] (weekday in front ignored)."""
    if t and is_sym(t[0], "@wd:"):
        t = t[1:]
    if len(t) < 2:
        return None
    if is_sym(t[0], "@mon:"):
        m, d, rest = int(sym_arg(t[0])), _day_num(t[1], False), t[2:]
    elif is_sym(t[1], "@mon:"):
        m, d, rest = int(sym_arg(t[1])), _day_num(t[0], False), t[2:]
    else:
        return None
    if d is None:
        return None
    if not rest:
        return _upcoming(m, d, today)
    y = year_of(rest)
    return safe_date(y, m, d) if y else None


def _numeric(s: str, today: date, lex: Lexicon) -> date | None:
    m = _ISO.fullmatch(s)
    if m:
        return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _SLASH.fullmatch(s)
    if not m or ("." in s and ":" in s):
        return None
    if "." in s and m.group(3) is None and not s.endswith("."):
        return None  # "7.30" is a time; "25.12." is a date
    a, b = int(m.group(1)), int(m.group(2))
    mo, d = (b, a) if lex.day_first else (a, b)
    if m.group(3) is None:
        return _upcoming(mo, d, today) if 1 <= mo <= 12 else None
    y = int(m.group(3))
    y = y + 2000 if y < 100 else y
    return safe_date(y, mo, d)


def parse_date(toks: list[Token], today: date, lex: Lexicon, lone_day: int = 1) -> DateVal | None:
    """Tokens (fillers removed) → (date, None) or (start, end). ``lone_day``: may a lone
    number be a day of the month? 0 no, 1 ordinals only ("the 15th"), 2 any 1..31."""
    t = list(toks)
    n = len(t)
    if n == 0:
        return None
    # postfix modifiers: "vendredi prochain", "el viernes pasado", "venerdì scorso"
    if n >= 2 and t[-1] in _MODS and t[0] not in _MODS:
        t = [t[-1], *t[:-1]]
    mod = t[0] if t[0] in _MODS else None
    body = t[1:] if mod else t
    if not body:
        return None
    shift = {"@next": 1, "@last": -1}.get(mod or "", 0)
    # "next week Monday", "Monday next week": that week's day
    if len(t) == 3 and is_sym(t[0], "@wd:") and t[1] in _MODS and t[2] == "@u:w":
        mod, body, shift = t[1], [t[2], t[0]], {"@next": 1, "@last": -1}.get(t[1], 0)
    if mod and len(body) == 2 and body[0] == "@u:w" and is_sym(body[1], "@wd:"):
        week = _week(today, shift)[0]
        return week + timedelta(days=int(sym_arg(body[1]))), None
    if len(body) == 1:
        tok = body[0]
        if is_sym(tok, "@day:") and mod is None:
            return today + timedelta(days=int(sym_arg(tok))), None
        if is_sym(tok, "@wd:"):
            return _weekday(int(sym_arg(tok)), mod, today), None
        if tok == "@weekend":
            return _weekend(today, shift)
        if tok == "@u:w":
            return _week(today, shift)
        if tok == "@u:mo":
            return _month(*divmod_month(today, shift))
        if tok == "@u:y":
            y = today.year + shift
            return date(y, 1, 1), date(y, 12, 31)
        if tok == "@u:d" and mod == "@next":
            return today + timedelta(days=1), None
        if is_sym(tok, "@hol:"):
            return _holiday(sym_arg(tok), today, mod)
        if is_sym(tok, "@season:"):
            return _season(sym_arg(tok), today, shift)
        if is_sym(tok, "@mon:"):
            m = int(sym_arg(tok))
            y = today.year
            if mod is None and m < today.month or mod == "@next" and m <= today.month:
                y += 1
            elif mod == "@last" and m >= today.month:
                y -= 1
            return _month(y, m)
        if mod is None:
            if isinstance(tok, str) and tok[:1].isdigit():
                d = _numeric(tok, today, lex)
                return (d, None) if d else None
            day = _day_num(tok, lone_day < 2) if lone_day else None
            if day is not None:
                for k in range(0, 13):
                    base = add_months(today.replace(day=1), k)
                    cand = safe_date(base.year, base.month, day)
                    if cand and cand >= today:
                        return cand, None
            y = year_of([tok]) if isinstance(tok, Num) and tok.value >= 1000 else None
            if y:
                return date(y, 1, 1), date(y, 12, 31)
        return None
    if mod is None:
        d = _explicit(body, today, lex)
        if d:
            return d, None
        if (
            is_sym(body[0], "@wd:")
            and len(body) == 2
            and isinstance(body[1], str)
            and body[1][:1].isdigit()
        ):
            d = _numeric(body[1], today, lex)  # "friday 12/25"
            return (d, None) if d else None
        if is_sym(body[0], "@wd:") and len(body) == 2 and \
                (day := _day_num(body[1], True)) is not None:
            # "monday the 7th": the next 7th, or the one after when that one is the
            # weekday said (a mismatch is a slip of the weekday, not a date in 2027)
            wd = int(sym_arg(body[0]))
            cands = [c for k in range(0, 3) if (c := safe_date(
                add_months(today.replace(day=1), k).year,
                add_months(today.replace(day=1), k).month, day)) and c >= today]
            hit = next((c for c in cands[:2] if c.weekday() == wd), cands[0] if cands else None)
            return (hit, None) if hit else None
        if body[0] in ("@end", "@start"):
            return _edge(body[0], body[1:], today)
        # "the 15th of this month", "the 3rd of next month"
        if len(body) == 3 and body[1] in _MODS and body[2] == "@u:mo":
            day = _day_num(body[0], False)
            y, m = divmod_month(today, {"@next": 1, "@last": -1}.get(body[1], 0))  # type: ignore[arg-type]
            return (safe_date(y, m, day), None) if day and safe_date(y, m, day) else None
        # month + year: "march 2027"
        if len(body) >= 2 and is_sym(body[0], "@mon:") and (y := year_of(body[1:])):
            return _month(y, int(sym_arg(body[0])))
    # nth weekday of a month: "first monday of the month", "last friday of june"
    return _nth(t, today)


def divmod_month(today: date, shift: int) -> tuple[int, int]:
    d = add_months(today.replace(day=1), shift)
    return d.year, d.month


def _holiday(name: str, today: date, mod: str | None) -> DateVal | None:
    for y in (today.year - 1, today.year, today.year + 1):
        d = holiday(name, y)
        if d is None:
            return None
        if mod == "@last":
            nxt = holiday(name, y + 1)
            if nxt and d < today <= nxt:
                return d, None
            continue
        if d > today or (d == today and mod != "@next"):
            return d, None
    return None


def _edge(which: str, rest: list[Token], today: date) -> DateVal | None:
    mod = rest[0] if rest and rest[0] in _MODS else None
    unit = rest[1:] if mod else rest
    if len(unit) != 1:
        return None
    shift = {"@next": 1, "@last": -1}.get(mod or "", 0)
    u = unit[0]
    if u == "@u:mo":
        start, end = _month(*divmod_month(today, shift))
    elif u == "@u:w":
        start, end = _week(today, shift)
    elif u == "@u:y":
        start, end = date(today.year + shift, 1, 1), date(today.year + shift, 12, 31)
    elif u == "@u:d" and not mod:
        start = end = today
    elif is_sym(u, "@mon:"):
        got = parse_date([u], today, _EN)  # next such month
        if got is None or got[1] is None:
            return None
        start, end = got  # type: ignore[assignment]
    else:
        return None
    return (end if which == "@end" else start), None


def _nth(t: list[Token], today: date) -> DateVal | None:
    if t and t[0] == "@every":
        return None
    if len(t) < 3 or not is_sym(t[1], "@wd:"):
        return None
    n = -1 if t[0] == "@last" else _day_num(t[0], True)
    if n is None or n > 5:
        return None
    wd = int(sym_arg(t[1]))
    rest = t[2:]
    if rest == ["@u:mo"] or rest == ["@this", "@u:mo"]:
        y, m = today.year, today.month
    elif rest == ["@next", "@u:mo"]:
        y, m = divmod_month(today, 1)
    elif len(rest) == 1 and is_sym(rest[0], "@mon:"):
        m = int(sym_arg(rest[0]))
        y = today.year if m >= today.month else today.year + 1
    else:
        return None
    d = nth_weekday(y, m, wd, n)
    return (d, None) if d else None


_EN = lexicon("en")
