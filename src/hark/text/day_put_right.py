"""A weekday corrected at the end of the request that named it, in German, French, Spanish
and Italian: "Erinner mich Freitag um vier an den Baum … nee, Samstag, nicht Freitag",
"Mets-moi un rappel vendredi à 16h pour la bûche… non pardon, samedi. Samedi 16h.",
"Apúntame la función el jueves 17 a las seis... ay, no, que es el viernes, el 18. A la
misma hora.", "Segna la recita martedì alle cinque… anzi no, mercoledì".

Said after the request's own words, the correction had been read as part of the
reminder's text or the event's title, and the first day kept. ``day_put_right(text)``
returns the request with the new day (and its day of the month) in the old one's place
and the correction left out, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.dialogue.compound import language_of
from hark.text.day_looks import DAY_WORDS

_LANGUAGES = ("de", "fr", "es", "it")
# a day of the month said with the weekday: "martes 15", "samedi 12", "Freitag, den 11.",
# "venerdì, l'11"
_NUMBER = r"(?:,?\s*(?:(?:den|der|el|le|il)\s*|l')?\d{1,2}\.?(?!\s*(?:uhr|h\b|:|heures?)))?"
# where the correction starts: dots, a dash, a comma or a full stop
_BREAK = r"(?:…|\.{2,}|[,;—–]|\.(?=\s))"
# words that say the day before was wrong ("nee", "non pardon", "ay, no, que es", "anzi
# no") — one of _NO must be among them
_NO = {"de": r"nee|nein|ne|nö|quatsch|sorry", "fr": r"non|pardon|oups",
       "es": r"no|perdón|perdon|perdona", "it": r"no|anzi|scusa"}
_ON_THE_WAY = {"de": r"ach|äh|ähm|oh|halt|moment|warte|ich meine|es ist|ist ja|am|für|auf",
               "fr": r"ah|oh|euh|attends|en fait|je veux dire|c'est|le",
               "es": r"ay|uy|ah|oh|eh|espera|que es|es|digo|quiero decir|el",
               "it": r"ah|oh|eh|ehm|aspetta|cioè|è|volevo dire|il"}


def _correction(lang: str) -> re.Pattern[str]:
    cue = rf"(?:(?:{_NO[lang]}|{_ON_THE_WAY[lang]})(?![\w'])[\s,]*)"
    return re.compile(rf"\s*{_BREAK}\s*(?P<cues>{cue}+)(?P<day>(?:{DAY_WORDS[lang]})\b{_NUMBER})"
                      rf"\s*(?P<end>[,.;!?…—–]|$)", re.I)


_CORRECTION = {lang: _correction(lang) for lang in _LANGUAGES}
_SAID_DAY = {lang: re.compile(rf"\b(?:{DAY_WORDS[lang]})\b{_NUMBER}", re.I)
             for lang in _LANGUAGES}
# a request of its own said after the correction: kept ("…, und setz Milch auf die Liste")
_ASKED = re.compile(r"\b(?:stell|setz|trag|erinner|schreib|mets|ajoute|rappelle|pon|añade|"
                    r"apunta|recuérdame|metti|aggiungi|ricordami|segna|imposta)\w*\b", re.I)


def day_put_right(text: str) -> str:
    """``text`` with a weekday corrected at its end put in place of the one said first."""
    lang = language_of(text)
    if lang not in _LANGUAGES:
        return text
    for m in _CORRECTION[lang].finditer(text):
        if not re.search(rf"\b(?:{_NO[lang]})\b", m["cues"], re.I):
            continue
        olds = list(_SAID_DAY[lang].finditer(text, 0, m.start()))
        if not olds:
            continue
        old = olds[-1]
        day = re.match(rf"(?:{DAY_WORDS[lang]})", m["day"], re.I)
        number = re.search(r"\d{1,2}", m["day"])
        new = f"{day.group() if day else m['day']}{f' {number.group()}' if number else ''}"
        if new.lower() == old.group().strip(" ,").lower():
            continue
        rest = text[m.end():]
        kept = f" {rest.strip()}" if _ASKED.search(rest) else ""
        return f"{text[:old.start()]}{new}{text[old.end():m.start()]}{kept}".strip()
    return text
