"""Long courtesies before a request, said as "please" (English): "would you be good
enough to remind me …", "please be so good as to remove …", "I should be most grateful if
you would add …", "reckon you could move …", "do you think you could …" — each at the
start or after "and" or a comma, so that what follows reads as the request it is.

``plainly(text)`` returns ``text`` with each such courtesy written "please".
"""

from __future__ import annotations

import re

_COURTESY = re.compile(
    r"(?:(?<=^)|(?<=,\s)|(?<=\band\s)|(?<=\balso\s))(?:please\s+)?(?:"
    r"(?:would|could|will)\s+you\s+(?:be\s+)?(?:so\s+)?(?:good|kind)\s+(?:enough\s+)?(?:as\s+)?to"
    r"|(?:please\s+)?be\s+so\s+(?:good|kind)\s+as\s+to"
    r"|i\s+(?:should|would|'d)\s+be\s+(?:most|very|ever so|really)?\s*(?:grateful|obliged)\s+if\s+"
    r"you\s+(?:would|could|might)(?:\s+kindly)?"
    r"|(?:do\s+you\s+)?reckon\s+you\s+(?:could|can)"
    r"|do\s+you\s+think\s+you\s+(?:could|can)"
    r"|i\s+was\s+wondering\s+if\s+you\s+(?:could|would|might)"
    r"|(?:is\s+there\s+)?any\s+chance\s+you\s+(?:could|can)"
    r")\s+(?=\w)", re.I)


def plainly(text: str) -> str:
    """``text`` with long courtesies before its requests said as "please"."""
    return _COURTESY.sub("please ", text)
