"""Words the readers of several requests in one sentence share (English): the kinds of
thing a request names ("the pasta timer", "my 7:15 alarm"), what is said before a request
("could you", "please"), a list named ("my to-do list") and "that day" / "that evening"
for the day the request before named (:mod:`hark.dialogue.ellipsis`,
:mod:`hark.dialogue.pronouns`, :mod:`hark.dialogue.relative`).
"""

from __future__ import annotations

import re

NOUN = r"(?:timer|alarm|reminder|appointment|meeting|event|list)"
# "Sam's", "tomorrow's" (not "what's", "it's")
OWNER = r"(?!(?:what|where|when|who|how|that|it|there|here|let)'s)\w+'s"
POLITE = re.compile(r"^(?:(?:please|just|also|oh|and|then|could you|can you|would you|"
                    r"will you|kindly|possibly|go ahead and)\s+)*", re.I)
# the thing a request is about: "the dentist reminder", "my 7:15 alarm", "Sam's timer"
THING = re.compile(rf"\b(?:the|my|your|tomorrow's|today's|{OWNER})\s+(?:[\w:'-]+\s+){{0,3}}?"
                   rf"(?P<noun>{NOUN})s?\b", re.I)
# "the shopping list", "my to-do list", and "my to-do" said without "list"
LIST = re.compile(r"\b(?:the|my)\s+(?:(?:[\w-]+\s+){0,2}?list\b|to-?dos?\b|to do\b(?!\s+list))",
                  re.I)
# the kind of thing each noun names (an appointment and a meeting are events)
KIND = {"timer": "timer", "alarm": "alarm", "reminder": "reminder", "appointment": "event",
        "meeting": "event", "event": "event", "list": "list"}
# a change told as a statement: "the team meeting is now at 3pm", "Coffee with Aoife is now
# at 3pm on Saturday" (a request of its own, said whole)
TOLD_NOW = (r"(?:(?:my|the|our)\s+)?[\w'-]+(?:\s+[\w'-]+){0,4}?(?:(?:\s+is|'s)\s+now\s+(?:on|at|\d)|"
            # "the appointment's moved to Thursday at 3 pm", "has been put back to"
            r"(?:\s+is|'s|\s+has|\s+has been|'s been|\s+got|\s+was|\s+have|\s+are)\s+(?:been\s+)?"
            r"(?:moved|changed|put back|pushed back|brought forward|switched|shifted)\s+(?:to|till|until)\b)")
THAT_DAY = re.compile(r"\b(?:(?:on )?that(?: very| same)?|(?:on )?the same|(?<!\bthe )same|(?:on )?this(?= day\b)) "
                      r"(day|morning|afternoon|"
                      r"evening|night)\b", re.I)


def on_day(day: str, part: str) -> str:
    """"on Thursday" (+ " morning") for "that day" / "that morning"."""
    day = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", day, flags=re.I)
    if not re.match(r"(?:on|tomorrow|today|tonight|this|next)\b", day, re.I):
        day = f"on {day}"
    return day if part.lower() == "day" else f"{day} {part}"


# words that name none of several things, in five languages: in an answer to "which one?"
# ("the one at 7:15", "die mit dem Müll", "celle de 7h15") and in a detail of one of the
# things read ("the one with Anna", "quella del nuoto"); each also without its accent
_NOT_NAMING = {"the", "a", "an", "one", "ones", "please", "i", "meant", "mean", "to", "at",
               "on", "for", "about", "with", "from", "of", "my", "that", "this", "is", "it",
               "and", "der", "die", "das", "den", "dem", "des", "von", "vom", "um", "am", "mit",
               "für", "fürs", "zum", "zur", "beim", "bitte", "und", "le", "la", "les", "l",
               "celle", "celui", "de", "du", "à", "avec", "pour", "et", "el", "los", "las",
               "del", "que", "con", "para", "y", "il", "lo", "gli", "quello", "quella",
               "di", "delle", "della", "dello", "alle", "per", "favore", "e"}
NOT_NAMING = frozenset(_NOT_NAMING | {w.replace("ü", "u").replace("à", "a")
                                      for w in _NOT_NAMING})


# a timer or a length said: what goes "on it" ("drauf", "dessus") is then time, not a thing
# for the list talked about ("beim Nudeltimer mach noch zwei Minuten drauf")
TIME_ON = re.compile(r"(?:timer|minuteur|minuterie|temporizador|wecker)\w*\b|\b(?:minuten?|"
                     r"minutes?|mins?|minutos?|minuti|sekunden|secondes|segundos|secondi|"
                     r"stunden?)\b", re.I)


# German calling a thing off with its verb, split or not: "den sagen S' ab", "absagen"
CALLED_OFF_DE = r"absag\w*|sag\w*\s+(?:[\w']+\s+){0,3}ab"


# how precise a time said is, no thing of its own: "And another one at 6 am exactly.",
# "… at 9 on the dot", "um sieben genau", "à 8h pile", "a las 9 en punto", "alle 9 in punto"
PRECISELY = re.compile(r"[\s,]*\b(?:exactly|precisely|sharp|on the dot|on the nose|genau|pile|"
                       r"en punto|in punto)(?!\w)", re.I)
