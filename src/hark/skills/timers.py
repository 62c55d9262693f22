"""Timers: several at once, optionally named ("pasta timer"); how long is left; pause,
resume, cancel one or all. Timers live in the store and fire through the persistent
:class:`~hark.scheduler.Scheduler`, so they survive a restart.

Services this module expects in ``ctx.services`` (all optional):

- ``"store"``: a :class:`~hark.store.Store` (otherwise one is opened from the settings);
- ``"scheduler"``: the running Scheduler; changes go through ``scheduler.change`` so it
  wakes at once (without one, the rows are written and any scheduler picks them up).

Firing: the assistant builds its scheduler with :func:`on_fire_callback`, giving it an
``async notify(event)`` callable; every timer, alarm or reminder that fires becomes an
``Event("timer-fired" | "alarm-fired" | "reminder-fired", {..., "speech": ...})``
(see :func:`fired_event`) for the speaker and the WebSocket clients::

    scheduler = Scheduler(store, on_fire_callback(notify))

The small helpers at the top (store access, slot values, spoken durations) are shared by
the other store-backed skills (alarms, reminders, calendar, lists, messages, music).
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from hark.errors import Conflict, HarkError
from hark.nlu.normalize import normalize
from hark.nlu.stored_requests import IN_ALL
from hark.nlu.time_spans import holiday_of_thing, known_word, meal_named, weekday_of_topic
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.lang import say_time
from hark.skills.providers.slots import clean
from hark.skills.timer_words import (
    ALL_IDIOMS,
    RENAME_TEMPLATES,
    SAME_NAME,
    every_timer,
    first_asked,
    new_name,
)
from hark.store import Store, recurrence
from hark.store import timers as repo
from hark.store.models import Timer
from hark.text.clean import begins_like
from hark.text.en_words import HOUR_WORDS
from hark.types import Event, Outcome, Understanding

R = TypeVar("R")
Notify = Callable[[Event], Awaitable[None]]

# ------------------------------------------------------- helpers shared by store skills

_opened: dict[str, Store] = {}
_opened_lock = threading.Lock()


def store_of(ctx: SkillContext) -> Store:
    """The store given in ``ctx.services["store"]``, else one opened (once) from the
    settings' database URL."""
    given = ctx.services.get("store")
    if given is not None:
        return given
    url = ctx.settings.db_url
    with _opened_lock:
        if url not in _opened:
            _opened[url] = Store.open(ctx.settings)
        return _opened[url]


async def read_db(ctx: SkillContext, fn: Callable[..., R], /, *args: Any, **kw: Any) -> R:
    """``fn(db, *args, **kw)`` in a read-only transaction, in a worker thread."""
    store = store_of(ctx)

    def work() -> R:
        with store.session(readonly=True) as db:
            return fn(db, *args, **kw)

    return await asyncio.to_thread(work)


async def write_db(ctx: SkillContext, fn: Callable[..., R], /, *args: Any, **kw: Any) -> R:
    """``fn(db, *args, **kw)`` in one transaction; wakes the scheduler when there is one
    (timers, alarms and reminders change its next deadline)."""
    sched = ctx.services.get("scheduler")
    if sched is not None and sched.store is store_of(ctx):
        return await sched.change(fn, *args, **kw)
    store = store_of(ctx)

    def work() -> R:
        with store.session() as db:
            return fn(db, *args, **kw)

    result = await asyncio.to_thread(work)
    if sched is not None:
        sched.notify()
    return result


def slot_value(u: Understanding, name: str, ctx: SkillContext) -> dict[str, Any] | None:
    """The normalised value of slot ``name``; normalises the raw span when the NLU did
    not (``Slot.value`` None or not a dict)."""
    s = u.slot(name)
    if s is None:
        return None
    if isinstance(s.value, dict):
        return s.value
    if s.raw and s.raw.strip():
        return normalize(name, s.raw, ctx.clock(), ctx.language)
    return None


def slot_text(u: Understanding, *names: str) -> str:
    """The raw text of the first of ``names`` that is present."""
    for name in names:
        s = u.slot(name)
        if s is not None and s.raw and s.raw.strip():
            return s.raw.strip()
    return ""


_PLACE_WORDS = {"first", "second", "third", "fourth", "fifth", "last"}
_PLACED_THINGS = {"thing", "things", "one", "ones", "event", "events", "item", "items",
                  "appointment", "appointments", "meeting", "meetings", "alarm", "alarms",
                  "reminder", "reminders", "timer", "timers"}


# "the other one", said of two timers
_OTHER = re.compile(r"\b(?:other|andere\w*|autre|otro|otra|altro|altra)\b", re.I)


def _the_other(timers: list[Any], said: str, ctx: SkillContext) -> Any | None:
    """Of two timers, the one the last answer did not name, when ``said`` asks of "the other
    one" and the last answer named exactly one of them; else None."""
    last = str(ctx.services.get("last_speech") or "").casefold()
    if len(timers) != 2 or not _OTHER.search(said) or not last:
        return None
    named_ = [t for t in timers if t.name and re.search(rf"\b{re.escape(t.name.casefold())}\b",
                                                         last)]
    return next(t for t in timers if t is not named_[0]) if len(named_) == 1 else None


# an article that is also the number one, and the words before it that make it a time ("a
# la una", "alle una", "à une heure", "um eins")
_ARTICLES = frozenset({"un", "une", "una", "uno", "ein", "eine", "einen", "a", "an"})
_BEFORE_ONE = frozenset({"à", "a", "la", "alle", "all'", "um", "gegen", "vers", "verso", "at",
                         "las", "y", "et", "e", "und", "moins", "menos", "meno", "de", "dalle",
                         "for", "in", "past", "to", "nach", "vor"})


def find_value(
    text: str,
    slot_type: str,
    ctx: SkillContext,
    kinds: tuple[str, ...],
    *,
    must: re.Pattern[str] | None = None,
    max_words: int = 10,
) -> tuple[dict[str, Any], str] | None:
    """The longest span of ``text`` that normalises (as ``slot_type``) to one of ``kinds``,
    with the span; ``must`` filters candidate spans (e.g. needs a unit word)."""
    words = clean(text).split()
    now = ctx.clock()
    # "the first thing in my calendar on Friday": a place in an order, not the 1st
    placed = {i for i in range(1, len(words) - 1)
              if words[i] in _PLACE_WORDS and words[i + 1] in _PLACED_THINGS
              and words[i - 1] in ("the", "my", "your", "our")}  # (not "a 90 second timer")
    said, starts = " ".join(words), [0]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    topics = {i for i in range(2, len(words)) if weekday_of_topic(said, starts[i], ctx.language)}
    for n in range(min(len(words), max_words), 0, -1):
        for i in range(0, len(words) - n + 1):
            if placed.intersection(range(i, i + n)) or (
                    i >= 2 and meal_named(*words[i - 2:i + 1], lang=ctx.language)):
                continue  # ("the rehearsal dinner on Friday": a thing's name, not a time)
            if topics.intersection(range(i, i + n)):
                continue  # ("ring Bev about the Saturday roster": what about, not when)
            span = " ".join(words[i:i + n])
            if must is not None and not must.search(span):
                continue
            if n > 1 and words[i + n - 1] in _ARTICLES and words[i + n - 2] not in _BEFORE_ONE:
                continue  # "demain à 20h un dîner", "le 10 décembre un rendez-vous": the
                # thing's article, not one o'clock or a minute past
            got = normalize(slot_type, span, now, ctx.language)
            if got is not None and got.get("kind") in kinds and not (
                    i + n < len(words) and holiday_of_thing(span, words[i + n], ctx.language)):
                return got, _tightest(words[i:i + n], got, slot_type, now, ctx.language)
    return None


# meals and parts of the day name a time ("at dinner") but, before a clock time that
# says the same without them, what to do: "start dinner at 6", "parents' evening at 6pm"
_MEALS = {"breakfast", "brunch", "lunch", "dinner", "supper", "tea"}
_NOUN_TIMES = _MEALS | {"morning", "afternoon", "evening", "night"}


