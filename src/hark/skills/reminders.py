"""Reminders: "remind me to call mum at 6 pm tomorrow", "remind me in 20 minutes to check
the oven", "remind me to put the bins out every Tuesday at 7 pm"; list, move, remove.

HWU64 has no reminder intents: reminders arrive as ``calendar_set`` / ``calendar_query``
/ ``calendar_remove`` and the calendar skill hands them here (:func:`is_reminder`).
They fire through the persistent scheduler as ``reminder-fired`` events.
"""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace
from datetime import date, datetime, time, timedelta
from typing import Any

from hark.errors import HarkError
from hark.nlu import repeat_changes
from hark.nlu.time_spans import find_time_spans, is_feast, known_word
from hark.skills import repeats, which_one
from hark.skills.base import SkillContext
from hark.skills.providers import lang
from hark.skills.providers.dates import (
    DAY_WORDS,
    NEXT_ONE,
    in_hours,
    nearer_hour,
    part_of_day_said,
    same_clock,
    say_date,
    several_days,
)
from hark.skills.providers.lang import say_time
from hark.skills.providers.slots import as_written, clean
from hark.skills.timers import (
    REPEAT_WORDS,
    all_of,
    each_named,
    find_value,
    read_db,
    say_rule,
    slot_text,
    slot_value,
    wants_all,
    write_db,
)
from hark.store import recurrence
from hark.store import reminders as repo
from hark.store.models import Reminder
from hark.text.en_words import WEEKDAYS
from hark.types import Outcome, Slot, Understanding

REMINDER_ID_SLOT = "reminder_id"  # the answer to "which reminder?" (:mod:`hark.skills.which_one`)
_REMIND = re.compile(r"\bremind(er|ers|ing|ed)?\b|\bdon'?t let me forget\b|\bnudge me\b|"
                     r"\bto remember\b|"
                     r"\btell me (on|at|in|to|tomorrow|tonight)\b|" + r"|".join(
                         rf"\b{w}\b" for w in (
                             "erinner(?:e|n|st|t)?", "erinnerung(?:en)?", "rappelle[sz]?", "rappelez",
                             "rappeler", "rappels?", "recu[ée]rda(?:me|nos)",
                             "recu[ée]rde(?:me|nos)", "recordame", "recordarme", "recuerdas",
                             "recordatorios?", "recordar", "ricorda(?:mi|temi)", "ricordarmi",
                             "ricordi", "ricordare",
                             "promemoria")))
# "erinnere mich an den Tee", "rappelle-moi d'appeler maman", "recuérdame comprar leche",
# "ricordami di chiamare la mamma": the words after the verb are what to remind about
_ASIDE_OTHER = r"(?:\s+(?:bitte|mal|doch|sie|por favor|per cortesia|per favore|"\
    r"s'il (?:te|vous) pla[iî]t|stp|svp|il|el|le|la|am|um|à|a)\b)*"
_OTHER_BODY = re.compile(
    r"\b(?:erinner(?:e|n|t)?\s+(?:sie\s+)?mich" + _ASIDE_OTHER
    + r"(?:\s+(?:daran|dran))?(?:\s+(?:an\b|dass(?:\s+ich(?=\s+\w+\s))?))?|"  # ("erinner mich
    # dran, …"; "…, dass ich das Vlies … leg": what to do, without "ich")
    r"(?:rappel(?:le[sz]?|ez)[\s-]*(?:moi|nous)|(?:me|nous)\s+rappel(?:er|les|lez|le))"
    + _ASIDE_OTHER + r"(?:\s+(?:de|d'|que)\b)?|"
    r"(?:recu[ée]rd[ae](?:me|nos)|recordame|recordarme|me\s+recuerdas|"
    r"me\s+(?:podría|podrías|puedes|puede)\s+recordar)" + _ASIDE_OTHER
    # (the "a las" its clock left: "recuérdame a las [8 de la mañana] que lleve …")
    + r"(?:\s+(?:a\s+)?las?(?=\s+(?:que|de)\s))?(?:\s+(?:que|de)\b)?|"
    r"(?:ricorda(?:mi|temi)|ricordarmi|mi\s+ricordi|"
    r"mi\s+(?:potrebbe|potresti|puoi|può)\s+ricordare)" + _ASIDE_OTHER
    + r"(?:\s+(?:di|che)\b)?|"
    # a reminder said as a thing: "pon un recordatorio el viernes … para llamar a Anna"
    # ("y ponme otro recordatorio a las cinco para comprar pan": another)
    r"(?:un|una|ein|eine|'ne|ne|une|un'|otro|otra|un altro|un'altra|noch eine|noch 'ne|noch ne|"
    r"un autre|une autre)\s+(?:recordatorio|promemoria|rappel|erinnerung)"
    r"(?:\s+(?:el|la|le|il|am|um|à|a|al|alle|mir|me|moi|mi))*"
    # (its German verb last: "kannst du mir eine Erinnerung machen, dass ich …")
    r"(?:\s+(?:machen|erstellen|anlegen|einrichten|stellen|setzen)\s*,?)?\s+(?:para|per|pour|zum|zur|für|"
    r"de|di|d'|que|che|dass)(?=\s|(?<='))|"
    # … and before a colon: "Mach mir eine Erinnerung: jeden Morgen … den Fiebersaft geben"
    r"(?:un|una|ein|eine|'ne|ne|une|un')\s+(?:recordatorio|promemoria|rappel|erinnerung)\s*:)\s*(.*)$")
# German with the verb last: "Kannst du mich morgen daran erinnern, die Mama anzurufen?",
# "… mich heute Abend ans Blumengießen erinnern?"
_VERB_LAST = re.compile(r"\bmich\b(?:.*?\b(?:an|ans|an den|an die|an das|an meinen|an meine)\s+"
                        r"(?P<before>.+?))?\s+(?:(?:daran|dran)\s+)?erinnern\b[\s,]*(?:dass\s+|,\s*)?"
                        r"(?P<after>.*)$")
_PART_HOURS = {"morning": 9, "afternoon": 14, "evening": 18, "tonight": 20, "night": 20,
               "noon": 12, "midday": 12, "lunchtime": 12}
_SWAP = {"my": "your", "me": "you", "i": "you", "i'm": "you're", "mine": "yours",
         "myself": "yourself", "am": "are"}
WHEN_KINDS = ("datetime", "time", "date", "date_range")


def is_reminder(text: str) -> bool:
    return bool(_REMIND.search(clean(text)))


def _what(body: str, u: Understanding) -> str:
    """What a reminder is of, said back with the word it was asked with: "about the tea",
    "that the plumber comes", else "to call your mum"."""
    linked = re.search(rf"\b(about|of|that)\s+{re.escape(clean(body))}", clean(u.text))
    word = {"of": "about"}.get(linked.group(1), linked.group(1)) if linked else "to"
    return f"{word} {second_person(body)}"


def second_person(text: str) -> str:
    """'call my mum' -> 'call your mum' (for the spoken answer)."""
    return " ".join(_SWAP.get(w, w) for w in text.split())


