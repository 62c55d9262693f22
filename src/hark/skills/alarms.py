"""Alarms: set (once, on a date, or recurring: "every weekday", "every Monday"), ask which
are set, remove one ("my 7am alarm") or all. Alarms live in the store and fire through
the persistent scheduler (see :mod:`hark.skills.timers` for the firing hook).

HWU64 files timer requests under ``alarm_*``: an ``alarm_set`` whose time is a duration
("set an alarm for 10 minutes"), or any alarm intent that says "timer", goes to the
timer skill.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace as dc_replace
from datetime import date, datetime, time, timedelta
from typing import Any

from hark.errors import HarkError, InvalidInput
from hark.nlu import days_off, repeat_changes
from hark.nlu.normalize import normalize
from hark.nlu.normalize.day_numbers import without_day_numbers
from hark.nlu.said_times import alarm_hour
from hark.nlu.time_spans import find_time_spans
from hark.skills import days_off as days_off_skill
from hark.skills import repeats, which_one
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.dates import (
    DAY_WORDS,
    MONTHS,
    NEXT_ONE,
    WEEKDAYS,
    in_hours,
    moves_to,
    nearer_hour,
    same_clock,
    several_days,
)
from hark.skills.providers.slots import clean
from hark.skills.reminders import upcoming
from hark.skills.timers import (
    NAME_IT,
    REPEAT_WORDS,
    TimerSkill,
    all_but,
    all_of,
    each_named,
    find_value,
    is_timer_request,
    join_and,
    pause_or_resume,
    read_db,
    say_rule,
    slot_text,
    slot_value,
    wants_all,
    write_db,
)
from hark.store import alarms as repo
from hark.store import recurrence
from hark.store.models import Alarm
from hark.store.timeutil import zone
from hark.text import en_words, same_time
from hark.text.clean import begins_like
from hark.types import Outcome, Slot, Understanding

ALARM_ID_SLOT = "alarm_id"  # the answer to "which alarm?" (:mod:`hark.skills.which_one`)
_TIME = {"type": "string", "description": "Time of day, e.g. '7:30 am'"}
_DATE = {"type": "string", "description": "Day, e.g. 'tomorrow', 'Friday'"}
_FREQ = {"type": "string", "description": "Repetition, e.g. 'every weekday', 'every Monday'"}
_LABEL = {"type": "string", "description": "What the alarm is for, e.g. 'gym'"}
_LATE = {"afternoon", "evening", "night", "tonight"}
_AM_SAID = re.compile(r"\d\s*(?:am|a\.\s?m)\b")
_CLOCKISH = re.compile(r"\d|\b(am|pm|noon|midday|midnight|o'?clock|"
                       rf"{en_words.HOUR_WORDS}|half|quarter)\b")


# (not a date: "tuesday the first of december")
_BEFORE_AFTER = re.compile(r"\b(before|earlier than|after|later than)\s+(?:\d|"
                           rf"{en_words.HOUR_WORDS}|half|quarter|noon)")
_FIRST = re.compile(r"\b(?:first|earliest|soonest)\b(?! (?:one|two|three|few|of)\b)(?! \w+ember\b)")
_LAST = re.compile(r"\b(?:latest|last)\b(?! (?:one|two|three|few)\b)")


def _soonest_or_last(hits: list[Alarm], said: str, language: str) -> list[Alarm]:
    """The soonest of ``hits`` (they come soonest first) when "my next / first / earliest
    alarm" is said, the last when "my latest / last alarm"; else ``hits``."""
    if language != "en":
        return hits
    if NEXT_ONE.search(said) or _FIRST.search(said):
        return hits[:1]
    return hits[-1:] if _LAST.search(said) else hits


def describe(alarm: Alarm, ctx: SkillContext, *, label: bool = True,
             next_ring: bool = True) -> str:
    """'7 AM every weekday', '9:30 AM tomorrow, for swimming' (without the label when the
    sentence already says it); in the user's other language the day comes first ('morgen
    um 9:30 Uhr')."""
    language = lang.pick(ctx.language)
    clock = datetime.combine(date.today(), alarm.time_of_day)
    off = _days_off_said(alarm, ctx) if next_ring else ""  # ", not on Friday"
    if language != "en":  # the day first: "morgen um 7:00 Uhr", "jeden Montag um 6:00 Uhr";
        # what it is for after it, in brackets: "am Samstag um 9:00 Uhr (Schwimmen)"
        day = say_rule(alarm.recurrence, language)
        if not day and alarm.next_fire is None:
            return f"{lang.say_time(clock, language)} (-)"
        day = day or lang.say_day(alarm.next_fire.astimezone(ctx.tz).date(),
                                  ctx.clock().date(), language)
        for_what = f" ({alarm.label})" if alarm.label and label else ""
        return f"{day} {lang.say_at(clock, language)}{for_what}{off}"
    at = lang.say_time(clock)
    rule = say_rule(alarm.recurrence)
    for_what = f", for {alarm.label}" if alarm.label and label else ""
    if rule:
        return f"{at} {rule}{for_what}{off}"
    if alarm.next_fire is None:
        return f"{at} (off){for_what}"
    local = alarm.next_fire.astimezone(ctx.tz)
    return f"{at} {lang.say_day(local.date(), ctx.clock().date())}{for_what}"


def _days_off_said(alarm: Alarm, ctx: SkillContext) -> str:
    """', next ringing on Thursday' for a repeating alarm with days off ahead."""
    now = ctx.clock().astimezone(ctx.tz)
    ahead = {d for d in repo.skipped(alarm) if d >= now.date()}
    if alarm.next_fire is None or not ahead:
        return ""
    language = lang.pick(ctx.language)
    usual = recurrence.next_occurrence(recurrence.without_skips(alarm.recurrence, None),
                                       alarm.time_of_day, zone(alarm.tz), now)
    if usual != alarm.next_fire:  # its next ring is put off: when it rings next
        return lang.t(language, "alarm_next_ring",
                      day=days_off_skill.say_next(alarm, now, language, clock=False))
    return lang.t(language, "alarm_days_off", days=days_off_skill.say_days(ahead, now, language))


# "a weekday alarm", "my weekend alarm", "a daily alarm": the days said as a kind of alarm
_KIND_OF_DAYS = re.compile(r"\b(weekday|weekend|daily|everyday)\s+(?:wake[- ]?up\s+)?"
                           r"(?:alarm|wake[- ]?up call)\b")
_MONDAY_TO_FRIDAY = re.compile(r"\b(?:from\s+)?mon(?:day)?\s*(?:to|through|thru|till|until|"
                               r"-)\s*fri(?:day)?\b|"
                               r"\b(?:von\s+)?montag\s+bis\s+freitag\b|\bdu\s+lundi\s+au\s+vendredi\b|"
                               r"\bde\s+lunes\s+a\s+viernes\b|\bda(?:l)?\s+lunedì\s+a(?:l)?\s+venerdì\b")
_KIND_OF_MORNINGS = re.compile(r"\b(weekday|weekend)\s+(?:mornings|evenings|nights)\b")
_DAY_RUN = re.compile(rf"\b(?:from\s+)?({en_words.WEEKDAYS})"
                      r"\s*(?:to|through|thru|till|until|-)\s*"
                      rf"({en_words.WEEKDAYS})\b")
_KIND_OF_DAYS_RULE: dict[str, dict[str, Any]] = {
    "weekday": {"freq": "weekly", "byday": ["MO", "TU", "WE", "TH", "FR"]},
    "weekend": {"freq": "weekly", "byday": ["SA", "SU"]},
    "daily": {"freq": "daily"}, "everyday": {"freq": "daily"}}


_DAYS = "|".join(WEEKDAYS)
_DAY_NAME = rf"\b({_DAYS})s?\b"
# two or more weekdays, every week: "every monday, wednesday and friday", "on tuesdays and
# thursdays", and three days or more listed: "alarm mon wed fri 5.30am" (not "on monday and
# tuesday": those are two days)
_NEXT_DAY = rf"(?:\s*,\s*|\s+and\s+|\s+)(?:and\s+)?{_DAY_NAME}"
_SEVERAL_DAYS = re.compile(
    rf"\b(?:(?:every|each)\s+{_DAY_NAME}|(?:on\s+)?(?:{en_words.WEEKDAYS})s\b)"
    rf"(?:{_NEXT_DAY})+"
    rf"|(?<!\bthis )(?<!\bnext ){_DAY_NAME}{_NEXT_DAY}(?:{_NEXT_DAY})+")


