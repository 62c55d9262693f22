"""Which alarm or reminder a repeat change (:mod:`hark.nlu.repeat_changes`) is about, the
rule it then repeats by, and a clock time said besides ("faites-le sonner tous les
samedis, mais à huit heures et demie au lieu de neuf heures", "make it every Thursday
then, and shift it to half six in the evening")."""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any

from hark.nlu.repeat_changes import RepeatChange, new_days
from hark.nlu.time_spans import find_time_spans
from hark.skills.base import SkillContext
from hark.skills.providers.dates import nearer_hour, same_clock
from hark.store import recurrence
from hark.store.models import Alarm
from hark.text.clean import begins_like

# "the 7:15 one", not one o'clock
_ONE = re.compile(r"(?<=[\w:])\s+one\b(?![:.]?\d| o'clock)")
# a kind of alarm said: "my weekday alarm", "den Werktagswecker", "le réveil de semaine"
_WORKDAY_KIND = re.compile(r"\b(?:week\s?days?|work\s?days?)\s+(?:alarm|one)\b|werktag\w*|"
                           r"wochentag\w*|de semaine|en semaine|laborables|entre semana|"
                           r"feriali|lavorativi|unter der woche|"
                           # "le réveil de la semaine", "la sveglia della settimana"
                           r"(?:réveil|cadran|alarme|sveglia|despertador|alarma)\s+"
                           r"(?:de\s+la|della|de)\s+(?:semaine|settimana|semana)\b"
                           r"(?!\s+(?:prochaine|dernière|passée|prossima|scorsa|que\s+viene|"
                           r"pasada|próxima))", re.I)


def names_workdays(text: str) -> bool:
    """Whether ``text`` names the alarm of one's working days ("my weekday alarm")."""
    return bool(_WORKDAY_KIND.search(text))


def days_of(rule: dict[str, Any] | None) -> frozenset[int] | None:
    """The weekdays (0 = Monday) a stored rule fires on; None for once."""
    parsed = recurrence.parse(rule) if rule else None
    return None if parsed is None else frozenset(parsed.days)


def rule_for(change: RepeatChange, now_rule: dict[str, Any] | None, own_day: int
             ) -> dict[str, Any] | None:
    """The stored rule after ``change`` (None: once)."""
    days = new_days(change, days_of(now_rule), own_day)
    return None if days is None else recurrence.Rule(tuple(sorted(days))).to_json()


def clock_times(text: str, ctx: SkillContext, language: str) -> list[tuple[time, bool]]:
    """The clock times said in ``text`` (each with whether it may be either half of the
    day)."""
    said = _ONE.sub(" ", text) if language == "en" else text
    out: list[tuple[time, bool]] = []
    for s in find_time_spans(said, ctx.clock(), language):
        v = s.value
        if not isinstance(v, dict) or v.get("relative") or v.get("end"):
            continue
        if v.get("kind") == "time" and v.get("time"):
            out.append((time.fromisoformat(v["time"]), bool(v.get("ambiguous"))))
        elif v.get("kind") == "datetime" and v.get("datetime"):
            at = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz)
            out.append((at.time().replace(second=0, microsecond=0), bool(v.get("ambiguous"))))
    return out


# a reason said in a clause of its own: "…, da fang ich jetzt erst um zehn an"
_WHY = re.compile(r",\s*(?:da|weil|denn|because|since|as|'cause|car|parce que|puisque|porque|"
                  r"ya que|perché|poiché)\b[^,.;!?]*", re.I)


def new_clock(text: str, now_at: time, ctx: SkillContext, language: str) -> time | None:
    """A clock time said besides the one the thing has now (the new time), or None; not one
    said in a reason ("den brauch ich am Montag nimmer, da fang ich erst um zehn an")."""
    for t, ambiguous in reversed(clock_times(_WHY.sub(" ", text), ctx, language)):
        if same_clock(now_at, t, ambiguous):
            continue
        if ambiguous:
            t = t.replace(hour=nearer_hour(t.hour, t.minute, now_at.hour, now_at.minute))
        return t
    return None


def alarms_named(alarms: list[Alarm], words: str, ctx: SkillContext, language: str,
                 days: frozenset[int] | None = None) -> list[Alarm]:
    """The alarms ``words`` name: by label, else by clock time, else by kind ("weekday"),
    else by the ``days`` said when one repeats on just those ("change the alarm I've got
    every weekday to 7am"), else the only one."""
    low = words.lower().replace("’", "'")
    labelled = [a for a in alarms if a.label and (
        re.search(rf"\b{re.escape(a.label.lower())}", low)
        or any(begins_like(a.label, w) for w in re.findall(r"\w{4,}", low)))]
    if labelled:
        return labelled
    times = clock_times(words, ctx, language)
    timed = [a for a in alarms if any(same_clock(a.time_of_day, t, amb) for t, amb in times)]
    if timed:
        return timed
    if _WORKDAY_KIND.search(low):
        return [a for a in alarms if days_of(a.recurrence) == frozenset(range(5))]
    same = [a for a in alarms if days is not None and days_of(a.recurrence) == days]
    if len(same) == 1:
        return same
    return alarms if len(alarms) == 1 else []