def find_when(u: Understanding, ctx: SkillContext,
              text: str | None = None) -> tuple[dict[str, Any] | None, str]:
    """The temporal value meant (and the words that said it): the longest temporal span
    of the words, else the ``time``/``date``/``timeofday`` slots combined."""
    said = text if text is not None else u.text
    found = find_value(said, "datetime", ctx, WHEN_KINDS)
    if found is not None and re.fullmatch(r"(?:an?\s+)?(?:week|month|year|day)s?", found[1].strip(),
                                          re.I):
        found = None  # ("I've been putting it off for a week now": how long, no day)
    first = _DAY_FIRST.search(said) if text is None else None
    if first is not None and found is not None and found[0].get("kind") in ("date", "datetime") \
            and first["day"].lower() not in found[1].lower() \
            and re.search(_DAY_WORDS, found[1], re.I):
        day = find_value(first["day"], "datetime", ctx, ("date",))
        if day is not None and found[0].get("kind") == "date":
            return day  # "remind me Thursday to text the parents about the minibus for
            # Saturday": the day said before what to do is when (the other is the task's)
        if day is not None:  # "… for Saturday at 9 pm": that clock, on the day said first
            at = datetime.fromisoformat(found[0]["datetime"]).astimezone(ctx.tz)
            on = datetime.combine(date.fromisoformat(day[0]["date"][:10]), at.time(), ctx.tz)
            clock = re.sub(rf"^(?:(?:for|on|this|next)\s+)?{_DAY_WORDS}\s*", "", found[1],
                           flags=re.I)
            return {**found[0], "datetime": on.isoformat()}, clock or found[1]
    if found is not None and text is None and is_feast(found[1], ctx.language) and any(
            s.name in ("date", "time") for s in u.slots):
        found = None  # "le spectacle de Noël …, c'est le jeudi 10": the feast names the
        # thing (:func:`hark.nlu.time_spans.find_time_spans` left it out), the day is said
    if found is not None and found[0].get("kind") == "datetime":
        return found
    if found is not None and found[0].get("kind") == "date" and found[0].get("date"):
        # a longer span read as the day alone ("the new year's eve party … 31st december
        # at 8pm"): the day with its clock time, said elsewhere in the words
        timed = find_value(said, "datetime", ctx, ("datetime",))
        if timed is not None and str(timed[0].get("datetime", ""))[:10] == found[0]["date"][:10]:
            return timed
    tv, dv = slot_value(u, "time", ctx), slot_value(u, "date", ctx)
    if text is None and tv is None and found is not None and found[0].get("kind") == "time":
        tv = found[0]  # "… vendredi, le créneau c'est de 8h à midi" (the range read apart,
        # its start said "à 8h"): the clock found in the words, on the day in the slots
    if text is None and tv is not None and tv.get("kind") == "time" and dv is not None \
            and dv.get("kind") == "date":
        clock = time.fromisoformat(tv["time"])
        if tv.get("ambiguous") and 19 <= clock.hour <= 23 and lang.pick(ctx.language) != "en" \
                and date.fromisoformat(dv["date"]) != ctx.clock().astimezone(ctx.tz).date():
            clock = clock.replace(hour=clock.hour - 12)  # "am Donnerstag …, der geht um neun
            # Uhr": the next nine from now is tonight's, but on another day it is the morning
        elif tv.get("ambiguous") and lang.pick(ctx.language) == "en" \
                and not _PART_SAID.search(clean(said)):  # ("When should I
            # remind you?" — "Friday, …, so about eleven": as a day and its clock said
            # together read, 7–11 the morning, 12–6 the afternoon)
            clock = _on_its_day(clock)
        at = datetime.combine(date.fromisoformat(dv["date"]), clock, tzinfo=ctx.tz)
        # ("the ten o'clock reminder tomorrow": either ten, as the clock was said)
        return {"kind": "datetime", "datetime": at.isoformat(),
                **({"ambiguous": True} if tv.get("ambiguous") else {})}, ""
    if found is not None:
        return found
    if text is None:
        for v in (tv, dv, slot_value(u, "timeofday", ctx)):
            if v is not None and v.get("kind") in WHEN_KINDS + ("time_range",):
                return v, ""
        return None, ""
    # words of their own ("alle 11", "um 11"): a clock time needs no date to be one
    return find_value(text, "time", ctx, ("time",)) or (None, "")


# a time gone by: "last month", "yesterday", "two weeks ago"
_PAST_SAID = re.compile(r"\blast (?:month|week|year|night|time)\b|\byesterday\b|\bago\b", re.I)
# a day said right after "remind me", before what to do
_DAY_WORDS = rf"\b(?:today|tomorrow|{WEEKDAYS})\b"
_DAY_FIRST = re.compile(rf"\bremind me\s+(?:on\s+|this\s+|next\s+)?(?P<day>{_DAY_WORDS}"
                        r"(?:\s+(?:morning|afternoon|evening|night))?)\s+(?:to|that|about)\b", re.I)
_CLOCK_SAID = re.compile(r"\b(?:at|by)\s+\S|\d\s?(?:am|pm|a\.m\.|p\.m\.)|o'clock|"
                         r"\b\d{1,2}:[0-5]\d\b|"
                         # a clock offered: "lunchtime... say 12.30", "in the evening, about 8"
                         r"\b(?:say|around|about|roughly|maybe|ish)\s+\d")
_LATE_PARTS = {"afternoon", "evening", "tonight", "night"}
def _on_its_day(clock: time) -> time:
    """An ambiguous English clock as a day and its clock said together read it
    (:func:`hark.nlu.normalize.times.on_day`): 7–11 the morning, 12–6 the afternoon."""
    return clock.replace(hour=clock.hour % 12 + (12 if clock.hour % 12 <= 6 else 0))


_PART_SAID = re.compile(r"\b(?:morning|afternoon|evening|night|tonight|am|pm|a\.m|p\.m|noon|"
                        r"midnight|lunchtime|teatime|after work)\b")


def with_clock(v: dict[str, Any] | None, span: str, u: Understanding,
                ctx: SkillContext) -> tuple[dict[str, Any] | None, str]:
    """A day said apart from its clock time, joined: "remind me on Friday to water the
    plants at 6pm", "remind me tonight to call grandma at 9". Also the clock's words."""
    if v is None or not span or ctx.language != "en":
        return v, ""
    part = v.get("part_of_day")
    if v.get("kind") == "date":
        day = date.fromisoformat(v["date"][:10])
    elif v.get("kind") == "datetime" and part:
        day = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).date()
    else:
        return v, ""
    clock = find_value(without(clean(u.text), span), "time", ctx, ("time",), must=_CLOCK_SAID)
    if clock is None:
        return v, ""
    at = time.fromisoformat(clock[0]["time"])
    if part in ("tonight", "night") and (at.hour < 6 or at.hour == 12) and not re.search(
            r"\d\s*p\.?m\b", clean(u.text)):  # "at 2 tonight", "at 12 tonight": after midnight
        day, at = day + timedelta(days=1), at.replace(hour=at.hour % 12)
    elif part in _LATE_PARTS and at.hour < 12:
        at = at.replace(hour=at.hour + 12)
    elif part == "morning" and at.hour >= 12:
        at = at.replace(hour=at.hour - 12)
    elif part is None and clock[0].get("ambiguous") and not _PART_SAID.search(clean(u.text)):
        # "… at three …, on the 1st of December": as the day and its clock said together
        # read, 7–11 the morning, 12–6 the afternoon (a part of the day said anywhere, "at
        # nine in the evening, no, half eight", "at 10 at night", is left to the clock)
        at = _on_its_day(at)
    joined = datetime.combine(day, at, tzinfo=ctx.tz)
    return {"kind": "datetime", "datetime": joined.isoformat()}, clock[1]


def due_from(v: dict[str, Any] | None, ctx: SkillContext,
             default_hour: int = 9) -> tuple[datetime | None, bool]:
    """An aware datetime for a temporal value, and whether a time of day was said."""
    if v is None:
        return None, False
    kind = v.get("kind")
    tz = ctx.tz
    if kind in ("datetime", "time") and v.get("datetime"):
        dt = datetime.fromisoformat(v["datetime"]).astimezone(tz)
        part = v.get("part_of_day")
        if part in _PART_HOURS:
            dt = dt.replace(hour=_PART_HOURS[part], minute=0)
        return dt, True
    if kind in ("date", "date_range"):
        day = date.fromisoformat((v.get("date") or v.get("start"))[:10])
        return datetime.combine(day, time(default_hour), tzinfo=tz), False
    if kind == "time_range" and v.get("part_of_day") in _PART_HOURS:
        now = ctx.clock()
        at = now.replace(hour=_PART_HOURS[v["part_of_day"]], minute=0, second=0, microsecond=0)
        return (at if at > now else at + timedelta(days=1)), True
    return None, False


def upcoming(at: datetime | None, words: str, ctx: SkillContext) -> datetime | None:
    """A day named by its weekday on that day, at a time already past, is next week's:
    "on Monday at 9" said on a Monday evening."""
    now = ctx.clock()
    if at is not None and at <= now and at.astimezone(ctx.tz).date() == now.date() \
            and lang.names_weekday(words, ctx.language, now):
        return at + timedelta(days=7)
    return at