def _tightest(words: list[str], value: dict[str, Any], slot_type: str, now: datetime,
              language: str) -> str:
    """The span without edge fillers that do not change its value: the normalisers skip
    them, so "in ten minutes about the" reads as "in ten minutes" (and "about the tea"
    must stay in the reminder). Numbers, units and date words stay ("cinq heures")."""
    def filler(word: str) -> bool:
        return not known_word(word, language)

    def same(a: int, b: int) -> bool:
        got = normalize(slot_type, " ".join(words[a:b]), now, language) or {}
        return {k: v for k, v in got.items() if k != "ambiguous"} == \
            {k: v for k, v in value.items() if k != "ambiguous"}

    lo, hi = 0, len(words)
    while hi - lo > 1 and (filler(words[hi - 1]) or words[hi - 1] in _MEALS) and \
            same(lo, hi - 1):
        hi -= 1  # "remind me at 7pm on Friday about dinner with Anna": dinner is what about
    while hi - lo > 1 and (filler(words[lo]) or words[lo] in _NOUN_TIMES) and \
            same(lo + 1, hi):
        lo += 1  # "start dinner at quarter to six": dinner is what to do, not when
    return " ".join(words[lo:hi])


# words that say something repeats, in the five languages (a span must have one to
# read as a repeat): "every Monday", "jeden Montag", "tous les jours", "ogni giorno"
REPEAT_WORDS = re.compile(r"\b(every|each|daily|weekdays?|weekends?|mondays|tuesdays|"
                          r"wednesdays|thursdays|fridays|saturdays|sundays|"
                          r"jeden|jede|jeder|täglich|werktags|montags|dienstags|mittwochs|"
                          r"donnerstags|freitags|samstags|sonntags|chaque|tous|toutes|cada|"
                          r"todos|todas|diario|ogni|tutti|tutte|"
                          # Spanish weekdays with "los": every one ("los martes y jueves")
                          r"los\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|"
                          r"domingos))\b")


def say_rule(rule: dict[str, Any] | None, language: str = "en") -> str:
    """'every day', 'every weekday', 'every Monday and Thursday', 'jeden Montag'; "" for
    no (or an unreadable) rule."""
    parsed = recurrence.parse(rule) if rule else None
    if parsed is None:
        return ""
    return lang.say_repeat(tuple(range(7)) if parsed.daily else parsed.days, language)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def say_duration(seconds: float, language: str = "en") -> str:
    """'10 minutes', '1 hour and 5 minutes', '4 minutes and 30 seconds'."""
    return lang.say_duration(seconds, language)


def join_and(items: list[str]) -> str:
    return lang.join(items)


def join_or(items: list[str]) -> str:
    return lang.join(items, "en", lang.OR)


def all_of(n: int, things: str) -> str:
    """'both timers', 'all 3 timers'."""
    return f"both {things}" if n == 2 else f"all {n} {things}"


# "every" before a day or a part of one says when, not how many: "the alarm that goes
# off every weekday" is one alarm
_EVERY_WHEN = re.compile(r"\bevery (?:single )?(?:day|weekday|weekend|week|month|morning|"
                         r"afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)")


EXCEPT = re.compile(r"\b(?:except(?: for)?|apart from|other than|but not|bar|save for)\b")


def all_but(rows: list[R], text: str, find: Callable[[list[R], str], list[R]]) -> list[R]:
    """``rows`` without those named after "except" ("switch off all my alarms except the
    weekday one"); [] when nothing is said after it that names some but not all."""
    said = clean(text)
    cut = EXCEPT.search(said)
    if cut is None:
        return []
    kept = find(rows, said[cut.end():])
    if kept is rows or not kept or len(kept) == len(rows):
        return []
    return [r for r in rows if r not in kept]


def wants_all(text: str) -> bool:
    words = ALL_IDIOMS.sub(" ", _EVERY_WHEN.sub(" ", clean(text)))
    return bool(re.search(r"\b(all|every|everything|both|alle|beide|tous|toutes|todos|todas|"
                          r"ambos|tutti|tutte|entrambi)\b", words))


_ASKS = re.compile(r"\b(?:how|what|what's|when|which|where|is|are|do|does|did|can|could|will|"
                   r"would|still)\b")
# a reason given after the request: "…, my neighbour's doing them", "…, because …"
_REASON = re.compile(r",\s*(?:because|since|as|cause|cos|they|they're|he|she|we|we're|i|i'm|"
                     r"it's|my \w+(?:'s| is| are))\b.*$", re.I)


def _named_in(rows: list[Timer], words: str) -> list[Timer]:
    """The timers whose name is said in ``words`` (``rows`` itself when none is)."""
    said = clean(words)
    hits = [t for t in rows if t.name and re.search(rf"\b{re.escape(t.name.lower())}\b", said)]
    return hits or rows


def each_named(rows: list[R], text: str,
               *finders: Callable[[list[R], str], list[R]]) -> list[R]:
    """Two or more of ``rows`` named with "and" ("delete the reminders for tomorrow and
    Thursday", "cancel the team meeting and the dentist appointment"): each part by the
    first finder that narrows ``rows`` (a finder returns ``rows`` itself when its words
    name none); [] unless every part names some, and none names them all ("…, my
    neighbour's doing them and the recycling this week" names no reminder)."""
    said = _REASON.sub("", text)  # "…, they called and asked": why, not which
    parts = re.split(r"\s+and\s+", clean(said))
    if any(_ASKS.search(part) for part in parts[1:]):
        return []  # "cancel the pasta timer and laundry how many minutes still?": a question
    found: list[R] = []
    for part in parts if len(parts) > 1 else []:
        hits = rows
        for find in finders:
            hits = find(rows, part)
            if hits is not rows:
                break
        if hits is rows or not hits or (len(rows) > 1 and len(hits) == len(rows)):
            return []
        found += [r for r in hits if r not in found]
    return found if len(found) > 1 else []


# ------------------------------------------------------------------- firing → events


def _local(iso: str | None, tz: str | None) -> datetime | None:
    if not iso:
        return None
    from hark.store.timeutil import zone

    try:
        return datetime.fromisoformat(iso).astimezone(zone(tz or "UTC"))
    except (ValueError, HarkError):
        return None


def fired_event(kind: str, item: dict[str, Any]) -> Event:
    """The event announced when the scheduler fires ``item`` (with a ``speech`` line), in
    the language the item was set in."""
    late = bool(item.get("late"))
    language = lang.pick(item.get("language"))
    if language != "en" and kind in ("timer", "alarm", "reminder"):
        return Event(f"{kind}-fired", {**item, "speech": _fired_speech(kind, item, language)})
    if kind == "timer":
        what = timer_label(item.get("name") or "", float(item.get("duration_s") or 0))
        speech = f"Time's up! Your {what} is done."
        if late:
            speech = f"Your {what} finished while I was offline."
    elif kind == "alarm":
        at = _local(item.get("deadline"), item.get("tz"))
        label = f" for {item['label']}" if item.get("label") else ""
        when = f"It's {say_time(at)}. " if at is not None else ""
        speech = f"{when}Your alarm{label} is going off."
        if late:
            speech = f"You missed your alarm{label} while I was offline."
    elif kind == "reminder":
        speech = f"Reminder: {item.get('text', '')}."
        if late:
            at = _local(item.get("deadline"), item.get("tz"))
            when = f" from {say_time(at)}" if at is not None else ""
            speech = f"A reminder{when} I couldn't give while I was offline: {item.get('text', '')}."
    else:
        speech = ""
    return Event(f"{kind}-fired", {**item, "speech": speech})


def _fired_speech(kind: str, item: dict[str, Any], language: str) -> str:
    late = bool(item.get("late"))
    if kind == "timer":
        name = item.get("name") or ""
        key = "timer_fired_late" if late else ("timer_fired_named" if name else "timer_fired")
        return lang.t(language, key, name=name)
    if kind == "alarm":
        at = _local(item.get("deadline"), item.get("tz"))
        if late or at is None:
            return lang.t(language, "alarm_missed")
        label = item.get("label") or ""
        return lang.t(language, "alarm_fired_label" if label else "alarm_fired", label=label,
                      time=lang.say_time(at, language))
    return lang.t(language, "reminder_missed" if late else "reminder_fired",
                  text=item.get("text", ""))


