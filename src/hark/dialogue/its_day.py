"""Days said from the day of the thing just talked about, in a follow-up: "actually make it
the day after, same time", "move it to the day before", "push it two days later", "lieber
am Tag danach", "plutôt le lendemain à la même heure", "mejor al día siguiente", "il giorno
dopo, stessa ora"; and that day itself ("apúntame ese día …", "¿qué tengo ese día?").

The readers of times take "the day after" from today, or not at all ("plutôt le
lendemain" had renamed a reminder "lendemain"; "make it the day after same time" left it
on the day it was). :func:`from_its_day` says the day as a date ("on the 2nd of
December", "le 2 décembre"), counted from the day of the thing the session last talked
about (``DialogueState.about``), and drops "same time": the time stays as it is.

A turn that makes another thing ("and remind me the day before", "set another one the
day after") is left alone: :mod:`hark.dialogue.relative` times the new thing from the
one before.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from hark.dialogue.relative import say_day
from hark.dialogue.relative_other import day_at
from hark.dialogue.state import about_at
from hark.dialogue.words import CALLED_OFF_DE
from hark.text import same_time

# (the words before it that lead a day, the day after, the day before)
_DAYS = {
    "en": (r"(?:to|for|until|till|on)\s+",
           r"(?:the\s+)?day\s+after|(?:the\s+)?(?:next|following)\s+day",
           r"(?:the\s+)?day\s+before|(?:the\s+)?previous\s+day"),
    "de": (r"(?:auf\s+den|am|an\s+dem|für\s+den)\s+",
           r"tags?\s+danach|nächsten\s+tag|folgenden\s+tag|tags\s+drauf|tags\s+darauf",
           r"tag\s+davor|tag\s+vorher|vortag|tags\s+zuvor"),
    "fr": (r"(?:au|le|pour\s+le|à\s+la|la|pour\s+la)\s+",
           r"lendemain|jour\s+(?:d'après|suivant)",
           r"veille|jour\s+(?:d'avant|précédent)"),
    "es": (r"(?:al|el|para\s+el|pa(?:l|'l)?)\s+",
           r"d[ií]a\s+(?:siguiente|(?:de\s+)?despu[eé]s)",
           r"d[ií]a\s+(?:anterior|(?:de\s+)?antes)"),
    "it": (r"(?:al|il|per\s+il|a|l')\s*",
           r"giorno\s+(?:dopo|seguente|successivo)|indomani",
           r"giorno\s+(?:prima|precedente)"),
}
# "two days later", "zwei Tage später", "deux jours plus tard", "dos días después"
_N_DAYS = {
    "en": (r"(?P<n>a|one|two|three|\d)\s+days?\s+", r"later|after", r"earlier|before|sooner"),
    "de": (r"(?:um\s+)?(?P<n>einen|ein|zwei|drei|\d)\s+tage?\s+", r"später|danach",
           r"früher|vorher|davor"),
    "fr": (r"(?P<n>un|deux|trois|\d)\s+jours?\s+", r"plus\s+tard|après", r"plus\s+tôt|avant"),
    "es": (r"(?P<n>un|uno|dos|tres|\d)\s+d[ií]as?\s+", r"m[aá]s\s+tarde|despu[eé]s",
           r"antes|m[aá]s\s+temprano"),
    "it": (r"(?P<n>un|uno|due|tre|\d)\s+giorni?\s+", r"dopo|pi[uù]\s+tardi",
           r"prima|pi[uù]\s+presto"),
}
# "that day" itself: "apúntame ese día la jornada de bienvenida" after "¿Tengo algo el lunes
# 7?", "¿Qué tengo ese día entonces?" after a lunch on the 9th was put in
_THAT_DAY = {
    "en": r"that\s+(?:same\s+)?day|the\s+same\s+day",
    "de": r"(?:an\s+(?:dem|diesem)|am\s+(?:selben|gleichen))\s+tag",
    "fr": r"ce\s+jour(?:-|\s+)là|ce\s+même\s+jour|le\s+même\s+jour",
    "es": r"(?:ese|aquel|el)\s+(?:mismo\s+)?d[ií]a(?!\s+(?:siguiente|anterior|de|antes|despu[eé]s))"
          r"(?<!el\sd[ií]a)(?<!el\sdia)",
    "it": r"quel\s+giorno(?:\s+l[iì])?|(?:lo\s+)?stesso\s+giorno",
}
# a clock time said
_CLOCK = re.compile(r"\d|\b(?:um|à|a las?|alle|all')\s+\w", re.I)
_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "einen": 1, "ein": 1, "zwei": 2, "drei": 3,
          "un": 1, "uno": 1, "deux": 2, "trois": 3, "dos": 2, "tres": 3, "due": 2, "tre": 3}
# another thing made: its day is :mod:`relative`'s to say
_ANOTHER = re.compile(
    r"\b(?:remind|another|one more|a second|second one|new one|noch\s+(?:einen|eine|ein)|"
    r"erinner\w*|autre|rappelle|otr[oa]|recu[eé]rda\w*|altr[oa]|ricorda\w*)\b", re.I)


def _pattern(lang: str) -> re.Pattern[str]:
    lead, after, before = _DAYS[lang]
    n, later, earlier = _N_DAYS[lang]
    that = rf"|(?P<that>{_THAT_DAY[lang]})" if lang in _THAT_DAY else ""
    return re.compile(rf"(?<![\w'])(?P<lead>{lead})?(?:(?P<after>{after})|(?P<before>{before})|"
                      rf"{n}(?:(?P<later>{later})|(?P<earlier>{earlier})){that})(?![\w'])", re.I)


_PATTERNS = {lang: _pattern(lang) for lang in _DAYS}


# a thing called off: its day said as "that day" names it, left as said
_CALLS_OFF = re.compile(rf"\b(?:{CALLED_OFF_DE}|lösch\w*|streich\w*|"
                        r"annul\w*|supprim\w*|cancel\w*|borr\w*|elimin\w*|quit\w*|togli\w*|"
                        r"delete|remove)\b", re.I)
# the weekend of the day talked about (English)
_THAT_WEEKEND = re.compile(r"\b(?:(?:on|for|over)\s+)?(?:that|the same) weekend\b", re.I)


def that_weekend(text: str, about: dict[str, Any] | None, now: datetime, lang: str
                 ) -> str | None:
    """``text`` with "that weekend" said as the two days of the weekend of ``about``'s day
    ("What have I got on that weekend?" after the AGM on Sunday the 13th: "… on the 12th of
    December and on the 13th of December?"), or None (English)."""
    weekend = _THAT_WEEKEND.search(text) if lang == "en" else None
    at = about_at(about, now.tzinfo)
    if weekend is None or at is None:
        return None
    saturday = at.date() + timedelta(days=5 - at.weekday()) if at.weekday() < 6 else \
        at.date() - timedelta(days=1)
    said = f"{say_day(saturday)} and {say_day(saturday + timedelta(days=1))}"
    return f"{text[:weekend.start()]}{said}{text[weekend.end():]}"


def from_its_day(text: str, about: dict[str, Any] | None, now: datetime, lang: str,
                 made: bool = False) -> str:
    """``text`` with a day said from the day of ``about`` (``{"at": ISO datetime}``) said
    as that date, and "same time" dropped; ``text`` as it is otherwise. ``made``: ``text``
    makes a new thing ("segnami il falò il giorno dopo, alle 10", after the dinner was
    asked about), timed from ``about``'s day; "same time" is then left for the caller."""
    pattern = _PATTERNS.get(lang)
    if pattern is None or not about or not about.get("at") or (
            not made and _ANOTHER.search(text)):
        return text

    m = pattern.search(text)
    at = about_at(about, now.tzinfo)
    if m is None or at is None or (made and re.match(r"(?:pour|für|para|per)\b",
                                                      m.group("lead") or "", re.I)):
        return text  # ("… de préparer ma gamelle pour le lendemain": what it is for)
    if m.groupdict().get("that") and _CALLS_OFF.search(text):
        return text  # "Und den Zahnarzttermin am selben Tag, den sagen S' ab": the thing on
        # that day named, read whole
    if m.groupdict().get("that") and not about.get("asked") and _CLOCK.search(text):
        return text  # "le même jour, ajoute-moi un cours de 17h à 18h" after a thing talked
        # about: :mod:`relative_other` puts the new thing on its day
    days = _COUNT.get((m.group("n") or "").casefold(), 0) if m.group("n") else \
        0 if m.groupdict().get("that") else 1
    if m.group("n") and m.group("n").isdigit():
        days = int(m.group("n"))
    sign = -1 if m.group("before") or m.group("earlier") else 1
    day = (at + timedelta(days=sign * days)).date()
    if lang == "en":
        said = say_day(day)  # "on the 2nd of December"
        lead = (m.group("lead") or "").strip().casefold()
        said = f"{lead} {said[3:]}" if lead and lead != "on" else said
    else:
        said = day_at(day, lang)
        if lang == "de":  # (the month by its name: "am 3.12." is read as 3:12 here)
            said = f"{'auf den' if re.match(r'auf', m.group('lead') or '', re.I) else 'am'} " \
                   f"{day.day}. {_MONTHS_DE[day.month - 1]}"
        elif lang in ("es", "it") and re.match(r"al\b", m.group("lead") or "", re.I):
            said = "al " + said.split(" ", 1)[1]
    out = f"{text[:m.start()]}{said}{text[m.end():]}"
    return out if made else same_time.drop(out)