def say_when(at: datetime, ctx: SkillContext, *, with_time: bool = True) -> str:
    """'at 6 PM tomorrow', 'tomorrow', 'at 3 PM on Monday'; in other languages the day
    first: 'morgen um 18:00 Uhr'."""
    local = at.astimezone(ctx.tz)
    language = lang.pick(ctx.language)
    if language != "en":
        day = lang.say_day(local.date(), ctx.clock().date(), language)
        return f"{day} {lang.say_at(local, language)}" if with_time else day
    day = say_date(local.date(), ctx.clock().date())
    if not with_time:
        return day
    return f"at {say_time(local)} {day}"


_EVENING = re.compile(r"\b(?:evenings?|nights?|nightly|tonight|pm|p m|dinner|tea|bed|"
                      r"bedtime|supper)\b")
# a repeat said to start later ("every Monday from next week", "starting the 10th"; not
# "the day after" ending what to remind of: "… la schiscetta per il giorno dopo")
_STARTING = re.compile(r"(?<!\bday )(?<!\bgiorno )(?<!\bjour )(?<!\bdía )(?<!\bdia )"
                       r"\b(?:from|starting|beginning|after|ab|à partir|a partir|desde|dès|"
                       r"a partire|dal|dalla|dopo)\b(?!\s*(?:[.,;!?]|$))")



async def store(body: str, due: datetime, rule: dict[str, Any] | None,
                ctx: SkillContext) -> Reminder | Outcome:
    """Writes one reminder, or returns what to say instead: a one-off already past asks
    for the time again; a store error is said."""
    language = lang.pick(ctx.language)
    now = ctx.clock()
    if due <= now and rule is None:
        return Outcome(lang.t(language, "rem_past"), action="reminder.ask_time",
                       expect_followup=True, data={"missing": "time", "text": body})
    try:
        return await write_db(ctx, repo.create, text=body, due=due, user=ctx.user_id,
                              recurrence_rule=rule, tz=ctx.tz.key, now=now, language=language)
    except HarkError as e:
        return Outcome(lang.say_error(e, ctx.language), action="reminder.failed")


def _first_on_days(rule: dict[str, Any], u: Understanding, ctx: SkillContext) -> datetime | None:
    """The first time to come on one of the ``rule``'s days at the clock time said, or
    None."""
    # (the clock as the repeat said it: "a las diez" is ten, not the next ten o'clock)
    at = find_value(u.text, "general_frequency", ctx, ("recurrence",))
    answered = _answered(u)
    if (at is None or not at[0].get("time")) and answered is not None:
        at = (answered, "")  # "every Sunday at 10am", said in the answer
    if at is None or not at[0].get("time"):
        at = find_value(u.text, "time", ctx, ("time",))
    if at is None or not at[0].get("time"):
        return None
    return recurrence.next_occurrence(rule, time.fromisoformat(at[0]["time"]), ctx.tz,
                                      ctx.clock())


# a question naming a reminder one has, with no word asking for one: what is asked about
_ASKED_ABOUT = re.compile(r"^\W*(?:the|that|my|le|ce|mon|der|die|meine|el|mi|ese|il|lo|quel|"
                          r"mio)\s+(?:reminder|rappel|erinnerung|recordatorio|promemoria)\b"
                          r"[^?]*\?\s*$", re.I)
_MAKING = re.compile(r"\b(?:remind|set|add|put|make|create|can you|could you|would you|please|"
                     r"erinner\w*|stell\w*|mach\w*|setz\w*|trag\w*|kannst|könntest|bitte|"
                     r"rappelle|rappelez|mets|mettre|ajoute\w*|crée\w*|peux|pourrais|pouvez|"
                     r"fais|faire|recu[eé]rd\w*|recorda\w*|pon\w*|añad\w*|crea\w*|puedes|"
                     r"podr[ií]as|haz|ricorda\w*|metti\w*|aggiung\w*|puoi|potresti|fai|"
                     r"move|change|d[ée]cal\w*|d[ée]place\w*|verschieb\w*|cambi\w*|mueve|"
                     r"sposta\w*)\b")
# a second clock time said after the first: "at 8am and 8pm", "um 8 und um 20 Uhr", "à 9
# heures et à 21 heures", "a las ocho y a las ocho de la noche", "alle sette e mezza e
# alle diciannove e trenta"
_AND_AT = re.compile(r"\s*,?\s*(?:and|und|et|y|e)\s+(?:(?:another|one|un autre|uno|una|otro|"
                     r"noch einen?|eine?n?)\s+)?(?:(?:again\s+)?(?:at|um|à|a las|a la|a|alle|"
                     r"all')\s+)?", re.I)  # ("y a | las 20": the time read from "las")
_ALSO_AT = {"en": "And {at} too.", "de": "Und {at} auch.", "fr": "Et {at} aussi.",
            "es": "Y {at} también.", "it": "E {at} anche."}


def _clock_of(v: Any) -> time | None:
    if not isinstance(v, dict) or v.get("relative") or v.get("end"):
        return None
    if v.get("kind") in ("time", "recurrence") and v.get("time"):
        return time.fromisoformat(v["time"])
    return None


def _second_clock(u: Understanding, ctx: SkillContext) -> tuple[time, str] | None:
    """A second clock time said right after the first, joined by "and" (the time, and the
    words that said it with their "and"); None for one. ("a las 9 y a las 21": the bare
    nine was read as this evening's, the same as the second; it is the morning's)"""
    spans = find_time_spans(u.text, ctx.clock(), lang.pick(ctx.language))
    for first, second in zip(spans, spans[1:], strict=False):
        t1, t2 = _clock_of(first.value), _clock_of(second.value)
        if t1 is not None and t2 is not None and (t1 != t2 or first.value.get("ambiguous")) \
                and _AND_AT.fullmatch(u.text[first.end:second.start]):
            return t2, u.text[first.end:second.end]
    return None


def _without_words(u: Understanding, words: str) -> Understanding:
    """``u`` with ``words`` taken out of its text and of its slots' words (each slot they
    were in read again from what is left)."""
    def cut(said: str) -> str:
        return " ".join(said.replace(words, " ").split())

    slots = [s if words not in (s.raw or "") else Slot(s.name, cut(s.raw), None)
             for s in u.slots]
    return dc_replace(u, text=cut(u.text), slots=[s for s in slots if s.raw])


def _at_clock_too(due: datetime, at: time, rule: dict[str, Any] | None,
                  ctx: SkillContext) -> datetime:
    """When the reminder said at a second clock time is first due: on the rule's days, or
    the first one's day (the day after when that time has gone by)."""
    if rule is not None:
        return recurrence.next_occurrence(rule, at, ctx.tz, ctx.clock())
    local = due.astimezone(ctx.tz)
    when = recurrence.local_occurrence(local.date(), at, ctx.tz)
    return when if when > ctx.clock() else recurrence.local_occurrence(
        local.date() + timedelta(days=1), at, ctx.tz)


# "every" said before the days the repeat was read from
_EVERY_BEFORE = re.compile(r"\b(?:todos los|todas las|tous les|toutes les|tutti i|tutte le|"
                           r"jeden|jede|every|each|cada|ogni)\s+$", re.I)


def _answered(u: Understanding) -> dict[str, Any] | None:
    """A repeat said in the answer to "when should I remind you?" ("Ten o'clock at night,
    every night"): a slot whose words are not in the request's own text."""
    s = u.slot("general_frequency")
    if s is None or not isinstance(s.value, dict) or s.value.get("kind") != "recurrence" \
            or not s.raw or clean(s.raw) in clean(u.text):
        return None
    return s.value


def _habitual(u: Understanding, ctx: SkillContext) -> tuple[dict[str, Any] | None, str]:
    """Weekdays said as every week's ("il martedì e il venerdì", "les mardis pis les
    jeudis", "lunes, miércoles y viernes"), in the request or in the answer to "when?"."""
    language = lang.pick(ctx.language)
    found = repeat_changes.habitual_said(u.text, language)
    if found is None:
        said = " ".join(s.raw for s in u.slots if s.raw and clean(s.raw) not in clean(u.text))
        days = repeat_changes.habitual(said, language) if said else None
        found = (days, "") if days else None
    if found is None:
        return None, ""
    return recurrence.Rule(tuple(sorted(found[0]))).to_json(), found[1]


