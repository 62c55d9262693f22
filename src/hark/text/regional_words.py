"""Regional words for the things Hark does, said in the standard word its readers know:
Québec "cadran" (an alarm clock: "Mets-moi un cadran à 5h30"), "fais-moi penser à …"
(remind me to …), Latin American "porfa" (please), Roman "pe'" (per).

``in_standard_words(text)`` returns ``text`` so said, or unchanged.
"""

from __future__ import annotations

import re

_WORDS = (
    (re.compile(r"\bcadran(s?)\b", re.I), r"réveil\1"),
    (re.compile(r"\b(?:fais|faites)[- ]moi penser (?:à|a|de)\s+", re.I), "rappelle-moi de "),
    (re.compile(r"\bporfa\b", re.I), "por favor"),
    (re.compile(r"(?<=\s)pe'\s+(?=\w)", re.I), "per "),
)


def in_standard_words(text: str) -> str:
    """``text`` with its regional words said in the standard ones (see the module)."""
    for said, standard in _WORDS:
        text = said.sub(standard, text)
    return text