_EXCEPT_DAYS = re.compile(r"\b(?:except|excluding|apart from|but not)\b")
# two days named, not every week: "wake me at 6 on Tuesday and Thursday" is one alarm on
# each of those days
_TWO_DAYS = re.compile(rf"\b(?:on\s+)?({_DAYS})\s*(?:and|&|,)\s*(?:on\s+)?({_DAYS})\b(?!s)")
_THIS_OR_EVERY = re.compile(rf"\b(?:every|each|this|next|last)\s+(?:\w+\s+)?(?:{_DAYS})")


def _days_named(said: str, at: time, ctx: SkillContext) -> list[date]:
    """The next date of each of two weekdays said together ("on Tuesday and Thursday"), or
    [] when the words name no such pair (or say "every", "this", "next")."""
    pair = _TWO_DAYS.search(said)
    if pair is None or pair.group(1) == pair.group(2) or _THIS_OR_EVERY.search(said):
        return []
    now = ctx.clock().astimezone(ctx.tz)
    days = []
    for name in pair.groups():
        ahead = (WEEKDAYS.index(name) - now.weekday()) % 7
        on = now.date() + timedelta(days=ahead)
        if recurrence.local_occurrence(on, at, ctx.tz) <= now:
            on += timedelta(days=7)
        days.append(on)
    return days


def _rule_from(u: Understanding, ctx: SkillContext) -> dict[str, Any] | None:
    """A store recurrence rule from the ``general_frequency`` slot or the words."""
    v = slot_value(u, "general_frequency", ctx)
    said = _KIND_OF_DAYS.search(clean(u.text))
    if said and (v is None or v.get("kind") != "recurrence"):
        return dict(_KIND_OF_DAYS_RULE[said.group(1)])  # "a weekday alarm for 6:15"
    if _MONDAY_TO_FRIDAY.search(clean(u.text)):
        return dict(_KIND_OF_DAYS_RULE["weekday"])
    mornings = _KIND_OF_MORNINGS.search(clean(u.text))
    if mornings:  # "at 7:10 on weekday mornings"
        return dict(_KIND_OF_DAYS_RULE[mornings.group(1)])
    run = _DAY_RUN.search(clean(u.text))
    if run:  # "each morning, Monday through Saturday"
        a, b = WEEKDAYS.index(run.group(1)), WEEKDAYS.index(run.group(2))
        if a != b:
            picked = [WEEKDAYS[(a + i) % 7] for i in range((b - a) % 7 + 1)]
            return {"freq": "weekly", "byday": [recurrence.DAY_CODES[WEEKDAYS.index(d)]
                                                for d in picked]}
    several = _SEVERAL_DAYS.search(clean(u.text))
    if several:  # "every monday wednesday and friday", "on tuesdays and thursdays"
        named = re.findall(_DAY_NAME, several.group(0))
        codes = {recurrence.DAY_CODES[WEEKDAYS.index(d)] for d in named}
        return {"freq": "weekly", "byday": [c for c in recurrence.DAY_CODES if c in codes]}
    if (v is None or _EXCEPT_DAYS.search(clean(u.text))) and REPEAT_WORDS.search(clean(u.text)):
        # the words, also when the tagger cut "every day [except weekends]" short
        found = find_value(u.text, "general_frequency", ctx, ("recurrence",),
                           must=REPEAT_WORDS)
        v = found[0] if found else v
    if v is None or v.get("kind") != "recurrence":
        days = repeat_changes.habitual(u.text, lang.pick(ctx.language))
        return None if days is None else recurrence.Rule(tuple(sorted(days))).to_json()
    freq = v.get("freq")
    if freq == "weekly" and v.get("byday") and v.get("interval") in (None, 1):
        return {"freq": "weekly", "byday": list(v["byday"])}
    if freq == "daily" and v.get("interval") in (None, 1):
        return {"freq": "daily"}
    raise InvalidInput("I can repeat alarms every day or on certain weekdays, but not like "
                       "that.", phrase="alarm_repeat")


# one's own alarm named first, in a sentence asking for nothing: what it is, not a new one
_TELLS = re.compile(r"\b(?:je suis|j'ai|je vais|je serai|ich bin|ich hab|ich habe|ich werde|"
                    r"estoy|tengo|voy|estaré|sono|ho|vado|sarò|i'm|i am|i have|i've|i'll be)\b",
                    re.I)
_MINE_TOLD = re.compile(r"^\W*(?:my|mon|ma|mein\w*|mi|il mio|la mia)\s+(?:[\w'-]+\s+){0,3}?"
                        r"(?:alarm|réveil|cadran|wecker|alarma|despertador|sveglia)\b[^?]*$", re.I)
_SETTING = re.compile(r"\b(?:set|wake|put|make|need|want|can|could|would|please|change|move|"
                      r"mets|mettre|règle\w*|regle\w*|réveille|peux|pourrais|voudrais|veux|"
                      r"change|décale|avance|recule|stell\w*|weck\w*|mach\w*|kannst|brauch\w*|"
                      r"bitte|will|pon\w*|despiért\w*|puedes|quiero|necesito|cambia|metti\w*|"
                      r"imposta\w*|svegliami|puoi|voglio|vorrei|sposta|fa|fai|falla|serve|"
                      r"servirebbe|hace falta|faut|besoin)\b", re.I)
# "now" said in a question ("how many alarms have I got now?")
_NOW_WORD = re.compile(r"now|right now|jetzt|gerade|maintenant|ahora|adesso|ora|mo")
# waking up means the morning: "wake me up at 6:45", "weck mich um halb sieben"
# an alarm some time from now rings at a clock time; "an alarm for 10 minutes" is a timer
_FROM_NOW = re.compile(rf"\b(in|after)\s+(an?|\d+|{en_words.HOUR_WORDS}|"
                       r"fifteen|twenty|thirty|forty|fifty|sixty|"
                       r"ninety|half)\b|\bfrom now\b")
_TIMER = re.compile(r"\b(timer|countdown)\b")
# a number alone is an hour, not a day of the month ("an alarm for seven thirty")
_BARE_NUMBER = re.compile(rf"(?:(?:\d+|{en_words.HOUR_WORDS}|"
                          r"fifteen|twenty|thirty|forty|forty-five|fifty)\s*)+")
_EVENING_SAID = re.compile(r"\b(tonight|today|evening|night|pm|p\.m|dinner|tea ?time)\b")
# (the verbs only: "Wecker", "réveil", "sveglia" also name any alarm clock)
_WAKE = re.compile(r"\b(wake|waken|get me up|get up|weck(e|t)? (mich|uns)|aufwach\w*|"
                   r"r[ée]veille[- ]?(moi|nous)|despi[ée]rta(me|nos)|despertarme|"
                   r"sveglia(mi|ci)|svegliarmi)\b")


# a verb of moving, then the alarm one has: "schieb den Wecker …", "décale le réveil …"
_MOVE_THE_ALARM = re.compile(
    r"^(?:(?:und|et|y|e|and|also|bitte|dann)\s+)*(?:(?:ver)?schieb\w*|leg\w* (?:den|meinen)\s+"
    r"(?:\w+\s+)?wecker\b.*\bum\b|décale\w*|déplace\w*|mueve\w*|sposta\w*|move|push|shift)"
    r"(?:-(?:le|la))?\s+(?:mir\s+|mal\s+|ma\s+|bitte\s+)*(?:den|meinen|le|mon|la|el|mi|the|"
    r"my)\s+(?:\w+\s+)?(?:wecker|réveil|alarma|despertador|sveglia|alarm)\b", re.I)


def _clock_in_part(u: Understanding, v: dict | None, ctx: SkillContext) -> dict | None:
    """A day's part read as the time ("Sabato mattina …") with a clock time said too ("…
    alle sei e un quarto"): that clock on that day, in that part of it."""
    if v is None or v.get("kind") != "datetime" or not v.get("part_of_day"):
        return v
    clock = next((s.value for s in u.slots if s.name == "time" and isinstance(s.value, dict)
                  and s.value.get("kind") == "time" and s.value.get("time")), None)
    if clock is None:
        return v
    at = time.fromisoformat(clock["time"])
    if clock.get("ambiguous") and at.hour >= 12 and v["part_of_day"] == "morning":
        at = at.replace(hour=at.hour - 12)
    elif clock.get("ambiguous") and at.hour < 12 and v["part_of_day"] in _LATE:
        at = at.replace(hour=at.hour + 12)
    day = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).date()
    return {"kind": "datetime", "datetime": datetime.combine(day, at, ctx.tz).isoformat()}


def _woken_from(start: time, part: dict) -> time:
    """Where a part of the day asked about starts for alarms: a morning's wake-ups start in
    the small hours ("what alarms have I got on Wednesday morning?" finds 4:40)."""
    return time(3) if part.get("part_of_day") == "morning" and start > time(3) else start