def _recurrence(u: Understanding, ctx: SkillContext) -> tuple[dict[str, Any] | None, str]:
    answered = _answered(u)
    if not REPEAT_WORDS.search(clean(u.text)) and answered is None:
        return _habitual(u, ctx)
    found = find_value(u.text, "general_frequency", ctx, ("recurrence",), must=REPEAT_WORDS) \
        if answered is None else (answered, "")
    if found is None:
        return _habitual(u, ctx)
    v, span = found
    at = u.text.find(span) if span else -1
    every = _EVERY_BEFORE.search(u.text, 0, at) if at > 0 else None
    if every is not None:  # "todos los [domingos a las diez]": the words of the repeat too
        span = u.text[every.start():at + len(span)]
    if v.get("freq") == "daily" and v.get("interval") in (None, 1):
        if repeats.names_workdays(u.text):  # "chaque matin de semaine"
            return {"freq": "weekly", "byday": ["MO", "TU", "WE", "TH", "FR"]}, span
        return {"freq": "daily"}, span
    if v.get("freq") == "weekly" and v.get("byday") and v.get("interval") in (None, 1) \
            and all(len(d) == 2 for d in v["byday"]):
        return {"freq": "weekly", "byday": list(v["byday"])}, span
    return None, span


# the small hours said: "remind me at 2 tonight", "at 3 in the night", "on my night shift"
_SMALL_HOURS = re.compile(r"\b(?:tonight|night|nights|midnight|overnight|in the morning|"
                          r"the small hours|early hours|shift|a\.?m\.?)\b|\d\s*am\b", re.I)


# what a removed time phrase leaves at the end: "comprar leche el [viernes]"
# a time begun and not said: "… tomorrow at, um...", "… morgen um, äh …", "… demain à …"
_TRAILED_OFF = re.compile(r"(?:^|\s)(?:at|around|about|by|um|gegen|à|vers|a las|alle|verso)"
                          r"(?:[\s,.…]+(?:um+|uh+|er+|erm|hmm*|äh+m?|öh+|euh+|eh+|ehm))*"
                          r"[\s,.…]*$", re.I)


# "at" left before a comma or another preposition when the time after it was taken out
_STRANDED_AT = re.compile(r"\s+at(?=\s*,|\s+(?:on|in|before|after|for|by|during|while|when|"
                          r"so|because)\b)", re.I)


_TRAILING = re.compile(r"(?:\s+(?:el|la|los|las|le|les|l'|am|um|an|ab|bis|de|d'|à|a|au|"
                       r"en|para|per|di|del|della|alle|il|lo|für|zum|zur|pour|vers))+$")


# a courtesy said after what to remind about: "…, s'il vous plaît", "…, bitte"
_COURTESY_AFTER = re.compile(r"[\s,]+(?:s'il (?:te|vous) pla[iî]t|stp|svp|bitte(?: schön)?|"
                             r"por favor|porfa|per favore|per piacere|per cortesia|grazie|danke|"
                             r"merci|gracias)[\s.!?]*$", re.I)


_WHEN_FILLERS = {"at", "on", "in", "by", "around", "the", "this", "next", "of", "and", "a"}


def _after_when(body: str) -> str:
    """The time said before what to do: "at 9 to take the bins out", "at to go running"
    (the time words already taken out) -> "take the bins out"."""
    m = re.match(r"^(.*?)\s*\b(?:to|about|that)\s+(.+)$", body)
    if m is None or not m.group(1):
        return body
    words = m.group(1).split()
    if all(
            w in _WHEN_FILLERS or re.fullmatch(r"\d{1,2}(?:[:.]\d{2})?", w)
            or known_word(w, "en") for w in words):
        return m.group(2)
    return body


# what to do said first, the asking after it: "…, can you remind me (about it)?"
_ASKED_LAST = re.compile(r"^(.+?)\s+(?:(?:so\s+|and\s+)?(?:can|could|would|will)\s+you\s+"
                         r"(?:please\s+)?|please\s+)?remind\s+me(?:\s+(?:about|of)\s+"
                         r"(?:it|that|this))?(?:\s+(?:please|at|on|in|by|for|this|next))*$")
_NEED = re.compile(r"^(?:i\s+(?:need|have|want|ought)\s+to|i've\s+got\s+to|i\s+got\s+to|"
                   r"i\s+must|i\s+should|i'm\s+supposed\s+to|don't\s+let\s+me\s+forget\s+to)"
                   r"\s+")


_ASIDE = re.compile(r",\s*(?:during|while|as|because|since|cos|when)\b[^,]*,(?=\s*to\s)", re.I)
# why, said last after a comma: "…, it's meant to go down to minus three", "…, because
# the shop shuts at 5" (not what to be reminded of)
_WHY_LAST = re.compile(r",\s*(?:because|since|cos|'cause|it's|it is|they're|they are|"
                       r"the forecast)\s+(?:(?<=because )|(?<=since )|(?<=cos )|(?<=cause )|"
                       r"(?<=forecast )|(?:meant|supposed|going|forecast|due|gonna|set)\b)"
                       r"[^,.!?]*[.!?]*$", re.I)


# a fact told last after a comma, its own subject and verb: "…, the bookings open at 6",
# "…, the printer shuts at noon", "…, she's back on Friday" (why, not what to be reminded of)
_TOLD_LAST = re.compile(
    r",\s*(?:(?:the|my|our|his|her|their)\s+(?:\w+\s+){0,2}?\w+|it|they|he|she|we|i|that|there|"
    r"(?:some|all|most|none|one|both|half|a few) of (?:them|us|the \w+))"
    r"(?:'s|'re|'ll|'ve|'d|(?:\s+(?:still|just|already|only))?\s+(?:is|are|was|were|will|won't|"
    r"can't|doesn't|don't|didn't|haven't|hasn't|isn't|aren't|owes?|has|have|had|always|never|"
    r"usually|opens?|closes?|shuts?|starts?|finish(?:es)?|ends?|gets?|goes|go|comes?|needs?|"
    r"wants?|leaves?|arrives?))\b[^,.!?]*[.!?]*$", re.I)
# a name told as the subject: "…, Priya wants them by Friday", "…, Dave's off on Friday"
_NAMED_LAST = re.compile(
    r",\s*[A-Z][a-z]+(?:'s|\s+(?:is|was|will|won't|can't|doesn't|didn't|hasn't|isn't|has|had|"
    r"always|never|usually|still|just|already|wants?|needs?|owes?|said|says|asked|leaves?|"
    r"gets?|goes|comes?))\b[^,.!?]*[.!?]*$")


def _told_off(text: str) -> str:
    """``text`` without a fact told last after what to be reminded of (not the request
    itself: "Please, I want you to be reminding me to …")."""
    for told in (_TOLD_LAST, _NAMED_LAST):
        m = told.search(text)
        if m is not None and _ASKED.search(text[:m.start()]) and not _ASKED.search(m.group()):
            text = text[:m.start()]
    return text


_ASKED = re.compile(r"\b(?:remind|reminder|nudge|heads[- ]up)\b", re.I)


def without(text: str, span: str) -> str:
    """Cleaned ``text`` without the words of ``span`` (a time said in it)."""
    if not span:
        return text
    return " ".join(re.sub(rf"(^|\s){re.escape(clean(span))}(\s|$)", " ", text).split())


# what to be reminded of after a colon, the request before it: "… ogni lunedì e venerdì
# alle otto di mattina: cambiare gli asciugamani"
_AFTER_COLON = re.compile(
    r"^(?=[^:]*\b(?:remind|reminder|promemoria|ricordami|ricordamelo|recordatorio|recuérdame|"
    r"rappel|rappelle|erinnerung|erinnere|erinner)\w*\b)[^:]{3,}:\s*(?P<what>(?:[^\W\d]|\s)"
    r"[^:]{2,})$", re.I)


# a reminder asked for with nothing to remind of yet: "can you set a reminder?", "I need a
# reminder"
_A_REMINDER_ALONE = re.compile(r"^\W*(?:(?:so|ok|okay|right|hey|um|er)\W+)*(?:(?:can|could|would|will)"
                               r"\s+you\s+)?(?:please\s+)?(?:(?:set|make|create|add|put in|give|"
                               r"do|start)(?:\s+(?:me|us))?(?:\s+up)?|i\s+(?:need|want|would like)|"
                               r"i'd\s+like)\s+(?:a|another|a new)\s+reminders?\W*$", re.I)