def on_fire_callback(notify: Notify) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """A Scheduler ``on_fire`` that turns each firing into an event for ``notify``."""

    async def on_fire(kind: str, item: dict[str, Any]) -> None:
        await notify(fired_event(kind, item))

    return on_fire


# --------------------------------------------------------------------------- timers

_UNITS = r"(second|sec|minute|min|hour|hr|day)s?"
_UNIT_WORD = re.compile(r"\b(sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?|half|quarter)\b")
_NUMBERISH = re.compile(rf"\d|\b({HOUR_WORDS}|"
                        r"fifteen|twenty|thirty|forty|fifty|sixty|half|quarter|an?|"
                        r"few|couple)\b|\b" + _UNITS + r"\b")  # (not "steaming", "holiday")
# "… and call it tea" (a timer or an alarm named after it was asked for)
NAME_IT = re.compile(r"\b(?:call|name|label|title) it\s+(?:the\s+)?([a-z][a-z' -]*?)"
                     r"(?:\s+(?:please|thanks))?$")
_NAME_PATTERNS = (
    NAME_IT,
    re.compile(r"\b(?:called|named|labell?ed|with (?:the )?name|for the|for my)\s+([a-z][a-z' ]*?)"
               r"\s*(?:timer)?"
               r"(?:\s+for\b.*)?$"),
    re.compile(r"\b(?:a|an|the|my|that|this)\s+(?!(?:please|set|start|make)\b)([a-z][a-z' -]*?)\s+timer\b"),
    # "a timer for a quarter of an hour for Poppy's nap"
    re.compile(r"\bfor\s+[a-z]+'s\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*(?:timer)?$"),
    # "set a timer, which you may call adjournment, for fifteen minutes"
    re.compile(r"\b(?:which|that)\s+you\s+(?:may|can|could|should|might)\s+call\s+([a-z][a-z' -]*?)\s*,"),
    # "timer for the potatoes, half an hour", "a timer for 4 minutes please, for the
    # porridge, my grandson is here"
    # ("… one for the dryer, um, hour and ten")
    re.compile(r"\bfor\s+(?:the|my)\s+([a-z][a-z' -]*?)\s*,\s*(?:(?:um|uh|erm|er)\s*,?\s*)?"
               r"(?:(?:a|an|half|quarter|hour)\b|\d|my\b|"
               r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\b)"),
    # "a timer for the dryer that goes off ten minutes after the pasta does"
    re.compile(r"\btimer\s+for\s+(?:the|my)\s+([a-z][a-z' -]*?)\s+(?:that|which)\s+"
               r"(?:goes off|rings|ends|finishes|beeps)\b"),
    # "set a timer for the fish fingers, 18 minutes"
    re.compile(r"\bfor (?:the|my)\s+([a-z][a-z' -]*?)\s*,?\s+(?:\d+|(?:an?|"
               rf"{HOUR_WORDS}|fifteen|twenty|thirty|forty|fifty|sixty|"
               r"ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\s+"
               r"(?:minutes?|mins?|hours?|seconds?)(?:\s+please)?$"),
    # "a timer of 1 minute and 30 seconds for tea": "for" + one word right after the length
    re.compile(r"\b(?:seconds?|secs?|minutes?|mins?|hours?)\s+for\s+(?!(?:now|me|us|you|later|"
               r"today|tonight|tomorrow|please|it|that|this)\b)([a-z][a-z'-]{2,20})(?:\s+please)?[.!]?$"),
    # "… 8 minutes for steaming the dumplings", "… for heating the milk"
    re.compile(r"\b(?:seconds?|secs?|minutes?|mins?|hours?)\s+for\s+([a-z]+ing\s+(?:the|my|some)\s+[a-z][a-z'-]{2,20})"
               r"(?:\s+please)?[.!]?$"),
    # typed terse, the name last: "set timer for 18 mins laundry"
    re.compile(r"^(?:set|start)\s+(?:a\s+)?timer\s+(?:for\s+)?\d+\s*(?:minutes?|mins?|seconds?|hours?)\s+"
               r"(?!(?:please|now|left|and|then|from)\b)([a-z][a-z'-]{2,20})[.!]?$"),
    # "timer, eight minutes, potatoes": what it is for after its length, terse
    re.compile(r"^(?:set\s+(?:a\s+)?)?timers?\W+(?:for\s+)?\S+(?:\s+\S+)?\s+(?:minutes?|mins?|hours?|"
               r"seconds?)\s*,?\s+(?:for\s+(?:the\s+)?)?(?!(?:please|thanks|thank|cheers|ta|now|"
               r"then|and|from|left|long|timer|starting|in)\b)([a-z][a-z' -]{1,24}?)[.!]?$"),
    # "pasta timer 11 minutes", "rice timer for 12 minutes": the name first, typed
    re.compile(r"^(?:set\s+(?:a\s+|an\s+)?)?([a-z][a-z' -]*?)\s+timer\s+(?:for\s+)?(?:\d|an?\b|one\b|"
               r"two\b|three\b|four\b|five\b|ten\b|fifteen\b|twenty\b|thirty\b)"),
    # "10 minutes tea timer"
    re.compile(r"^\d+\s+(?:minutes?|hours?|seconds?)\s+([a-z][a-z' -]*?)\s+timer$"),
    # "put the potatoes on a 12 minute timer"
    re.compile(r"^(?:please\s+)?(?:put|stick|pop|set)\s+(?:the|my|some)\s+([a-z][a-z' -]*?)\s+"
               r"on\s+(?:a|the)\s+.*\btimer\b"),
)
_NOT_NAMES = {"new", "other", "another", "one more", "second", "first", "last", "next", "current", "running",
              "please set", "half hour", "quarter hour",
              "paused", "old", "kitchen", "countdown", "all", "every", "minute", "hour",
              "now", "me", "us", "later", "today", "tonight", "please", "set", "start", "make",
              "put",
              # greetings said first ("Moin, mach mal 'nen Timer …")
              "moin", "servus", "hallo", "hi", "hey", "salut", "hola", "ciao", "oye", "uè"}
# a room a timer is for, named after "for" (not "a kitchen timer": any timer)
_FOR_A_ROOM = re.compile(r"\btimer\s+for\s+(?:(?:the|my)\s+)?(?P<room>kitchen)\b", re.I)
_PAUSE = re.compile(r"\b(pause|hold|freeze|stop)\b")
_RESUME = re.compile(r"\b(resume|continue|restart|unpause|start again|carry on)\b")


# set by the dialogue when the user answers "which one?" (the timer's id)
TIMER_ID_SLOT = "timer_id"


def timer_label(name: str, duration_s: float) -> str:
    if name:
        return f"{name} timer"
    if not duration_s:
        return "timer"
    words = say_duration(duration_s).replace(" and ", " ")
    return re.sub(r"\b(second|minute|hour)s\b", r"\1", words) + " timer"


def _clean_name(name: str) -> str:
    name = clean(name)
    name = re.sub(r"^(the|my|a|an|that|this)\s+", "", name)
    # (and the other languages' articles: "para el arroz", "für den Reis")
    name = re.sub(r"^(?:der|die|das|den|dem|le|la|les|l'|el|los|las|il|lo|gli)\s*(?<=\s|')", "",
                  name)
    name = re.sub(r"\s*\btimers?$", "", name).strip(" -")  # ("Pizza-Timer": pizza)
    name = _ASKED_FIRST.sub("", name)  # "Mach mir einen Linsensuppe-Timer …": Linsensuppe
    name = re.sub(r"(?<=\w)\s+(?:one|there)$", "", name)  # "for the shooting one", "for the
    # passing drill there"
    if not name or name in _NOT_NAMES or _NUMBERISH.search(name) or _WHO_AND_ARTICLE.fullmatch(name):
        return ""
    return name


