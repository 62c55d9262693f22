"""Days off from one's alarms (:mod:`hark.nlu.days_off` reads the request): which alarms
the request means, and what becomes of each — a repeating alarm skips the days (it keeps
its time and days: ``store.alarms.skip_days``), a one-off alarm on one of them is
removed; "put tomorrow's alarm back on" makes skipped days ring again.

Which alarms: those the words name (by label, clock time or "weekday"), all of them when
the request says so ("no alarms tomorrow", "don't wake me", "keine Wecker"), else the
repeating ones that ring then. A clause keeping one ("but keep the 7:15", "la natation
samedi tu laisses") leaves it be.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from hark.nlu import days_off
from hark.nlu.time_spans import find_time_spans
from hark.skills import repeats
from hark.skills.base import SkillContext
from hark.skills.providers import lang
from hark.skills.providers.dates import nearer_hour, same_clock
from hark.skills.timers import write_db
from hark.store import alarms as repo
from hark.store import recurrence
from hark.store.models import Alarm
from hark.text.calendar_words import MONTHS, WEEKDAYS
from hark.types import Outcome

# every alarm: "no alarms", "don't wake me", "both of 'em", "keine Wecker", "aucun réveil"
_ALL = {
    "en": r"\bno (?:\w+ ){0,2}alarms\b|\balarms? (?:of any kind|whatsoever|at all)\b|"
          r"\b(?:all|both|any) (?:of )?(?:my |the |them\b|'em\b|alarms)|"
          r"\bboth\b(?!\s+(?:days|mornings|of (?:those|these|the) days))|"
          r"\bsingle alarm\b|"
          r"\bwake me\b|\blie (?:on )?in\b|\balarms\b",
    "de": r"\bkein\w*\b|\bkeen\w*\b|\balle\b|\bweck\w* mich\b",
    "fr": r"\baucun\b|\bpas de réveil\b|\btous\b|\bni celui\b|\bréveille\b",
    "es": r"\bninguna\b|\btodas\b|\bdespiert",
    "it": r"\bniente sveglie\b|\bnessuna\b|\btutte\b|\bné chella\b|\bné quella\b",
}
# a clause keeping an alarm as it is
_KEEP = {
    "en": r"\b(?:keep|leave (?:the|my|it|that|them|those|every|alone)|remains?|stays?|"
          r"still need|should remain|(?:is|'s) (?:enough|fine|plenty)|will do|does me)\b",
    "de": r"\b(?:drinlassen|drin lassen|behalten|bleibt|lass\w* (?:\w+ ){0,4}(?:drin|stehen|so))\b",
    "fr": r"\b(?:tu laisses|laisse[sz]?|gardes?|garde[zr])\b",
    "es": r"\b(?:déjala|deja|mantén|mantenga)\b",
    "it": r"\b(?:lasciala|lascia|tieni|mantieni)\b",
}
# the alarm of one's working days said in other words
_WORK_ALARM = re.compile(r"\b(?:work|school|workday|work-day|office|early)\s+(?:alarm|one)\b|"
                         r"unter der woch|de (?:la )?semaine|jours ouvr|de (?:la )?semana|"
                         r"lunes a viernes|della settimana|feriale", re.I)

_ONE_OFF = re.compile(r"\bone-?off\b|\bone-time\b|\beinmalig|\bponctuel|\bunique\b|"
                      r"\bsolo una vez\b|\bocasional|\bsingola\b", re.I)


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"(?<=[.!?;,])\s+|\s+(?:but|aber|mais|pero|ma)\s+", text) if c]


async def skip(text: str, ctx: SkillContext, alarms: list[Alarm], language: str, *,
               removal: bool = False, picked: bool = False) -> Outcome | None:
    """The alarms meant (all of ``alarms`` when ``picked`` by an answer to "which one?")
    skip the days said; one-offs then are removed. For a ``removal`` limited to a day
    ("kill tomorrow's alarms"), None when no repeating alarm rings then, or when several
    alarms ring then and the words name none (the removal asks which, as any)."""
    now = ctx.clock().astimezone(ctx.tz)
    keep = re.compile(_KEEP[language], re.I)
    clauses = _clauses(text)
    # (a clause keeping it from a day on says when it rings again: "but I'll still need
    # the weekday one from Wednesday")
    keeps = [c for c in clauses if keep.search(c) and not (days_off.says_again(c) and any(
        isinstance(x.value, dict) and x.value.get("kind") in ("date", "date_range", "datetime")
        for x in find_time_spans(c, now, language)))]
    kept_words = " ".join(keeps)
    said = " ".join(c for c in clauses if c not in keeps) or text
    off = days_off.days(said, now, language)
    kept = _named(alarms, kept_words, ctx, language) if kept_words else []
    meant = alarms if picked else [a for a in _meant(alarms, said, ctx, language)
                                   if a not in kept]
    if removal and not picked and not _says_which(alarms, said, ctx, language) and sum(
            bool(_ring_days(a, off, now)) for a in alarms) > 1:
        return None
    skips: dict[int, set[date]] = {}
    gone: list[Alarm] = []
    # "make that just Tuesday and Wednesday": the days said replace those off before
    replace = days_off.corrected(text)
    for a in meant:
        days = _ring_days(a, off, now, with_skips=not replace)
        if not days:
            continue
        if a.recurrence:
            skips[a.id] = days
        else:
            gone.append(a)
    if removal and not skips:
        return None
    if not skips and not gone:  # nothing rings then (or no alarm at all is meant)
        speech = (lang.t(language, "alarm_none_then", days=say_days(off.days, now, language))
                  if off.days else lang.t(language, "alarm_none"))
        return Outcome(speech, action="alarm.skip", data={"alarms": []})
    changed = await write_db(ctx, _apply, skips, [a.id for a in gone], now, replace)
    from hark.skills.alarms import describe  # (the alarm skill reads this module)

    parts = []
    for a in changed:
        parts.append(lang.t(language, "alarm_skipped", when=describe(a, ctx, next_ring=False),
                            days=say_days(skips[a.id], now, language),
                            next=say_next(a, now, language)))
    parts += [lang.t(language, "alarm_skip_gone", when=describe(a, ctx)) for a in gone]
    return Outcome(" ".join(parts), action="alarm.skip",
                   data={"alarms": [a.to_dict() for a in changed],
                         "removed": [a.id for a in gone],
                         "skipped": {str(k): sorted(d.isoformat() for d in v)
                                     for k, v in skips.items()}})


async def one_day(text: str, ctx: SkillContext, alarms: list[Alarm], language: str, *,
                  new: bool = False) -> Outcome | None:
    """A repeating alarm at another time on one day only ("just for tomorrow, make my
    weekday alarm 7:45"): it skips that day, and a one-off alarm rings then at the new
    time. None when the words do not name one day, a new time and one repeating alarm
    that rings that day (named, for a ``new`` alarm asked: "instead of the usual weekday
    alarm, wake me at 7:45 tomorrow", not "set another one ten minutes after it just for
    tomorrow")."""
    now = ctx.clock().astimezone(ctx.tz)
    off = days_off.days(text, now, language)
    if off.days is None or len(off.days) != 1:
        return None
    day = next(iter(off.days))
    repeating = [a for a in alarms if a.recurrence and _ring_days(a, off, now)]
    named = _named(repeating, text, ctx, language)
    if len(named or repeating) != 1 or new and (not named or _ANOTHER.search(text)):
        return None
    alarm = (named or repeating)[0]
    at = repeats.new_clock(text, alarm.time_of_day, ctx, language) or _time_in_days(
        text, alarm.time_of_day, ctx, language)
    if at is None or recurrence.local_occurrence(day, at, now.tzinfo) <= now:  # type: ignore[arg-type]
        return None
    old = _clock_of(alarm, language)
    made = await write_db(ctx, _one_day, alarm.id, day, at, now)
    return Outcome(lang.t(language, "alarm_one_day", day=lang.say_day(day, now.date(), language),
                          at=lang.say_time(datetime.combine(day, at), language), old=old),
                   action="alarm.one_day", data={"alarm": made.to_dict(),
                                                 "skipped": {str(alarm.id): [day.isoformat()]}})


_ANOTHER = re.compile(r"\b(?:another|new|extra|second|additional|noch einen|neuen|"
                      r"un autre|nouveau|otra|nueva|un'altra|nuova)\b", re.I)


def _time_in_days(text: str, now_at: Any, ctx: SkillContext, language: str) -> Any:
    """A clock time said with the alarm's days ("la alarma de entre semana a las ocho")."""
    for s in find_time_spans(text, ctx.clock(), language):
        v = s.value
        if isinstance(v, dict) and v.get("kind") == "recurrence" and v.get("time"):
            at = time.fromisoformat(v["time"])
            if v.get("ambiguous"):
                at = at.replace(hour=nearer_hour(at.hour, at.minute, now_at.hour, now_at.minute))
            return at if at != now_at else None
    return None


def _one_day(db: Any, alarm_id: int, day: date, at: Any, now: datetime) -> Alarm:
    alarm = repo.skip_days(db, alarm_id, {day}, now=now)
    return repo.create(db, time_of_day=at, user=alarm.user_id, label=alarm.label, tz=alarm.tz,
                       now=now, language=alarm.language, on_day=day)


def _clock_of(alarm: Alarm, language: str) -> str:
    return lang.say_time(datetime.combine(date(2000, 1, 1), alarm.time_of_day), language)


async def noted(text: str, ctx: SkillContext, alarms: list[Alarm], language: str) -> Outcome:
    """Days off said alone ("I'm off tomorrow"): the alarms that ring then, and how to
    skip them; nothing changes (the next turn may ask: :mod:`hark.dialogue.days_said`)."""
    now = ctx.clock().astimezone(ctx.tz)
    off = days_off.days(text, now, language)
    ringing = [a for a in alarms if _ring_days(a, off, now)] if off.days else []
    from hark.skills.alarms import describe

    if not ringing:
        return Outcome(lang.t(language, "days_off_noted_none"), action="alarm.days_stated",
                       data={"alarms": []})
    return Outcome(lang.t(language, "days_off_noted", list=lang.join(
        [describe(a, ctx) for a in ringing], language)), action="alarm.days_stated",
        data={"alarms": [a.to_dict() for a in ringing]})


async def ring_again(text: str, ctx: SkillContext, alarms: list[Alarm], language: str
                     ) -> Outcome | None:
    """Skipped days rung again ("put tomorrow's alarm back on"); None when no alarm has a
    day off (the request is then something else)."""
    off_now = [a for a in alarms if repo.skipped(a)]
    if not off_now:
        return None
    now = ctx.clock().astimezone(ctx.tz)
    asked = days_off.days(text, now, language).days
    named = _named(off_now, text, ctx, language) or off_now
    back: dict[int, set[date]] = {}
    for a in named:
        days = set(repo.skipped(a)) if asked is None else set(repo.skipped(a)) & set(asked)
        if days:
            back[a.id] = days
    if not back:
        return Outcome(lang.t(language, "alarm_not_skipped"), action="alarm.skip")
    changed = await write_db(ctx, _unapply, back, now)
    from hark.skills.alarms import describe

    return Outcome(" ".join(lang.t(language, "alarm_rings_again", when=describe(a, ctx, next_ring=False),
                                   days=say_days(back[a.id], now, language),
                                   next=say_next(a, now, language)) for a in changed),
                   action="alarm.skip", data={"alarms": [a.to_dict() for a in changed]})


def _apply(db: Any, skips: dict[int, set[date]], gone: list[int], now: datetime,
           replace: bool) -> list[Alarm]:
    if replace:
        for i in skips:
            repo.ring_again(db, i, None, now=now)
    changed = [repo.skip_days(db, i, days, now=now) for i, days in skips.items()]
    for i in gone:
        repo.delete(db, i)
    return changed


def _unapply(db: Any, back: dict[int, set[date]], now: datetime) -> list[Alarm]:
    return [repo.ring_again(db, i, days, now=now) for i, days in back.items()]


def _says_which(alarms: list[Alarm], said: str, ctx: SkillContext, language: str) -> bool:
    return bool(re.search(_ALL[language], said, re.I) or _named(alarms, said, ctx, language))


def _meant(alarms: list[Alarm], said: str, ctx: SkillContext, language: str) -> list[Alarm]:
    if re.search(_ALL[language], said, re.I):
        return alarms
    named = _named(alarms, said, ctx, language)
    if named:
        return named
    return [a for a in alarms if a.recurrence]


def _named(alarms: list[Alarm], words: str, ctx: SkillContext, language: str) -> list[Alarm]:
    """The alarms ``words`` name by label, clock time or as the working days' one."""
    low = words.lower()
    labelled = [a for a in alarms if a.label and re.search(rf"\b{re.escape(a.label.lower())}",
                                                           low)]
    times = repeats.clock_times(words, ctx, language)
    timed = [a for a in alarms if any(same_clock(a.time_of_day, t, amb) for t, amb in times)]
    one_off = [a for a in alarms if not a.recurrence and _ONE_OFF.search(low)]
    workdays = [a for a in alarms if (repeats.names_workdays(low) or _WORK_ALARM.search(low))
                and repeats.days_of(a.recurrence) == frozenset(range(5))]
    return list({a.id: a for a in labelled + timed + workdays + one_off}.values())


def _ring_days(alarm: Alarm, off: days_off.DaysOff, now: datetime, *,
               with_skips: bool = True) -> set[date]:
    """The days of ``off`` on which ``alarm`` would ring (after now; without
    ``with_skips``, as if it had no days off)."""
    tz = now.tzinfo
    if not alarm.recurrence:
        if alarm.next_fire is None:
            return set()
        day = alarm.next_fire.astimezone(tz).date()
        wanted = off.days if off.days is not None else {day}
        return {day} & set(wanted)
    rule = recurrence.parse(alarm.recurrence)
    assert rule is not None
    rule = rule if with_skips else recurrence.Rule(rule.days)
    out: set[date] = set()
    if off.days is None:  # the next ring(s)
        after = now
        for _ in range(off.rings):
            at = recurrence.next_occurrence(rule, alarm.time_of_day, tz, after)  # type: ignore[arg-type]
            out.add(at.astimezone(tz).date())
            after = at
        return out
    for day in off.days:
        if rule.fires_on(day) and recurrence.local_occurrence(
                day, alarm.time_of_day, tz) > now:  # type: ignore[arg-type]
            out.add(day)
    return out


def say_days(days: set[date] | frozenset[date], now: datetime, language: str) -> str:
    today = now.date()
    ordered = sorted(days)
    if len(ordered) > 2 and (ordered[-1] - ordered[0]).days == len(ordered) - 1:
        return {"en": "from {a} to {b}", "de": "von {a} bis {b}", "fr": "de {a} à {b}",
                "es": "desde {a} hasta {b}", "it": "da {a} a {b}"}[language].format(
            a=_bare(ordered[0], today, language), b=_bare(ordered[-1], today, language))
    return lang.join([lang.say_day(d, today, language) for d in ordered], language)


def _bare(d: date, today: date, language: str) -> str:
    """'tomorrow', 'Friday' (a day without its "on")."""
    if (d - today).days in (0, 1) or (d - today).days >= 7:
        return lang.say_day(d, today, language)
    return WEEKDAYS[language][d.weekday()]


def say_next(alarm: Alarm, now: datetime, language: str, *, clock: bool = True) -> str:
    """'on Wednesday at 6:30 AM', 'on Monday 7 December at 6:30 AM' (without the clock:
    'on Wednesday')."""
    if alarm.next_fire is None:
        return "-"
    at = alarm.next_fire.astimezone(now.tzinfo)
    today = now.date()
    if (at.date() - today).days >= 7:
        day = lang.t(language, "day_with_date", wd=WEEKDAYS[language][at.weekday()],
                     d=at.day, mo=MONTHS[language][at.month - 1])
    else:
        day = lang.say_day(at.date(), today, language)
    return f"{day} {lang.say_at(at, language)}" if clock else day