def _when(u: Understanding, ctx: SkillContext) -> tuple[time | None, date | None, dict | None]:
    """(time of day, date for a one-off alarm, the time value) from the slots/words."""
    v = slot_value(u, "time", ctx)
    if v is None or v.get("kind") not in ("time", "datetime", "duration"):
        found = find_value(u.text, "time", ctx, ("time", "datetime", "duration"),
                           must=_CLOCKISH)
        if found is not None and _in_a_day(found[1], u, ctx):
            found = None  # "einen Wecker für Samstag, den 12.": the 12th, no twelve o'clock
        v = found[0] if found else v
    v = _clock_in_part(u, v, ctx)
    on: date | None = None
    at: time | None = None
    if v is not None and v.get("kind") == "datetime" and v.get("part_of_day") and v.get("end"):
        # "Stell mir 'n Wecker für morgen früh": a part of the day, no clock (asked for)
        on = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).date()
        v = None
    if v is not None and v.get("kind") == "time" and v.get("time"):
        at = time.fromisoformat(v["time"])
    elif v is not None and v.get("kind") == "datetime" and v.get("datetime"):
        dt = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz)
        at, on = dt.time().replace(microsecond=0), dt.date()
    if at is not None:
        part = slot_value(u, "timeofday", ctx) or {}
        said = clean(slot_text(u, "time") or u.text)
        if at.hour <= 4 and part.get("part_of_day") == "tonight" and not re.search(
                r"\bpm\b|p\.m", said):  # "an alarm for 2 tonight": after midnight
            on = None if on == ctx.clock().astimezone(ctx.tz).date() else on
        elif at.hour < 12 and part.get("part_of_day") in _LATE and not re.search(
                r"\bam\b|a\.m", said) and not _AM_SAID.search(clean(u.text)):  # ("for 1 a.m.
            # tonight": the tagger's time is "1")
            at = at.replace(hour=at.hour + 12)
        elif at.hour > 12 and part.get("part_of_day") == "morning" and v.get("ambiguous"):
            at = at.replace(hour=at.hour - 12)  # "five past seven in the morning"
    d = slot_value(u, "date", ctx)
    cut = clean(slot_text(u, "date"))
    if cut and _BARE_NUMBER.fullmatch(cut) and not clean(slot_text(u, "time")) and at is not None:
        d = None  # "Set an alarm for 6.": the tagger's "date" is the hour (no 6th)
    if (d is None or d.get("kind") != "date") and on is None:
        # the tagger cut the date short ("on the 3rd of [December]", "Christmas [Day]") or
        # missed it ("for 06:00 on the 14th"): the words around it say the whole date (not
        # the time's: "[11] tonight" is no 11th)
        found = find_value(u.text, "date", ctx, ("date",))
        hour = clean(slot_text(u, "time"))
        if found is not None and (not cut or re.search(rf"\b{re.escape(cut)}\b", found[1])) \
                and not (hour and (re.search(rf"\b{re.escape(hour)}\b", found[1])
                                   or re.search(rf"\b{re.escape(found[1])}\b", hour))) \
                and not _BARE_NUMBER.fullmatch(clean(found[1]).rstrip(".")):  # ("for 6.")
            d = found[0]
    if d is not None and d.get("kind") == "date" and d.get("date") and on is None:
        on = date.fromisoformat(d["date"][:10])  # (a date and time said together wins)
    return at, on, v


def _in_a_day(span: str, u: Understanding, ctx: SkillContext) -> bool:
    """Whether ``span``, a clock time or length found in the words, says no number but
    that of a day a slot says ("sábado 12", "Samstag, den 12.", "sabato 12, il giorno del
    matrimonio" is no twelve o'clock, nor twelve days)."""
    numbers = set(re.findall(r"\d+", span))
    if not numbers:
        return False
    for s in u.slots:
        v = s.value if isinstance(s.value, dict) else slot_value(u, s.name, ctx)
        if isinstance(v, dict) and v.get("kind") == "date" and s.raw \
                and all(_WEEKDAY_NUMBER.search(s.raw.lower().replace(n, "#", 1)) for n in numbers) \
                and all(
                0 < _times_said(n, s.raw) == _times_said(n, u.text) for n in numbers):
            return True  # (not "… am 6. um 6": said again, the hour)
    return False


# a weekday with its day's number: "Samstag, den 12.", "sábado 12", "sabato 12" (not "for 10
# tonight" nor "for 6, tomorrow morning", which the tagger may read as a date)
_WEEKDAY_NUMBER = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|luned[iì]|marted[iì]|"
    r"mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)\W+(?:(?:den|der|le|el|il|the)\s+)?#"
    r"(?!\s*(?:am|pm|a\.m|p\.m|h\b|uhr|o'clock|:))")


def _times_said(number: str, text: str) -> int:
    return len(re.findall(rf"(?<!\d){number}(?!\d)", text))


def _create(db: Any, *, at: time, on: date | None, rule: dict | None, label: str, tz: str,
            user: str, now: datetime, language: str = "en") -> Alarm:
    return repo.create(db, time_of_day=at, user=user, recurrence_rule=rule, label=label,
                       tz=tz, now=now, language=language, on_day=on)


def _weekday_rule(u: Understanding, on: date | None) -> dict[str, Any] | None:
    """'every friday' said as a date slot ('friday') plus 'every' in the words."""
    if on is None or not re.search(r"\b(every|each)\b|\b\w+days\b", clean(u.text)):
        return None
    code = recurrence.DAY_CODES[on.weekday()]
    name = WEEKDAYS[on.weekday()]
    if re.search(rf"\b(every|each) {name}\b|\b{name}s\b", clean(u.text)):
        return {"freq": "weekly", "byday": [code]}
    return None


