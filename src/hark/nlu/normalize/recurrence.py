"""Repetition → RRULE-like dicts: "every monday", "weekdays", "daily", "every three
hours", "first monday of the month", "june fifth every year", "jeden Montag",
"tous les jours", "todos los lunes", "ogni giorno", "every morning at 7".
"""

from __future__ import annotations

from datetime import datetime

from hark.nlu.normalize.dates import parse_date
from hark.nlu.normalize.lexicon import RRULE_DAYS, Lexicon
from hark.nlu.normalize.numbers import Num
from hark.nlu.normalize.temporal import told
from hark.nlu.normalize.times import on_day, parse_clock, with_part_of_day
from hark.nlu.normalize.tokens import Token, is_sym, sym_arg

_FREQ = {
    "s": "secondly",
    "min": "minutely",
    "h": "hourly",
    "d": "daily",
    "w": "weekly",
    "mo": "monthly",
    "y": "yearly",
}
_WORD_FREQ = {
    "@daily": "daily",
    "@weekly": "weekly",
    "@monthly": "monthly",
    "@yearly": "yearly",
    "@hourly": "hourly",
}


def _days(t: list[Token]) -> list[str] | None:
    """ "@wd:0 @and @wd:2" → ["MO", "WE"]."""
    out: list[str] = []
    for tok in t:
        if tok == "@and":
            continue
        if is_sym(tok, "@wd:") or is_sym(tok, "@wds:"):
            out.append(RRULE_DAYS[int(sym_arg(tok))])
        elif tok in ("@weekend", "@weekends"):
            out += ["SA", "SU"]
        elif tok == "@weekdays":  # "weekdays and Saturdays"
            out += list(RRULE_DAYS[:5])
        else:
            return None
    return sorted(set(out), key=RRULE_DAYS.index) or None


def _core(t: list[Token], lex: Lexicon, now: datetime) -> dict | None:
    n = len(t)
    if n == 0:
        return None
    if n == 1 and t[0] in _WORD_FREQ:
        return {"freq": _WORD_FREQ[t[0]]}  # type: ignore[index]
    if (
        n == 4 and isinstance(t[0], Num) and t[0].value == 7 and t[1:] == ["@u:d", "@a", "@u:w"]
    ):  # "seven days a week"
        return {"freq": "daily"}
    if n == 1 and t[0] == "@recurring":
        return {"freq": None}
    if n == 1 and t[0] == "@weekdays":
        return {"freq": "weekly", "byday": list(RRULE_DAYS[:5])}
    if n == 1 and t[0] == "@weekends":
        return {"freq": "weekly", "byday": ["SA", "SU"]}
    if is_sym(t[0], "@wds:") and all(is_sym(x, "@wds:") or is_sym(x, "@wd:") or x == "@and"
                                     for x in t[1:]):
        return {"freq": "weekly", "byday": _days(t)}  # "los martes y jueves", "mondays and tuesday"
    if t[0] != "@every" and t != ["@and"] * n and all(
            is_sym(x, "@wds:") or x in ("@and", "@weekdays", "@weekends") for x in t):
        # ("è alle 9": Italian "è" folds to "and", which says no day)
        return {"freq": "weekly", "byday": _days(t)}
    if t[0] == "@every":
        body = t[1:]
        if not body:
            return None
        if len(body) == 1 and body[0] in ("@weekdays", "@weekends"):
            return _core(body, lex, now)
        interval = 1
        if body[0] == "@other":
            interval, body = 2, body[1:]
        elif isinstance(body[0], Num) and len(body) == 2:
            interval, body = int(body[0].value), body[1:]
        elif body[0] == "@u:s" and len(body) == 2:  # "every second week"
            interval, body = 2, body[1:]
        if len(body) == 1 and is_sym(body[0], "@u:"):
            out: dict = {"freq": _FREQ[sym_arg(body[0])]}
            if interval > 1:
                out["interval"] = interval
            return out
        days = _days(body)
        if days:
            return {"freq": "weekly", "byday": days}
        # "every 15th" → monthly on that day
        if len(body) == 1 and isinstance(body[0], Num) and body[0].ordinal:
            return {"freq": "monthly", "bymonthday": [int(body[0].value)]}
        # "every june fifth"
        got = parse_date(body, now.date(), lex)
        if got and got[1] is None and not any(is_sym(x, "@wd:") for x in body):
            return {"freq": "yearly", "bymonth": [got[0].month], "bymonthday": [got[0].day]}
        return None
    # "first monday of the month", "last friday of every month"
    if n >= 3 and is_sym(t[1], "@wd:") and t[2:] in (["@u:mo"], ["@every", "@u:mo"]):
        pos = (
            -1
            if t[0] == "@last"
            else (
                int(t[0].value)
                if isinstance(t[0], Num) and t[0].ordinal
                else 2
                if t[0] == "@u:s"
                else None
            )
        )
        if pos is None:
            return None
        return {"freq": "monthly", "byday": [f"{pos}{RRULE_DAYS[int(sym_arg(t[1]))]}"]}
    # "on the 15th of every month"
    if n == 3 and isinstance(t[0], Num) and t[0].ordinal and t[1:] == ["@every", "@u:mo"]:
        return {"freq": "monthly", "bymonthday": [int(t[0].value)]}
    # "june fifth every year"
    if n >= 3 and t[-2:] == ["@every", "@u:y"]:
        got = parse_date(t[:-2], now.date(), lex)
        if got and got[1] is None:
            return {"freq": "yearly", "bymonth": [got[0].month], "bymonthday": [got[0].day]}
    return None


