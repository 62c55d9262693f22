"""Tiny language layer for the key skills (time, date, alarms, timers, weather, lights):
English by default; German, French, Spanish and Italian through the templates in
:mod:`hark.skills.providers.phrases` and the formatters here (times, dates, durations,
repeat rules, lists)."""

from __future__ import annotations

import re
from datetime import date, datetime

from hark.skills.providers.phrases import TEMPLATES
from hark.text.calendar_words import MONTHS, WEEKDAYS

SUPPORTED = ("en", "de", "fr", "es", "it")


def names_weekday(words: str, language: str, day: date) -> bool:
    """Whether ``words`` name ``day``'s weekday ("on monday", "am Montag")."""
    name = WEEKDAYS[pick(language)][day.weekday()].casefold()
    return re.search(rf"\b{name}\b", words.casefold()) is not None


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


def say_at(t: datetime, language: str = "en") -> str:
    """'at 7 AM', 'um 7:00 Uhr', 'à 7 h 00', 'a las 7:00', 'alle 7:00'."""
    lang = pick(language)
    word = {"en": "at", "de": "um", "fr": "à", "es": "a las", "it": "alle"}[lang]
    if t.hour == 1 and lang in ("es", "it"):
        word = "a la" if lang == "es" else "all'"
    sep = "" if word.endswith("'") else " "
    return f"{word}{sep}{say_time(t, lang)}"


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


def capital(text: str) -> str:
    """``text`` with its first letter upper case ("Baumarkt", "The square root…", "¡Navidad…")."""
    i = next((k for k, c in enumerate(text) if c.isalnum()), 0)
    return text[:i] + text[i : i + 1].upper() + text[i + 1 :]


def said(text: str, language: str | None, english: re.Pattern[str] | str,
         other: re.Pattern[str] | str) -> bool:
    """Whether ``text`` holds a cue word: ``english`` always, ``other`` (the words of
    de/fr/es/it) only when the user speaks one of those languages."""
    if re.search(english, text):
        return True
    return pick(language) != "en" and re.search(other, text) is not None


def t(language: str | None, key: str, **kw: object) -> str:
    """The sentence ``key`` in ``language`` (English when that language lacks it)."""
    lang = pick(language)
    template = TEMPLATES[lang].get(key) or TEMPLATES["en"][key]
    return template.format(**kw)


def say_error(error: BaseException, language: str | None) -> str:
    """What a failed request says to the user, in ``language``: the typed error's phrase
    (:mod:`hark.skills.providers.error_phrases`) or its English message."""
    from hark.errors import as_hark_error
    from hark.skills.providers.error_phrases import ERROR_PHRASES

    err = as_hark_error(error)
    template = ERROR_PHRASES.get(pick(language), {}).get(err.phrase or "")
    if template is None:
        return err.message
    try:
        return template.format(**err.detail)
    except (KeyError, IndexError, ValueError):  # a detail it needs is missing
        return err.message


AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e"}
OR = {"en": "or", "de": "oder", "fr": "ou", "es": "o", "it": "o"}
UNITS: dict[str, dict[str, tuple[str, str]]] = {  # unit -> (one, many)
    "en": {"hour": ("hour", "hours"), "minute": ("minute", "minutes"),
           "second": ("second", "seconds")},
    "de": {"hour": ("Stunde", "Stunden"), "minute": ("Minute", "Minuten"),
           "second": ("Sekunde", "Sekunden")},
    "fr": {"hour": ("heure", "heures"), "minute": ("minute", "minutes"),
           "second": ("seconde", "secondes")},
    "es": {"hour": ("hora", "horas"), "minute": ("minuto", "minutos"),
           "second": ("segundo", "segundos")},
    "it": {"hour": ("ora", "ore"), "minute": ("minuto", "minuti"),
           "second": ("secondo", "secondi")},
}


def join(items: list[str], language: str = "en", word: dict[str, str] = AND) -> str:
    """'a, b and c' / 'a, b und c'; ``word=OR`` for 'a, b or c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word[pick(language)]} " + items[-1]


def say_duration(seconds: float, language: str = "en") -> str:
    """'10 minutes', '1 hour and 5 minutes', '4 Minuten und 30 Sekunden'."""
    lang = pick(language)
    s = max(0, int(round(seconds)))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if s < 60:
        h, m, sec = 0, 0, s
    parts = []
    for n, unit in ((h, "hour"), (m, "minute"), (sec if not h or s < 60 else 0, "second")):
        if n or (unit == "second" and s == 0):
            one, many = UNITS[lang][unit]
            parts.append(f"{n} {one if n == 1 else many}")
    return join(parts, lang)


_DAY_WORDS = {  # today, tomorrow, yesterday, "on <weekday>", "on <date>"
    "de": ("heute", "morgen", "gestern", "am {wd}", "am {d}. {mo}"),
    "fr": ("aujourd'hui", "demain", "hier", "{wd}", "le {d} {mo}"),
    "es": ("hoy", "mañana", "ayer", "el {wd}", "el {d} de {mo}"),
    "it": ("oggi", "domani", "ieri", "{wd}", "il {d} {mo}"),
}


def say_day(d: date, today: date, language: str = "en") -> str:
    """'today', 'tomorrow', 'on Friday' (within a week), else the date: 'am 3. Juni'."""
    lang = pick(language)
    if lang == "en":
        from hark.skills.providers.dates import say_date as english

        return english(d, today)
    words = _DAY_WORDS[lang]
    delta = (d - today).days
    if delta in (0, 1, -1):
        return words[{0: 0, 1: 1, -1: 2}[delta]]
    if 1 < delta < 7:
        return words[3].format(wd=WEEKDAYS[lang][d.weekday()])
    return words[4].format(d=d.day, mo=MONTHS[lang][d.month - 1])


_RULE_WORDS = {  # every day, every weekday, every weekend, "every <days>"
    "en": ("every day", "every weekday", "every weekend", "every {days}"),
    "de": ("jeden Tag", "werktags", "am Wochenende", "jeden {days}"),
    "fr": ("tous les jours", "en semaine", "le week-end", "chaque {days}"),
    "es": ("todos los días", "de lunes a viernes", "los fines de semana", "los {days}"),
    "it": ("ogni giorno", "nei giorni feriali", "nel fine settimana", "ogni {days}"),
}


def say_repeat(days: tuple[int, ...], language: str = "en") -> str:
    """A weekly repeat on ``days`` (0 = Monday): 'every weekday', 'jeden Montag und
    Donnerstag'. All seven days: 'every day'."""
    lang = pick(language)
    words = _RULE_WORDS[lang]
    if tuple(sorted(days)) == tuple(range(7)):
        return words[0]
    if tuple(sorted(days)) == (0, 1, 2, 3, 4):
        return words[1]
    if tuple(sorted(days)) == (5, 6):
        return words[2]
    return words[3].format(days=join([WEEKDAYS[lang][d] for d in sorted(days)], lang))
