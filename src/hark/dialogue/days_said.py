"""Days off said over two turns (five languages): the days of a statement just before
("ich fahr morgen zu meinen Eltern und bleib bis Sonntag" — "also keine Wecker bis
dahin") and a correction of the days just skipped ("Skip my weekday alarm Tuesday
through Thursday" — "Sorry, make that just Tuesday and Wednesday"; "salta la sveglia
solo per domani" — "anzi, fammela saltare anche mercoledì").

:func:`carried` gives the request said in full — the turn before, then this one — for
:mod:`hark.nlu.days_off` to read the days from; None when this turn is not such a
follow-up.
"""

from __future__ import annotations

import re
from datetime import datetime

from hark.dialogue.state import DialogueState
from hark.nlu import days_off, ring_questions
from hark.nlu.time_spans import find_time_spans

# a correction of the days ("make that just …", "Moment, … nur …", "anzi")
_CORRECTS = re.compile(r"\b(?:sorry|make that|actually|only|just|moment|nur|pardon|"
                       r"seulement|enfin|solo|sólo|mejor|anzi|no,? (?:wait|hang on))\b", re.I)


def _last_days(history: list[dict]) -> tuple[str, str] | None:
    """(its action, its words) of the last turn that said or skipped days off, with only
    questions after it ("what alarms do I have?" between the skip and "make that just
    Monday"); the words of the request a "yes" confirmed, not the "yes"."""
    for k in range(len(history) - 1, max(-1, len(history) - 4), -1):
        entry = history[k]
        action = str(entry.get("action") or "")
        if action in ("alarm.skip", "alarm.days_stated"):
            text = str(entry.get("text") or "")
            if len(text.split()) <= 3 and k > 0:  # "yes", "ja, bitte": the request before
                text = str(history[k - 1].get("text") or text)
            return action, text
        if not action.endswith(".query"):
            return None
    return None


def _clock_said(text: str, now: datetime, lang: str) -> bool:
    """Whether a clock time is said ("just for Thursday, make it 8:15": a one-day change,
    not a correction of the days)."""
    return any(isinstance(s.value, dict) and s.value.get("kind") == "time"
               for s in find_time_spans(text, now, lang))


def carried(text: str, state: DialogueState, lang: str, now: datetime) -> str | None:
    """The turn before and this one as one request, when this one leans on the days it
    said; else None."""
    if not state.just_before() or not state.history:
        return None
    found = _last_days(state.history)
    # (not a question: "so when do I actually have to get up Wednesday")
    if found is None or days_off.names_other_things(text) or ring_questions.is_question(text):
        return None
    action, before = found
    if action == "alarm.days_stated" and (
            days_off.asked(text, lang) or days_off.limited(text, lang)):
        return f"{before.rstrip(' .')}. {text}"
    if action == "alarm.skip" and _CORRECTS.search(text) and not (days_off.one_day(
            text, lang) and _clock_said(text, now, lang)) and any(
            isinstance(s.value, dict) and s.value.get("kind") in ("date", "date_range", "datetime")
            for s in find_time_spans(text, now, lang)) and not days_off.back(text, lang):
        return f"{before.rstrip(' .')}. {text}"
    return None