class AlarmSkill:
    name = "alarms"
    intents = [
        IntentSpec("alarm_set", "Set an alarm at a time, once, on a date or repeating.",
                   {"time": _TIME, "date": _DATE, "general_frequency": _FREQ,
                    "event_name": _LABEL},
                   # not required: the skill finds the time in any slot or in the words
                   # ("alarm at noon", "7am") and asks for it itself when there is none
                   prompts={"time": "For what time?"}),
        IntentSpec("alarm_query", "Tell which alarms are set (optionally on a day).",
                   {"date": _DATE, "timeofday": {"type": "string",
                                                 "description": "e.g. 'morning'"}}),
        IntentSpec("alarm_remove", "Remove an alarm (by time, day or label), or all alarms.",
                   {"time": _TIME, "date": _DATE, "event_name": _LABEL},
                   sensitive=True),
        IntentSpec("alarm_change", "Change an alarm's time: to a new time ('move my 7:15 "
                   "alarm to 7:45') or by a length of time ('push it back 15 minutes').",
                   {"time": _TIME}),
    ]

    def __init__(self) -> None:
        self.timers = TimerSkill()

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        try:
            if is_timer_request(u.text):
                return await self._as_timer(u, ctx)
            off = await self._days_off(u, ctx)  # "skip tomorrow's alarm", "put it back on"
            if off is not None:
                return off
            if u.intent == "alarm_set":
                return await self.set(u, ctx)
            if u.intent == "alarm_query":
                return await self.query(u, ctx)
            if u.intent == "alarm_remove":
                return await self.remove(u, ctx)
            if u.intent == "alarm_change":
                return await self.change(u, ctx)
        except HarkError as e:
            return Outcome(lang.say_error(e, ctx.language), action="alarm.failed")
        return Outcome(lang.t(ctx.language, "alarm_unsupported"), action="alarm.unsupported")

    async def _days_off(self, u: Understanding, ctx: SkillContext) -> Outcome | None:
        """Days off from the alarms meant, or skipped days rung again; None when the
        request is neither."""
        language = lang.pick(ctx.language)
        if u.intent == "alarm_query" and days_off.stated(u.text, language, ctx.clock()):
            return await days_off_skill.noted(u.text, ctx, await self._alarms(ctx), language)
        if u.intent not in ("alarm_remove", "alarm_change", "alarm_set"):
            return None
        if u.intent in ("alarm_change", "alarm_set") and days_off.one_day(u.text, language):
            once = await days_off_skill.one_day(u.text, ctx, await self._alarms(ctx), language,
                                                new=u.intent == "alarm_set")
            if once is not None:  # "just for tomorrow, make my weekday alarm 7:45"
                return once
        if days_off.asked(u.text, language):
            alarms = await self._alarms_meant(u, ctx)
            if not alarms:
                return Outcome(lang.t(language, "alarm_none"), action="alarm.skip")
            return await days_off_skill.skip(u.text, ctx, alarms, language)
        alone = days_off.asked_alone(u.text, language) if u.intent in (
            "alarm_remove", "alarm_change") else None
        if alone is not None:  # "… kannst du auch löschen. ach ja, und der wecker unter der
            # woche soll morgen still bleiben": the skip (it had deleted the alarm)
            return await days_off_skill.skip(alone, ctx, await self._alarms_meant(u, ctx),
                                             language)
        if u.intent == "alarm_remove" and days_off.limited(u.text, language):
            # "kill tomorrow's alarms": a repeating one skips the day (also once picked:
            # "Cancel my alarm for tomorrow." — "the weekday one")
            alarms = await self._alarms(ctx)
            if not self._each_named(u, ctx, alarms):  # ("the weekday alarm and the one
                # tomorrow at 7:15": each removed whole)
                return await days_off_skill.skip(
                    u.text, ctx, _meant_of(u, alarms), language, removal=True,
                    picked=u.slot(ALARM_ID_SLOT) is not None)
        if days_off.back(u.text, language):
            return await days_off_skill.ring_again(u.text, ctx, await self._alarms(ctx),
                                                   language)
        return None

    def _each_named(self, u: Understanding, ctx: SkillContext, alarms: list[Alarm]
                    ) -> list[Alarm]:
        """The alarms of a removal naming each by its own words (English)."""
        if lang.pick(ctx.language) != "en":
            return []
        return each_named(alarms, u.text, self._by_words(u, ctx))

    def _by_words(self, u: Understanding, ctx: SkillContext
                  ) -> Callable[[list[Alarm], str], list[Alarm]]:
        """The alarms of ``rows`` one part of the words names (all when it names none)."""
        def by_words(rows: list[Alarm], part: str) -> list[Alarm]:
            found, narrowed = self._filter(u, ctx, rows, words=part)
            return found if narrowed else rows

        return by_words

    async def _as_timer(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if u.intent == "alarm_query":
            return await self.timers.query(u, ctx)
        if u.intent == "alarm_remove":
            return await self.timers.remove(u, ctx)
        action = pause_or_resume(u.text)
        if action is not None:
            return await self.timers.change(u, ctx, pause=action == "pause")
        return await self.timers.set(u, ctx)

    async def _alarms(self, ctx: SkillContext) -> list[Alarm]:
        return await read_db(ctx, repo.list_for, user=ctx.user_id, enabled_only=True)

    async def set(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if _MOVE_THE_ALARM.search(clean(u.text)):  # "schieb den Wecker vom Schwimmen auf
            # elf": the one named, moved (no new one)
            return await self.change(dc_replace(u, intent="alarm_change"), ctx)
        if _MINE_TOLD.search(u.text) and _TELLS.search(u.text) \
                and not _SETTING.search(clean(u.text)):
            # "Mon cadran de semaine, là, celui de six heures et demie... je suis en congé à
            # partir de mercredi": told of one's alarm, no new one asked for
            return await self.query(u, ctx)
        at, on, v = _when(u, ctx)
        waking = _WAKE.search(clean(u.text)) is not None
        if v is not None and v.get("kind") == "duration" and v.get("seconds"):
            said = clean(u.text)
            if not (_FROM_NOW.search(said) or waking) or _TIMER.search(said):
                return await self.timers.set(u, ctx, float(v["seconds"]))
            # "set an alarm in 45 minutes", "wake me up in 8 hours": a clock time
            fire = ctx.clock().astimezone(ctx.tz) + timedelta(seconds=float(v["seconds"]))
            at, on, v = fire.time().replace(second=0, microsecond=0), fire.date(), None
        rule = _rule_from(u, ctx) or _weekday_rule(u, on)
        if at is None and rule is not None:
            fv = slot_value(u, "general_frequency", ctx) or {}
            if fv.get("time"):
                at = time.fromisoformat(fv["time"])
                part = next((s.value for s in u.slots if isinstance(s.value, dict)
                             and s.value.get("part_of_day")), {})
                if fv.get("ambiguous") and at.hour >= 12 and part.get("part_of_day") == "morning":
                    at = at.replace(hour=at.hour - 12)  # "… a las cinco y media de la mañana"
        if at is None:
            return Outcome(lang.t(ctx.language, "alarm_ask_time"), action="alarm.ask_time",
                           expect_followup=True,
                           data={"missing": "time"})
        raw = clean(slot_text(u, "time"))
        morning = (v is not None and v.get("ambiguous") and at.hour >= 12
                   # (a day and "4:45" said as one: "venerdì alle 4:45", an early start, as
                   # "friday at 4:45" is read in English)
                   and (5 if v.get("kind") != "datetime" else 4) <= at.hour - 12 <= 11
                   # (not "a daily alarm for 10 at night")
                   and not (raw and re.search(rf"\b{re.escape(raw)}\s*(?:at night|in the evening)\b",
                                              clean(u.text))))
        as_said = _hour_as_said(u, raw)
        if v is not None and v.get("ambiguous") and 13 <= at.hour <= 17 and as_said:
            # "une alarme jeudi à trois heures trente": the hour as said (3 PM is "quinze
            # heures", "fünfzehn Uhr")
            at, morning = at.replace(hour=at.hour - 12), False
        if rule is not None:
            on = None
            early = (v is not None and v.get("ambiguous") and at.hour == 16
                     and not _LATE_SAID.search(clean(u.text)))
            if morning or early:  # (an alarm at ten to five on weekdays: an early start)
                at = at.replace(hour=at.hour - 12)  # "every Monday at 9": morning
            elif v is not None and v.get("ambiguous") and 1 <= at.hour <= 3 and not waking \
                    and not re.search(r"\b(?:morning|am|a\.m|night)\b", clean(u.text)):
                at = at.replace(hour=at.hour + 12)  # "at quarter to four on Tuesdays and
                # Thursdays" to fetch the children: the afternoon
        elif morning and not re.search(r"\b(?:tonight|evening|at night|afternoon)\b",
                                       clean(u.text).split(",")[0]) and (
                v.get("kind") == "datetime" or waking
                          or (on is not None and on != ctx.clock().date())
                          or (on is None and at.hour - 12 <= 8 and ctx.clock().hour >= 12
                              and not _EVENING_SAID.search(clean(u.text)))):
            # "wake me tomorrow at half past six", "wake me up at 6:45" said in the
            # evening, "set an alarm for 6:45 tomorrow": the time was read as the next
            # 6:45 from now (6:45 pm), but on another day or to wake up it is the morning;
            # and "an alarm for quarter to seven" (5–8 o'clock) said after noon is a
            # wake-up time ("an alarm for 9:30" at 5 pm stays tonight)
            at = at.replace(hour=at.hour - 12)
        elif (v is not None and v.get("ambiguous") and 1 <= at.hour <= 3
              # (4 o'clock on is an early start: "quarter to five the morra")
              and v.get("kind") == "time" and on is not None and on != ctx.clock().date()
              and not waking and not as_said
              and not re.search(r"\b(?:morning|am|a\.m|night|tonight)\b", clean(u.text))):
            at = at.replace(hour=at.hour + 12)  # "an alarm for 2 tomorrow": the afternoon
        if rule is None and on is not None:  # "friday" said on a Friday evening: next week
            fire = upcoming(recurrence.local_occurrence(on, at, ctx.tz),
                            slot_text(u, "date") or u.text, ctx)
            on = fire.astimezone(ctx.tz).date() if fire is not None else on
        label = clean(slot_text(u, "event_name", "alarm_type"))
        label = "" if label in {"wake up", "wakeup", "alarm"} or re.fullmatch(
            r"(?:an?\s+)?one(?:[- ]?(?:off|time)(?:\s+only)?)?-?", label) or _KIND_OF_MORNINGS.fullmatch(
            label) or re.fullmatch(rf"(?:{_DAY_NAME}\s*)+", label) else label  # ("Sundays
        # an' a'" names days, not the alarm)
        named = NAME_IT.search(clean(u.text))
        label = named.group(1) if named else label
        label = re.sub(r"['’]s$", "", label)  # "the electrician's coming first thing"
        days = _days_named(clean(u.text), at, ctx) if rule is None else []
        if days and morning and at.hour >= 12:  # "7:30 on monday and wednesday": mornings
            at = at.replace(hour=at.hour - 12)
            days = _days_named(clean(u.text), at, ctx)
        days = days or [on]
        if len(days) == 1:  # (two days said: one new alarm on each)
            for a in await self._alarms(ctx):
                same_day = on is None or (a.next_fire is not None
                                          and a.next_fire.astimezone(ctx.tz).date() == on)
                if a.time_of_day == at and (a.recurrence or None) == (recurrence.to_json(rule)) \
                        and same_day and a.label == label:
                    return Outcome(lang.t(ctx.language, "alarm_exists", when=describe(a, ctx)),
                                   action="alarm.exists", data={"alarm": a.to_dict()})
        made: list[Alarm] = [
            await write_db(ctx, _create, at=at, on=day, rule=rule, label=label, tz=ctx.tz.key,
                           user=ctx.user_id, now=ctx.clock(), language=lang.pick(ctx.language))
            for day in days]
        key = "alarm_set_label" if label else "alarm_set"
        when = " and ".join(describe(a, ctx, label=False) for a in made)
        data: dict[str, Any] = {"alarm": made[0].to_dict()}
        if len(made) > 1:
            data["alarms"] = [a.to_dict() for a in made]
        return Outcome(lang.t(ctx.language, key, label=label, when=when),
                       action="alarm.set", data=data)

    def _filter(self, u: Understanding, ctx: SkillContext, alarms: list[Alarm],
                words: str | None = None) -> tuple[list[Alarm], bool]:
        """Alarms matching the time/date/part-of-day/label/kind said (in ``words`` alone
        when given); True if any filter."""
        if u.slot(ALARM_ID_SLOT) is not None:  # picked already (``_alarms_meant``)
            return alarms, True
        hits = alarms
        filtered = False
        # ("every single one" is all of them, not the one-off ones)
        said = re.sub(r"\b(every|each) single\b", r"\1", clean(u.text if words is None else words))
        one_off = _ONE_OFF.search(said) is not None
        said = _ONE_OFF.sub(" ", said)
        labelled = [a for a in hits if a.label
                    and re.search(rf"\b{re.escape(a.label.lower())}\b", said)]
        if labelled:  # "the swimming alarm"
            hits, filtered = labelled, True
        kind = _KIND_SAID.search(said)
        # "mon réveil des jours de semaine", "la sveglia dal lunedì al venerdì"
        workdays = kind is None and lang.pick(ctx.language) != "en" and bool(
            _WEEKDAYS_OTHER.search(said))
        if kind or one_off or workdays:  # "my weekday alarm", "the one that goes off every weekday"
            which = "weekday" if workdays else next(
                g for g in kind.groups() if g) if kind else "once"
            of_kind = [a for a in hits if _is_kind(a, which)]
            if not of_kind and which in ("weekday", "weekend") and words is None:
                # "weekend alarms?" with none repeating at weekends: those that go off then
                of_kind = [a for a in hits if _goes_off_on(a, which, ctx)]
            hits, filtered = of_kind, True
        tv = slot_value(u, "time", ctx) if words is None else None
        if tv is not None and tv.get("relative") and _NOW_WORD.fullmatch(
                clean(slot_text(u, "time"))):  # "wie viele Wecker hab ich denn jetzt?": no
            tv = None  # alarm at this minute, but the alarms there are now
        if tv is None:  # "the one on Saturday" names no 1 o'clock
            # ("for Thursday 3 December": no 3 AM)
            hunt = without_day_numbers(_DAY_OF_MONTH.sub(" ", _THE_ONE.sub(" ", said)),
                                       ctx.clock(), lang.pick(ctx.language))  # ("sabato 5": no 5 AM)
            found = find_value(hunt, "time", ctx, ("time",), must=_CLOCKISH)
            tv = found[0] if found else None
        if tv is not None and tv.get("kind") == "datetime" and tv.get("end"):
            # a part of a day ("Mittwoch früh", "vendredi matin"): the alarms then
            lo = datetime.fromisoformat(tv["datetime"]).astimezone(ctx.tz)
            hi = datetime.fromisoformat(tv["end"]).astimezone(ctx.tz)
            hits = [a for a in hits if _on_days(a, lo.date(), lo.date(), ctx)
                    and in_hours(a.time_of_day, _woken_from(lo.time(), tv), hi.time())]
            # and a clock time said besides: "morgen früh …, den Wecker um 7:15"
            filtered, tv = True, next((s.value for s in u.slots if s.name == "time"
                                       and isinstance(s.value, dict)
                                       and s.value.get("kind") == "time"), None)
        if tv is not None and tv.get("kind") in ("time", "datetime"):
            t = time.fromisoformat(tv["time"]) if tv.get("kind") == "time" else \
                datetime.fromisoformat(tv["datetime"]).astimezone(ctx.tz).time()
            side = _BEFORE_AFTER.search(said)
            if side is not None:  # "what alarms go off before 7 tomorrow": the morning's 7
                t = t.replace(hour=t.hour % 12) if tv.get("ambiguous") else t
                before = side.group(1) in ("before", "earlier than")
                hits = [a for a in hits if (a.time_of_day < t if before else a.time_of_day > t)]
            else:
                hits = [a for a in hits
                        if same_clock(a.time_of_day, t, bool(tv.get("ambiguous")))]
            filtered = True
        dv = slot_value(u, "date", ctx) if words is None else None
        if kind and re.fullmatch(r"(?:every\s+)?week(?:day|end)s?", clean(slot_text(u, "date"))):
            dv = None  # "the weekday alarm" names a kind of alarm, not a day
        if kind:
            said = _KIND_SAID.sub(" ", said)
        cut = clean(slot_text(u, "date")) if dv is not None else ""
        if cut and DAY_WORDS.search(said):  # the tagger cut it short: "the 1st of [December]"
            whole = find_value(said.replace("'s", ""), "date", ctx, ("date", "date_range"),
                               must=DAY_WORDS)
            if whole is not None and cut in whole[1] and len(whole[1]) > len(cut):
                dv = whole[0]
        if dv is None and DAY_WORDS.search(said):  # "saturday's alarm", "on the fifth"
            found = find_value(said.replace("'s", ""), "date", ctx, ("date", "date_range"),
                               must=DAY_WORDS)
            dv = found[0] if found else None
        english = lang.pick(ctx.language) == "en"  # (the slots' offsets are in u.text)
        asked = several_days(said if english else u.text, u.slots if words is None else [],
                             ctx.clock().astimezone(ctx.tz).date(), english)
        if asked is not None:  # "on Wednesday and Saturday", "from Thursday on", "after Tuesday"
            spans = [(d, d) for d in sorted(asked.days)] if asked.days else [asked.span]
            hits = [a for a in hits if any(_on_days(a, s, e, ctx) for s, e in spans)]
            filtered = True
        elif dv is not None and dv.get("kind") in ("date", "date_range"):
            start = date.fromisoformat((dv.get("date") or dv.get("start"))[:10])
            end = date.fromisoformat((dv.get("date") or dv.get("end"))[:10])
            hits = [a for a in hits if _on_days(a, start, end, ctx)]
            filtered = True
        pv = slot_value(u, "timeofday", ctx) if words is None else None
        if pv is not None and pv.get("kind") == "time_range":
            lo, hi = time.fromisoformat(pv["start"]), time.fromisoformat(pv["end"])
            hits = [a for a in hits if in_hours(a.time_of_day, _woken_from(lo, pv), hi)]
            filtered = True
        label = clean(slot_text(u, "event_name")) if words is None and not labelled else ""
        if label and label not in {"alarm", "alarms", "wake up"}:
            hits = [a for a in hits if a.label and (label in a.label or a.label in label)]
            filtered = True
        return hits, filtered

    async def query(self, u: Understanding, ctx: SkillContext) -> Outcome:
        alarms = await self._alarms(ctx)
        language = lang.pick(ctx.language)
        if not alarms:
            return Outcome(lang.t(language, "alarm_none"), action="alarm.query",
                           data={"alarms": []})
        hits, filtered = self._filter(u, ctx, alarms)
        if repeat_changes.asked(u.text, language):  # "il sonne le samedi aussi ?": the one
            # named, its days said
            hits = repeats.alarms_named(alarms, repeat_changes.without_days(u.text), ctx,
                                        language) or hits
        said = clean(u.text)
        # "what time is my next alarm?", "what's my latest alarm on Saturday?"
        hits = _soonest_or_last(hits, said, language)
        # "do I have an alarm set for Saturday? if not, …": whether there is one
        data = {"alarms": [a.to_dict() for a in hits], "answer": bool(hits)}
        listed = [describe(a, ctx) for a in hits]
        if not hits and language != "en":
            return Outcome(lang.t(language, "alarm_no_match", list=lang.join(
                [describe(a, ctx) for a in alarms], language)), action="alarm.query", data=data)
        if not hits:
            return Outcome(f"No alarms then. You have {len(alarms)} other "
                           f"{'alarm' if len(alarms) == 1 else 'alarms'}: "
                           f"{join_and([describe(a, ctx) for a in alarms])}.",
                           action="alarm.query", data=data)
        if len(hits) == 1:
            return Outcome(lang.t(language, "alarm_one", when=listed[0]),
                           action="alarm.query", data=data)
        return Outcome(lang.t(language, "alarm_many", n=len(hits),
                              list=lang.join(listed, language)),
                       action="alarm.query", data=data)

    async def _alarms_meant(self, u: Understanding, ctx: SkillContext) -> list[Alarm]:
        """The user's alarms, or only the one the answer to "which one?" picked."""
        return _meant_of(u, await self._alarms(ctx))

    async def remove(self, u: Understanding, ctx: SkillContext) -> Outcome:
        alarms = await self._alarms_meant(u, ctx)
        language = lang.pick(ctx.language)
        if not alarms:
            return Outcome(lang.t(language, "alarm_none"), action="alarm.remove")
        hits, filtered = self._filter(u, ctx, alarms)
        by_words = self._by_words(u, ctx)
        # "turn off the swimming alarm and the one tomorrow at 7:15": each by its words
        each = each_named(alarms, u.text, by_words) if language == "en" else []
        # "switch off all my alarms except the weekday one": the others
        each = each or (all_but(alarms, u.text, by_words) if language == "en" else [])
        if each:
            hits, filtered = each, True
        if filtered and not hits:
            return Outcome(lang.t(language, "alarm_no_match", list=lang.join(
                [describe(a, ctx) for a in alarms], language)), action="alarm.remove")
        if len(hits) > 1 and not each:  # "turn off my next alarm"
            hits = _soonest_or_last(hits, clean(u.text), language)
        if len(hits) > 1 and not wants_all(u.text) and not each:
            return _ask_which(hits, u, ctx, language)
        if len(hits) == 1:
            kept = _days_kept(hits[0], u.text)
            if kept:  # "Quita la alarma de las 6:30 los miércoles": those days off, not
                # the whole alarm
                return await _changed(ctx, language, hits[0].id,
                                      recurrence_rule=recurrence.Rule(kept).to_json())
        ids = [a.id for a in hits]
        await write_db(ctx, _delete_many, ids)
        if len(hits) == 1:
            speech = lang.t(language, "alarm_removed", when=describe(hits[0], ctx))
        elif len(hits) == len(alarms) and language == "en":
            speech = f"Okay, {all_of(len(hits), 'alarms')} are removed."
        else:
            speech = lang.t(language, "alarm_removed_many", n=len(hits))
        return Outcome(speech, action="alarm.remove",
                       data={"ids": ids, "alarms": [x.to_dict() for x in hits]})


    async def change(self, u: Understanding, ctx: SkillContext) -> Outcome:
        """An alarm moved to a new time ("move my 7:15 alarm to 7:45") or by a length of
        time ("push my weekday alarm back by fifteen minutes"); it keeps its days."""
        alarms = await self._alarms_meant(u, ctx)
        language = lang.pick(ctx.language)
        if not alarms:
            return Outcome(lang.t(language, "alarm_none"), action="alarm.change")
        repeat = repeat_changes.find(u.text, language)
        if repeat is not None and repeat.kind == "alarm":  # "take Friday off my weekday alarm"
            return await self._repeat(u, ctx, alarms, repeat, language)
        if language != "en":
            return await self._change_other(u, ctx, alarms, language)
        which, new_words = _change_parts(clean(u.text))
        answered = next((sl for sl in u.slots if sl.name == "time" and sl.raw
                         and clean(sl.raw) not in clean(u.text)), None)
        if answered is not None:  # the answer to "What time should I change it to?"
            which, new_words = _change_parts(clean(u.text))[0], f"to {answered.raw}"
        new_words = same_time.drop(new_words)  # "to Sunday, same time": the day alone
        new_words = re.sub(r"[\s,]+(?:instead|then|please|thanks)[\s.!?]*$", "", new_words,
                           flags=re.I)  # "to Sunday instead"
        hits, filtered = self._filter(u, ctx, alarms, which)
        if filtered and not hits:
            return Outcome(lang.t(language, "alarm_no_match", list=lang.join(
                [describe(a, ctx) for a in alarms], language)), action="alarm.change")
        if len(hits) > 1:
            hits = _soonest_or_last(hits, which, language)  # "shift my earliest alarm …"
        if len(hits) > 1:
            return _ask_which(hits, u, ctx, language)
        alarm = hits[0]
        at = _new_time(alarm.time_of_day, new_words, ctx)
        day = _new_day(u, new_words) if not alarm.recurrence else None
        if at is not None and day is not None:  # "to Sunday at 10": that day, that time
            return await _changed(ctx, language, alarm.id, time_of_day=at, on_day=day)
        if at is None and not alarm.recurrence:  # "move my swimming alarm to Sunday": that
            # day, its time kept
            day = normalize("date", re.sub(r"^\s*(?:to|for|on|until|till)\s+", "",
                                           new_words).strip(" .!?"), ctx.clock(), language)
            if isinstance(day, dict) and day.get("kind") == "date" and day.get("date"):
                return await _changed(ctx, language, alarm.id,
                                      on_day=date.fromisoformat(day["date"][:10]))
        if at is None:
            return Outcome(lang.t(language, "alarm_change_to"), action="alarm.change",
                           expect_followup=True, data={"missing": "time"})
        return await _changed(ctx, language, alarm.id, time_of_day=at)


    async def _repeat(self, u: Understanding, ctx: SkillContext, alarms: list[Alarm],
                      change: repeat_changes.RepeatChange, language: str) -> Outcome:
        """The alarm named made to repeat on other days (or no longer), and to a new clock
        time when one is said besides its own."""
        said = [g.days for g in change.groups if g.op == "set"]
        words = change.words_naming(u.text)
        hits = alarms if u.slot(ALARM_ID_SLOT) is not None else repeats.alarms_named(
            alarms, words, ctx, language, frozenset().union(*said) if said else None)
        if not hits:
            return Outcome(lang.t(language, "alarm_no_match", list=lang.join(
                [describe(a, ctx) for a in alarms], language)), action="alarm.change")
        if len(hits) > 1:
            return _ask_which(hits, u, ctx, language)
        alarm = hits[0]
        own_day = (alarm.next_fire or ctx.clock()).astimezone(ctx.tz).weekday()
        rule = repeats.rule_for(change, alarm.recurrence, own_day)
        at = repeats.new_clock(_sentence_naming(words), alarm.time_of_day, ctx, language)
        return await _changed(ctx, language, alarm.id, recurrence_rule=rule,
                              clear_recurrence=rule is None,
                              **({"time_of_day": at} if at is not None else {}))

    async def _change_other(self, u: Understanding, ctx: SkillContext, alarms: list[Alarm],
                            language: str) -> Outcome:
        """de/fr/es/it: the alarm named by its label, its kind ("Werktagswecker", "de los
        días laborables"), its time or its day, moved to the last time said ("Kannst ma den
        Wecker von morgen, den um viertel acht, auf dreiviertel acht umstellen?")."""
        found = alarm_hour(find_time_spans(u.text, ctx.clock(), language), u.text, ctx.clock(),
                           language)  # ("… auf sechs")
        spans = sorted((s for s in found if isinstance(s.value, dict)), key=lambda s: s.start or 0)
        low = u.text.lower().replace("’", "'")
        shifting = re.search(_SHIFT_WORDS, low) is not None
        lengths = [s for s in spans if s.value.get("kind") == "duration" and s.value.get("seconds")]
        if not lengths and shifting:
            # "zehn Minuten später" read as a time from now: the length in it
            for s in spans:  # (not "semana" of "los días de semana": a week)
                by = _BY_LENGTH.match(s.raw.lower())  # "décale-le d'une heure": by an hour
                if not re.search(_SHIFT_WORDS, s.raw.lower()) and by is None:
                    continue
                said = re.sub(_SHIFT_WORDS, " ", s.raw.lower()[by.end() if by else 0:])
                v = normalize("duration", said, ctx.clock(), language) if said.strip() else None
                if v is not None and v.get("kind") == "duration" and v.get("seconds"):
                    lengths.append(Slot("duration", s.raw, v, s.start, s.end))
        opened = [s for s in spans if (s.value.get("time") or s.value.get("kind") == "datetime")
                  and _after_to(u.text, s)
                  # southern German "a halbe Stund später": "a" is the article, no "to"
                  and all(n.start != s.start for n in lengths)]
        if lengths and shifting and not opened:
            # "eine Viertelstunde früher", "retrasar media hora": by so long (the last time
            # said names the alarm: "el despertador de mañana de las siete y cuarto")
            minutes = float(lengths[0].value["seconds"]) / 60
            minutes *= -1 if re.search(_EARLIER_WORDS, low) else 1
            named_by = [s for s in spans if all(s.start != n.start for n in lengths)]
            return await self._shift_other(u, ctx, alarms, language, named_by, minutes)
        timed = [s for s in spans if s.value.get("time") or s.value.get("kind") == "datetime"]
        # a one-off alarm moved to another day alone: "Sposta la sveglia del nuoto a domenica"
        timed = timed or [s for s in spans if s.value.get("kind") == "date"
                          and s.value.get("date")]
        if not timed:
            return Outcome(lang.t(language, "alarm_change_to"), action="alarm.change")
        # the new time: the last one said after "auf", "à", "a las", "alle" … ("Stell meinen
        # Werktagswecker auf sechs Uhr, ich muss ab jetzt früher raus"), else the last
        new = next((s for s in reversed(timed) if _after_to(u.text, s)), timed[-1])
        to_day = [s for s in spans if s.value.get("kind") == "date" and s.value.get("date")
                  and _after_to(u.text, s) and (s.start or 0) > (new.start or 0)]
        if to_day and not _after_to(u.text, new):  # "la sveglia delle 6:45 a venerdì": the
            new = to_day[-1]  # time names it, the day is where it goes
        named = [s for s in spans if s is not new or s.value.get("kind") == "recurrence"]
        # (not said after "a", "auf" …: "spostala a domenica alle nove e mezza" goes there)
        day_and_time = None if _after_to(u.text, new) else _day_then_time(new, ctx, language)
        if day_and_time is not None:  # "la sveglia di sabato alle nove e mezza": the day
            day, new = day_and_time  # names it, the time is the new one
            named.append(day)
        hits = alarms if u.slot(ALARM_ID_SLOT) is not None else \
            _named_alarms(alarms, u.text[:new.start or 0], named, ctx)
        if not hits:
            return Outcome(lang.t(language, "alarm_no_match", list=lang.join(
                [describe(a, ctx) for a in alarms], language)), action="alarm.change")
        if len(hits) > 1:
            return _ask_which(hits, u, ctx, language)
        alarm, v = hits[0], new.value
        if v.get("kind") == "date":
            if alarm.recurrence:  # a repeating alarm has no one day to move to
                return Outcome(lang.t(language, "alarm_change_to"), action="alarm.change")
            return await _changed(ctx, language, alarm.id,
                                  on_day=date.fromisoformat(v["date"][:10]))
        t = time.fromisoformat(v["time"]) if v.get("time") else \
            datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).time()
        if v.get("ambiguous"):
            old = alarm.time_of_day
            t = t.replace(hour=nearer_hour(t.hour, t.minute, old.hour, old.minute))
        if v.get("kind") == "datetime" and not v.get("relative") and not alarm.recurrence:
            # a one-off alarm to a day and a time ("… delle 6:45 a venerdì"): both
            day = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).date()
            return await _changed(ctx, language, alarm.id, time_of_day=t, on_day=day)
        return await _changed(ctx, language, alarm.id, time_of_day=t)

    async def _shift_other(self, u: Understanding, ctx: SkillContext, alarms: list[Alarm],
                           language: str, named: list[Any], minutes: float) -> Outcome:
        hits = alarms if u.slot(ALARM_ID_SLOT) is not None else \
            _named_alarms(alarms, u.text, named, ctx)
        if len(hits) != 1:
            return _ask_which(hits or alarms, u, ctx, language)
        return await _changed(ctx, language, hits[0].id,
                              time_of_day=_shifted(hits[0].time_of_day, minutes))