# "stell mir einen Timer …", Bavarian "stell ma an Timer …", "mets-moi un minuteur": whom
# it is for and an article, no name
_WHO = r"mir|ma|mia|uns|dir|moi|nous|me|nos|mi|ci|ti|te"
_ARTICLE = r"einen|eine|ein|nen|ne|an|a|un|une|una|uno|un'|noch einen|noch ein|mal|mal einen|mal nen"
_WHO_AND_ARTICLE = re.compile(rf"(?:(?:mach|stell|setz|starte?|mets|mettez|lance|pon|ponme|"
                              rf"metti|imposta)\s+)?(?:{_WHO})(?:\s+(?:{_ARTICLE}))?|"
                              rf"(?:{_ARTICLE})", re.I)  # (and the verb: "Mach mir einen")

# the asking said before a compound's name: "mach mir einen", "stell mir bitte einen"
_ASKED_FIRST = re.compile(rf"^(?:(?:mach|stell|setz|starte?)\s+(?:(?:{_WHO})\s+)?|(?:{_WHO})\s+)"
                          rf"(?:bitte\s+)?(?:{_ARTICLE})\s+(?=\S)", re.I)


# a purpose said after the name: "…, for the wheaten bread, so it doesn't burn"
_PURPOSE = re.compile(r"\s+so\s+(?:it|that|they|i|we|he|she)\s+(?:doesn't|does not|don't|won't|"
                      r"will not|isn't|can't|can|will|is|are)\b.*$")


# German, French, Spanish, Italian: "einen Timer für die Nudeln, acht Minuten", "un
# minuteur de 12 minutes pour les pâtes", "un timer de 20 minutos para el arroz", "un timer
# di 11 minuti per l'arrosto"
_FOR_OTHER = {
    "de": r"(?:für\s+(?:(?:die|den|das|der|meine|meinen|unsere|unseren)\s+|d')|für'n\s+|fürn\s+|"
          r"fürs\s+)",  # ("fürs Aufwärmen")
    "fr": r"pour\s+(?:les|le|la|l'|mes|mon|ma|nos|notre)\s*",
    "es": r"para\s+(?:el|la|los|las|mi|mis)\s+",
    "it": r"per\s+(?:il|lo|la|i|gli|le|l'|la mia|il mio|i miei|le mie)\s*",
}
# (a tool named by its use: "le fer à repasser", "il ferro da stiro")
_NAME_WORDS = r"([^\W\d][\w'-]*(?:\s+(?:de|di|del|della|au|aux|alla|al|à|da)?\s*[^\W\d][\w'-]*)?)"
_NAME_END = r"\s*(?:[,.;!?]|$|\s+(?:bitte|s'il|por|per favore|stp|svp|auf|sur|de|von|di|in|im|"\
            r"dans|en|nel|nella|des|du|der|dei|degli|delle|de los|de las|"\
            r"entre|zwischen|tra|fra)\b)"  # ("pour la récupération entre les séries")


# a new timer's name said after "al" ("Ponle un timer de veinte minutos al arroz"; of one
# the user has, "al temporizador de la colada" is the timer itself)
_TO_NEW_OTHER = {"es": r"(?:al|a\s+(?:la|los|las))\s+", "de": r"(?:zum|zur)\s+"}  # ("zum Dehnen")
# a new timer's name as the thing of what it is for: "… pour que je répète mon discours",
# "… pour relire mes notes", "… para practicar el brindis", "… per provare il discorso"
# (the verb, then the same "le" / "el" / "il" as above)
_DOING_NEW_OTHER = {
    "fr": r"pour\s+(?:que\s+(?:je|j'|tu|on|nous|vous)\s*[^\W\d]+|[^\W\d]+(?:er|ir|re))\s+"
          r"(?:les|le|la|l'|mes|mon|ma|nos|notre)\s*",
    "es": r"para\s+[^\W\d]+(?:ar|er|ir)\s+(?:el|la|los|las|mi|mis)\s+",
    "it": r"per\s+[^\W\d]+(?:are|ere|ire)\s+(?:il|lo|la|i|gli|le|l'|la mia|il mio|i miei|le mie)\s*",
}


def _name_other(text: str, language: str, new: bool = False) -> str:
    """A timer's name said after "für die" / "pour les" / "para el" / "per la" (and, for
    a ``new`` one, Spanish "al")."""
    lead = _FOR_OTHER.get(language)
    if lead is None:
        return ""
    if new and language in _TO_NEW_OTHER:
        lead = rf"(?:{lead}|{_TO_NEW_OTHER[language]})"
    if new and language in _DOING_NEW_OTHER:
        lead = rf"(?:{lead}|{_DOING_NEW_OTHER[language]})"
    said = text.replace("’", "'")
    for m in re.finditer(rf"\b{lead}{_NAME_WORDS}{_NAME_END}", said, re.I):
        name = m.group(1).strip()
        now = datetime.now(UTC)  # (not a length or a time: "al mediodía")
        if all(normalize(kind, name, now, language) is None for kind in ("duration", "time")):
            return name
    return ""


# a new timer's name as the one (a pet, a child) it is for doing something to, said by
# their name: "… pour sécher Filou", "… para bañar a Toto", "… per asciugare Brutus" (Roman
# "asciugà")
_DOING_TO_NAMED = {
    "fr": r"\bpour\s+[^\W\d]+(?:er|ir|re)\s+",
    "es": r"\bpara\s+[^\W\d]+(?:ar|er|ir)\s+a\s+",
    "it": r"\bper\s+[^\W\d]+(?:are|ere|ire|à|é|í)\s+",
}


def _name_done_to(text: str, language: str) -> str:
    """The name of whom a new timer is for doing something to (see above), else ''."""
    lead = _DOING_TO_NAMED.get(language)
    m = re.search(rf"(?i:{lead})(?P<name>[A-ZÀ-ÝÑ][\w'-]*)(?=\s*(?:[,.;!?—–]|$))", text) \
        if lead else None
    return m["name"] if m is not None else ""


# the name said right after the word for a timer, then a comma and the rest: "Minuteur
# lasagnes, quarante minutes", "Timer Lasagne, vierzig Minuten", "temporizador lasaña, …"
_NAME_AFTER_WORD = re.compile(
    # (after the verb that sets it: "Mach mal nen Timer Wasserkocher, drei Minuten", "Mets-moi
    # un minuteur chauffe-eau, s'il te plaît")
    r"^\W*(?:(?:mach|stell|setz|starte?|mets|mettez|lance|lancez|démarre|pon|ponme|ponnos|"
    r"metti|mettimi|imposta|impostami|avvia|fammi)(?:-moi|-nous)?\s+)?"
    r"(?:(?:mir|ma|uns|me|mi|ci|nos|mal|noch|bitte)\s+)*"
    r"(?:(?:un|une|einen|ein|nen|a|an|el|il|uno)\s+)?(?:timer|minuteur|minuterie|temporizador|"
    r"kurzzeitwecker|countdown)\s+(?!(?:de|du|des|d'|da|di|del|della|dei|von|vom|für|pour|para|"
    r"per|for|of|on|auf|à|a|al|the|le|la|les|el|il|lo|mit|with|sur|su|en|in|um|at)\b)"
    r"([^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,2})\s*[,:;—–]\s*\S", re.I)
# words said there that name nothing: "Stell einen Timer, bitte, …", "un minuteur vite, …"
_NOT_NAMES_FIRST = {"bitte", "mal", "schnell", "kurz", "jetzt", "vite", "maintenant", "ahora",
                    "rápido", "rapido", "adesso", "ora", "subito", "veloce", "please", "now",
                    "quick", "s'il", "por", "per"}


def _name_first(text: str, language: str) -> str:
    """The name said right after the word for a timer (see above), not a length or time."""
    m = _NAME_AFTER_WORD.match(text.replace("’", "'"))
    if m is None:
        return ""
    now = datetime.now(UTC)
    name = m.group(1).strip()
    if name.split()[0].lower() in _NOT_NAMES_FIRST | _NOT_AFTER_LENGTH:
        return ""
    return name if all(normalize(kind, name, now, language) is None
                       for kind in ("duration", "time")) else ""


# the name said alone after the length and a comma: "Stell nen Timer auf 20 Minuten,
# Powernap, ich bin …", "Lance un minuteur de vingt minutes, sieste." (German: a noun, one
# or two words; the others: one word)
_NAME_AFTER_LENGTH = re.compile(
    r"\b(?:minuten?|minutes?|minutos?|minuti|minuto|stunden?|heures?|horas?|ore|ora|sekunden|"
    r"secondes?|segundos?|secondi)\s*,\s*(?P<name>[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*)?)"
    r"\s*(?:[,.;!?]|$)", re.I)
