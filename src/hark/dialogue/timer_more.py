"""More or less time for the timer just talked about, said without naming it, in German,
French, Spanish and Italian: "Et ajoutez-lui nonante secondes", "E dalle ancora due
minuti", "Dann zieh fei fünf Minuten ab", "Y quítale dos minutos", "Gib dem Timer noch zwei Minuten
dazu" ("the timer" alone is that one). (English has its own
readers in :mod:`hark.dialogue.pointing`.)

``more_time(text, state, lang)`` returns the request said of that timer by its name, or
None. "ancora" and "noch" here are more time, not the last change again.
"""

from __future__ import annotations

import re
from typing import Any

from hark.dialogue.timer_asked import about_timers
from hark.nlu.stored_requests import LENGTH, MORE_OR_LESS
from hark.skills.timer_words import every_timer
from hark.text.numbers import words_to_digits

_LESS = re.compile(r"\b(?:weniger|abzieh\w*|zieh\w*|kürz\w*|verkürz\w*|moins|enl[eè]v\w*|retir\w*|"
                   r"raccourci\w*|menos|qu[ií]t\w*|r[eé]st\w*|ac[oó]rt\w*|meno|togli\w*|lev\w*|"
                   r"accorci\w*|raccorci\w*|kürzer|plus court\w*|más cort\w*|più cort\w*)\b",
                   re.I)
# more time said otherwise: "E dalle ancora due minuti", "gib ihm noch zwei", or the timer
# made longer: "Allungalo di cinque minuti", "verlänger ihn um zwei Minuten", "rallonge-le de
# cinq minutes", "alárgalo cinco minutos", "mach den zehn Minuten länger", "fais-le durer
# cinq minutes de plus"
_MORE = re.compile(r"\b(?:ancora|encore|todav[ií]a|d[aá]le|dalle|dagli|gib|gebt|allung\w*|"
                   r"prolung\w*|verlänger\w*|rallong\w*|prolong\w*|al[aá]rg\w*|länger|"
                   r"plus long\w*|más larg\w*|più lung\w*)\b", re.I)
# a correction of the amount: left to :mod:`hark.dialogue.further`
_CORRECTION = re.compile(r"\b(?:anzi|invece|plutôt|au lieu|statt|stattdessen|en vez|en lugar|"
                         r"mejor|lieber|sorry|pardon|perdón|scusa)\b", re.I)
# another timer asked for
_ANOTHER = re.compile(r"\b(?:noch (?:einen|eine|ein|oan|an)|un autre|une autre|otro|otra|"
                      r"un altro|un'altra|n'antro)\b", re.I)
# the timer's own word: a timer named, not the one talked about
_TIMER_WORD = re.compile(r"timer|minuteur|minuterie|temporizador|contador", re.I)
# but "the timer" alone is the one talked about: "Gib dem Timer noch zwei Minuten dazu",
# "ajoute deux minutes au minuteur", "alarga el temporizador cinco minutos"
_THE_TIMER = re.compile(r"(?<![\w-])(?:dem|den|der|le|au|du|al|el|del|il|lo|allo|al)\s+(?:timer|"
                        r"minuteur|minuterie|temporizador|contador)\b(?![\w-])(?!\s+(?:für|fürs|"
                        r"von|vom|zum|zur|de|du|des|d'|del|de la|della|dello|per|di|pour|para|"
                        r"called|named|qui|que|che)\b)", re.I)
_SAID = {
    "de": ("gib dem {name}-Timer noch {length}", "zieh {length} vom {name}-Timer ab"),
    "fr": ("ajoute {length} au minuteur {name}", "enlève {length} au minuteur {name}"),
    "es": ("añade {length} al temporizador de {name}", "quita {length} al temporizador de {name}"),
    "it": ("aggiungi {length} al timer {name}", "togli {length} al timer {name}"),
}


# running again, said of it: "vous pouvez la faire repartir", "lass sie weiterlaufen",
# "reanúdalo", "falla ripartire"
_RESUMED = {"de": r"\bweiter(?:laufen|machen|gehen)?\b|\bfortsetz\w*|\bwieder an\b",
            "fr": r"\brepart\w*|\brelanc\w*|\brepren\w*",
            "es": r"\breanud\w*|\bcontin[uú]\w*|\barranc\w*",
            "it": r"\bripart\w*|\briprend\w*|\briavvi\w*"}
_RESUME_SAID = {"de": "lass den {name}-Timer weiterlaufen",
                "fr": "fais repartir le minuteur {name}",
                "es": "reanuda el temporizador de {name}", "it": "fai ripartire il timer {name}"}


# where a clause ends (not the comma of "2,5 Minuten")
_CLAUSE_MARK = re.compile(r"[;!?]|[.,](?!\d)")


def _clause_of(low: str, start: int, end: int) -> str:
    """The clause of ``low`` (between commas, semicolons or full stops) that holds the
    words from ``start`` to ``end``."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(low)]
    before = max((i for i in marks if i < start), default=-1)
    after = min((i for i in marks if i >= end), default=len(low))
    return low[before + 1:after]


def more_time(text: str, state: Any, lang: str) -> str | None:
    """More or less time for the timer just talked about (see the module), or it running
    again when it was paused ("vous pouvez la faire repartir"); None otherwise."""
    name = str((state.focus or {}).get("name") or "")
    if lang not in _SAID or not name or (state.focus or {}).get("type") != "timer" or \
            not about_timers(state) or _TIMER_WORD.search(_THE_TIMER.sub(" ", text)):
        return None
    low = text.lower()  # (the words as said first: "un quarto d'ora" is no "1 4º d'ora")
    if not re.search(LENGTH, low):
        low = words_to_digits(low, lang)  # "nonante secondes"
    if _CORRECTION.search(low) or _ANOTHER.search(low) or every_timer(low):  # (another
        # timer: "Und noch einen für die Soße, fünf Minuten" is no more time; "gib beiden
        # zwei Minuten dazu" is every timer's)
        return None  # "anzi facciamo venti minuti in più invece di quindici": the older readers'
    if state.last_intent == "timer_pause" and re.search(_RESUMED[lang], low) and \
            not re.search(LENGTH, low):
        return _RESUME_SAID[lang].format(name=name)
    length = re.search(LENGTH, low)
    if length is None:
        return None
    told = _clause_of(low, length.start(), length.end())  # (not a reason after it: "…,
    # die roten Linsen sind noch ganz hart")
    if not (re.search(MORE_OR_LESS, told) or _MORE.search(told) or _LESS.search(told)):
        return None
    half = re.match(r"\s+(?:e|y|et|und)\s+(?:mezz[oa]|medi[oa]|demie?|eine halbe|a halbe)\b",
                    low[length.end():])
    said = length.group() + (half.group() if half else "")
    more, less = _SAID[lang]
    return (less if _LESS.search(low) else more).format(length=said, name=name)
