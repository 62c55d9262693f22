"""Time and date: the time here or in another city, converting a time between places,
and date arithmetic ("what day is Christmas", "how many days until new year")."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import dates, lang
from hark.skills.providers.slots import clean, raw, slots, words_to_digits
from hark.text.places import EXTRA, find_zone
from hark.types import Outcome, Slot, Understanding

_PLACE = {"type": "string", "description": "A city, country or time zone, e.g. 'Tokyo'"}
_TIME_WORDS = re.compile(r"\b(time|uhr|uhrzeit|spät|heure|hora|ora|ore)\b")
_DATE_WORDS = re.compile(r"\b(date|day|month|year|week|datum|tag|heute|jour|fecha|d[ií]a|hoy|"
                         r"data|giorno|oggi)\b")
# "how many days until", "wie viele Tage bis", "combien de jours avant", "cuántos días
# faltan", "quanti giorni mancano": count the days rather than name the date
_UNTIL = {"en": r"\b(until|till|til|how many days|how long|how far)\b",
          "other": r"\b(bis|wie lange|tage|tagen|jours|jusqu|avant|d[ií]as|faltan|falta|"
                   r"quedan|queda|hasta|giorni|mancano|manca|fino)\b"}
_TODAY_WORDS = {"today", "heute", "aujourd'hui", "hoy", "oggi"}
_ABBREVIATIONS = {k for k in EXTRA if len(k) <= 4 and k not in {"rio", "peru", "uae"}}


def pretty_place(name: str) -> str:
    n = " ".join(name.replace(".", " ").split()) if re.fullmatch(r"([a-z]\.\s*)+", name.lower()) else name
    key = n.lower().replace(" ", "")
    if key in _ABBREVIATIONS:
        return key.upper()
    return " ".join(w if w.isupper() else w.capitalize() for w in n.split())


def parse_clock(text: str) -> tuple[int, int] | None:
    """"3pm", "nine pm", "noon", "15:30", "eight at night" -> (hour, minute)."""
    t = words_to_digits(clean(text))
    if re.search(r"\b(noon|midday)\b", t):
        return 12, 0
    if "midnight" in t:
        return 0, 0
    m = re.search(r"\b(\d{1,2})(?:[:.](\d{2})|\s+(\d{2})\b)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?", t)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or m.group(3) or 0)
    if h > 23 or mi > 59:
        return None
    mer = (m.group(4) or "").replace(".", "").replace(" ", "")
    evening = re.search(r"\b(pm|evening|night|tonight|afternoon)\b", t)
    if mer == "pm" or (not mer and evening):
        if h < 12:
            h += 12
    elif (mer == "am" or "morning" in t) and h == 12:
        h = 0
    return h, mi


def say_span(minutes: int) -> str:
    minutes = abs(minutes)
    h, m = divmod(minutes, 60)
    if h == 0:
        return f"{m} minutes"
    hours = f"{h} hour" + ("s" if h != 1 else "")
    if m == 30:
        return f"{h} and a half hours" if h != 1 else "an hour and a half"
    if m:
        return f"{hours} {m} minutes"
    return hours


def offset_minutes(tz: tzinfo, at: datetime) -> int:
    off = at.astimezone(tz).utcoffset()
    return int(off.total_seconds() // 60) if off is not None else 0


class DateTimeSkill:
    name = "datetime"
    intents = [
        IntentSpec(
            "datetime_query",
            "Tell the current time or date, here or in another city; what weekday a date "
            "or holiday falls on; how many days until a date.",
            slots={"place_name": _PLACE, "time_zone": _PLACE,
                   "date": {"type": "string", "description": "A date, e.g. 'in 3 weeks'"},
                   "event_name": {"type": "string", "description": "A holiday, e.g. 'Christmas'"}},
        ),
        IntentSpec(
            "datetime_convert",
            "Convert a time from one place or time zone to another, or tell the time "
            "difference between two places.",
            slots={"time": {"type": "string", "description": "A clock time, e.g. '3pm'"},
                   "place_name": _PLACE, "time_zone": _PLACE},
        ),
    ]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if u.intent == "datetime_convert":
            return self._convert(u, ctx)
        return self._query(u, ctx)

    # ------------------------------------------------------------------- queries

    def _query(self, u: Understanding, ctx: SkillContext) -> Outcome:
        now = ctx.clock()
        text = clean(u.text)
        place = raw(u, "place_name") or raw(u, "time_zone")
        if place and not (u.slot("date") or u.slot("event_name")):
            return self._time_in(place, now, ctx, with_date=bool(_DATE_WORDS.search(text)))
        if (u.slot("date") or u.slot("event_name") or dates.holiday(text, now.date())
                or re.search(_UNTIL["en"], text)):
            return self._date_maths(u, ctx)
        if _TIME_WORDS.search(text) or not _DATE_WORDS.search(text):
            return Outcome(lang.t(ctx.language, "time", time=lang.say_time(now, ctx.language)),
                           action="datetime.time",
                           display={"type": "clock", "time": now.isoformat()})
        year = bool(re.search(r"\byear\b", text))
        return Outcome(
            lang.t(ctx.language, "date", date=lang.say_date(now.date(), ctx.language, year=year)),
            action="datetime.date", display={"type": "date", "date": now.date().isoformat()})

    def _time_in(self, place: str, now: datetime, ctx: SkillContext, *,
                 with_date: bool = False) -> Outcome:
        zone = find_zone(place)
        if zone is None:
            return Outcome(lang.t(ctx.language, "tz_unknown", place=pretty_place(place)),
                           action="datetime.unknown_place", data={"place": place})
        there = now.astimezone(zone)
        name = pretty_place(place)
        speech = lang.t(ctx.language, "time_in", place=name, time=lang.say_time(there, ctx.language))
        if with_date or there.date() != now.date():
            speech = speech[:-1] + (f", {lang.say_date(there.date(), ctx.language)}."
                                    if lang.pick(ctx.language) != "en"
                                    else f" on {lang.say_date(there.date())}.")
        return Outcome(speech, action="datetime.time_in",
                       display={"type": "clock", "time": there.isoformat(), "place": name,
                                "timezone": zone.key})

    def _date_maths(self, u: Understanding, ctx: SkillContext) -> Outcome:
        language = lang.pick(ctx.language)
        today = ctx.clock().date()
        text = clean(u.text)
        d_slot = u.slot("date")
        event = raw(u, "event_name")
        hol = dates.holiday(event or text, today)
        span = dates.resolve(d_slot.value if d_slot else None, d_slot.raw if d_slot else None, today)
        name: str
        if span is None and hol:
            span = dates.DateSpan(hol[1], hol[1], "")
        if span is None:
            return Outcome(lang.t(language, "date_unknown"), action="datetime.unknown_date")
        d = span.start
        if hol and language == "en" and (event or not d_slot or hol[0] in clean(d_slot.raw)):
            name = lang.capital(" ".join(w if w in ("of", "the", "and") else w.capitalize()
                                         for w in hol[0].split()))  # "Fourth of July"
        elif d_slot:
            name = d_slot.raw.strip(" ?!.,")
        elif event:
            name = event
        else:
            name = lang.t(language, "date_that")
        display = {"type": "date", "date": d.isoformat()}
        days = (d - today).days
        if lang.said(text, language, _UNTIL["en"], _UNTIL["other"]):
            key = ("date_is_today" if days == 0 else "date_is_tomorrow" if days == 1
                   else "days_until" if days > 0 else "days_ago")
            if key == "days_until" and language == "de":  # "Bis zum 24. Dezember sind es…"
                m = re.search(rf"\b(zum|zur)\s+{re.escape(name)}", u.text, re.IGNORECASE)
                name = f"{m.group(1).lower()} {name}" if m else name
            return Outcome(lang.capital(lang.t(language, key, name=name, days=abs(days))),
                           action="datetime.days_until", display={**display, "days": days})
        when = lang.say_date(d, language, year=d.year != today.year)
        if language == "en" and (
                re.match(r"(in \d|in [a-z]+ (day|week|month|year))", words_to_digits(name.lower()))
                or re.search(r"\b(from now|later)\b", name.lower())):
            speech = f"{name} it will be {when}."
        elif days == 0:
            key = "date" if clean(name) in _TODAY_WORDS else "date_today_is"
            speech = lang.t(language, key, name=name, date=when)
        elif days < 0:
            speech = lang.t(language, "date_was", name=name,
                            weekday=lang.WEEKDAYS[language][d.weekday()])
        else:
            speech = lang.t(language, "date_is_on", name=name, when=when)
        return Outcome(lang.capital(speech), action="datetime.date_of", display=display)

    # ---------------------------------------------------------------- conversion

    def _convert(self, u: Understanding, ctx: SkillContext) -> Outcome:
        now = ctx.clock()
        places = sorted(slots(u, "place_name") + slots(u, "time_zone"),
                        key=lambda s: (s.start if s.start is not None else u.slots.index(s)))
        places = [s for s in places if s.raw.strip()]
        names = [s.raw.strip() for s in places]
        zones = [_zone_of(s) for s in places]
        language = lang.pick(ctx.language)
        for n, z in zip(names, zones, strict=True):
            if z is None:
                return Outcome(lang.t(language, "tz_unknown", place=pretty_place(n)),
                               action="datetime.unknown_place", data={"place": n})
        if not names:
            return Outcome(lang.t(language, "tz_ask_place"), action="datetime.ask_place",
                           expect_followup=True)
        clock = self._clock(u)
        here = ctx.tz
        if clock is not None and len(places) >= 2:
            # the clock time belongs to the place said next to it: "wie spät ist es in
            # Tokio, wenn es in Berlin 15 Uhr ist" converts from Berlin
            at = [s.start for s in slots(u, "time") + slots(u, "timeofday")
                  if s.start is not None]
            if at and all(s.start is not None for s in places[:2]):
                near = min((0, 1), key=lambda i: abs((places[i].start or 0) - at[0]))
                if near == 1:
                    names[:2], zones[:2] = names[1::-1], zones[1::-1]
        if len(names) >= 2:
            src, dst, src_name, dst_name = zones[0], zones[1], pretty_place(names[0]), pretty_place(names[1])
        else:
            src, dst, src_name, dst_name = here, zones[0], "here", pretty_place(names[0])
        assert src is not None and dst is not None
        if clock is None:
            diff = offset_minutes(dst, now) - offset_minutes(src, now)
            there = now.astimezone(dst)
            speech = _say_difference(diff, dst_name, src_name, there, language)
            return Outcome(speech, action="datetime.difference",
                           display={"type": "clock", "time": there.isoformat(),
                                    "timezone": getattr(dst, "key", str(dst)),
                                    "difference_minutes": diff})
        h, m = clock
        start = datetime.combine(now.astimezone(src).date(), datetime.min.time(), src).replace(hour=h, minute=m)
        out = start.astimezone(dst)
        shift = (out.date() - start.date()).days
        tail = {1: lang.t(language, "tz_next_day"),
                -1: lang.t(language, "tz_day_before")}.get(shift, "")
        src_say = (lang.t(language, "tz_here") if src_name == "here"
                   else lang.t(language, "tz_in", place=src_name))
        speech = lang.t(language, "tz_convert", start=lang.say_time(start, language),
                        src=src_say, out=lang.say_time(out, language), tail=tail,
                        dst=dst_name)
        speech = lang.capital(speech)
        return Outcome(speech, action="datetime.convert",
                       display={"type": "convert", "from": start.isoformat(), "to": out.isoformat()})

    @staticmethod
    def _clock(u: Understanding) -> tuple[int, int] | None:
        said = slots(u, "time") + slots(u, "timeofday")
        if len(said) == 1 and isinstance(said[0].value, dict):
            v = said[0].value
            hhmm = v.get("time") or (str(v.get("datetime") or "")[11:16] or None)
            if v.get("kind") in ("time", "datetime") and hhmm:
                try:
                    hh, mm = str(hhmm).split(":")[:2]
                    return int(hh), int(mm)
                except ValueError:
                    pass
        return parse_clock(" ".join(s.raw for s in said)) if said else None


def _zone_of(s: Slot) -> tzinfo | None:
    """The NLU's normalised time zone when it has one, else a lookup by name."""
    v = s.value
    if isinstance(v, dict) and v.get("kind") == "time_zone" and v.get("tz"):
        try:
            return ZoneInfo(str(v["tz"]))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return find_zone(s.raw)



def _say_difference(diff: int, dst_name: str, src_name: str, there: datetime,
                    language: str) -> str:
    """"Tokyo is 8 hours ahead of you; it's 5:00 PM there." in ``language``."""
    if language == "en":
        other = "you" if src_name == "here" else src_name
        if diff == 0:
            rel = f"{dst_name} is on the same time as {other}"
        else:
            rel = f"{dst_name} is {say_span(diff)} {'ahead of' if diff > 0 else 'behind'} {other}"
        return f"{rel}; it's {lang.say_time(there)} there."
    other = (lang.t(language, "tz_us") if src_name == "here"
             else lang.t(language, "tz_in", place=src_name) if language == "de" else src_name)
    key = "tz_same" if diff == 0 else "tz_ahead" if diff > 0 else "tz_behind"
    rel = lang.t(language, key, place=dst_name, other=other,
                 span=lang.say_duration(abs(diff) * 60, language))
    return f"{rel} {lang.t(language, 'tz_there', time=lang.say_time(there, language))}"