# what may be said there that names nothing: thanks, a tag, a pronoun opening a remark
_NOT_AFTER_LENGTH = {
    "bitte", "danke", "gell", "ok", "okay", "ja", "und", "aber", "also", "dann", "ich", "wir",
    "du", "es", "das", "merci", "stp", "svp", "allez", "voilà", "bon", "et", "je", "on",
    "gracias", "porfa", "vale", "venga", "y", "yo", "grazie", "dai", "ecco", "e", "io",
    "please", "thanks",
}


def _name_after_length(text: str, language: str) -> str:
    """The name said alone after a new timer's length (see above), else ''."""
    m = _NAME_AFTER_LENGTH.search(text.replace("’", "'"))
    if m is None or language == "en":
        return ""
    name = m["name"]
    words = name.split()
    if words[0].lower() in _NOT_AFTER_LENGTH or (language == "de" and not name[0].isupper()) \
            or (language != "de" and len(words) > 1):
        return ""
    now = datetime.now(UTC)
    return name if all(normalize(kind, name, now, language) is None
                       for kind in ("duration", "time")) else ""


# a name in quotes right after the word for a timer
_QUOTED_NAME = re.compile(r"\b(?:timer|minuteur|minuterie|temporizador|Timer|countdown|named|called|"
                          r"labell?ed)\s*[«\"“„'‘]\s*([^«»\"“”„'‘’]{1,30}?)\s*[»\"”“'’]", re.I)


def timer_name(u: Understanding) -> str:
    """The timer's name from the ``timer_name``/``event_name`` slot or the words."""
    titled = _QUOTED_NAME.search(u.text)
    if titled is not None and u.language in (None, "en"):  # "…, named 'gratin'; it's in the
        return titled.group(1).strip()  # oven while I pack"
    # (a remark after it: "for the bread, it's only a small loaf")
    given = re.split(r"\s*[,;—–]\s*|\s+-\s+", slot_text(u, "timer_name", "event_name"))[0]
    named = _clean_name(_PURPOSE.sub("", clean(given))) if given else ""
    if named:
        return named
    room = _FOR_A_ROOM.search(u.text) if given else None
    if room is not None:  # "another one for the kitchen": a timer for tidying it ("a
        return room["room"].lower()  # kitchen timer" is any timer)
    other = _name_other(u.text, u.language or "en", new=u.intent == "timer_set") or (
        _name_done_to(u.text, u.language or "en") if u.intent == "timer_set" else "") or (
        _name_first(u.text, u.language or "en") or _name_after_length(
            u.text, u.language or "en") if u.intent == "timer_set" else "")
    if other:
        return other
    if titled is not None:  # "une minuterie « pâté chinois » de quarante-cinq minutes"
        return titled.group(1).strip()
    text = _PURPOSE.sub("", clean(u.text))
    marked = _PURPOSE.sub("", " ".join(u.text.lower().split()))  # (commas kept)
    for rx in _NAME_PATTERNS:
        for said in (text, marked):
            for m in rx.finditer(said):
                name = _clean_name(m.group(1))
                if name:
                    return name
    return ""


def timer_seconds(u: Understanding, ctx: SkillContext) -> float | None:
    """The duration asked for: a duration slot, a HWU64 ``time`` slot holding a duration,
    or a duration phrase in the words ("for 10 minutes")."""
    for name in ("duration", "timer_duration", "time"):
        v = slot_value(u, name, ctx)
        if v is not None and v.get("kind") == "duration" and v.get("seconds"):
            return float(v["seconds"])
        s = u.slot(name)
        if s is not None and s.raw and v is None:
            got = normalize("duration", s.raw, ctx.clock(), ctx.language)
            if got and got.get("seconds"):
                return float(got["seconds"])
    found = find_value(u.text, "duration", ctx, ("duration",), must=_UNIT_WORD)
    if found is not None and found[0].get("seconds"):
        return float(found[0]["seconds"])
    return None


# a timer called by its length where it has no name ("den Timer 12 Minuten", "le minuteur
# de 12 minutes", "il timer da 12 minuti": how the dialogue names the one just set)
_LENGTH_NAME = re.compile(r"(?:de |da |di |von )?(\d+)[ -]*(?:minuten|minute|minutes|minutos|"
                          r"minuto|minuti|min)", re.I)


def _match(timers: list[Timer], name: str, seconds: float | None) -> list[Timer]:
    if name and not any(t.name == name for t in timers) and name in SAME_NAME:
        name = SAME_NAME[name]  # "the washing timer" is the laundry one
    long = _LENGTH_NAME.fullmatch(name) if name else None
    if long and not any(t.name and t.name.casefold() == name.casefold() for t in timers):
        hits = [t for t in timers if abs(t.duration_s - 60 * int(long.group(1))) < 1]
        return [t for t in hits if not t.name] or hits
    if name:  # (either case: "Nudeln" as written when set, "nudeln" as a slot cleans it)
        name = name.casefold()
        exact = [t for t in timers if t.name and t.name.casefold() == name]
        return exact or [t for t in timers if t.name and (name in t.name.casefold()
                                                          or t.name.casefold() in name)]
    if seconds:
        return [t for t in timers if abs(t.duration_s - seconds) < 1]
    return timers


def _of_length(hits: list[Timer], said: str, ctx: SkillContext, language: str) -> list[Timer]:
    """Of several timers, the one ``said`` names by its length ("… to the 25 minute
    timer", "how long is left on the 10 minute timer"), else all of them."""
    if language != "en" and len(hits) > 1:  # "der Timer 12 Minuten", "al temporizador de
        m = re.search(r"\b(?:timer|minuteur|temporizador)\s+(" + _LENGTH_NAME.pattern + ")",
                      said, re.I)  # 20 minutos"
        return _match(hits, m.group(1), None) or hits if m else hits
    by_length = _BY_LENGTH.search(said) if language == "en" and len(hits) > 1 else None
    if by_length is None:
        return hits
    length = normalize("duration", re.sub(r"^\w+\s+|\s+\w+$", "", by_length.group())
                       .replace("-", " "), ctx.clock(), language)
    long = [t for t in hits if isinstance(length, dict) and length.get("seconds")
            and abs(t.duration_s - float(length["seconds"])) < 1]
    # a timer with a name is called by it: "the 10 minute timer" is the one without
    return [t for t in long if not t.name] or long or hits


def _describe(t: Timer, now: datetime, language: str = "en") -> str:
    """'the pasta timer with 4 minutes left', 'Pasta noch 4 Minuten'."""
    left = say_duration(repo.remaining_s(t, now=now), language)
    key = "timer_item_paused" if t.state == "paused" else "timer_item"
    if language == "en":
        name = timer_label(t.name, t.duration_s)
    else:
        name = t.name or lang.say_duration(t.duration_s, language)
    return lang.t(language, key, name=name, left=left)


def _choice_labels(hits: list[Timer], now: datetime, language: str) -> list[str]:
    """How to tell the timers apart: by name or length ("the eggs timer"), or by what is
    left when two share one ("the 5 minute timer with 2 minutes left")."""
    names = (["the " + timer_label(t.name, t.duration_s) for t in hits] if language == "en"
             else [t.name or say_duration(t.duration_s, language) for t in hits])
    if len(set(names)) == len(names):
        return names
    return [_describe(t, now, language) for t in hits]


def _ask_which(question: str, hits: list[Timer], u: Understanding,
               ctx: SkillContext) -> Outcome:
    """Ask which timer; the answer ("the first one", "the pasta one") picks one by id."""
    labels = _choice_labels(hits, ctx.clock(), lang.pick(ctx.language))
    choices = [{"label": label, "intent": u.intent,
                "slots": [{"name": TIMER_ID_SLOT, "raw": label, "value": t.id}]}
               for label, t in zip(labels, hits, strict=True)]
    return Outcome(question, action="timer.ask_which", expect_followup=True,
                   data={"choices": choices})


