"""When an event starts, asked by words of its own title that read as travel or other
things (English): "What time's the Boston thing start?", "when is the Lisbon trip?",
"when does the Amsterdam trip begin", "so when is the engineer coming again?", "Sorry,
when's the exam again? I've already forgotten.".

The model read such questions as asking for travel information ("Sorry, I can't look up
travel information yet"), since a trip or a flight is its title. ``asked(text)`` returns
the words that name the event, or None; the caller says it plainly (:func:`said`) only
when those words name exactly one of the user's coming events, else, when they name
what a reminder is about ("When's my next tablet?" after "remind me to take my tablets
at 10"), asks of that reminder (:func:`reminder_said`).
"""

from __future__ import annotations

import re

# "so when's the …", "what time does my …": the question's start, shared with
# text/timer_done.py (the same question of a timer)
WHEN_THE = (r"^(?:(?:and|so|ok|okay|oh|right|sorry|um|erm|hey|wait|hang on)[\s,]+)*"
            r"(?:what time|when)(?:'s|\s+is|\s+are|\s+does|\s+do|\s+will|'ll)?\s+"
            r"(?:the|my|our)\s+")
_ASKED = re.compile(
    WHEN_THE + r"(?P<x>[\w' -]+?)(?:\s+(?:thing|one))?"
    r"(?:\s+(?:start|begin|kick off|leave|be|on|due|here|happening|arriving|"
    r"coming(?:\s+(?:round|over|back|in))?))?(?:\s+again)?\s*\??\s*$", re.I)
# a remark of the asker's own after the question: "when's the exam again? I've already
# forgotten." (not a request: "… I need to move it")
_OWN_REMARK = re.compile(
    r"\?\s+i(?:'ve|'m| have| am)?\s+(?:(?:already|totally|completely|just)\s+)?"
    r"(?:forgotten|forgot|can't remember|cannot remember|don't remember|lost track|"
    r"need to know|wasn't sure|am not sure|not sure)\b[^?]*$", re.I)
# words that ask of another kind of thing, not an event
_OTHER = re.compile(r"\b(?:alarm|reminder|timer|list|bins?|sunrise|sunset|train|bus|flight|"
                    r"shop|store|pharmacy|match|game)s?\b$", re.I)


def asked(text: str) -> str | None:
    """The words of an English "when is the Boston trip?" that name the event, or None."""
    m = _ASKED.match(_OWN_REMARK.sub("?", text.strip()))
    if m is None or _OTHER.search(m["x"]):
        return None
    return m["x"]


def said(title: str) -> str:
    """The plain question when the event called ``title`` starts."""
    return f"when is the {title} in my calendar?"


# "my next tablet": which one of several, not a word of the reminder's
_WHICH = {"next", "first", "last", "coming", "upcoming"}


def _bare(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def reminder_said(words: str, reminders: list[str]) -> str | None:
    """The plain question of the reminders about ``words`` (one or two words, singular
    or plural: "next tablet" names "take my tablets"), or None when no reminder is."""
    own = [_bare(w) for w in re.findall(r"[\w'-]+", words.lower()) if w not in _WHICH]
    if not 0 < len(own) <= 2:
        return None
    for text in reminders:
        said_words = re.findall(r"[\w'-]+", text.lower())
        bare = [_bare(w) for w in said_words]
        if all(w in bare for w in own):
            return f"when's my {said_words[bare.index(own[-1])]} reminder?"
    return None
