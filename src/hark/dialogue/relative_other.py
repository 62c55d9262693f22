"""A new alarm or reminder timed from the request said just before it, in German, French,
Spanish or Italian: "¿A qué hora es la reunión de equipo mañana? Ponme una alarma una hora
antes", "Wann ist das Abendessen mit Anna? Erinnere mich zwei Stunden vorher", "A che ora
è la cena con Anna venerdì? Mettimi un promemoria un'ora prima per prenotare il taxi".

``anchored(piece, about, now, lang)`` returns ``piece`` with the relative time ("una hora
antes", "zwei Stunden vorher", "une heure avant", "un'ora prima", "30 Minuten danach")
said as the date and clock time it names ("el 1 de diciembre a las 8:00"); ``about`` is
what the request before was about (:func:`relative.about_of`). Only a new alarm or
reminder is timed so: "stell den Wecker eine Stunde früher" changes an alarm and is left
as it is, as is a piece without such words or without ``about``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from hark.dialogue.openers_other import LANGUAGES
from hark.nlu.normalize import normalize

__all__ = ["LANGUAGES", "anchored", "said_at"]

_AMOUNT = (r"(?:(?:eine?n?|einer|zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|dreißig|"
           r"une?|deux|trois|quatre|cinq|dix|quinze|vingt|trente|"
           r"una?|uno|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|"
           r"un'|due|tre|quattro|cinque|dieci|quindici|venti|trenta|"
           r"\d+|halbe?|demi-|media|mezz'|mezza|anderthalb|eineinhalb)\s*)+"
           r"(?:stunden?|minuten?|tage?|heures?|minutes?|jours?|horas?|minutos?|días?|"
           r"ore|ora|minuti|giorni|giorno)"
           r"(?:\s+(?:und|et|y|e)\s+(?:demie|media|mezza|un quarto|quart|cuarto|eine halbe))?")
_BEFORE = {"de": r"vorher|davor|zuvor|bevor es losgeht", "fr": r"avant|à l'avance",
           "es": r"antes", "it": r"prima"}
_AFTER = {"de": r"danach|nachher", "fr": r"après", "es": r"después", "it": r"dopo"}
# a new alarm or reminder: said with "a" or with the verb of reminding
_NEW = {
    "de": r"\b(?:einen|eine|nen|'nen|noch einen)\s+(?:\w+\s+)?(?:wecker|alarm|erinnerung)\b|"
          r"\berinner\w*\s+(?:sie\s+)?(?:mich|uns)\b|\bweck\w*\s+(?:sie\s+)?(?:mich|uns)\b|"
          r"\b(?:mich|uns)\b.*\b(?:erinnern|wecken)\b",
    "fr": r"\b(?:un|une)\s+(?:\w+\s+)?(?:réveil|alarme|rappel)\b|\brappel(?:le|lez)-(?:moi|nous)\b|"
          r"\bréveill(?:e|ez)-(?:moi|nous)\b",
    "es": r"\b(?:una|un)\s+(?:\w+\s+)?(?:alarma|recordatorio|despertador)\b|\brecu[eé]rd(?:ame|"
          r"anos|eme)\b|\bdespi[eé]rt(?:ame|anos|eme)\b",
    "it": r"\b(?:una|un)\s+(?:\w+\s+)?(?:sveglia|promemoria|allarme)\b|\bricord(?:ami|aci)\b|"
          r"\bsvegli(?:ami|aci)\b|\bmi ricordi\b",
}
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}
_PATTERNS = {
    lang: (re.compile(rf"(?<![\w']){_AMOUNT}\s+(?:{_BEFORE[lang]}|{_AFTER[lang]})(?![\w'])", re.I),
           re.compile(rf"(?:{_AFTER[lang]})$", re.I), re.compile(_NEW[lang], re.I))
    for lang in _BEFORE
}


def said_at(at: datetime, lang: str) -> str:
    """``at`` as a date and clock time in ``lang``: "am 1.12. um 8:00", "le 1 décembre à
    8h00", "el 1 de diciembre a las 8:00", "il 1 dicembre alle 8:00"."""
    clock = f"{at.hour}:{at.minute:02d}"
    if lang == "de":
        return f"am {at.day}.{at.month}. um {clock} Uhr"
    month = _MONTHS[lang][at.month - 1]
    if lang == "fr":
        return f"le {at.day} {month} à {at.hour}h{at.minute:02d}"
    if lang == "es":
        return f"el {at.day} de {month} a las {clock}"
    return f"il {at.day} {month} alle {clock}"


def anchored(piece: str, about: dict[str, Any] | None, now: datetime, lang: str) -> str:
    """``piece`` with a time relative to ``about`` said as a date and clock time."""
    patterns = _PATTERNS.get(lang)
    if patterns is None or not about or about.get("at") is None:
        return piece
    relative, after, new = patterns
    m = relative.search(piece)
    if m is None or new.search(piece) is None:
        return piece
    words = m.group(0)
    direction = re.search(rf"(?:{_BEFORE[lang]}|{_AFTER[lang]})$", words, re.I)
    assert direction is not None
    length = normalize("duration", words[:direction.start()].strip(), now, lang)
    if not length or not length.get("seconds"):
        return piece
    sign = 1 if after.search(direction.group(0)) else -1
    at = about["at"] + sign * timedelta(seconds=float(length["seconds"]))
    return f"{piece[:m.start()]}{said_at(at, lang)}{piece[m.end():]}"