# the afternoon said in French or German
_AFTERNOON_SAID = re.compile(r"après-midi|aprem|du soir|ce soir|nachmittag|abends|am abend", re.I)


def _hour_as_said(u: Understanding, raw: str) -> bool:
    """Whether an alarm's hour is said with "heures" or "Uhr" and no afternoon (French,
    German): "à trois heures trente" is 3:30, as 3:30 PM is "quinze heures trente"."""
    return (u.language or "")[:2] in ("fr", "de") and re.search(
        r"\b(?:heures?|uhr)\b", raw or "") is not None and not _AFTERNOON_SAID.search(u.text)


# the afternoon or evening said ("four in the afternoon", "am Nachmittag", "de la tarde")
_LATE_SAID = re.compile(r"\b(?:afternoon|evening|night|pm|p\.m|nachmittags?|abends?|nachts?|"
                        r"après-midi|soir|nuit|tarde|noche|pomeriggio|sera|notte)\b")


def _meant_of(u: Understanding, alarms: list[Alarm]) -> list[Alarm]:
    """``alarms``, or only the one the answer to "which one?" picked."""
    picked = which_one.picked(u, ALARM_ID_SLOT, alarms)
    return alarms if picked is None else picked


def _ask_which(hits: list[Alarm], u: Understanding, ctx: SkillContext, language: str
               ) -> Outcome:
    """Which alarm: the answer ("the second one", "the Saturday one") picks one by id."""
    labels = [describe(a, ctx) for a in hits]
    return Outcome(lang.t(language, "alarm_which", choices=lang.join(labels, language, lang.OR)),
                   action="alarm.ask_which", expect_followup=True,
                   data={"choices": which_one.choices(labels, hits, ALARM_ID_SLOT, u.intent)})