def reminder_text(u: Understanding, spans: list[str], first: str = "") -> str:
    """What to remind about: the words after "remind me (to|about|that)", without the
    time words (``first``, then the longest first) and an aside between commas ("…,
    during my shift tonight, to check …")."""
    colon = _AFTER_COLON.match(u.text)
    if colon is not None:  # "mettimene un promemoria ogni lunedì …: cambiare gli asciugamani"
        what = clean(colon["what"])
        for span in sorted((clean(s) for s in spans if s), key=len, reverse=True):
            what = without(what, span)  # "Neue Erinnerung: morgen um acht Fotos machen"
        return as_written(u.text, what.strip(" ,.!?"))
    text = clean(_ASIDE.sub(" ", _told_off(_WHY_LAST.sub("", u.text))))
    if first:  # (the repeat: "il martedì e il venerdì" holds the day read as the date,
        # "venerdì alle otto di sera": what is left of that is the clock)
        text = without(text, clean(first))
        spans = [next((tail for i in range(len(s.split())) if (tail := " ".join(
            clean(s).split()[i:])) in text), s) for s in spans if s]
    for span in sorted((clean(s) for s in spans if s), key=len, reverse=True):
        text = without(text, span)
    text = _STRANDED_AT.sub("", text)  # "collect Grandma at [10 am on Saturday], on the way"
    last = _VERB_LAST.search(text)
    if last and (last["after"].strip(" ,.?!") or last["before"]):
        body = last["after"].strip(" ,.?!") or last["before"]
        return as_written(u.text, _TRAILING.sub("", body.strip(" ,")))
    other = _OTHER_BODY.search(text)
    if other:
        body = _TRAILING.sub("", _COURTESY_AFTER.sub("", other.group(1).strip(" ,.!?")))
        if not body:  # asked last: "Morgen … muss ich die Mülltonne rausstellen, erinner mich"
            body = text[:other.start()].strip(" ,.!?")
        return as_written(u.text, body)  # "den Tee", not "den tee"
    first = _ASKED_LAST.match(text)
    if first:  # "i need to return my library books on thursday, can you remind me"
        text = _NEED.sub("", re.sub(r"^(?:so|and)?\s*(?:(?:can|could|would|will)\s+you)?"
                                    r"(?:\s*please)?$", "", first.group(1)))
    m = None if first else re.search(
        r"\b(?:remind(?:er)?s?|forget|nudge)\b:?(?:\s+me)?(?:\s+(?:to|about|of|that|for))?"
        r"\s+(.*)$", text)
    body = m.group(1) if m else "" if _A_REMINDER_ALONE.match(text) else text
    # "remind me" alone; "remind me on [sunday at 6pm]"
    body = "" if body.strip(" ,.") in {"me", "us", "", "on", "at", "in", "for", "by", "please",
                                       "for me", "for me please"} else body
    body = re.sub(r"^(set|create|add|make|put|pop|stick)\s+(a\s+)?reminder\s+(?:in\s+)?"
                  r"(to|about|for|of)?\s*", "", body)
    body = re.sub(r"^in\s+for\s+(?=to\s)", "", body)  # "put a reminder in for [Friday] to …"
    body = re.sub(r"^(?:please|to|about|that|of)\s+", "", body)
    body = re.sub(r"^(?:me|us)\s+to\s+", "", body)  # "a reminder for me to take …"
    body = re.sub(r"(?:\s+at)?\s+(?:thank you|thanks|cheers)(?:\s+(?:kindly|very much|so much))?"
                  r"[\s.!]*$", "", body)  # "… at eight each weekday morning. Thank you kindly."
    body = re.sub(r"\s+so\s+(?:that\s+)?(?:i|we)\s+(?:don't|do not|won't|can|remember|have|am)\b.*$",
                  "", body)  # "… so I don't forget": why, not what
    # (and an article the day's words left: "… to the university the [10 of December]")
    # (one word that led the time: "put the roast in [at 6]" keeps its "in")
    # (but an "on" or "in" the user ended on is a particle: "… to turn the water back on")
    said_last = re.search(r"\b(?:turn|switch|put|hand|log|plug|check|pop|drop|bring|fill|send|"
                          r"sign|clock|pay|keep|leave|back|water|heating|oven)\b(?:\s+\S+){0,4}"
                          r"\s(?:on|in)$", body.strip()) and re.search(
        r"\b" + re.escape(" ".join(body.split()[-3:])) + r"[\s.!?]*$", clean(u.text))
    body = body.strip() if said_last else re.sub(
        r"(?:\s+(?:please|every|each|this|next|the))*(?:\s+(?:on|at|in|by|for))?"
        r"(?:\s+(?:please|every|each|this|next|the))*$", "", _TRAILED_OFF.sub(
            "", body.strip()) if _TRAILED_OFF.search(u.text) else body.strip())
    # (a time begun and not said: "… on Friday at, um...")
    body = _after_when(body)
    if u.language in (None, "en"):  # ("set one reminder for [fifteen minutes] after that
        body = re.sub(r"^to\s+(?=\w)", "", body)  # to answer …": what is left after its time)
    if not body:
        event = " ".join(slot_text(u, "person", "event_name").split())
        body = event
    return as_written(u.text, body.strip())  # "post the Christmas cards", "phone Declan"


def _describe(r: Reminder, ctx: SkillContext) -> str:
    if lang.pick(ctx.language) != "en":  # "den Tee morgen um 8:15 Uhr"
        return f"{r.text} {say_when(r.due, ctx)}"
    rule = say_rule(r.recurrence)
    local = r.due.astimezone(ctx.tz)
    when = f"at {say_time(local)} {rule}" if rule else say_when(r.due, ctx)
    return f"{second_person(r.text)} {when}"


def _said(r: Reminder, language: str) -> str:
    """The reminder's words as said back: "call your mum"; in other languages as set."""
    return second_person(r.text) if language == "en" else r.text


def _stems(text: str) -> set[str]:
    # "the call-the-dentist reminder": hyphenated words are words; "ring" is "call"
    # "mark 'call the dentist' as done": quotes are no part of a word
    words = {_SAME_WORD.get(w, w) for w in (w.strip("'").removesuffix("'s").rstrip("s")
                                            for w in re.split(r"[^\w']+", clean(text)))
             if len(w) > 2}
    return words | {f for w in words for f in _without_ing(w)}


def _without_ing(word: str) -> tuple[str, ...]:
    """ "calling" -> ("call", "calle"), "taking" -> ("tak", "take"), "putting" -> ("put",
    "pute"): the verb said as "-ing" ("when am I meant to be calling the dentist?")."""
    if not word.endswith("ing") or len(word) <= 5:
        return ()
    base = word[:-3]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        base = base[:-1]
    return _SAME_WORD.get(base, base), base + "e"


_SAME_WORD = {"ring": "call", "rang": "call", "rung": "call", "phone": "call",
              "telephone": "call", "called": "call", "bought": "buy"}


_SMALL = {"the", "and", "for", "out", "you", "your", "with", "from", "that", "thi"}


def _said_fully(rows: list[Reminder], text: str) -> bool:
    """Whether every word (two or more) of one of ``rows`` is said in ``text``."""
    said = _stems(text)
    return any(len(own) >= 2 and own <= said for own in (_stems(r.text) - _SMALL for r in rows))


# "the dentist reminder", "my bins reminder": a reminder named by what it is about
_NAMED_REMINDER = re.compile(r"\b(?:the|my|that)\s+((?:[a-z'-]+\s+){1,3}?)reminder\b")
# words before "reminder" that do not name what it is about
_NOT_A_NAME = {"next", "last", "first", "new", "other", "old", "only", "one", "earlier", "later",
               "today", "tomorrow", "tonight", "morning", "evening", "afternoon", "week",
               "weekly", "daily", "monday", "tuesday", "wednesday", "thursday", "friday",
               "saturday", "sunday", "s", "today's", "tomorrow's", "this", "that", "same"}
_NOT_A_NAME_STEMS = _NOT_A_NAME | _stems(" ".join(_NOT_A_NAME))


