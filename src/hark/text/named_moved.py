"""An English move of an event named only by its own title: "move the book club to
Saturday", "push quiz night back an hour", "bring yoga forward to six", "put book club on
Friday instead", "can you shift the Mereana catch-up to tomorrow at 4".

The model knows moving only for titles it has seen or words that name an appointment
("dinner", "meeting"); "move the book club to Saturday" was not understood, and "push the
book club back an hour" was read as playing an audiobook. ``asked(text, lang)`` finds a
verb of moving opening a short request and returns the words after it; :func:`said`
splits them into the words naming one of the user's coming events (every word of them in
its title) and a new time or a shift, and says the move plainly ("reschedule the book
club to Saturday", "reschedule the book club 1 hour later"), or returns None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from hark.nlu.move_requests import reads_as_when, shift_in
from hark.nlu.time_spans import WORD

# how a short English request opens before its verb: "oh and can you …", "I need to …"
OPENING = (r"^(?:(?:oh|ok|okay|right|so|and|also|actually|um|uh|hey|then|now|please)[\s,]+)*"
           r"(?:(?:can|could|would|will) you\s+(?:please\s+)?|i (?:need|want|have) to\s+|"
           r"i'd like to\s+|let's\s+|we (?:need|have) to\s+|please\s+)?")
_ASKED = re.compile(
    OPENING + r"(?P<verb>move|push|shift|bring|put|bump|switch|reschedule|postpone|delay)\s+"
    r"(?P<rest>[^.;!?]+?)[\s.!?]*$", re.I)
# what names no event, or is talked about elsewhere ("move it to Friday": the one talked
# about; alarms, reminders and timers move in their own skills; "put dentist in me diary
# tomorrow": a new one; "push the dentist one back": the kind of thing left unsaid, maybe
# the reminder talked about)
_NOT = re.compile(r"\b(?:it|that|this|them|alarm|alarms|reminder|reminders|timer|timers|"
                  r"everything|all|me|you|diary|calendar|schedule|agenda|planner|one|ones)\b",
                  re.I)
# words said around a title that are no part of it
_AROUND = {"the", "my", "our", "a", "an", "that", "this", "thing", "event",
           "appointment", "session", "booking", "slot", "in", "calendar", "diary"}
# "to Saturday", "on Friday instead", "over to the 10th"
_LEAD = re.compile(r"^(?:(?:over|across|back|forward|up)\s+)?(?:to|till|until|on|for)\s+", re.I)
_TAIL = re.compile(r"(?:[\s,]+(?:instead|please|then|as well|for me|if you can|if possible|"
                   r"thanks|thank you))+$", re.I)
_EARLIER = re.compile(r"\b(?:forward|earlier|sooner|up)\b", re.I)
_SHIFT_WORDS = re.compile(r"\b(?:back|forward|later|earlier|sooner|up|by)\b", re.I)
MAX_WORDS = 16


def asked(text: str, lang: str) -> str | None:
    """The words after the verb of an English request to move something, or None."""
    if lang != "en" or len(text.split()) > MAX_WORDS:
        return None
    m = _ASKED.match(text.strip())
    if m is None or _NOT.search(m.group("rest")):
        return None
    return m.group("verb").lower() + " " + m.group("rest")


def _words(text: str) -> list[str]:
    return [w.removesuffix("'s").rstrip("s") for w in re.findall(r"[\w']+", text.lower())]


def names(words: str, title: str) -> bool:
    """Whether every word of ``words`` (besides articles and "appointment") is in ``title``."""
    own = [w for w in _words(words) if w not in _AROUND]
    return bool(own) and set(own) <= set(_words(title))


def said(request: str, events: Sequence[Any], now: datetime) -> str | None:
    """The move ``request`` (from :func:`asked`) asks for, said plainly, when its first
    words name exactly one of ``events``; else None."""
    verb, _, rest = request.partition(" ")
    words = list(WORD.finditer(rest))
    for k in range(min(len(words) - 1, 6), 0, -1):  # (the longest naming: "the dentist
        # appointment", not "the dentist")
        named = rest[: words[k - 1].end()]
        hits = [e for e in events if names(named, e.title)]
        if len(hits) != 1:
            continue
        after = _TAIL.sub("", rest[words[k - 1].end():].strip(" ,"))
        title = hits[0].title
        when = _LEAD.sub("", after)
        if when and len(when.split()) <= 8 and reads_as_when(when, "en", now):
            return f"reschedule the {title} to {when}"
        shift = shift_in(after, "en", now) if _SHIFT_WORDS.search(after) else None
        if shift is not None:
            minutes, at, end = shift
            if re.fullmatch(r"[\s,]*(?:(?:back|forward|up|by)\s+)*", after[:at]) and \
                    re.fullmatch(r"[\s,]*(?:(?:back|forward|up|later|earlier|sooner)\s*)*",
                                 after[end:]):
                earlier = verb == "bring" or _EARLIER.search(after) is not None
                return f"reschedule the {title} {minutes} minutes " + \
                    ("earlier" if earlier else "later")
    return None
