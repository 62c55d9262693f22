"""Two events moved in one request, in English, German, French, Spanish and Italian: "move
dinner with Anna to Saturday and the dentist appointment to Thursday", "Corra la cena con
Anna para el sábado y la cita del dentista para el jueves", "verschieb das Abendessen auf
Samstag und den Zahnarzttermin auf Donnerstag".

``moves_paired(text, lang)`` says each move as a request of its own with the plain verb;
other text is returned as it was. Before, the first event was moved to the second's day.
"""

from __future__ import annotations

import re

from hark.nlu.move_requests import _VERBS

_TO = {"en": r"to", "de": r"auf|nach", "fr": r"à|au|a", "es": r"al|a|para el|para|pa'l",
       "it": r"a|al|alle|all'"}
_AND = {"en": r"and", "de": r"und", "fr": r"et", "es": r"y", "it": r"e"}
# the second thing named with its article: "and the dentist appointment to Thursday"
_ARTICLE = {"en": r"the|my", "de": r"den|die|das|meinen|meine|mein", "fr": r"le|la|les|l'|mon|ma",
            "es": r"la|el|los|las|lo|mi", "it": r"la|il|lo|l'|le|i|gli|mia|mio"}
_MOVE = {"en": "reschedule", "de": "verschieb", "fr": "décale", "es": "mueve", "it": "sposta"}
# (not another request after "and": "… and then remind me to leave at 7:15")
_NOT_A_REQUEST = r"(?!(?:remind|set|add|put|wake|erinner|stell|rappelle|mets|recu[eé]rd|pon|"
_NOT_A_REQUEST += r"ricord|metti|mettimi)\w*\b)"
_JOIN = {"en": ", and ", "de": " und ", "fr": " et ", "es": " y ", "it": " e "}


def moves_paired(text: str, lang: str) -> str:
    """``text`` with two moves said as two requests (see the module); ``text`` otherwise."""
    if lang not in _TO:
        return text
    pattern = (rf"^(?P<lead>(?:[\w'¡¿]+[\s,]+){{0,2}}?)(?P<verb>{_VERBS[lang]})\s+(?P<x>.+?)\s+"
               rf"(?P<p1>{_TO[lang]})\s+(?P<t1>[^,]+?)\s*,?\s+(?:{_AND[lang]})\s+"
               rf"(?P<y>(?:{_ARTICLE[lang]})(?:\s+|(?<=')){_NOT_A_REQUEST}[^,]+?)\s+"
               rf"(?P<p2>{_TO[lang]})\s+(?P<t2>[^,.;!?]+)"
               r"(?P<end>[.!?]*)$")
    m = re.match(pattern, text.strip(), re.I)
    if m is None or len(m.group("x").split()) > 6 or len(m.group("y").split()) > 6:
        return text
    verb = _MOVE[lang]  # (the plain verb: "corra" opens no request the splitter knows)
    first = f"{m.group('lead')}{verb} {m.group('x')} {m.group('p1')} {m.group('t1')}"
    second = f"{verb} {m.group('y')} {m.group('p2')} {m.group('t2')}"
    return f"{first}{_JOIN[lang]}{second}{m.group('end')}"