def _match(rows: list[Reminder], words: str) -> list[Reminder]:
    """The reminders whose words are said most; all of them when none of their words is
    said ("move my Thursday reminder", "push the reminder back")."""
    # "the reminder called the reminder": "called" names it, it is no "call" of its own
    words = re.sub(r"\b(reminders?|ones?)\s+(?:called|named|titled|labell?ed)\b", r"\1", words,
                   flags=re.I)
    keys = _stems(words) - {
        "remind", "reminder", "the", "my", "and", "all", "about", "delete", "remove",
        "cancel", "move", "reschedule", "change", "please", "set", "for", "out", "you",
        "your", "with", "from", "that", "this", "are", "was", "have", "got", "any", "what",
        "when", "week", "day", "time", "morning", "evening", "afternoon", "tonight"} - \
        _LITTLE_WORDS_OTHER
    have = set().union(*(_stems(r.text) for r in rows)) if rows else set()
    keys |= _compound_heads(keys - have, have)
    keys |= {kin for k in keys - have for kin in _KIN.get(k, ())}  # "the trash reminder"  # "die Karte": the "Geburtstagskarte" one
    named = _NAMED_REMINDER.search(words.lower())
    said = _stems(named.group(1)) - _NOT_A_NAME_STEMS if named else set()
    said |= {kin for k in said for kin in _KIN.get(k, ())}
    if said and not (said & have):
        return []  # "move the dentist reminder" with no reminder about a dentist: none
    keys &= have
    if not keys:
        return rows
    scored = [(len(keys & _stems(r.text)), r) for r in rows]
    best = max((s for s, _ in scored), default=0)
    return [r for s, r in scored if s and s == best]



# words for the same thing in other Englishes: the bins are the trash, garbage or rubbish
_KIN = {w: ("bin",) for w in ("trash", "garbage", "rubbish", "refuse", "dustbin")}


def _compound_heads(keys: set[str], have: set[str]) -> set[str]:
    """The words of ``have`` that end in one of ``keys`` (four letters or more) after three
    of their own: a German compound said by its last part ("die Karte" of
    "Geburtstagskarte kaufen", "den Saft" of "Hustensaft")."""
    return {h for h in have for k in keys if len(k) >= 4 and len(h) - len(k) >= 3
            and h.endswith(k)}


# words that name no reminder in German, French, Spanish and Italian ("le rappel pour les
# poubelles" is not the one "pour Sam")
_LITTLE_WORDS_OTHER = _stems(
    "für die der das den dem des mit von vom zum zur und ein eine pour les le la des de du "
    "une un avec et para los las el del con una uno per il lo gli della dei di al alla")


def _on_day_said(rows: list[Reminder], words: str, ctx: SkillContext) -> list[Reminder]:
    """Of ``rows``, those due on the day named in ``words`` ("my Thursday reminder",
    "tomorrow's reminder"); ``rows`` when no day is named or none is due then."""
    found = find_value(words.replace("'s", ""), "date", ctx, ("date", "date_range"),
                       must=DAY_WORDS)
    if found is None:
        return rows
    v = found[0]
    start = date.fromisoformat((v.get("date") or v.get("start"))[:10])
    end = date.fromisoformat((v.get("date") or v.get("end"))[:10])
    return [r for r in rows if start <= r.due.astimezone(ctx.tz).date() <= end] or rows


def _at_clock(rows: list[Reminder], v: dict[str, Any], ctx: SkillContext) -> list[Reminder]:
    """The reminders due at the clock time of ``v`` (on its day, for a datetime); an hour
    said without am/pm is either."""
    if v.get("kind") == "datetime":
        at = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz)
        day: date | None = at.date()
        clock = at.time()
    else:
        day, clock = None, time.fromisoformat(v["time"])
    return [r for r in rows
            if (day is None or r.due.astimezone(ctx.tz).date() == day)
            and same_clock(r.due.astimezone(ctx.tz).time(), clock, bool(v.get("ambiguous")))]


def _next_one(rows: list[Reminder], said: str, ctx: SkillContext) -> list[Reminder]:
    """The soonest of ``rows`` when "my next reminder" is meant (English), else ``rows``."""
    if len(rows) > 1 and lang.pick(ctx.language) == "en" and NEXT_ONE.search(clean(said)):
        return [min(rows, key=lambda r: r.due)]
    return rows


def _due_days(r: Reminder, ctx: SkillContext, weeks: int = 8) -> set[date]:
    """The local days ``r`` is due on: its day, and for a repeating one each day of its
    rule in the next ``weeks`` weeks ("what reminders have I got on Thursday?" after
    "every Tuesday and Thursday at 6")."""
    if not r.recurrence:
        return {r.due.astimezone(ctx.tz).date()}
    now = ctx.clock()
    return {at.astimezone(ctx.tz).date() for at, _ in repo.due_between(
        [r], now, now + timedelta(weeks=weeks), ctx.tz)}


