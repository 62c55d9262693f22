"""Another alarm "the same", its days those of the one before, in German, French, Spanish and
Italian: "Mets une alarme tous les jours à sept heures, et une autre pareille à midi" →
"… une alarme tous les jours à midi", "ponme una alarma de lunes a viernes a las siete y
otra igual a las diez" → "… una alarma de lunes a viernes a las diez", "metti una sveglia
ogni giorno alle sei e un'altra uguale alle nove", "stell einen Wecker jeden Tag um sechs
und noch so einen um neun".

Said alone, "the same" left the second alarm once, today or tomorrow. ``with_repeat(tail,
head, lang)`` puts the days ``head`` repeats on in place of the word for "the same" in
``tail`` (a request that says "another" and no days of its own), or returns ``tail``.
"""

from __future__ import annotations

import re

from hark.nlu.repeat_changes import day_names

_DAYS = "|".join(day_names())
# the days something repeats on, as the first request says them
_REPEAT = {
    "de": re.compile(r"\b(?:jeden|jede|jedes)\s+(?:tag|morgen|abend|früh|nacht|woche|"
                     rf"{_DAYS})\b|\btäglich\b|\bwerktags\b|\b(?:von\s+)?(?:{_DAYS})\s+bis\s+"
                     rf"(?:{_DAYS})\b|\bunter der woche\b|\b(?:{_DAYS})s\b", re.I),
    "fr": re.compile(r"\btous les\s+(?:jours|soirs|matins|week-ends|"
                     rf"(?:{_DAYS})s?)\b|\bchaque\s+(?:jour|soir|matin|(?:{_DAYS}))\b|"
                     rf"\bdu\s+(?:{_DAYS})\s+au\s+(?:{_DAYS})\b|\ben semaine\b", re.I),
    "es": re.compile(r"\btodos los\s+(?:días|dias|"
                     rf"(?:{_DAYS}))\b|\btodas las\s+(?:mañanas|noches|tardes)\b|"
                     rf"\bcada\s+(?:día|dia|(?:{_DAYS}))\b|\bde\s+(?:{_DAYS})\s+a\s+(?:{_DAYS})\b|"
                     r"\bentre semana\b|\ba diario\b", re.I),
    "it": re.compile(r"\bogni\s+(?:giorno|mattina|sera|"
                     rf"(?:{_DAYS}))\b|\btutti i\s+(?:giorni|(?:{_DAYS}))\b|"
                     rf"\btutte le\s+(?:mattine|sere|(?:{_DAYS}))\b|"
                     rf"\bdal\s+(?:{_DAYS})\s+al\s+(?:{_DAYS})\b|\bnei giorni feriali\b", re.I),
}
# "another … the same": "une autre pareille", "otra igual", "un'altra uguale", "noch so einen"
_SAME = {
    "de": re.compile(r"\b(?:genauso|genau so|gleich|ebenso)\b|(?<=\bnoch )so\b", re.I),
    "fr": re.compile(r"\b(?:pareil(?:le)?s?|identiques?|la même chose|de même)\b", re.I),
    "es": re.compile(r"\b(?:igual(?:ita)?|lo mismo|idéntica|identica)\b", re.I),
    "it": re.compile(r"\b(?:uguale|identica|identico|lo stesso|la stessa cosa)\b", re.I),
}
_ANOTHER = {
    "de": re.compile(r"\b(?:noch\s+(?:einen|eine|so)|einen (?:zweiten|weiteren|anderen))\b", re.I),
    "fr": re.compile(r"\b(?:une autre|un autre|une deuxième|un deuxième|une seconde|un second)\b",
                     re.I),
    "es": re.compile(r"\b(?:otra|otro|una segunda|uno segundo)\b", re.I),
    "it": re.compile(r"\b(?:un'altra|un altro|una seconda|un secondo)\b", re.I),
}


def with_repeat(tail: str, head: str, lang: str) -> str:
    """``tail`` with the days ``head`` repeats on in place of its "the same" (see the
    module's note), or ``tail`` as it is."""
    repeat, same, another = _REPEAT.get(lang), _SAME.get(lang), _ANOTHER.get(lang)
    if repeat is None or same is None or another is None:
        return tail
    days = repeat.search(head)
    said = same.search(tail)
    if days is None or said is None or not another.search(tail) or repeat.search(tail):
        return tail
    return f"{tail[:said.start()]}{days.group(0)}{tail[said.end():]}"