def _new_day(u: Understanding, new_words: str) -> date | None:
    """The day a one-off alarm is moved to, said in ``new_words`` ("to Sunday at 10")."""
    said = clean(new_words)
    for sl in u.slots:
        v = sl.value if isinstance(sl.value, dict) else {}
        if sl.name == "date" and sl.raw and v.get("kind") == "date" and v.get("date") \
                and re.search(rf"\b{re.escape(clean(sl.raw))}\b", said):
            return date.fromisoformat(str(v["date"])[:10])
    return None


_ALARM_WORD = re.compile(r"\b(?:alarms?|\w*wecker\w*|réveils?|alarmas?|despertador\w*|"
                         r"sveglia|sveglie)\b", re.I)


def _sentence_naming(words: str) -> str:
    """Of several sentences, the one that names the alarm: a clock said in another is
    another request's ("…, also soll der 6:30-Wecker mittwochs nicht mehr klingeln. Und trag
    mir für Donnerstag um 18:30 den Lauftreff ein")."""
    parts = re.split(r"(?<=[.!?])\s+", words.strip())
    named = [p for p in parts if _ALARM_WORD.search(p)]
    return named[0] if len(parts) > 1 and len(named) == 1 else words


def _days_kept(alarm: Alarm, text: str) -> tuple[int, ...]:
    """The days a repeating ``alarm`` keeps when a removal ``text`` names some of its days
    as every week's ("my weekday alarm shouldn't go off on Wednesdays any more"); empty
    when the removal is of the whole alarm."""
    now_days = repeats.days_of(alarm.recurrence)
    off = repeat_changes.weekly_days(text)
    if not now_days or not off or not off < now_days:
        return ()
    return tuple(sorted(now_days - off))


