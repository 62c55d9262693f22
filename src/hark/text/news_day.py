"""The day of news said before a reminder or an alarm asked at a time of its own, in German,
French, Spanish and Italian: "Der Kurier kommt morgen erst um vier statt um zwei. Erinner
mich um Viertel vor vier, dass …" → "Erinner mich morgen um Viertel vor vier, dass …";
"Il corriere passa domani tra le due e le quattro, quindi ricordami alle due meno un quarto
di …" → "ricordami domani alle due meno un quarto di …"; "Mañana el mensajero pasa a las
cuatro menos cuarto, así que ponme una alarma a las tres y media de la tarde" → "ponme una
alarma mañana a las tres y media de la tarde".

Read whole, the news' times were taken for the request's ("um vier" made it 4:00, "a las
cuatro menos cuarto" 15:45) and its day was lost when the news was left out.
``with_news_day(text, lang)`` returns the request with the news' one day said before its
own time, when the news (a sentence before, or a clause before "so") asks nothing and says
one day, and the request makes a reminder or an alarm at a time and says no day; else
``text``.
"""

from __future__ import annotations

import re

from hark.dialogue.openers_other import LANGUAGES, reader
from hark.nlu.repeat_changes import day_names

_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=\S)")
# "so" after a comma: what comes after it is asked because of the news
_SO = re.compile(r",\s*(?:quindi|perciò|per cui|donc|du coup|alors|así que|asi que|entonces|"
                 r"por eso|also|deshalb|daher|drum)\s+", re.I)
_TOMORROW = r"übermorgen|morgen|après-demain|demain|pasado mañana|mañana|dopodomani|domani"
_DAY = re.compile(rf"\b(?:{'|'.join(day_names())}|{_TOMORROW})\b", re.I)
# any other day said in the request: it has its own
_OWN_DAY = re.compile(r"\b(?:heute|heut|heute abend|aujourd'hui|ce soir|hoy|esta noche|oggi|"
                      r"stasera|stanotte|wochenende|week-end|fin de semana|fine settimana|"
                      r"jeden|chaque|tous les|cada|todos los|ogni)\b|\d{1,2}\.\s*\d|\d+/\d+", re.I)
# a reminder or an alarm made ("remind me", "set an alarm"), not a thing changed
_MAKES = re.compile(r"\b(?:erinner\w*\s+(?:mich|uns)|wecker|weck\w*\s+mich|rappelle[sz]?-(?:moi|nous)|"
                    r"réveil|réveille-moi|recu[eé]rda(?:me|nos)|alarma|despertador|despi[eé]rtame|"
                    r"ricordami|ricordaci|sveglia|svegliami)\b", re.I)
_CHANGES = re.compile(r"\b(?:verschieb\w*|versetz\w*|änder\w*|lösch\w*|décale|déplace|avance|"
                      r"recule|change|supprime|annule|mueve|cambia|adelanta|atrasa|borra|quita|"
                      r"cancela|sposta|anticipa|posticipa|cambia|cancella|togli)\b", re.I)
# the request's own clock, which the day goes before
_CLOCK = {
    "de": re.compile(r"\b(?:um|gegen)\s+(?=\w)", re.I),
    "fr": re.compile(r"\b(?:à|vers)\s+(?=(?:\d|midi|minuit|une|deux|trois|quatre|cinq|six|sept|"
                     r"huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-|vingt)\w*)",
                     re.I),
    "es": re.compile(r"\b(?:a|sobre|hacia)\s+(?:las|la una)\b", re.I),
    "it": re.compile(r"\b(?:alle|all'|verso le)(?=\s*\w)", re.I),
}
_ON_DAY = {"de": "am {}", "es": "el {}", "fr": "{}", "it": "{}"}


def with_news_day(text: str, lang: str) -> str:
    """``text`` as its request with the news' day said before the request's time (see the
    module), else unchanged."""
    if lang not in LANGUAGES or lang not in _CLOCK:
        return text
    said = text.strip()
    cut = _request_start(said, lang)
    if cut is None:
        return text
    news, ask = said[:cut[0]], said[cut[1]:]
    days = {d.lower() for d in _DAY.findall(news)}
    clock = _CLOCK[lang].search(ask)
    if len(days) != 1 or clock is None or _DAY.search(ask) or _OWN_DAY.search(ask) \
            or not _MAKES.search(ask[:clock.start()] + ask[clock.start():].split(",")[0]) \
            or _CHANGES.search(ask):
        return text
    day = _DAY.search(news).group(0)  # type: ignore[union-attr]
    day = day if lang == "de" else day.lower()
    on = day if re.fullmatch(_TOMORROW, day, re.I) else _ON_DAY[lang].format(day)
    return f"{ask[:clock.start()]}{on} {ask[clock.start():]}"


def _request_start(said: str, lang: str) -> tuple[int, int] | None:
    """Where the news ends and the request starts: at the sentence that asks, after news
    that asks nothing, or after "so" past a comma; None when no such request."""
    read = reader(lang)
    starts = [m for m in _SENTENCE.finditer(said)]
    for m in starts:
        if read.asks(said[m.end():]) and not read.asks(said[:m.start()]):
            return m.start(), m.end()
    so = _SO.search(said)
    if so is not None and read.asks_itself(said[so.end():]) \
            and not read.asks(said[:so.start()]):
        return so.start(), so.end()
    return None
