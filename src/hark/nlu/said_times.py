"""Which of the times said is the request's: a timer's length, an alarm's wake-up time.

A timer's length is a ``duration`` slot, as the rules and the other languages give it,
but the English tagger gives HWU64's ``time`` for it or cuts it short, the other
languages' finder may read it as a clock time ("un minuteur de deux heures": 2 o'clock) or
as a time from now ("en un minuto y medio"), and the rules may cut it too long ("un
minuto y medio, por favor"). An alarm said with another time before it takes the one said
after "wake me" ("Morgen um sieben muss ich los, weck mich um Viertel nach sechs").
"""

from __future__ import annotations

import re
from datetime import datetime

from hark.nlu import scope_frames
from hark.nlu.intents import DURATION_SLOT
from hark.nlu.normalize import normalize
from hark.nlu.time_spans import find_time_spans
from hark.types import Slot


def clear_of(slots: list[Slot], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps none of ``slots`` (found by an earlier finder)."""
    return all(end <= (s.start or 0) or start >= (s.end or 0) for s in slots)


def _is_length(value: object) -> bool:
    return isinstance(value, dict) and value.get("kind") == "duration"


def _as_length(s: Slot, now: datetime, lang: str) -> Slot:
    """``s`` as a timer's length when its words read as one."""
    if s.name not in ("time", DURATION_SLOT):
        return s
    if _is_length(s.value):  # a ``time`` holding a length is one
        return Slot(DURATION_SLOT, s.raw, s.value, s.start, s.end)
    value = normalize(DURATION_SLOT, s.raw, now, lang)
    if _is_length(value):
        return Slot(DURATION_SLOT, s.raw, value, s.start, s.end)
    if isinstance(s.value, dict) and s.value.get("relative") and s.value.get("datetime"):
        # "Pon el temporizador en un minuto y medio": the time from now is the length
        seconds = round((datetime.fromisoformat(s.value["datetime"]) - now).total_seconds())
        if seconds > 0:
            return Slot(DURATION_SLOT, s.raw, {"kind": "duration", "seconds": seconds,
                                               "iso": f"PT{seconds}S"}, s.start, s.end)
    inner = [f for f in find_time_spans(s.raw, now, lang) if f.name == DURATION_SLOT]
    if not inner or s.start is None:
        return s
    f = inner[0]
    return Slot(DURATION_SLOT, f.raw, f.value, s.start + (f.start or 0), s.start + (f.end or 0))


def wake_time_first(slots: list[Slot], text: str, lang: str) -> list[Slot]:
    """Of two times, the one said after "wake me" first: "Morgen um sieben muss ich los,
    weck mich bitte um Viertel nach sechs" is an alarm at 6:15, not at 7."""
    times = [s for s in slots if s.name == "time" and s.start is not None]
    woken = scope_frames.woken_at(text, lang) if len(times) > 1 else None
    after = [s for s in times if woken is not None and (s.start or 0) >= woken]
    if not after or after[0] is times[0]:
        return slots
    woke, first = after[0], times[0]
    if isinstance(woke.value, dict) and woke.value.get("kind") == "time" and \
            isinstance(first.value, dict) and first.value.get("kind") == "datetime":
        # on the day the first one names: "Freitag muss ich um 7 los, weck mich um 6"
        clock = woke.value["time"]
        at = datetime.fromisoformat(first.value["datetime"]).replace(
            hour=int(clock[:2]), minute=int(clock[3:5]))
        value = {"kind": "datetime", "datetime": at.isoformat()}
        if woke.value.get("ambiguous"):
            value["ambiguous"] = True
        woke = Slot("time", woke.raw, value, woke.start, woke.end)
    return [woke] + [s for s in slots if s.name != "time"]


# (German) an alarm's hour after "auf", no "um": "stell meinen Wecker unter der Woche auf sechs"
_ON_HOUR_DE = re.compile(r"\bauf\s+(?P<hour>\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
                         r"zehn|elf|zwölf)(?:\s+uhr)?(?=\s*[.!?]*$|\s+(?:bitte|stellen|umstellen|um|"
                         r"morgen|früh|uhr)\b)", re.I)


def alarm_hour(slots: list[Slot], text: str, now: datetime, lang: str) -> list[Slot]:
    """``slots`` with an alarm's hour said after German "auf" ("… auf sechs"), when no
    slot already covers it."""
    if lang != "de" or not re.search(r"weck|alarm", text, re.I):
        return slots
    m = _ON_HOUR_DE.search(text)  # (also after the alarm's own time: "den Wecker … um
    # Viertel nach sieben auf sieben um")
    value = normalize("time", f"um {m['hour']}", now, lang) if m else None
    if m is None or not isinstance(value, dict) or not clear_of(slots, m.start("hour"), m.end()):
        return slots
    return slots + [Slot("time", text[m.start("hour"):m.end()], value, m.start("hour"), m.end())]


# English: an alarm's hour said bare before its days ("an alarm for 6 every weekday")
_FOR_HOUR_EN = re.compile(r"\balarm\s+(?:for|at)\s+(?P<hour>\d{1,2}|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve)(?=\s+(?:every|each|on|weekdays|"
                          r"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", re.I)


def bare_alarm_hour(slots: list[Slot], text: str, now: datetime) -> list[Slot]:
    """``slots`` with an English alarm's hour said bare before its days ("set an alarm for
    6 every weekday", which the span finder reads as no time), when no slot covers it."""
    m = _FOR_HOUR_EN.search(text)
    value = normalize("time", f"at {m['hour']}", now, "en") if m else None
    if m is None or not isinstance(value, dict) or not clear_of(slots, m.start("hour"), m.end()):
        return slots
    return sorted([*slots, Slot("time", m["hour"], value, m.start("hour"), m.end())],
                  key=lambda s: s.start or 0)


def timer_lengths(intent: str, slots: list[Slot], text: str, now: datetime,
                   lang: str) -> list[Slot]:
    """A timer's length is a ``duration`` slot, as the rules and the other languages give
    it. The English CRF learnt HWU64's ``time`` for it, or misses it when a room follows
    ("set a timer for 5 minutes in the kitchen"), which left the timer asking "For how
    long?": a ``time`` slot that reads as a length ("un minuteur de deux heures", first
    read as 2 o'clock) becomes one, a length the rules cut too long ("un minuto y medio,
    por favor") is read again, else the words are searched."""
    if not intent.startswith("timer_"):
        return slots
    out = [_as_length(s, now, lang) for s in slots]
    if any(s.name == DURATION_SLOT for s in out):
        read_again = [s is not old and s.name == DURATION_SLOT
                      for s, old in zip(out, slots, strict=True)]
        if not any(read_again):  # the lengths as given (the rules'): no search
            return out
        # a length the tagger cut short ("Timer for a minute and [twenty seconds]") is
        # the whole one the words say around it
        whole = [f for f in find_time_spans(text, now, lang) if f.name == DURATION_SLOT]
        return [next((f for f in whole if again and (f.start or 0) <= (s.start or 0)
                      and (s.end or 0) <= (f.end or 0)), s)
                for s, again in zip(out, read_again, strict=True)]
    found = [s for s in find_time_spans(text, now, lang)
             if s.name == DURATION_SLOT and clear_of(out, s.start or 0, s.end or 0)]
    return out + found[:1]
