"""A calendar event taken out in everyday words, in English and German: "Take the team
meeting out, it's been scrapped", "Anna cancelled, take dinner off", "scrap the
architect meeting", "Das Abendessen kannste rausnehmen", "Nimm die Teambesprechung raus".

``asked(text, lang)`` returns the words that name the thing taken out, or None; the
caller makes it a removal (:func:`said`) only when those words name one of the user's
coming events, since "take the bins out" is a chore, not a removal. The model had read
"take … out" as a new event ("When is team meeting?") and the German forms not at all.
"""

from __future__ import annotations

import re

_TAKEN = {
    "en": (r"\b(?:take|pull|knock|strike|cross|scratch)\s+(?P<x>.+?)\s+(?:out|off)\b"
           r"(?:\s+(?:of|from)\s+(?:my|the)\s+(?:calendar|diary|schedule))?",
           r"^(?:(?:oh|ok|okay|right|so|yeah|and)[\s,]+)*(?:please\s+)?(?:scrap|ditch|drop|axe|"
           r"nix|bin)\s+(?P<x>[^,.;!?]+)"),
    "de": (r"(?P<x>[^,.;!?]+?)\s+(?:kannste|kannst du|können sie|kannst|bitte|einfach|mal|ma)?\s*"
           r"(?:(?:bitte|mal|ma|einfach)\s+)*(?:raus(?:nehmen|schmeißen|werfen|löschen|streichen)|"
           r"streichen|löschen|entfernen)\b",
           r"\b(?:nimm|schmeiß|schmeiss|wirf|streich|lösch)\s+(?:(?:bitte|mal|ma)\s+)*"
           r"(?P<x>[^,.;!?]+?)\s*(?:(?:bitte|mal|ma)\s+)*(?:raus|weg|aus dem kalender)?\s*[,.!?]*$"),
}
POINTED = re.compile(r"(?:it|that|this|that one|die|den|das|sie|es|ihn|dat)", re.I)
_SAID = {"en": "remove the {title} from my calendar", "de": "Lösche {title} aus meinem Kalender"}


def asked(text: str, lang: str) -> str | None:
    """The words naming what ``text`` takes out of the calendar, or None."""
    for pattern in _TAKEN.get(lang, ()):
        for sentence in re.split(r"(?<=[.;!?])\s+", text.strip()):
            m = re.search(pattern, sentence, re.I)
            if m is not None and len(m.group("x").split()) <= 6:
                x = m.group("x").strip()
                # "Die Teambesprechung fällt aus, die kannste rausnehmen": named before
                return text if POINTED.fullmatch(x) else x
    return None


def said(title: str, lang: str) -> str:
    """The plain removal of the event called ``title``."""
    return _SAID[lang].format(title=title)
