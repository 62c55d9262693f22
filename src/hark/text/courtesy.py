"""Long courtesies before a request, said as "please" (English): "would you be good
enough to remind me …", "please be so good as to remove …", "I should be most grateful if
you would add …", "reckon you could move …", "do you think you could …" — each at the
start or after "and" or a comma, so that what follows reads as the request it is. A word
said to the listener ("…, mate, and …", "…, love?") and "I would like to know" before a
question go.

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


# a word said to the listener: "how long's left on my pasta, mate, and …", "…, honey?"
_VOCATIVE = re.compile(r",\s*(?:mate|love|pet|hen|dear|darling|honey|hun|pal|buddy|sweetheart|"
                       r"my dear|my love)\s*(?=[,.?!]|$)", re.I)
# a courtesy between commas: "remind me, if you would, on Wednesday …"
_IF_YOU_WOULD = re.compile(r",\s*(?:if you (?:would|could|wouldn't mind|don't mind|please)|"
                           r"if it's no trouble|would you)\s*(?=,)", re.I)
# wanting to know, before the question: "I would like to know when is the dinner"
_WANT_TO_KNOW = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))(?:i(?:'d| would) like to know|"
                           r"i want to know|i need to know|i wonder)\s+(?=(?:when|what|how|which|"
                           r"if|whether|where)\b)", re.I)


def plainly(text: str) -> str:
    """``text`` with long courtesies before its requests said as "please", and words said
    to the listener left out."""
    text = _IF_YOU_WOULD.sub("", _VOCATIVE.sub("", text))
    return _WANT_TO_KNOW.sub("", _COURTESY.sub("please ", text))
