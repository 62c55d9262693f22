"""A weekday and the day of the month said together without the month, in German,
French, Spanish and Italian: "sabato 5", "samedi 5", "el sábado 5", "Samstag, den 5."; and
German's day number alone with its dot ("am 7. um sechs").
The number is the day (the next date of that number that falls on that weekday), so the
month is written in after it before the span is read; otherwise "sabato 5 alle otto di
sera" read the 5 as an hour (17:08). The number must follow the weekday at once: in
"domingo a las 13" or "mercredi à 9h15" it is the hour.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from hark.text.calendar_words import MONTHS, WEEKDAYS
from hark.text.clean import unaccented

_OF = {"de": "", "fr": "", "es": "de ", "it": ""}
_PATTERNS = {
    lang: re.compile(
        rf"(?<!\w)(?P<wd>{'|'.join(sorted({*days, *map(unaccented, days)}))})(?P<gap>\s*,?\s+(?:(?:den|le|el|il)\s+)?)"
        r"(?P<day>\d{1,2})(?P<dot>\.?)(?!\d|[:.h]\d|\s*(?:uhr|heures?|h\b|horas?|ore\b|"
        r"(?:e|y|et|und)\s+(?:\d|mezz|media|demie|halb|un quarto|cuarto|quart))|\s+(?:de\s+)?"
        rf"(?:{'|'.join(m.lower() for m in MONTHS[lang])})\b)",
        re.I)
    for lang, days in WEEKDAYS.items() if lang in _OF
}


# German's day of the month alone, its dot said: "am 7. um sechs", "den 7. um 6 Uhr", "7. um
# 6" (the tagger's span): the day comes after am/den/vom/zum or before the hour's "um";
# "auf 6." at a sentence's end is the hour
_DE_DAY_DOT = re.compile(
    r"(?:(?<=\bam )|(?<=\bden )|(?<=\bvom )|(?<=\bzum )|(?<=\bdem )|^)(?P<day>[1-9]|[12]\d|3[01])\."
    r"(?=\s+(?:um|gegen|ab)\b)|(?:(?<=\bam )|(?<=\bden )|(?<=\bvom )|(?<=\bzum ))"
    r"(?P<day2>[1-9]|[12]\d|3[01])\.(?!\d)(?!\s+(?:" + "|".join(m.lower() for m in MONTHS["de"])
    + r")\b)", re.I)

# the day of the month alone with its article, then the hour's own preposition, in French,
# Spanish and Italian: "il 23 alle 11", "le 23 à 11 heures", "el 23 a las once" (the 23
# had been read as the hour and the 11 as its minutes, 23:11); Italian "le" is the
# hours' article ("per le 8") and stays
_ARTICLE_DAY = {
    lang: re.compile(rf"(?<!\w)(?P<art>{art})\s*(?P<day>[1-9]|[12]\d|3[01])(?=\s+(?:{at})\s)",
                     re.I)
    for lang, art, at in (("fr", r"le", r"à|a|vers|dès"), ("es", r"el", r"a las|a la|sobre|hacia"),
                          ("it", r"il|l'", r"alle|all'|verso|per le"))}


def _next_of_number(day: int, today: date, weekday: int | None = None) -> date | None:
    """The next date (today or later, this month or the next) with this day number (and,
    when given, on that weekday)."""
    for k in range(2):
        y, mo = divmod(today.month - 1 + k, 12)
        try:
            cand = date(today.year + y, mo + 1, day)
        except ValueError:
            continue
        if cand >= today and weekday in (None, cand.weekday()):
            return cand
    return None


def _day_of(m: re.Match[str], now: datetime, lang: str) -> date | None:
    """The date a weekday and its day number name: the next such day of the month (this
    month or the next) that falls on that weekday; None when there is none."""
    wd = [unaccented(d.lower()) for d in WEEKDAYS[lang]].index(unaccented(m["wd"].lower()))
    return _next_of_number(int(m["day"]), now.date(), wd)


def with_month(raw: str, now: datetime, lang: str) -> str:
    """``raw`` with the month written after a weekday's day number ("sabato 5" → "sabato 5
    dicembre") when that day is the weekday said; unchanged otherwise."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return raw

    def month(m: re.Match[str]) -> str:
        day = _day_of(m, now, lang)
        if day is None:
            return m.group()
        dot = "." if lang == "de" else ""
        return f"{m['wd']}{m['gap']}{m['day']}{dot} {_OF[lang]}{MONTHS[lang][day.month - 1]}"

    raw = pattern.sub(month, raw)
    alone = _ARTICLE_DAY.get(lang)
    if alone is not None:
        def of_month(m: re.Match[str]) -> str:
            day = _next_of_number(int(m["day"]), now.date())
            return m.group() if day is None \
                else f"{m.group()} {_OF[lang]}{MONTHS[lang][day.month - 1]}"

        raw = alone.sub(of_month, raw)
    if lang == "de":  # (after the weekday's: "Montag, den 7." has its month by then)
        def dotted(m: re.Match[str]) -> str:
            day = _next_of_number(int(m["day"] or m["day2"]), now.date())
            return m.group() if day is None else f"{m.group()} {MONTHS['de'][day.month - 1]}"

        raw = _DE_DAY_DOT.sub(dotted, raw)
    return raw


def without_day_numbers(raw: str, now: datetime, lang: str) -> str:
    """``raw`` with a weekday's day number left out ("el sábado 5" → "el sábado"), where a
    clock time is looked for: the 5 is no 5 o'clock."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return raw
    return pattern.sub(lambda m: m["wd"] if _day_of(m, now, lang) else m.group(), raw)