_EXCEPT = ("except", "excluding", "apart", "but")


def _but_for(t: list[Token], lex: Lexicon, now: datetime) -> dict | None:
    """ "every morning except weekends", "daily apart from Sundays": the days left."""
    cut = next((i for i, x in enumerate(t) if x in _EXCEPT), None)
    if cut is None:
        return None
    rest = [x for x in t[cut + 1:] if x not in ("from", "for", "not", "on", "the")]
    gone = _days(rest)
    base = parse_recurrence(t[:cut], lex, now)
    if not gone or base is None or base.get("freq") not in ("daily", "weekly"):
        return None
    days = list(RRULE_DAYS) if base["freq"] == "daily" else list(base.get("byday") or [])
    kept = [d for d in days if d not in gone]
    if not kept or kept == days:
        return None
    return {**base, "freq": "weekly", "byday": kept}


def parse_recurrence(toks: list[Token], lex: Lexicon, now: datetime) -> dict | None:
    t = list(toks)
    but = _but_for(t, lex, now)
    if but is not None:
        return but
    part = None
    tods = [x for x in t if is_sym(x, "@tod:")]
    if len(tods) > 1:
        return None
    if tods:
        part = sym_arg(tods[0])
        t = [x for x in t if x != tods[0]]
    clock = None
    core = _core(t, lex, now)
    if core is None:
        for k in range(len(t) - 1, 0, -1):  # "every monday at 7 am"
            c = parse_clock(t[k:], lex, bare=True)
            if c is not None and (core := _core(t[:k], lex, now)) is not None:
                clock = c
                break
    if core is None and part and (not t or t == ["@every"]):
        core = {"freq": "daily"}  # "every morning", "mornings"
    if core is None and part and t[:1] == ["@every"]:  # "jeden Morgen um sieben"
        c = parse_clock(t[1:], lex, bare=True)
        if c is not None:
            core, clock = {"freq": "daily"}, c
    if core is None:
        return None
    out = {"kind": "recurrence", **core}
    if part:
        out["part_of_day"] = told(part)
    if clock is not None:
        if part:
            clock = with_part_of_day(clock, part)
        _, fixed_clock = on_day(clock, now.date(), now)
        out["time"] = fixed_clock.text
        if not clock.fixed:
            out["ambiguous"] = True
    return out