class TimerSkill:
    name = "timers"
    intents = [
        IntentSpec("timer_set", "Start a countdown timer, optionally named.",
                   {"duration": {"type": "string", "description": "How long, e.g. '10 minutes'"},
                    "timer_name": {"type": "string", "description": "Name, e.g. 'pasta'"}},
                   # not required: the skill finds the length in any slot or the words
                   prompts={"duration": "For how long?"}),
        IntentSpec("timer_query", "How long is left on a timer (or all timers).",
                   {"timer_name": {"type": "string", "description": "Which timer"}}),
        IntentSpec("timer_remove", "Cancel a timer by name, or all timers.",
                   {"timer_name": {"type": "string",
                                   "description": "Which timer, or 'all'"}}),
        IntentSpec("timer_pause", "Pause a running timer.",
                   {"timer_name": {"type": "string", "description": "Which timer"}}),
        IntentSpec("timer_resume", "Resume a paused timer.",
                   {"timer_name": {"type": "string", "description": "Which timer"}}),
        IntentSpec("timer_adjust", "Add time to a timer or take some off ('add 5 minutes "
                   "to the pasta timer'), or set the time it has left.",
                   {"timer_name": {"type": "string", "description": "Which timer"},
                    "duration": {"type": "string", "description": "How much, e.g. '5 minutes'"}}),
        IntentSpec("timer_rename", "Give a timer a name after it was set ('call that one "
                   "flapjacks').",
                   {"timer_name": {"type": "string", "description": "Which timer"},
                    "new_name": {"type": "string", "description": "Its new name"}},
                   templates=RENAME_TEMPLATES),
    ]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if u.intent == "timer_set":
            return await self.set(u, ctx)
        if u.intent == "timer_query":
            return await self.query(u, ctx)
        if u.intent == "timer_remove":
            return await self.remove(u, ctx)
        if u.intent == "timer_pause":
            return await self.change(u, ctx, pause=True)
        if u.intent == "timer_resume":
            return await self.change(u, ctx, pause=False)
        if u.intent == "timer_adjust":
            return await self.adjust(u, ctx)
        if u.intent == "timer_rename":
            return await self.rename(u, ctx)
        return Outcome(lang.t(ctx.language, "timer_unsupported"), action="timer.unsupported")

    async def _active(self, ctx: SkillContext) -> list[Timer]:
        return await read_db(ctx, repo.active, user=ctx.user_id)

    async def set(self, u: Understanding, ctx: SkillContext,
                  seconds: float | None = None, name: str = "") -> Outcome:
        language = lang.pick(ctx.language)
        seconds = seconds or timer_seconds(u, ctx)
        if not seconds:
            return Outcome(lang.t(language, "timer_ask_duration"), action="timer.ask_duration",
                           expect_followup=True, data={"missing": "duration"})
        if seconds > 7 * 86400:
            return Outcome(lang.t(language, "timer_too_long"), action="timer.too_long")
        if not name and _RESET.get(language) and re.search(_RESET[language], clean(u.text)):
            # "set the pasta timer to thirteen minutes", "il timer della pasta mettilo a
            # tredici minuti": the running pasta timer, not a second one
            timers = await self._active(ctx)
            named = _named(timers, u.text, language)
            if named and len(_match(timers, named, None)) == 1:
                return await self.adjust(u, ctx)
        name = name or timer_name(u)
        timer = await write_db(ctx, repo.create, duration_s=seconds, user=ctx.user_id,
                               name=name, now=ctx.clock(), language=language)
        label = f"{name} timer" if name else "timer"
        others = [t for t in await self._active(ctx) if t.id != timer.id]
        extra = f" That's {len(others) + 1} timers running." if others else ""
        speech = (f"Okay, {label} set for {say_duration(seconds)}.{extra}" if language == "en"
                  else lang.t(language, "timer_set_named" if name else "timer_set", name=name,
                              duration=say_duration(seconds, language)))
        return Outcome(speech,
                       action="timer.set", data={"timer": timer.to_dict()},
                       display={"timer": {"id": timer.id, "name": name,
                                          "deadline": timer.deadline.isoformat()
                                          if timer.deadline else None}})

    async def query(self, u: Understanding, ctx: SkillContext) -> Outcome:
        """Time left on one timer (and when it goes off, when asked "what time"), or on all."""
        timers = await self._active(ctx)
        now = ctx.clock()
        language = lang.pick(ctx.language)
        if not timers:
            return Outcome(lang.t(language, "timer_none"), action="timer.query",
                           data={"timers": []})
        name = timer_name(u) or _named(timers, u.text, language)
        hits = _match(timers, name, None) if name else _of_length(timers, clean(u.text), ctx,
                                                                   language)
        other = _the_other(timers, u.text, ctx)
        if other is not None:  # "How long has the pasta timer got?" — "And the other one?"
            name, hits = "", [other]
        several = _named_in(timers, u.text)
        if several is not timers and len(several) > 1:  # "wie lang gehen die Nudeln und die
            # Wäsche jetzt noch?"
            name, hits = "", several
        if name and not hits and language != "en":
            return Outcome(lang.t(language, "timer_not_found"), action="timer.query",
                           data={"timers": [t.to_dict() for t in timers]})
        if name and not hits:
            return Outcome(f"I can't find a {name} timer. You have "
                           f"{join_and([_describe(t, now) for t in timers])}.",
                           action="timer.query", data={"timers": [t.to_dict() for t in timers]})
        data = {"timers": [{**t.to_dict(), "remaining_s": repo.remaining_s(t, now=now)}
                           for t in hits]}
        if len(hits) > 1 and first_asked(u.text):  # "which one goes off first?"
            first = min(data["timers"], key=lambda t: (t["state"] == "paused", t["remaining_s"]))
            label = timer_label(first["name"], first["duration_s"]) if language == "en" else (
                first["name"] or say_duration(first["duration_s"], language))
            return Outcome(lang.t(language, "timer_first", name=label, left=say_duration(
                first["remaining_s"], language)), action="timer.query", data={"timers": [first]})
        if len(hits) == 1 and language != "en":
            t = hits[0]
            left = say_duration(repo.remaining_s(t, now=now), language)
            key = ("timer_paused_left" if t.state == "paused" else
                   "timer_left_named" if t.name else "timer_left")
            return Outcome(lang.t(language, key, name=t.name, left=left), action="timer.query",
                           data=data)
        if len(hits) == 1:
            t = hits[0]
            left = say_duration(repo.remaining_s(t, now=now))
            what = f"your {t.name} timer" if t.name else "your timer"
            if t.state == "paused":
                speech = f"{lang.capital(what)} is paused with {left} left."
            else:
                speech = f"There's {left} left on {what}."
                if _WHAT_TIME.search(clean(u.text)):  # "what time will the laundry go off?"
                    rings = now + timedelta(seconds=repo.remaining_s(t, now=now))
                    speech += f" It goes off at {say_time(rings.astimezone(ctx.tz))}."
            return Outcome(speech, action="timer.query", data=data)
        return Outcome(lang.t(language, "timer_many", n=len(hits), list=lang.join(
                           [_describe(t, now, language) for t in hits], language)),
                       action="timer.query", data=data)

    def _which(self, u: Understanding, ctx: SkillContext,
               timers: list[Timer]) -> tuple[list[Timer], str | None]:
        """The timers meant, or a question/answer to give instead."""
        language = lang.pick(ctx.language)
        if not timers:
            return [], lang.t(language, "timer_none")
        picked = u.slot(TIMER_ID_SLOT)
        if picked is not None:  # the answer to "which one?"
            hits = [t for t in timers if t.id == picked.value]
            return hits, None if hits else lang.t(language, "timer_gone")
        if wants_all(u.text) and not timer_name(u):
            return timers, None
        name = timer_name(u) or _named(timers, u.text, language)
        seconds = None if name else timer_seconds(u, ctx)
        if seconds and _LEFT.search(clean(u.text)):  # "the timer that has 15 minutes left"
            now = ctx.clock()
            hits = [t for t in timers if abs(repo.remaining_s(t, now=now) - seconds) <= 60]
        else:
            hits = _match(timers, name, seconds)
        if name and not hits and language != "en" and (said := _named(timers, u.text, language)):
            hits = _match(timers, said, None)  # a name slot that holds more than the name
        if (name or seconds) and not hits:
            if language != "en":
                return [], lang.t(language, "timer_not_found")
            what = f"a {name} timer" if name else f"a {say_duration(seconds or 0)} timer"
            return [], f"I can't find {what}."
        if len(hits) > 1:
            return hits, lang.t(language, "timer_which", choices=lang.join(
                _choice_labels(hits, ctx.clock(), language), language, lang.OR))
        return hits, None

    async def remove(self, u: Understanding, ctx: SkillContext) -> Outcome:
        timers = await self._active(ctx)
        # "cancel the pasta timer and the laundry timer": each by its name
        each = each_named(timers, u.text, _named_in) if lang.pick(ctx.language) == "en" else []
        if not each and len(timers) == 2 and re.search(  # "the pasta timer and the other one"
                r"\band the other (?:one|timer)\b", clean(u.text)):
            each = timers
        but = all_but(timers, u.text, _named_in) if lang.pick(ctx.language) == "en" else []
        hits, question = (each or but, None) if each or but else self._which(u, ctx, timers)
        if question and len(hits) <= 1:
            return Outcome(question, action="timer.remove")
        if question:
            return _ask_which(question, hits, u, ctx)
        for t in hits:
            try:
                await write_db(ctx, repo.cancel, t.id, now=ctx.clock())
            except Conflict:
                pass  # fired or cancelled meanwhile
        language = lang.pick(ctx.language)
        if len(hits) > 1:
            speech = (f"Okay, {all_of(len(hits), 'timers')} are cancelled." if language == "en"
                      else lang.t(language, "timer_cancelled_many", n=len(hits)))
        else:
            speech = lang.t(language, "timer_cancelled_named" if hits[0].name
                            else "timer_cancelled", name=hits[0].name)
        return Outcome(speech, action="timer.remove",
                       data={"ids": [t.id for t in hits], "timers": [t.to_dict() for t in hits]})

    async def change(self, u: Understanding, ctx: SkillContext, *, pause: bool) -> Outcome:
        state = "running" if pause else "paused"
        timers = [t for t in await self._active(ctx) if t.state == state]
        language = lang.pick(ctx.language)
        if not timers:
            speech = lang.t(language, "timer_none_running" if pause else "timer_none_paused")
            return Outcome(speech, action="timer.pause" if pause else "timer.resume")
        hits, question = self._which(u, ctx, timers)
        if question and len(hits) <= 1:
            return Outcome(question, action="timer.pause" if pause else "timer.resume")
        if question and not wants_all(u.text):
            return _ask_which(question, hits, u, ctx)
        fn = repo.pause if pause else repo.resume
        done = []
        for t in hits:
            try:
                done.append(await write_db(ctx, fn, t.id, now=ctx.clock()))
            except Conflict:
                pass
        verb = "paused" if pause else "running again"
        if not done:
            return Outcome(lang.t(language, "timer_gone"), action="timer.gone")
        if language != "en":
            left = say_duration(repo.remaining_s(done[0], now=ctx.clock()), language)
            key = "timer_paused" if pause else "timer_resumed"
            speech = lang.t(language, key + ("_many" if len(done) > 1 else ""), n=len(done),
                            left=left)
        elif len(done) > 1:
            speech = f"Okay, {all_of(len(done), 'timers')} are {verb}."
        else:
            t = done[0]
            left = say_duration(repo.remaining_s(t, now=ctx.clock()))
            what = f"your {t.name} timer" if t.name else "the timer"
            speech = f"Okay, {what} is {verb}, with {left} left."
        return Outcome(speech, action="timer.pause" if pause else "timer.resume",
                       data={"ids": [t.id for t in done], "timers": [t.to_dict() for t in done]})


    async def adjust(self, u: Understanding, ctx: SkillContext) -> Outcome:
        """Add time to a timer, take some off, or leave it so long to go."""
        language = lang.pick(ctx.language)
        timers = await self._active(ctx)
        said = clean(u.text)
        # de/fr/es/it "auf zwölf Minuten", not "noch zehn": with no such timer, a new one
        # (a remark after it says nothing of more: "…, mettilo a tredici minuti, è pasta e
        # patate, ci vuole di più")
        clauses = [clean(c) for c in u.text.split(",")]
        asked = " ".join(clauses[:next((i + 1 for i, c in enumerate(clauses)
                                        if _TO_LENGTH.search(c)), len(clauses))])
        new_length = language != "en" and bool(
            _TO_LENGTH.search(said) or re.search(IN_ALL, said)) and not _MORE_OTHER.search(asked)
        if not timers and not new_length:
            return Outcome(lang.t(language, "timer_none"), action="timer.adjust")
        must = _UNIT_WORD if language == "en" else _UNIT_WORD_OTHER
        # "add 5 minutes to the 10 minute timer": the amount, not the timer's length
        found = find_value(_ADJUST_FILLER.sub(" ", _BY_LENGTH.sub(" ", said)), "duration", ctx,
                           ("duration",), must=must) if language == "en" else None
        found = found or find_value(_ADJUST_FILLER.sub(" ", said), "duration", ctx,
                                    ("duration",), must=must)
        if found is None or not found[0].get("seconds"):
            return Outcome(lang.t(language, "timer_adjust_how"), action="timer.ask_duration",
                           expect_followup=True, data={"missing": "duration"})
        seconds = float(found[0]["seconds"])
        picked = u.slot(TIMER_ID_SLOT)
        set_to = re.match(r"^(?:set|make)\s+(?:(?:the|my)\s+)?(\w+)\s+timer\s+(?:to\s+|for\s+)?\d",
                          said)  # "set rice timer to 12 min"
        name = timer_name(u) or _adjusted_name(said) or _name_said(timers, said) or (
            set_to.group(1) if set_to else "")
        name = name or (_name_begun(timers, said) if language != "en" else "")
        hits = ([t for t in timers if t.id == picked.value] if picked is not None
                else _match(timers, name, None) if name else timers)
        hits = _of_length(hits, said, ctx, language)
        if not hits and (set_to and language == "en" or new_length):
            return await self.set(u, ctx, seconds, name)  # no rice timer yet: a new one
        if not hits:
            what = f"a {name} timer" if name and language == "en" else ""
            return Outcome(f"I can't find {what}." if what else lang.t(language, "timer_not_found"),
                           action="timer.adjust")
        if len(hits) > 1 and picked is None and not name and every_timer(said):
            return await self._adjust_each(hits, said, seconds, ctx)  # "add two minutes to both"
        if len(hits) > 1:
            return _ask_which(lang.t(language, "timer_which", choices=lang.join(
                _choice_labels(hits, ctx.clock(), language), language, lang.OR)), hits, u, ctx)
        # "so it's got 12 minutes left" sets what is left; "another ten minutes" never does
        left = (_LEFT.search(said) is not None and not _MORE.search(said)) or re.search(
            r"\btimer\s+(?:back\s+|down\s+|up\s+)?to\b|^(?:(?:please|can you|could you|would you)\s+)*"
            r"make\s+\w+\s+\w+\s+timer\s+(?!.*\b(?:shorter|longer)\b)",
            said) is not None
        if language != "en":  # "Stell den Nudeltimer auf zwölf Minuten", not "noch zehn"
            left = new_length
        by = _signed(seconds, said, language)
        try:
            t = await write_db(ctx, repo.adjust, hits[0].id, by_s=None if left else by,
                               left_s=seconds if left else None, now=ctx.clock())
        except HarkError as e:
            return Outcome(lang.say_error(e, ctx.language), action="timer.adjust_failed")
        remaining = say_duration(repo.remaining_s(t, now=ctx.clock()), language)
        if language != "en":
            speech = lang.t(language, "timer_adjusted", left=remaining)
        else:
            what = f"your {t.name} timer" if t.name else "your timer"
            speech = f"Okay, {what} now has {remaining} left."
        return Outcome(speech, action="timer.adjust", data={"timer": t.to_dict()})


    async def _adjust_each(self, hits: list[Timer], said: str, seconds: float,
                           ctx: SkillContext) -> Outcome:
        """The same more or less time given to every timer in ``hits``."""
        language = lang.pick(ctx.language)
        by = _signed(seconds, said, language)
        done: list[Timer] = []
        for t in hits:
            try:
                done.append(await write_db(ctx, repo.adjust, t.id, by_s=by, now=ctx.clock()))
            except HarkError as e:
                return Outcome(lang.say_error(e, ctx.language), action="timer.adjust_failed")
        listed = lang.join([_describe(t, ctx.clock(), language) for t in done], language)
        return Outcome(lang.t(language, "timer_adjusted_many", list=listed),
                       action="timer.adjust", data={"timers": [t.to_dict() for t in done]})

    async def rename(self, u: Understanding, ctx: SkillContext) -> Outcome:
        """Give a timer a name: the one named, else the one this session last set or
        changed, else the newest."""
        language = lang.pick(ctx.language)
        timers = await self._active(ctx)
        name = new_name(slot_text(u, "new_name"))
        if not timers:
            return Outcome(lang.t(language, "timer_none"), action="timer.rename")
        if not name:
            return Outcome(lang.t(language, "timer_not_found"), action="timer.rename")
        old = timer_name(u)
        last = _last_changed(ctx)
        hits = (_match(timers, old, None) if old else
                [t for t in timers if t.id == last] or [max(timers, key=lambda t: t.id)])
        if not hits:
            return Outcome(lang.t(language, "timer_not_found"), action="timer.rename")
        try:
            t = await write_db(ctx, repo.rename, hits[0].id, name, now=ctx.clock())
        except HarkError as e:
            return Outcome(lang.say_error(e, ctx.language), action="timer.rename_failed")
        left = say_duration(repo.remaining_s(t, now=ctx.clock()), language)
        return Outcome(lang.t(language, "timer_renamed", name=name, left=left),
                       action="timer.rename", data={"timer": t.to_dict()})


