"""Why the old time will not do, said before the time that will, in German, French, Spanish
and Italian: "Moment, um sechs bin ich ja noch auf der Arbeit, mach lieber 19 Uhr 15",
"jeudi l'entraînement finit à dix-neuf heures trente, alors mets-le plutôt à vingt
heures", "alle otto sono ancora all'allenamento, facciamo alle nove e mezza", "a las siete
todavía estoy en el trabajo, mejor a las ocho".

The reason tells where the speaker is or what goes on at a time (a verb of being or of
what happens, and a clock); the request after it puts something at another clock. The
reason's clock had been read as the new one, or the turn not understood at all.
``without_busy_reason(text)`` returns ``text`` without the reason (the words of taking back
before it kept: "Moment, mach lieber 19 Uhr 15"), or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.text.shorthand import detect_language

# a statement of where one is or what happens: "bin ich noch auf der Arbeit", "l'entraînement
# finit", "sono ancora all'allenamento", "estoy en el trabajo"
_STATES = {
    "de": r"bin|bist|ist|sind|hab|habe|hat|haben|muss|müssen|endet|fängt|hört|geht|läuft",
    "fr": r"suis|est|sera|serai|sommes|finit|termine|commence|ai|a|dois|travaille|sors",
    "it": r"sono|so|sto|sta|stiamo|è|ho|c'ho|c'è|devo|finisce|comincia|inizia|esco|lavoro",
    "es": r"estoy|está|estamos|es|tengo|tiene|termina|acaba|empieza|salgo|trabajo|debo",
}
# a clock said: "um sechs", "19 Uhr", "à dix-neuf heures", "alle otto", "a las siete"
_CLOCK = {
    "de": r"\bum\s+\w+|\d|\buhr\b|\bhalb\b|\bviertel\b",
    "fr": r"\bheures?\b|\d|\bmidi\b|\bminuit\b",
    "it": r"\balle\s+\w+|\ball'una\b|\d|\bmezzogiorno\b",
    "es": r"\ba las\s+\w+|\ba la una\b|\d|\bmediod[ií]a\b",
}
# the request for another clock, maybe after "so": "mach lieber", "alors mets-le plutôt",
# "facciamo", "mejor"
_SO = r"(?:(?:also|dann|deshalb|alors|donc|du coup|quindi|allora|perciò|entonces|así que|pues)\s+)?"
_ASKS = {
    "de": r"(?:mach|mache|stell|setz|leg|schieb|verschieb)\w*(?:\s+(?:es|das|ihn|sie|den|die|des))?"
          r"(?:\s+(?:lieber|besser|doch|mal|bitte))+|lieber|besser|sagen wir",
    "fr": r"(?:mets|mettez|décale|déplace|fais|change)(?:-le|-la|-les)?\s+plutôt|plutôt|disons|"
          r"(?:mets|mettez|décale|déplace)-(?:le|la|les)",
    "it": r"facciamo|fai|mettiamo|diciamo|meglio|(?:metti|sposta|fai)(?:lo|la)|spostiamo",
    "es": r"mejor|digamos|(?:pon|pasa|cambia|mueve)(?:lo|la)|que sea",
}
# or a request that names its own thing, which needs nothing of the reason: "donc avance
# l'alarme natation à sept heures et demie", "quindi sposta la sveglia alle otto"
_NAMES_ITS_OWN = {
    "de": r"(?:stell|schieb|verschieb|leg|setz)\w*\s+(?:den|die|das|meinen|meine)\s+"
          r"\w*(?:wecker|erinnerung|termin|timer)\w*",
    "fr": r"(?:avance|recule|décale|déplace|mets|change|règle)\w*\s+(?:l'|le\s+|la\s+|mon\s+|ma\s+)"
          r"(?:alarme|réveil|rappel|minuteur)",
    "it": r"(?:sposta|anticipa|posticipa|metti|cambia)\w*\s+(?:la\s+|il\s+|l')"
          r"(?:sveglia|promemoria|timer)",
    "es": r"(?:adelanta|atrasa|mueve|pasa|cambia|pon)\w*\s+(?:la\s+|el\s+|mi\s+)"
          r"(?:alarma|despertador|recordatorio|temporizador)",
}
_CLAUSE_END = re.compile(r"[,;]\s*|[.!]\s+")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause of ``text`` starts and ends (its comma or full stop left out)."""
    out, at = [], 0
    for m in _CLAUSE_END.finditer(text):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def without_busy_reason(text: str) -> str:
    """``text`` without a reason said before a request for another clock (see the module)."""
    if "," not in text and ". " not in text:
        return text
    lang = detect_language(text)
    if lang not in _STATES:
        return text
    clauses = _clauses(text)
    states = re.compile(rf"(?<![\w'])(?:{_STATES[lang]})(?![\w'])", re.I)
    clock = re.compile(_CLOCK[lang], re.I)
    asks = re.compile(rf"^{_SO}(?:{_ASKS[lang]}|{_NAMES_ITS_OWN[lang]})\b", re.I)
    for k, (start, end) in enumerate(clauses[:-1]):
        reason, then = text[start:end], text[clauses[k + 1][0]:clauses[k + 1][1]]
        if any(len(text[s:e].split()) > 3 for s, e in clauses[:k]):
            return text  # (only words of taking back before it: "Moment, Quatsch")
        if states.search(reason) and clock.search(reason) and not asks.match(reason.strip()) \
                and asks.match(then.strip()) and clock.search(then):
            then_at = clauses[k + 1][0]
            so = re.match(_SO, text[then_at:], re.I)  # ("…, donc avance …": the request)
            return (text[:start] + text[then_at + (so.end() if so else 0):]).strip()
    return text
