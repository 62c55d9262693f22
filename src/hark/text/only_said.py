"""A last amount said with "but only" in German, French, Spanish and Italian: "Und noch
einen für den Brokkoli, aber nur sieben." is "…, sieben." (the length of the second timer);
"mais seulement sept", "pero solo siete", "ma solo sette" likewise. Only said after a comma
and before a number (and its unit) that ends the request.

``without_only(text)`` returns ``text`` so said, or unchanged.
"""

from __future__ import annotations

import re

_ONLY = (r"(?:aber\s+)?(?:nur|bloß|bloss)|(?:mais\s+)?(?:seulement|juste)|"
         r"(?:pero\s+)?(?:s[oó]lo|nom[aá]s)|(?:ma\s+)?(?:solo|soltanto)")
_COUNT = (r"\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|"
          r"dreißig|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
          r"trente|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|"
          r"treinta|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|"
          r"venti|trenta")
_UNIT = r"minuten?|stunden?|minutes?|heures?|minutos?|horas?|minuti|ore"
_ONLY_LAST = re.compile(rf",\s*(?:{_ONLY})\s+(?=(?:{_COUNT})(?:\s+(?:{_UNIT}))?\s*[.!]*\s*$)",
                        re.I)


def without_only(text: str) -> str:
    """``text`` with "but only" before its last amount left out (see the module)."""
    return _ONLY_LAST.sub(", ", text)