class Reminders:
    """The reminder actions the calendar skill routes to."""

    async def _pending(self, ctx: SkillContext) -> list[Reminder]:
        rows = await read_db(ctx, repo.list_for, user=ctx.user_id)
        return [r for r in rows if r.fired_at is None]

    async def create(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if _ASKED_ABOUT.search(u.text) and not _MAKING.search(clean(u.text)):
            # "Le rappel pour la carte de Sam, c'est bien samedi, non ?": asked, not asked for
            return await self.query(u, ctx)
        again = _second_clock(u, ctx)  # "at 8am and 8pm every day": a reminder at each
        if again is not None:  # (the first read without the second: not "8:20")
            u = _without_words(u, again[1])
        rule, rule_span = _recurrence(u, ctx)
        v, span = find_when(u, ctx)
        if span and _PAST_SAID.search(span):  # "…, some of them are still pending from last
            # month": when something was, not when to remind
            u = _without_words(u, span)
            v, span = find_when(u, ctx)
            if span and _PAST_SAID.search(span):
                v, span = None, ""
        v, clock_span = with_clock(v, span, u, ctx)
        due, timed = due_from(v, ctx)
        # a time read from the slots has no span of its own: take their words out
        said = [span, clock_span] if span else [slot_text(u, n)
                                                for n in ("time", "date", "timeofday")]
        body = reminder_text(u, said, first=rule_span)
        language = lang.pick(ctx.language)
        today = ctx.clock()
        if rule is None:
            due = upcoming(due, span or u.text, ctx)
        elif due is None:  # "los sábados a las diez", "at eight every morning": no day said
            due = _first_on_days(rule, u, ctx)
        elif due is not None:  # "every Monday at 8", said on a Monday at five: next week's;
            # "every Tuesday and Saturday at 11" (the day read is one of the rule's): the
            # first of them, not the last day said
            parsed = recurrence.parse(rule)
            first = today if parsed is not None and parsed.fires_on(due.astimezone(ctx.tz).date()) \
                and not _STARTING.search(clean(u.text)) else due - timedelta(seconds=1)
            due = recurrence.next_occurrence(rule, due.astimezone(ctx.tz).time(), ctx.tz,
                                             max(today, first))
        if rule is not None and due is not None and v is not None and v.get("ambiguous") \
                and v.get("kind") == "time" and 19 <= due.astimezone(ctx.tz).hour <= 23 \
                and not _EVENING.search(clean(u.text)):
            # "Sundays at eight" as "every Sunday at eight": the morning (the bare hour was
            # read as the next eight from now, this evening's)
            at = (due - timedelta(hours=12)).astimezone(ctx.tz).time()
            due = recurrence.next_occurrence(rule, at, ctx.tz, today)
        if rule is not None and due is not None and due.astimezone(ctx.tz).hour >= 12 \
                and re.search(r"\b(?:mornings?|matins?|mañanas|morgens|mattin[ae])\b",
                              rule_span or "") \
                and not re.search(r"\d\s*p\.?m\b|\bnoon\b", clean(u.text)):
            # "at eight each weekday morning", "at eight every morning", "chaque matin …
            # à six heures quarante-cinq"
            at = (due - timedelta(hours=12)).astimezone(ctx.tz).time()
            due = recurrence.next_occurrence(rule, at, ctx.tz, today)
        if due is not None and v is not None and v.get("ambiguous") and due.hour <= 4 \
                and ctx.language == "en" and (DAY_WORDS.search(clean(span or u.text))
                                              or rule is not None or (
                                                  not _SMALL_HOURS.search(clean(u.text))
                                                  and due - ctx.clock() > timedelta(hours=6))):
            due += timedelta(hours=12)  # "tomorrow at 1:45", "Fridays at 12:30", "at 12:30"
            # said at 5 pm: nobody means the small hours (unless they say so, "tonight", or
            # they are only hours away: "at 2" said at 11 pm)
        if due is not None and rule is None and not timed and _TRAILED_OFF.search(u.text):
            due = None  # "tomorrow at, um...": the time is still to come, ask it
        if due is not None and rule is None and due <= today and due.date() == today.date() \
                and not timed:
            due = None  # "today", said after the default 9 am: ask what time
        if not body:
            return Outcome(lang.t(language, "reminder_ask_text"), action="reminder.ask_text",
                           expect_followup=True, data={"missing": "event_name"})
        if due is None and language != "en":
            return Outcome(lang.t(language, "reminder_ask_time"), action="reminder.ask_time",
                           expect_followup=True, data={"missing": "time", "text": body})
        if due is None:
            return Outcome(f"When should I remind you {_what(body, u)}?",
                           action="reminder.ask_time", expect_followup=True,
                           data={"missing": "time", "text": body})
        now = ctx.clock()
        if due <= now < due + timedelta(hours=12) and rule is None and due.hour < 12 and \
                v is not None and v.get("ambiguous"):
            due += timedelta(hours=12)  # "today at half seven", said at five: this evening
        if again is not None and due.astimezone(ctx.tz).time().replace(second=0) == again[0] \
                and again[0].hour >= 12:  # "um 8 und um 20 Uhr": the first is the morning's
            due = _at_clock_too(due, again[0].replace(hour=again[0].hour - 12), rule, ctx)
        row = await store(body, due, rule, ctx)
        if isinstance(row, Outcome):
            return row
        also = ""
        if again is not None:
            due2 = _at_clock_too(due, again[0], rule, ctx)
            if due2 != due:
                try:
                    await write_db(ctx, repo.create, text=body, due=due2, user=ctx.user_id,
                                   recurrence_rule=rule, tz=ctx.tz.key, now=now,
                                   language=language)
                except HarkError as e:
                    return Outcome(lang.say_error(e, ctx.language), action="reminder.failed")
                at2 = due2.astimezone(ctx.tz)
                also = " " + _ALSO_AT[language].format(at=lang.say_at(at2, language))
        if rule and language != "en":
            at = lang.say_at(row.due.astimezone(ctx.tz), language)
            when = f"{say_rule(rule, language)} {at}"
        elif rule:
            when = _describe(row, ctx).removeprefix(second_person(body) + " ")
        else:
            when = say_when(row.due, ctx)
        if language != "en":
            return Outcome(lang.t(language, "reminder_set", when=when, text=body) + also,
                           action="reminder.set", data={"reminder": row.to_dict()})
        return Outcome(f"Okay, I'll remind you {_what(body, u)} {when}.{also}",
                       action="reminder.set", data={"reminder": row.to_dict()})

    async def said_in_full(self, u: Understanding, ctx: SkillContext) -> Outcome | None:
        """The answer about a reminder whose words are all said ("when do I have to call
        the dentist?" is the reminder to call the dentist, not the dentist appointment),
        or None."""
        rows = await self._pending(ctx)
        if not _said_fully(rows, u.text):
            return None
        return await self.query(u, ctx, pending=rows)

    async def done_if_said(self, u: Understanding, ctx: SkillContext) -> Outcome | None:
        """The reminder whose words are all said taken off ("mark 'call the dentist' as
        done", "I've rung the dentist, tick that one off" when no list holds it), or None."""
        return await self.remove(u, ctx) if _said_fully(await self._pending(ctx), u.text) \
            else None

    async def named(self, u: Understanding, ctx: SkillContext) -> Outcome | None:
        """The answer about the reminders whose own words are said ("what was it I had to
        buy for Sam?"), or None when no reminder's words are."""
        rows = await self._pending(ctx)
        hits = _match(rows, u.text)
        if not hits or hits is rows:
            return None
        return await self.query(u, ctx, pending=rows)

    async def query(self, u: Understanding, ctx: SkillContext,
                    pending: list[Reminder] | None = None) -> Outcome:
        """The reminders asked about (of ``pending`` when the caller has read them)."""
        rows = pending if pending is not None else await self._pending(ctx)
        every = rows
        if lang.pick(ctx.language) == "en":  # "when's my reminder to take the bins out?"
            # "when are the bins reminder and the birthday card one due?": each by its words
            rows = each_named(rows, u.text, _match) or _match(rows, u.text) or rows
            if NEXT_ONE.search(clean(u.text)):  # "what's my next reminder?"
                rows = rows[:1]
        else:  # "a qué hora es el recordatorio de llamar al dentista": the one named
            rows = _match(rows, u.text) or rows
        named = rows is not every
        v, _ = find_when(u, ctx)
        asked = several_days(u.text, u.slots, ctx.clock().astimezone(ctx.tz).date(),
                             lang.pick(ctx.language) == "en")
        if asked is not None:  # "which reminders have I got before Friday?", "… on Tuesday
            v = None  # and Thursday?"
            rows = [r for r in rows if any(asked.holds(d) for d in _due_days(r, ctx))]
        if v is not None and v.get("kind") == "datetime" and v.get("part_of_day"):
            day = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).date()
            v = {"kind": "date", "date": day.isoformat()}  # "on Thursday evening": that day
        if v is not None and v.get("kind") in ("date", "date_range"):
            start = date.fromisoformat((v.get("date") or v.get("start"))[:10])
            end = date.fromisoformat((v.get("date") or v.get("end"))[:10])
            rows = [r for r in rows if any(start <= d <= end for d in _due_days(r, ctx))]
        elif v is not None and v.get("kind") in ("datetime", "time"):
            rows = _at_clock(rows, v, ctx)  # "what's the 10am reminder tomorrow?"
        part = part_of_day_said(u.text) if lang.pick(ctx.language) == "en" else None
        if part is not None and not named:
            # "evening reminders?", "what have I got to remember on Thursday evening?"
            rows = [r for r in rows if in_hours(r.due.astimezone(ctx.tz).time(), *part[1:])]
        data = {"reminders": [r.to_dict() for r in rows]}
        language = lang.pick(ctx.language)
        if not rows:
            return Outcome(lang.t(language, "rem_none_then" if v or asked else "rem_none"),
                           action="reminder.query", data=data)
        items = [_describe(r, ctx) for r in rows[:5]]
        more = lang.t(language, "rem_more", n=len(rows) - 5) if len(rows) > 5 else ""
        if len(rows) == 1:
            return Outcome(lang.t(language, "rem_one", item=items[0]), action="reminder.query",
                           data=data)
        return Outcome(lang.t(language, "rem_many", n=len(rows),
                              items=lang.join(items, language), more=more),
                       action="reminder.query", data=data)

    async def _target(self, u: Understanding, ctx: SkillContext,
                      words: str) -> tuple[list[Reminder], Outcome | None]:
        rows = await self._pending(ctx)
        if not rows:
            return [], Outcome(lang.t(ctx.language, "rem_none"), action="reminder.none")
        picked = which_one.picked(u, REMINDER_ID_SLOT, rows)  # the answer to "which one?"
        hits = picked if picked is not None else _match(rows, words)
        if not hits and lang.pick(ctx.language) == "en":
            # "the ten o'clock reminder tomorrow": named by its time
            v, _ = find_when(u, ctx, text=words)
            if v is not None and v.get("kind") in ("datetime", "time") and \
                    _CLOCK_SAID.search(clean(words)):
                hits = _at_clock(rows, v, ctx)
        if not hits:
            return [], Outcome(lang.t(ctx.language, "rem_not_found"),
                               action="reminder.not_found")
        return hits, None

    @staticmethod
    def _which(hits: list[Reminder], u: Understanding, ctx: SkillContext) -> Outcome:
        """Which reminder: the answer ("the bins one", "the second") picks one by id."""
        language = lang.pick(ctx.language)
        labels = [_said(r, language) for r in hits]
        if len(set(labels)) < len(labels):  # "water the ferns" twice a day: told by its time
            labels = [f"{label} {lang.say_at(r.due.astimezone(ctx.tz), language)}"
                      for label, r in zip(labels, hits, strict=True)]
        return Outcome(lang.t(language, "rem_which",
                              choices=lang.join(labels, language, lang.OR)),
                       action="reminder.ask_which", expect_followup=True,
                       data={"choices": which_one.choices(labels, hits, REMINDER_ID_SLOT,
                                                          u.intent)})

    async def remove(self, u: Understanding, ctx: SkillContext) -> Outcome:
        v, span = find_when(u, ctx)
        words = clean(u.text).replace(span, " ") if span else u.text
        hits, problem = await self._target(u, ctx, words)
        if problem:
            return problem
        if v is not None and v.get("kind") in ("date", "date_range"):
            start = date.fromisoformat((v.get("date") or v.get("start"))[:10])
            end = date.fromisoformat((v.get("date") or v.get("end"))[:10])
            hits = [r for r in hits if start <= r.due.astimezone(ctx.tz).date() <= end] or hits
        elif v is not None and v.get("kind") == "datetime" and v.get("end"):
            # a part of a day ("my reminder for Thursday evening"): those in it, else that day
            lo, hi = datetime.fromisoformat(v["datetime"]), datetime.fromisoformat(v["end"])
            hits = [r for r in hits if lo <= r.due < hi] or [
                r for r in hits if r.due.astimezone(ctx.tz).date() == lo.astimezone(
                    ctx.tz).date()] or hits
        each = each_named(await self._pending(ctx), u.text, _match,  # by words or day
                          lambda rows, part: _on_day_said(rows, part, ctx)) \
            if lang.pick(ctx.language) == "en" else []
        hits = each or _next_one(hits, u.text, ctx)
        if len(hits) > 1 and not wants_all(u.text) and not each:
            return self._which(hits, u, ctx)
        ids = [r.id for r in hits]
        await write_db(ctx, _delete_many, ids)
        language = lang.pick(ctx.language)
        if len(ids) > 1:
            speech = (f"Okay, I've removed {all_of(len(ids), 'reminders')}." if language == "en"
                      else lang.t(language, "rem_removed_many", n=len(ids)))
        else:
            speech = lang.t(language, "rem_removed", text=_said(hits[0], language))
        return Outcome(speech, action="reminder.remove",
                       data={"ids": ids, "reminders": [x.to_dict() for x in hits]})

    async def repeat(self, u: Understanding, ctx: SkillContext,
                     change: repeat_changes.RepeatChange) -> Outcome:
        """The reminder named made to repeat on other days (or no longer), and to a new
        clock time when one is said besides its own ("make the bins reminder every
        Thursday and Sunday", "fallo tutti i giorni alla stessa ora")."""
        language = lang.pick(ctx.language)
        words = change.words_naming(u.text)
        hits, problem = await self._target(u, ctx, words)
        if problem:
            return problem
        if len(hits) > 1:
            return self._which(hits, u, ctx)
        row = hits[0]
        local = row.due.astimezone(ctx.tz)
        rule = repeats.rule_for(change, row.recurrence, local.weekday())
        at = repeats.new_clock(words, local.time(), ctx, language) or local.time()
        due = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
        if rule is not None:  # the first day of the new rule ("and Monday evenings too":
            # tonight, when the reminder was Thursday's)
            due = recurrence.next_occurrence(rule, at, ctx.tz, ctx.clock())
        if due <= ctx.clock():
            return Outcome(lang.t(language, "rem_past"), action="reminder.ask_time",
                           expect_followup=True, data={"missing": "time"})
        row = await write_db(ctx, repo.set_repeat, row.id, rule, due)
        rule_said = say_rule(rule, language)
        when = f"{lang.say_at(due.astimezone(ctx.tz), language)} {rule_said}" if rule_said \
            else say_when(row.due, ctx)
        if language == "en":
            when = f"at {say_time(due.astimezone(ctx.tz))} {rule_said}" if rule_said else when
        return Outcome(lang.t(language, "rem_repeats", text=_said(row, language), when=when),
                       action="reminder.repeat", data={"reminder": row.to_dict()})

    async def move(self, u: Understanding, ctx: SkillContext, *, before: str | None = None,
                   after: str | None = None, shift: int | None = None) -> Outcome:
        """Move a reminder "to" a new time (the words ``after`` it, English by default) or
        by ``shift`` minutes; ``before`` names it."""
        language = lang.pick(ctx.language)
        if before is None:
            before, _, after = clean(u.text).rpartition(" to ")
            if not before:
                before, after = after, ""
        answer = next((sl.raw for sl in u.slots if sl.name in ("time", "date", "timeofday")
                       and sl.raw and clean(sl.raw) not in clean(u.text)), None)
        if answer is not None:  # the answer to "When should I move it to?": "3 pm"
            after = answer
            u = dc_replace(u, text=f"{u.text} {answer}")
        ask = Outcome(lang.t(language, "rem_move_when"), action="reminder.ask_time",
                      expect_followup=True, data={"missing": "time"})
        hits, problem = await self._target(u, ctx, before)
        if problem:
            return problem
        if not after and shift is None:
            return ask
        if len(hits) > 1:
            hits = _on_day_said(_next_one(hits, before, ctx), before, ctx)
        if len(hits) > 1:  # "bump my 9:30 reminder"
            at = find_value(before, "time", ctx, ("time",), must=re.compile(r"\d|o'?clock"))
            if at is not None and at[0].get("time"):
                t = time.fromisoformat(at[0]["time"])
                hits = [r for r in hits if (r.due.astimezone(ctx.tz).hour % 12, r.due.astimezone(
                    ctx.tz).minute) == (t.hour % 12, t.minute)] or hits
        if len(hits) > 1:
            return self._which(hits, u, ctx)
        row = hits[0]
        if shift is not None:
            new: datetime | None = row.due + timedelta(minutes=shift)
        else:
            v, _ = find_when(u, ctx, text=after)
            new = moved(row.due, v, ctx)
        if new is None:
            return ask
        if new <= ctx.clock():
            return Outcome(lang.t(language, "rem_past"), action="reminder.ask_time",
                           expect_followup=True, data={"missing": "time"})
        row = await write_db(ctx, repo.reschedule, row.id, new)
        speech = lang.t(language, "rem_moved", text=_said(row, language),
                        when=say_when(row.due, ctx))
        return Outcome(speech, action="reminder.move", data={"reminder": row.to_dict()})