async def _changed(ctx: SkillContext, language: str, alarm_id: int, **change: Any) -> Outcome:
    """The alarm changed as ``change`` says (``repo.update_alarm``'s keywords), told."""
    changed = await write_db(ctx, repo.update_alarm, alarm_id, now=ctx.clock(), **change)
    return Outcome(lang.t(language, "alarm_changed", when=describe(changed, ctx)),
                   action="alarm.change", data={"alarm": changed.to_dict()})


def _shifted(old: time, minutes: float) -> time:
    """``old`` moved by ``minutes`` (round midnight)."""
    return (datetime.combine(date(2000, 1, 2), old) + timedelta(minutes=minutes)).time()


def _day_then_time(span: Slot, ctx: SkillContext, language: str) -> tuple[Slot, Slot] | None:
    """A day and a time read as one ("sabato alle nove e mezza", "demain pour sept heures
    et demie") split in two at its "to" word: (the day, the time); None otherwise."""
    if span.value.get("kind") != "datetime" or span.value.get("relative"):
        return None
    inner = re.search(rf"\s(?:{_TO_OTHER})\s", span.raw.lower())
    if inner is None or not inner.start():
        return None
    start = span.start or 0
    day_said, time_said = span.raw[:inner.start()], span.raw[inner.start():].strip()
    day = normalize("date", day_said, ctx.clock(), language)
    at = normalize("time", time_said, ctx.clock(), language)
    if not isinstance(day, dict) or day.get("kind") != "date" or not isinstance(at, dict) \
            or not at.get("time"):
        return None
    return (Slot("date", day_said, day, start, start + inner.start()),
            Slot("time", time_said, at, start + inner.start() + 1, span.end))


def _after_to(text: str, span: Any) -> bool:
    """Whether a time span is said after "auf", "à", "a las", "alle" … (a new time)."""
    return bool(re.search(rf"(?:^|\s)(?:{_TO_OTHER})\s*$", text[:span.start or 0].lower())
                or re.match(rf"(?:{_TO_OTHER})\s", span.raw.lower()))


