"""Whether the user is free at a moment, asked in everyday words, in English, German,
French, Spanish and Italian: "Is my Wednesday afternoon clear at quarter past two, or have
I got something then?", "Hab ich am Mittwoch um 14 Uhr Zeit?", "Un client veut passer
mercredi vers quatorze heures. Je suis libre à ce moment-là ?", "¿Estoy libre el
miércoles a las dos de la tarde?", "Sono libero mercoledì alle due?".

:func:`plain` says such a question as the calendar reads it ("am I free on Wednesday at
14:15?"), its moment found anywhere in what was said (a day and a clock time apart, an
afternoon making "two" 14:00); other text is returned as it was. The model had read some
as a new event ("Hätte ich am Mittwoch um 14 Uhr Zeit für ein Telefonat …" put a call
in the calendar) or as the weather.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from hark.nlu.time_spans import find_time_spans

_FREE = {
    # (English "am I free on Wednesday at 2?" is read as it is)
    "en": r"\b(?:(?:will i be|would i be)\s+|is my (?:\w+\s+){1,3}?)(?:free|clear|available)\b|"
          r"\bhave i got (?:something|anything)(?: on)? then\b",
    "de": r"\b(?:hab|habe|hätte|hätt|hob)\s+(?:ich|i)\b.*\bzeit\b|\b(?:bin|wäre|wär)\s+(?:ich|i)\b"
          r".*\b(?:frei|verfügbar)\b",
    "fr": r"\b(?:je suis|suis-je|serais-je|je serais|est-ce que je suis|j'suis|chu)\s+"
          r"(?:\w+\s+)?(?:libre|dispo\w*)\b",
    "es": r"\b(?:estoy|estar[eé]|estar[ií]a)\s+(?:\w+\s+)?(?:libre|disponible)\b|"
          r"\btengo (?:tiempo|hueco)\b",
    "it": r"\b(?:sono|sarei|sar[oò]|so)\s+(?:\w+\s+)?(?:liber[oa]|disponibile)\b|"
          r"\bho tempo\b",
}
_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
_SAID = {"en": "am I free on {day} at {h}:{m:02d}?", "de": "Was steht am {day} um {h}:{m:02d} Uhr im Kalender?",
         "fr": "Suis-je libre {day} à {h} h {m:02d} ?", "es": "¿Tengo algo el {day} a las {h}:{m:02d}?",
         "it": "Sono libero {day} alle {h}:{m:02d}?"}
# a question: asked with "?" or the verb first ("am I free", "hab ich … Zeit", "suis-je")
_ASKED = re.compile(r"[?¿]|\b(?:am i|is my|will i be|would i be|have i|hab ich|habe ich|hätte ich|"
                    r"hätt i|hob i|bin ich|bin i|wäre ich|suis-je|serais-je|est-ce que)\b", re.I)
_AFTERNOON = ("afternoon", "evening", "night")


def _moment(text: str, lang: str, now: datetime) -> datetime | None:
    """The one moment ``text`` names: a day and time together, or apart."""
    day: date | None = None
    pm = False
    clock: tuple[int, int, bool] | None = None
    for s in find_time_spans(text, now, lang):
        v = s.value if isinstance(s.value, dict) else {}
        kind = v.get("kind")
        if kind == "datetime" and v.get("datetime"):
            at = datetime.fromisoformat(v["datetime"]).astimezone(now.tzinfo)
            if v.get("part_of_day") or v.get("end"):  # "Wednesday afternoon"
                day, pm = at.date(), v.get("part_of_day") in _AFTERNOON
            else:
                return at
        elif kind == "date" and v.get("date"):
            day = date.fromisoformat(v["date"][:10])
        elif kind == "time" and v.get("time"):
            h, m = int(v["time"][:2]), int(v["time"][3:5])
            clock = (h, m, bool(v.get("ambiguous")))
    if day is None or clock is None:
        return None
    h, m, ambiguous = clock
    if ambiguous:
        h = h % 12 + (12 if pm or 1 <= h % 12 <= 7 else 0)  # "at two": 14:00
    return datetime(day.year, day.month, day.day, h, m, tzinfo=now.tzinfo)


def plain(text: str, lang: str, now: datetime) -> str:
    """``text`` said plainly when it asks whether the user is free at a moment (see the
    module); ``text`` otherwise."""
    if lang not in _FREE or not re.search(_FREE[lang], text, re.I) or not _ASKED.search(text):
        return text
    # the question's sentence, its moment said in it or in the sentences before it ("Un
    # client veut passer mercredi vers 14 h. Je suis libre à ce moment-là ?"); what is said
    # after it stays ("… free on thursday evening? if it is, pop gym in at 6pm")
    sentences = [m for m in re.finditer(r"[^.?!¿]*[.?!]+|[^.?!¿]+$", text) if m.group().strip()]
    asked = next((m for m in sentences if re.search(_FREE[lang], m.group(), re.I)), None)
    if asked is None:
        return text
    at = _moment(text[:asked.end()], lang, now)
    if at is None or not timedelta(0) <= at.date() - now.date() < timedelta(days=7):
        return text
    said = _SAID[lang].format(day=_DAYS[lang][at.weekday()], h=at.hour, m=at.minute)
    rest = text[asked.end():].strip()
    return f"{said} {rest}" if rest else said