def moved(old: datetime, v: dict[str, Any] | None, ctx: SkillContext) -> datetime | None:
    """The new time for an item at ``old`` moved "to friday" (keeps the time of day),
    "to 4 pm" (keeps the day) or "to friday at 4 pm"."""
    if v is None:
        return None
    local = old.astimezone(ctx.tz)
    kind = v.get("kind")
    if kind == "datetime" and v.get("datetime") and not v.get("part_of_day"):
        at = datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz)
        if v.get("ambiguous") and at.hour < 12:  # "move the bins reminder to Wednesday at
            # seven" (at 7 pm): the hour nearer the old one (as an event's; a clock read in
            # the afternoon stays: "forward to Friday at quarter past four")
            at = at.replace(hour=nearer_hour(at.hour, at.minute, local.hour, local.minute))
        return at
    if kind == "time" and v.get("time"):
        t = time.fromisoformat(v["time"])
        hour = t.hour
        if v.get("ambiguous"):  # the hour nearer the old one
            hour = nearer_hour(hour, t.minute, local.hour, local.minute)
        return local.replace(hour=hour, minute=t.minute, second=0)
    if kind in ("date", "date_range"):
        day = date.fromisoformat((v.get("date") or v.get("start"))[:10])
        today = ctx.clock().astimezone(ctx.tz).date()
        if day < today - timedelta(days=6):
            return None  # not a weekday just gone: a year ("to 1830") or a day long past
        if day < today or (day == today and local.date() >= day):
            day += timedelta(days=7)  # "to friday" said on a Friday
        return datetime.combine(day, local.timetz())
    due, _ = due_from(v, ctx)
    return due


def _delete_many(db: Any, ids: list[int]) -> None:
    for i in ids:
        repo.delete(db, i)