def _signed(seconds: float, said: str, language: str) -> float:
    """``seconds`` taken off when ``said`` asks for less ("knock two minutes off"), else
    added."""
    less = _LESS.search(said) or (language != "en" and _LESS_OTHER.search(said)) or (
        language == "es" and _LESS_ES.search(said))
    return -seconds if less else seconds


def _last_changed(ctx: SkillContext) -> int | None:
    """The id of the timer the session's last change set or changed, if it was a timer."""
    rows = (ctx.services.get("last_change") or {}).get("rows") or []
    ids = [r.get("id") for r in rows if r.get("table") == "timers"]
    return ids[-1] if ids else None


# "one more minute", "another ten minutes", "two extra minutes": the length is the rest
# a timer named by its length ("the 10 minute timer", "that 25-min one")
_BY_LENGTH = re.compile(r"\b(?:the|my|that|this)\s+(?:\d+|[a-z]+)(?:[\s-]+(?:and a half|[a-z]+))?"
                        r"[\s-]+(?:minutes?|mins?|hours?|seconds?|secs?)\s+(?:timer|one)\b")
_ADJUST_FILLER = re.compile(r"\b(?:more|extra|other|another|additional)\b")
_LESS = re.compile(r"\b(?:take|knock|shave|remove|chop|cut|shorten|shorter|minus|less|off|"
                   r"reduce|decrease|lower)\b")