def _named_alarms(alarms: list[Alarm], words: str, named: list[Any],
                  ctx: SkillContext) -> list[Alarm]:
    """de/fr/es/it: the alarms named by their label, kind, time or day in ``words`` and the
    time spans ``named`` of them."""
    which = words.lower().replace("’", "'")
    hits = [a for a in alarms if a.label and any(
        begins_like(a.label, w) for w in re.findall(r"\w+", which))] or alarms
    if _WEEKDAYS_OTHER.search(which) or any(s.value.get("byday") == _WORKDAYS for s in named):
        hits = [a for a in hits if _is_kind(a, "weekday")]
    for s in named:
        v = s.value
        if v.get("kind") == "datetime" and not v.get("end"):
            # "den Wecker von morgen, den um viertel acht"
            at = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz)
            day = [a for a in hits if _on_days(a, at.date(), at.date(), ctx)]
            hits = [a for a in day if same_clock(a.time_of_day, at.time(),
                                                 bool(v.get("ambiguous")))] or day
        elif v.get("kind") == "time" and v.get("time"):
            hits = [a for a in hits if same_clock(a.time_of_day, time.fromisoformat(
                v["time"]), bool(v.get("ambiguous")))]
        elif v.get("kind") == "date" and v.get("date"):
            d = date.fromisoformat(v["date"][:10])
            day = [a for a in hits if _on_days(a, d, d, ctx)]
            hits = [a for a in day if not a.recurrence] or day  # "le réveil de demain"
    return hits


_WORKDAYS = ["MO", "TU", "WE", "TH", "FR"]
# a shift of an alarm, and which way: "eine Viertelstunde früher", "retrasar media hora"
_SHIFT_WORDS = (r"\b(?:früher|später|vorziehen|vorverlegen|plus tôt|plus tard|avanc\w*|recul\w*|"
                r"retard\w*|antes|más tarde|más temprano|più presto|adelant\w*|adelánt\w+|retras\w*|retrás\w+|atras\w*|atrás\w+|prima|più tardi|"
                r"dopo|anticip\w*|posticip\w*|ritard\w*|décal\w*|decal\w*|repouss\w*|"
                r"verschieb\w*|schieb\w*)\b")
# a length said with "by" before it: "d'une heure", "de 30 minutes", "um eine Stunde",
# "di un'ora" (not a clock: "à une heure")
_BY_LENGTH = re.compile(r"(?:d'|de |um |di |d')(?=.*\b(?:heures?|minutes?|stunden?|minuten?|"
                        r"or[ae]|minuti|quarts? d'heure|viertelstunde|mezz'ora|demi-heure)\b)")
_EARLIER_WORDS = (r"\b(?:früher|vorziehen|vorverlegen|plus tôt|avanc\w*|antes|más temprano|"
                  r"più presto|adelant\w*|adelánt\w+|prima|"
                  r"anticip\w*)\b")
_TO_OTHER = r"auf|à|a|au|al|alle|alla|all'|a las|a la|para|per|pour|plutôt à|plutôt"
_WEEKDAYS_OTHER = re.compile(r"werktag\w*|wochentag\w*|arbeitstag\w*|en semaine|"
                             r"jours? de (?:la )?semaine|de la semaine|ouvrables?|laborables|"
                             r"entre semana|"
                             r"d[ií]as de (?:la )?semana|feriali|lavorativi|unter der woche|"
                             r"(?:von )?montag bis freitag|du lundi au vendredi|"
                             r"de lunes a viernes|dal lunedi al venerdi|dal lunedì al venerdì")


# which alarm is meant, and what it becomes: "move my 7:15 alarm | to 7:45"
# (not the "to" of a clock said in words: "make the weekday alarm quarter to seven")
_CHANGE_TO = re.compile(r"\b(?:to|for|at|till|until|say|by|so it goes off at)\s+(?=\S)")
_LATER = re.compile(r"\b(?:later|back|delay)\b")
_EARLIER = re.compile(r"\b(?:earlier|sooner|forward|before)\b")
_ONE_OFF = re.compile(r"\bone[- ]?(?:off|time)\b")
# "one" meaning an alarm ("the one on Saturday", "the swimming one", "the 7:15 one"), not
# one o'clock ("the alarm at one")
# a day of the month with its month: "3 December", "the 3rd of december", "december 3rd"
_MONTHS = "|".join(MONTHS)
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
                           rf"|\b(?:{_MONTHS})\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b")
_THE_ONE = re.compile(r"(?<!\bat )(?<!\bfor )(?<!\bto )(?<!\bpast )(?<!\btill )(?<!\buntil )"
                      r"(?<!\bby )(?<!\bhalf )(?<!\bquarter )\bone\b(?![:.]?\d| o'clock)")
_KIND_SAID = re.compile(r"\b(weekday|weekend|daily|everyday|repeating|single)\b"
                        r"(?:\s+\w+)?\s+(?:alarm|one\b)|\b(?:every|each) (weekday|weekend|day)\b"
                        r"|\balarms?\b.*\b(repeat)(?:s|ing)?\b")


def _is_kind(alarm: Alarm, kind: str) -> bool:
    days = set(alarm.recurrence.get("byday") or []) if alarm.recurrence else set()
    daily = bool(alarm.recurrence) and alarm.recurrence.get("freq") == "daily"
    if kind == "weekday":
        return days == {"MO", "TU", "WE", "TH", "FR"}
    if kind == "weekend":
        return days == {"SA", "SU"}
    if kind in ("daily", "everyday", "day"):
        return daily
    if kind in ("repeating", "repeat"):
        return bool(alarm.recurrence)
    return not alarm.recurrence  # single, once


def _goes_off_on(alarm: Alarm, kind: str, ctx: SkillContext) -> bool:
    """Whether ``alarm`` goes off on a weekday / at the weekend in the coming week."""
    today = ctx.clock().astimezone(ctx.tz).date()
    wanted = range(5) if kind == "weekday" else range(5, 7)
    return any(_on_days(alarm, d, d, ctx) for d in
               (today + timedelta(days=i) for i in range(7)) if d.weekday() in wanted)


def _change_parts(said: str) -> tuple[str, str]:
    """(the words naming the alarm, the words saying its new time or shift)."""
    instead = re.search(r"\s*\binstead of\s+(.+)$", said)  # "… 6:15 instead of 6:30"
    old = f" {instead.group(1)}" if instead else ""
    said = said[:instead.start()] if instead else said
    m = re.search(r"\balarms?\b", said) or re.match(  # "change tomorrow's 7:15 to 7:20"
        r"\w+\s+(?:tomorrow's|today's|the|my)\s+\d{1,2}(?::\d\d)?(?:\s?(?:am|pm))?\b", said)
    if m is None:
        return said + old, said
    # (not "quarter to seven"); after "at"/"for"/"from" naming the alarm, the last "to":
    # "change the alarm at 7:15 tomorrow to 8", "… for tomorrow from quarter past seven to
    # ten to seven" (but the first "to" when it comes first: "… to 10:30, I don't have
    # class till noon")
    found = moves_to(said, m.end(), _CHANGE_TO)
    tos = [f for f in found if f.group().split()[0] in ("to", "till", "until")]
    to = found[0] if found and (not tos or found[0] is tos[0]) else (tos[-1] if tos else None)
    if to is None:  # "make my 7:15 alarm seven o'clock instead"
        return said[:m.end()] + old, said[m.end():]
    return said[:to.start()] + old, said[to.start():]


def _new_time(old: time, words: str, ctx: SkillContext) -> time | None:
    """The alarm's new time of day: a shift ("back by fifteen minutes", "half an hour
    later") or a time said; an hour without am/pm is the one nearer the old time."""
    shifted = find_value(words, "duration", ctx, ("duration",), must=_UNIT_WORDS)
    if shifted is not None and shifted[0].get("seconds") and (
            re.search(r"\bby\b", words) or _LATER.search(words) or _EARLIER.search(words)):
        minutes = float(shifted[0]["seconds"]) / 60 * (-1 if _EARLIER.search(words) else 1)
        return _shifted(old, minutes)
    found = find_value(words, "time", ctx, ("time",), must=_CLOCKISH)
    if found is None or not found[0].get("time"):
        return None
    t = time.fromisoformat(found[0]["time"])
    if found[0].get("ambiguous"):
        t = t.replace(hour=nearer_hour(t.hour, t.minute, old.hour, old.minute))
    return t


_UNIT_WORDS = re.compile(r"\b(?:minutes?|mins?|hours?|hrs?|half an hour|quarter of an hour)\b")


def _delete_many(db: Any, ids: list[int]) -> None:
    for i in ids:
        repo.delete(db, i)


def _on_days(alarm: Alarm, start: date, end: date, ctx: SkillContext) -> bool:
    rule = recurrence.parse(alarm.recurrence) if alarm.recurrence else None
    if rule is not None:
        return any(rule.fires_on(start + timedelta(days=i))
                   for i in range((end - start).days + 1))
    if alarm.next_fire is None:
        return False
    return start <= alarm.next_fire.astimezone(ctx.tz).date() <= end

