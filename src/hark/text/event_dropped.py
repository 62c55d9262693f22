"""A calendar event taken out in everyday words, in English and German: "Take the team
meeting out, it's been scrapped", "Anna cancelled, take dinner off", "scrap the
architect meeting", "Das Abendessen kannste rausnehmen", "Nimm die Teambesprechung raus".

``asked(text, lang)`` returns the words that name the thing taken out, or None; the
caller makes it a removal (:func:`said`) only when those words name one of the user's
coming events, since "take the bins out" is a chore, not a removal. The model had read
"take … out" as a new event ("When is team meeting?") and the German forms not at all.

``cancel_asked(text, lang)`` and ``cancelled(words, events)`` read an English "cancel the book club" / "call off quiz
night": the model knows cancelling only for titles it has seen, so an event named by its
own title alone was not understood. Only when every word after the verb names one coming
event ("cancel the dentist reminder" names a reminder and is left to the model).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hark.text.named_moved import OPENING, names

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


_CANCELLED = re.compile(
    r"^(?:(?:ah|no|nah|wait|sorry)[\s,]+)*" + OPENING.removeprefix("^")
    + r"(?:cancel|call off|delete|remove|get rid of|scrap|ditch|drop)\s+(?:that\s+|the\s+)?"
    r"(?P<x>[^.;!?,]+?)(?:\s+(?:altogether|completely|entirely))?"
    r"(?:\s+(?:from|off|out of)\s+(?:my|the)\s+(?:calendar|diary|schedule))?"
    r"(?:[\s,]+(?:please|for me|then|thanks|thank you))*"
    # why, after a comma: "…, the heifer's due to calve, I'm going nowhere"
    r"(?:,\s*(?:the|i'm|i am|i've|we're|we've|it's|he's|she's|they're|my|our)\b"
    r"(?:(?!\b(?:and|then|also|plus|what|when|how|where|which)\b|\d\))[^?])*)?"
    r"[\s.!?]*$", re.I)
# what is no event's title, or names another kind of thing
_KIND = re.compile(r"\b(?:it|that|this|them|alarms?|reminders?|timers?|lists?|items?|"
                   r"everything|all|one|ones|events?|appointments|meetings)\b", re.I)
_MAX_WORDS = 7


def cancel_asked(text: str, lang: str) -> str | None:
    """The words after the verb of an English "cancel the book club", or None."""
    if lang != "en":
        return None
    m = _CANCELLED.match(text.strip())
    if m is None or _KIND.search(m.group("x")) or len(m.group("x").split()) > _MAX_WORDS:
        return None
    return m.group("x")


def cancelled(words: str, events: Sequence[Any]) -> str | None:
    """The plain removal of the one of ``events`` every one of ``words`` names, else None."""
    hits = [e for e in events if names(words, e.title)]
    return said(hits[0].title, "en") if len(hits) == 1 else None
