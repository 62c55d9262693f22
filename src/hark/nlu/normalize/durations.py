"""Durations and relative offsets: "ten minutes and 30 seconds", "an hour and a half",
"1h30", "2 and a half hours", "eine halbe Stunde", "une heure et demie", "media hora",
"un quarto d'ora"; offsets "in 20 minutes", "3 days ago", "vor 3 Tagen", "hace 2 días".
"""

from __future__ import annotations

from hark.nlu.normalize.lexicon import UNIT_SECONDS
from hark.nlu.normalize.numbers import Num, clean, to_float
from hark.nlu.normalize.tokens import Token, is_sym

Parts = dict[str, float]  # unit ("s", "min", "h", "d", "w", "mo", "y") → amount
_SMALLER = {"h": "min", "min": "s", "d": "h", "w": "d", "y": "mo"}
_FRACTIONS = {"@half": 0.5, "@quarter": 0.25, "@threequarter": 0.75}


def _amount(t: list[Token], i: int) -> tuple[float, int] | None:
    """An amount at ``t[i]`` → (value, next index)."""
    n = len(t)
    if i >= n:
        return None
    tok = t[i]
    value: float | None = None
    if isinstance(tok, Num) and not tok.ordinal:
        value = float(tok.value)
        i += 1
        if i < n and t[i] in _FRACTIONS:  # "eine halbe", "un quart", "zwei halbe"
            value *= _FRACTIONS[t[i]]  # type: ignore[index]
            i += 1
    elif isinstance(tok, str) and (f := to_float(tok)) is not None:
        value, i = f, i + 1
    elif tok == "@a":
        value, i = 1.0, i + 1
        if i < n and t[i] in _FRACTIONS:
            value, i = _FRACTIONS[t[i]], i + 1  # type: ignore[index]
    elif tok in _FRACTIONS:
        value, i = _FRACTIONS[tok], i + 1  # type: ignore[index]
    elif tok == "@few":
        value, i = 3.0, i + 1
    elif tok == "@couple":
        value, i = 2.0, i + 1
    if value is None:
        return None
    # "2 and a half hours"
    if i + 1 < n and t[i] == "@and" and t[i + 1] in _FRACTIONS and value >= 1:
        value, i = value + _FRACTIONS[t[i + 1]], i + 2  # type: ignore[index]
    elif i + 2 < n and t[i] == "@and" and t[i + 1] == "@a" and t[i + 2] in _FRACTIONS:
        value, i = value + _FRACTIONS[t[i + 2]], i + 3  # type: ignore[index]
    if i < n and t[i] == "@a":  # "half an hour", "a quarter of an hour"
        i += 1
    return value, i


def parse_parts(toks: list[Token], bare_unit: bool = True) -> Parts | None:
    """Tokens → {unit: amount}, or None unless every token is used."""
    # "un quarto", "un cuarto", "ein Viertel": the article, as English "a quarter"
    t = ["@a" if isinstance(tok, Num) and tok.width == 0 and tok.value == 1 and k + 1 < len(toks)
         and toks[k + 1] in ("@quarter", "@half") else tok for k, tok in enumerate(toks)]
    n = len(t)
    parts: Parts = {}
    last: str | None = None
    bare = False  # a unit said without its amount: alone ("semaine à sept heures" is none)
    i = 0
    joined = False  # an "and" was said between the parts
    while i < n:
        if t[i] == "@and" and parts:
            i += 1
            joined = True
            continue
        got = _amount(t, i)
        if got is not None and got[1] < n and is_sym(t[got[1]], "@u:"):
            value, j = got
            unit = t[j][3:]  # type: ignore[index]
            i = j + 1
        elif got is None and is_sym(t[i], "@u:") and not parts and (bare_unit or i + 1 < n):
            value, unit = 1.0, t[i][3:]  # type: ignore[index]
            i += 1
            bare = True
        elif (
            got is not None and got[1] == n and last in _SMALLER and parts and isinstance(t[i], Num)
        ):  # "1h30", "2 Stunden 15"
            value, unit, i = got[0], _SMALLER[last], n
            bare = bare and not joined  # ("hour and ten": the hour and its minutes; not
            # "semaine à sept")
        else:
            return None
        parts[unit] = parts.get(unit, 0.0) + value
        last = unit
        # "an hour and a half", "una hora y media", "un'ora e mezza"
        if i + 1 < n and t[i] == "@and" and t[i + 1] in _FRACTIONS:
            parts[unit] += _FRACTIONS[t[i + 1]]  # type: ignore[index]
            i += 2
        elif i + 2 < n and t[i] == "@and" and t[i + 1] == "@a" and t[i + 2] in _FRACTIONS:
            parts[unit] += _FRACTIONS[t[i + 2]]  # type: ignore[index]
            i += 3
    if bare and len(parts) > 1:
        return None
    return parts or None


def seconds_of(parts: Parts) -> float:
    return sum(UNIT_SECONDS[u] * v for u, v in parts.items())


def iso_duration(parts: Parts) -> str:
    """ISO 8601: exact units fold into D/H/M/S; months and years stay as M and Y."""
    years, months = parts.get("y", 0.0), parts.get("mo", 0.0)
    rest = sum(UNIT_SECONDS[u] * v for u, v in parts.items() if u not in ("y", "mo"))
    days, rem = divmod(rest, 86400)
    hours, rem = divmod(rem, 3600)
    minutes, secs = divmod(rem, 60)
    date_part = "".join(
        f"{clean(v)}{k}" for v, k in ((years, "Y"), (months, "M"), (days, "D")) if v
    )
    time_part = "".join(
        f"{clean(v)}{k}" for v, k in ((hours, "H"), (minutes, "M"), (secs, "S")) if v
    )
    if not date_part and not time_part:
        return "PT0S"
    return "P" + date_part + ("T" + time_part if time_part else "")


def duration_value(parts: Parts) -> dict:
    out: dict = {
        "kind": "duration",
        "seconds": clean(seconds_of(parts)),
        "iso": iso_duration(parts),
    }
    if "mo" in parts or "y" in parts:
        out["approximate"] = True
    return out


def parse_offset(toks: list[Token], lang: str) -> tuple[int, Parts] | None:
    """ "in 20 minutes" / "20 minutes from now" → (+1, parts); "3 days ago" → (-1, parts)."""
    t = list(toks)
    if len(t) < 2:
        return None
    sign = 0
    if t[0] in ("@in", "@after") or (t[0] == "@fromnow" and lang == "it"):
        sign, t = 1, t[1:]
        if t and t[-1] == "@fromnow":
            t = t[:-1]
    elif t[-1] == "@fromnow":
        sign, t = 1, t[:-1]
    elif t[-1] == "@ago":
        sign, t = -1, t[:-1]
    elif t[0] == "@agoprefix" or (t[0] == "@to" and lang == "de"):
        sign, t = -1, t[1:]
    if not sign or not t:
        return None
    parts = parse_parts(t, bare_unit=False)
    if parts is None:
        return None
    return sign, parts
