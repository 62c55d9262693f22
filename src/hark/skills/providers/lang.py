"""Tiny language layer for the key skills (time, date, weather, lights): English by
default; German, French, Spanish and Italian through simple templates."""

from __future__ import annotations

from datetime import date, datetime

SUPPORTED = ("en", "de", "fr", "es", "it")

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}


def pick(language: str | None) -> str:
    lang = (language or "en").lower()[:2]
    return lang if lang in SUPPORTED else "en"


def say_time(t: datetime, language: str = "en") -> str:
    lang = pick(language)
    if lang == "en":
        h = t.hour % 12 or 12
        if t.minute == 0 and t.hour == 12:
            return "noon"
        if t.minute == 0 and t.hour == 0:
            return "midnight"
        mm = f":{t.minute:02d}" if t.minute else ""
        return f"{h}{mm} {'AM' if t.hour < 12 else 'PM'}"
    if lang == "de":
        return f"{t.hour}:{t.minute:02d} Uhr"
    if lang == "fr":
        return f"{t.hour} h {t.minute:02d}"
    return f"{t.hour}:{t.minute:02d}"


def say_date(d: date, language: str = "en", *, year: bool = False) -> str:
    lang = pick(language)
    wd, mo = WEEKDAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    y = f" {d.year}" if year else ""
    if lang == "en":
        return f"{wd}, {mo} {d.day}" + (f", {d.year}" if year else "")
    if lang == "de":
        return f"{wd}, {d.day}. {mo}{y}"
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{wd} {day} {mo}{y}"
    if lang == "es":
        return f"{wd}, {d.day} de {mo}" + (f" de {d.year}" if year else "")
    return f"{wd} {d.day} {mo}{y}"


# Sentence templates for the key answers, keyed by language then message id.
TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "time": "It's {time}.",
        "time_in": "In {place} it's {time}.",
        "date": "Today is {date}.",
        "light_on": "Okay, the {where} lights are on.",
        "light_off": "Okay, the {where} lights are off.",
        "light_level": "The {where} lights are at {level} percent.",
        "light_color": "The {where} lights are now {color}.",
    },
    "de": {
        "time": "Es ist {time}.",
        "time_in": "In {place} ist es {time}.",
        "date": "Heute ist {date}.",
        "light_on": "Okay, das Licht ({where}) ist an.",
        "light_off": "Okay, das Licht ({where}) ist aus.",
        "light_level": "Das Licht ({where}) ist auf {level} Prozent.",
        "light_color": "Das Licht ({where}) ist jetzt {color}.",
    },
    "fr": {
        "time": "Il est {time}.",
        "time_in": "À {place}, il est {time}.",
        "date": "Nous sommes le {date}.",
        "light_on": "D'accord, la lumière ({where}) est allumée.",
        "light_off": "D'accord, la lumière ({where}) est éteinte.",
        "light_level": "La lumière ({where}) est à {level} pour cent.",
        "light_color": "La lumière ({where}) est maintenant {color}.",
    },
    "es": {
        "time": "Son las {time}.",
        "time_in": "En {place} son las {time}.",
        "date": "Hoy es {date}.",
        "light_on": "Vale, la luz ({where}) está encendida.",
        "light_off": "Vale, la luz ({where}) está apagada.",
        "light_level": "La luz ({where}) está al {level} por ciento.",
        "light_color": "La luz ({where}) ahora es {color}.",
    },
    "it": {
        "time": "Sono le {time}.",
        "time_in": "A {place} sono le {time}.",
        "date": "Oggi è {date}.",
        "light_on": "Va bene, la luce ({where}) è accesa.",
        "light_off": "Va bene, la luce ({where}) è spenta.",
        "light_level": "La luce ({where}) è al {level} per cento.",
        "light_color": "La luce ({where}) ora è {color}.",
    },
}


def t(language: str | None, key: str, **kw: object) -> str:
    lang = pick(language)
    template = TEMPLATES[lang].get(key) or TEMPLATES["en"][key]
    return template.format(**kw)
