"""The old time said after the new one with "instead of", in German, French, Spanish and
Italian: "pónmelo a las ocho y media en vez de a las diez", "mets-le à neuf heures au lieu
de dix heures", "mettilo alle otto invece che alle dieci", "stell ihn auf acht statt um
sieben".

The old time was read as a second time, and the change asked which one was meant (or
took the old one). :func:`without_old_time` leaves it out: the thing it names is still
found by its name, and the new time is the only one said.
"""

from __future__ import annotations

import re

# "instead of" and the clock word after it (the old time must be said as one)
_OLD = re.compile(
    r"\s*,?\s+(?:en vez de|en lugar de|au lieu de|plutôt qu'à|invece che|invece di|invece delle|"
    r"anziché|statt|anstatt)\s+(?:(?:a las?|a la|à|alle|all'|um|las|les|le|ore)\s+)?"
    r"(?=\d|(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|une|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|onze|midi|minuit|due|tre|quattro|cinque|sei|sette|"
    r"otto|nove|dieci|undici|dodici|mezzogiorno|eins|zwei|drei|vier|fünf|sechs|sieben|acht|"
    r"neun|zehn|elf|zwölf|halb|viertel)\b)"
    r"(?:[\w:'.]+)(?:\s+(?:y|et|e|und|uhr|heures?|h|de la \w+|del \w+|du \w+|di \w+|[\w']+)){0,3}?"
    r"(?=\s*[,.;!?]|\s*$)", re.I)
# a clock said before it: the new time
_NEW = re.compile(r"\b(?:a las?|à|alle|all'|um|auf)\s+\S", re.I)


def without_old_time(text: str) -> str:
    """``text`` without "en vez de a las diez" after a new time (see the module)."""
    m = _OLD.search(text)
    if m is None or not _NEW.search(text, 0, m.start()):
        return text
    return f"{text[:m.start()]}{text[m.end():]}"
