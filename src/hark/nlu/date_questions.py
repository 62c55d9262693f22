"""Date questions in English, German, French, Spanish and Italian: "how many days until
Christmas", "Wie viele Tage sind es noch bis Weihnachten?", "quel jour tombe le 14 juillet", "¿cuántos días faltan para Nochevieja?",
"che giorno della settimana è Natale quest'anno".

A question word of the language plus one date the normalisers read (a holiday, "am 3.
März", "dopodomani") makes a ``datetime_query`` with that date; the date-and-time skill
then counts the days or names the weekday. Sentences about the user's own plans ("wann
ist mein Zahnarzttermin", "quanti giorni dura il viaggio") are left to the model.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hark.nlu.lexicon import APPOINTMENT_WORDS
from hark.nlu.normalize import normalize
from hark.nlu.normalize.numbers import Num
from hark.nlu.normalize.tokens import analyse
from hark.nlu.time_spans import WORD
from hark.types import Slot

_CUES = {
    "en": r"\bhow many (?:more )?days\b|\bhow long (?:until|till|before)\b|\bwhat day\b|"
          r"\bwhat date\b|\bwhich day\b|\bwhat(?:'s| is) the date\b",
    "de": r"\b(?:wie ?viele?|wieviele?) tage\b|\bwie lange\b.*\bbis\b|\btage bis\b|"
          r"\bwochentag\b|\bwelche[rnms]? (?:tag|datum)\b|\bwelches datum\b|"
          r"\bwann (?:ist|sind|fällt|faellt|feiert man|feiern wir)\b|\ban welchem tag\b|"
          r"\bauf welchen tag\b|\bwas für ein tag\b|\bzähl\w* (?:\w+ )?(?:die )?tage\b",
    "fr": r"\bcombien de jours\b|\bdans combien de jours\b|\bquel jour\b|\bquelle date\b|"
          r"\bquand (?:est|tombe|sera|c'est|est-ce)\b|\bjour de la semaine\b|"
          r"\bc'est le combien\b|\bil reste combien\b",
    "es": r"\bcu[aá]ntos d[ií]as\b|\bqu[eé] d[ií]a\b|\bqu[eé] fecha\b|"
          r"\bcu[aá]ndo (?:es|cae|será|sera)\b|\bd[ií]a de la semana\b|"
          r"\bcu[aá]nto (?:falta|queda)n?\b",
    "it": r"\bquanti giorni\b|\bche giorno\b|\bquale giorno\b|\bche data\b|"
          r"\bquando (?:è|e|cade|sarà|sara)\b|\bquand'è\b|\bgiorno della settimana\b|"
          r"\b(?:tra|fra) quanti giorni\b",
}
# the user's own plans, trips and holidays: a calendar or travel question, not a date's
_PLANS = re.compile(
    rf"\b(?:{APPOINTMENT_WORDS}|urlaub\w*|ferien|reise|zug|flug|geburtstag\w*|vacances|"
    r"voyage|train|vol|anniversaire|vacaciones|viaje|tren|vuelo|cumplea[ñn]os|vacanz\w*|"
    r"viaggio|treno|volo|compleanno|offen|ge[öo]ffnet|ouvert|abierto|aperto|anniversary|"
    r"birthday|plans?|alarms?|reminders?|party|trip|flight|schedule[ds]?|vacation|due|"
    r"deadline|open)\b",
    re.IGNORECASE)


_EMPTY = {"@a", "@and", "@this", "@next", "@last"}
MAX_WORDS = 6


def find(text: str, lang: str, now: datetime | None = None) -> Slot | None:
    """The date a date question asks about (raw words, not yet normalised), or None:
    the longest run of words after the question word that reads as one day (the last
    of equals: "da oggi al tre marzo" asks about March 3rd)."""
    cue = _CUES.get(lang)
    low = text.lower().replace("’", "'")
    m = re.search(cue, low) if cue else None
    if m is None or _PLANS.search(low):
        return None
    now = now or datetime.now(UTC)
    words = [w for w in WORD.finditer(text) if w.start() >= m.end()]
    best: tuple[int, int, int] | None = None  # (words, start, end)
    for i in range(len(words)):
        for j in range(min(len(words), i + MAX_WORDS), i, -1):
            found = _day(text, words[i].start(), words[j - 1].end(), now, lang)
            if found is not None:
                if best is None or j - i >= best[0]:
                    best = (j - i, *found)
                break  # shorter runs from this word are no better
    if best is None:
        return None
    _, start, end = best
    # "zum Tag der Deutschen Einheit" -> "Tag der Deutschen Einheit": the name to say
    day = _date_of(text[start:end], now, lang)
    inside = [w for w in words if start <= w.start() and w.end() <= end]
    for w in inside[1:]:
        if _date_of(text[w.start():end], now, lang) == day:
            start = w.start()
            break
    before = _OTHER_THING.search(text[m.end():start])
    if before is not None and _CALENDAR_WORD.search(before.group(0)):
        before = None  # ("¿Qué día de la semana es el 6 de enero?": no thing, the week's day)
    if _OTHER_THING.match(text[end:]) or before is not None or re.search(
            r"\s(?:der|die|das|den|le|la|les|el|los|las|il|lo|gli)$", text[start:end], re.I):
        return None  # "Wann ist morgen die Teambesprechung?": a plan's time, asked of its day
        # (named before the day too: "Wann ist nochmal die Teambesprechung morgen?")
    return Slot("date", text[start:end], None, start, end)


# a thing said with its article besides the day asked about: the question is about it
# the calendar's own words: a week, a month, a year, a day
_CALENDAR_WORD = re.compile(r"\b(?:semana|settimana|semaine|woche|mes|mois|mese|monat|año|anno|année|"
                            r"jahr|d[ií]a|giorno|jour|tag|fecha|date|data|datum)\b", re.I)
_OTHER_THING = re.compile(
    r"[\s,]*\b(?:der|die|das|den|dem|mein|meine|meinen|unser|unsere|le|la|les|l'|mon|ma|mes|"
    r"notre|el|los|las|mi|mis|nuestra|nuestro|il|lo|gli|i|mio|mia|la mia|il mio)\s+\w{3,}|"
    r"[\s,]*\bl'\w{3,}",
    re.IGNORECASE)


def _date_of(said: str, now: datetime, lang: str) -> str | None:
    value = normalize("date", said, now, lang)
    return value.get("date") if value is not None and value.get("kind") == "date" else None


def _day(text: str, start: int, end: int, now: datetime, lang: str) -> tuple[int, int] | None:
    """(start, end) of the words as one day ("10.12." keeps its dot, "Weihnachten?" not)."""
    raw = text[start:end]
    if not any(t not in _EMPTY and not isinstance(t, Num) for t in analyse(raw, lang)):
        return None  # "ein", "un", "3": a number or article alone names no day
    if analyse(raw.split()[-1], lang) == ("@this",):
        return None  # "christmas this" (… year): a run does not end on "this"
    for said in (raw, raw.rstrip(".?!")):
        value = normalize("date", said, now, lang)
        if value is not None and value.get("kind") == "date":
            return start, start + len(said)
    return None