_LEFT = re.compile(r"\b(?:left|to go|remaining)\b")
_MORE = re.compile(r"\b(?:another|more|extra|add|added|adding|plus|further)\b")
_WHAT_TIME = re.compile(r"\bwhat time\b|^when\b.*\b(?:go(?:es)? off|end|ends|finish|finishes|ring|"
                        r"rings|be done|done|up)\b")


# the same in German, French, Spanish and Italian
_UNIT_WORD_OTHER = re.compile(r"\b(?:sekunden?|minuten?|stunden?|secondes?|minutes?|heures?|"
                              r"demi-heure|segundos?|minutos?|horas?|secondi|secondo|minuti|"
                              r"minuto|ore|ora|mezz'ora|min|minutit\w*|minutin\w*)\b")
# a new length: "auf zwölf Minuten", "à une demi-heure", "en diez minutos", "a 20 minuti"
_TO_LENGTH = re.compile(r"\b(?:auf|à|a|en|al|alla|su)\s+(?:\S+\s+){0,2}?(?:\d+|\w+)\s*[\w'-]*?"
                        r"(?:minuten?|stunden?|sekunden?|minutes?|heures?|heure|minutos?|horas?|"
                        r"segundos?|minuti|ore|ora|secondi)\b")
# a timer named with "the" and given a length with "to": the running one set anew
_RESET = {
    "en": r"\b(?:the|my|that)\s+(?:[\w'-]+\s+){0,2}timer\s+(?:back\s+)?to\b",
    "de": r"\b(?:den|der|dem|meinen|deinen)\s+[\w-]*timer\b.*\bauf\b",
    "fr": r"\ble minuteur\b.*\b(?:à|a)\s",
    "es": r"\bel (?:temporizador|timer)\b.*\b(?:a|en)\s",
    "it": r"\bil timer\b.*\b(?:a|su)\s",
}
_MORE_OTHER = re.compile(r"\b(?:noch|mehr|dazu|drauf|zusätzlich\w*|extra|ajout\w*|rajout\w*|"
                         r"plus|encore|más|añad\w*|agreg\w*|suma\w*|aggiung\w*|ancora|più)\b")
_LESS_OTHER = re.compile(r"\b(?:weniger|abzieh\w*|zieh\w*|kürz\w*|moins|enl[eè]v\w*|retir\w*|"
                         r"menos|qu[ií]t\w*|meno|togli\w*|lev(?:a|i|agli|ale|aci)\b)\b")
# Spanish "réstale dos minutos" takes off; French "il reste" and Italian "resta" are what is left
# ("cuánto tiempo resta" asks what is left: "resta" takes off only before a length)
_LESS_ES = re.compile(r"\br[eé]st(?:ale|ales|arle|ar)\b|\bresta\s+(?:\w+\s+){1,2}?(?:minutos?|"
                      r"segundos?|horas?)\b")


def _name_begun(timers: list[Timer], said: str) -> str:
    """A running timer's name that begins a word said ("Nudeltimer", "Nudel-Timer": the
    Nudeln timer), in German, French, Spanish or Italian."""
    names = {t.name for t in timers if t.name and any(
        begins_like(t.name, w) for w in re.findall(r"\w+", said))}
    return names.pop() if len(names) == 1 else ""


def _named(timers: list[Timer], text: str, language: str) -> str:
    """A running timer's name said in ``text`` (in de/fr/es/it also as a word's start)."""
    return _name_said(timers, text) or (
        _name_begun(timers, clean(text)) if language != "en" else "")


def _name_said(timers: list[Timer], text: str) -> str:
    """The name of a running timer said anywhere in ``text``: "pause the pasta"."""
    said = clean(text)
    names = {t.name for t in timers if t.name and re.search(rf"\b{re.escape(t.name)}\b", said,
                                                            re.I)}
    if not names:  # "how long until the washing's done": the laundry timer
        names = {t.name for t in timers if t.name for other, same in SAME_NAME.items()
                 if same == t.name.casefold() and re.search(rf"\b{other}\b", said)}
    return names.pop() if len(names) == 1 else ""


def _adjusted_name(said: str) -> str:
    """The timer named after "to"/"on"/"off": "add a couple of minutes to the pasta"."""
    m = re.search(r"\b(?:to|on|onto|off|from|for)\s+(?:the|my|that|this)\s+([a-z][a-z' -]*?)"
                  r"(?:\s+timer)?(?:\s+please)?$", said) \
        or re.search(r"\b(?:give|add)\s+(?:the|my)\s+([a-z][a-z'-]*)\s+(?:another|an extra|\w+ "
                     r"(?:more|extra))\b", said)  # "give the pasta another minute"
    return _clean_name(m.group(1)) if m else ""


def is_timer_request(text: str) -> bool:
    return bool(re.search(r"\btimers?\b|\bcountdown\b", clean(text)))


def pause_or_resume(text: str) -> str | None:
    t = clean(text)
    if _RESUME.search(t):
        return "resume"
    if _PAUSE.search(t):
        return "pause"
    return None
