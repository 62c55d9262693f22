"""Repairs for systematic speech-to-text slips, applied to a transcript before it is
understood.

Whisper tiny.en writes a spoken "seven am" as "7M" often enough to matter: read
literally that is seven minutes, or nothing at all. After a word that introduces a time
("at", "for", "by", "until", …) and not before a unit or a money word, "7M" / "7:30 M"
is rewritten to "7 am" / "7:30 am". "And milk to the shopping list" is "Add milk …",
"At 10 minutes to the laundry" is "Add 10 minutes …", "the 715 alarm" is "the 7:15 alarm", a heading "Timers." is asked: "Timers?".
Typed text never goes through here.
"""

from __future__ import annotations

import re

_LEAD = r"(?:at|for|by|until|till|til|around|about|from|to|before|after|between|and)"
_AM_SLIP = re.compile(
    rf"\b(?P<lead>{_LEAD})\s+(?P<h>[01]?\d)(?P<m>[:.][0-5]\d)?\s?M\b(?!\s*(?:dollars|euros|"
    r"pounds|people|users|views|miles|meters|metres|years|\$))",
)


# A spoken "add" is heard as "and" or "at" at the start of "add milk to the shopping
# list" / "add the carol service … to my calendar" (a third of such list additions in
# three TTS voices); a sentence that starts so and whose first request ends in a list or
# the calendar is one ("And toothpaste to my shopping list plus remind me …").
_ADD_SLIP = re.compile(r"^(?:and|at|an)\b(?!\s+(?:then|also|so|now|what|what's|when|where|who|"
                       r"which|how|is|are|do|does|did|can|could|will|would|should|i|you|"
                       r"it|that|this)\b)"
                       # (items with commas between them, not a clause: "At the
                       # station, put milk on my list")
                       r"(?![^;.!?]*,\s*(?:put|add|set|remind|stick|pop|take|tick|cancel|"
                       r"please|can|could)\b)"
                       r"(?=[^;.!?]+\b(?:to|on|onto|in|into)\s+(?:my|the|our)\s+"
                       r"(?:[\w'-]+\s+){0,3}(?:list|calendar|diary)\b(?:[\s,.!?]*"
                       r"(?:please|would you|will you)?[\s.!?]*$|[^,;.!?]{0,40}?[\s,;.!?]*"
                       r"(?:and|then|plus|also)\b))", re.IGNORECASE)


# "add ten minutes to the laundry (timer)" heard as "At 10 minutes to the laundry"
_ADD_TIME_SLIP = re.compile(
    r"^(?:and|at|an)\b(?=\s+(?:\d+|a|an|half an?|one|two|three|four|five|ten|fifteen|"
    r"twenty|thirty|another|a couple of|a few)\s+(?:more\s+|extra\s+)?"
    r"(?:seconds?|minutes?|mins?|hours?)\s+(?:to|on|onto)\s+(?:the|my|that)\s+[\w'-]+"
    r"(?:\s+timer)?(?:[\s,.!?]*(?:please)?[\s.!?]*$|,?\s+(?:and|then|plus)\b))", re.IGNORECASE)
# a clock time before "alarm" heard without its colon: "the 715 alarm" is 7:15 (minutes
# a multiple of five, as alarms are set: "911" stays)
_CLOCK_SLIP = re.compile(r"\b(?P<h>[1-9]|1[0-2])(?P<m>[0-5][05])(?=,?\s+(?:alarm|a\.?m\b|p\.?m\b))",
                         re.IGNORECASE)


# "… and add fix the tap to my to-do list" heard as "… and at fix the tap …": a second
# request that puts something on a list or in the calendar
_ADD_SLIP_LATER = re.compile(
    r"(?<=[,;]\s)(?:and\s+)?(?:at|an|and|had|i'd)\s+(?=(?!the\s+same\b)[\w' -]{1,40}?\s+(?:to|on|onto)\s+"
    r"(?:my|the|our)\s+(?:[\w'-]+\s+){0,3}(?:list|calendar|diary)\b)"
    r"|(?<=\sand\s)(?:at|an|had|i'd)\s+(?=(?!the\s+same\b)[\w' -]{1,40}?\s+(?:to|on|onto)\s+"
    r"(?:my|the|our)\s+(?:[\w'-]+\s+){0,3}(?:list|calendar|diary)\b)", re.IGNORECASE)
# an imperative heard in the past tense at the start of a request: "Cancelled the
# swimming alarm", "Alexa stopped the pasta timer", "… and reminded me to …"
_PAST_SLIP = re.compile(
    r"(?:(?<=^)|(?<=^alexa )|(?<=, )|(?<=\band )|(?<=\bthen ))(cancelled|canceled|stopped|"
    r"paused|deleted|removed)(?=\s+(?:the|my|all|a)\b)|(?:(?<=^)|(?<=, )|(?<=\band )|"
    r"(?<=\bthen ))(reminded)(?=\s+me\b)", re.IGNORECASE)
# words Whisper hears in a list request: "to might to do list" is "to my to-do list",
# "add add", "ad, …", "But pick up … on my to-do list" (Put), "APM" (8 PM), ", 4.7am"
# ("for 7am"), "Can you at 20 minutes to the laundry" (add)
_LIST_WORDS = (
    (re.compile(r"\b(?:to|on|onto|from) might to(?:-| )do(?: a)? list\b", re.I), "to my to-do list"),
    (re.compile(r"\b(my|the) (?:to )?do a list\b", re.I), r"\1 to-do list"),
    (re.compile(r"\bthe do list\b", re.I), "the to-do list"),
    (re.compile(r"\badd,?\s+add\b|\badd-(?=\w)", re.I), "add "),
    (re.compile(r"^ad\b|(?<=[,.]\s)ad\b|(?<=\band\s)ad\b", re.I), "add"),
    (re.compile(r"^But\b(?=[^.?!]*\b(?:on|in|onto|to)\s+(?:my|the)\s+(?:[\w-]+\s+){0,3}"
                r"(?:list|calendar|diary)\b)", re.I), "Put"),
    (re.compile(r"\bAPM\b"), "8 PM"),
    (re.compile(r"(?:,\s*|\s)4\.(\d{1,2})\s?(am|pm|a\.m\.|p\.m\.)", re.I), r" for \1\2"),
    (re.compile(r"(?<=\byou )at(?=\s+(?:\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|"
                r"thirty)\s+(?:more\s+)?(?:seconds?|minutes?|mins?|hours?)\s+(?:to|on|onto)\b)", re.I),
     "add"),
)
# "Add, fix the shed door, then paint it, to my to-do list": Whisper writes the quotes
# of a spoken item as commas; the item is put back in quotes (one item, not a request)
_QUOTED_AS_COMMAS = re.compile(
    r"(?:^|(?<=\band )|(?<=, )|(?<=\bthen ))(?P<verb>add|put|stick|pop)\s*,\s+"
    r"(?P<item>[^,]+(?:,[^,]+)*?),?\s+"
    r"(?P<to>(?:to|on|onto|in|into)\s+(?:my|the|our)\s+(?:[\w'-]+\s+){0,3}(?:list|calendar|"
    r"diary)\b)", re.I)
_PRESENT = {"cancelled": "cancel", "canceled": "cancel", "stopped": "stop", "paused": "pause",
            "deleted": "delete", "removed": "remove", "reminded": "remind"}
# words run together or split: "How longs left", "What times the dentist", "set it in
# alarm", "Set in the arm", "set it a 25-minute timer", "Time for 30 minutes"
_RUN_TOGETHER = (
    (re.compile(r"\bhow longs\b", re.I), "how long's"),
    (re.compile(r"\bwhat times\b(?=\s+(?:the|my|is|dinner|lunch)\b)", re.I), "what time's"),
    (re.compile(r"\bset(?: it)? in (?:the )?(?:arm|alarm)\b", re.I), "set an alarm"),
    (re.compile(r"\bset it (an?)\b(?=\s+[\w-]+\s+timer\b)", re.I), r"set \1"),
    # "Tip off milk and eggs", "to night", "At a 45 minute yoga class on Saturday"
    (re.compile(r"\btip[- ]off\b", re.I), "tick off"),
    (re.compile(r"\bto night\b", re.I), "tonight"),
    (re.compile(r"^at(?=\s+(?:a|an)\s+(?:\d+|[a-z]+)[- ](?:minute|hour)s?\b)", re.I), "Add"),
    (re.compile(r"^time for(?=\s+(?:\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|"
                r"thirty|forty|half)\b[^,.]*\b(?:minutes?|seconds?|hours?)\b)", re.I),
     "timer for"),
)
# a clock time after "for"/"at" heard without its colon or with a space: "an alarm for
# 545", "for 5 30 the day after" (minutes a multiple of five, not before a unit)
_CLOCK_RUN = re.compile(
    r"\b(?P<lead>for|at)\s+(?P<h>[1-9]|1[0-2])\s?(?P<m>[0-5][05])\b(?!\s*(?:minutes?|mins?|"
    r"seconds?|hours?|people|pounds|dollars|euros|grams|g|kg|ml|calories|%|percent|times))",
    re.IGNORECASE)


# the end of a range heard with a space for its colon: "from 12 to 12 30", "4-4 30pm"
_RANGE_RUN = re.compile(
    r"(?P<lead>\b(?:to|till|until|from)\s+|(?<=\d)-)(?P<h>[1-9]|1[0-2])\s(?P<m>[0-5][05])(?!\d)"
    r"(?!\s*(?:minutes?|mins?|seconds?|hours?|people|%|percent|times))", re.IGNORECASE)


# A spoken heading asks ("Timers?", "Weekend alarms?", "Next event?"), but Whisper hears no
# question in the voice and writes "Timers." — which reads as nothing, or as a reminder
# "to Reminders". A transcript that is only the user's things of a kind, perhaps with a
# day or an owner in front, is asked as a question. Plurals only (and "next …"), so an
# answer naming one thing ("The pasta timer.") stays as it was said.
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_HEADING = re.compile(
    r"^(?:(?:my|all|any|the|today'?s|tomorrow'?s|tonight'?s|this\s+week'?s|"
    rf"next\s+week'?s|weekend|weekday|morning|evening|upcoming|pending|running|{_DAY}'?s?)"
    r"\s+){0,3}(?:alarms|timers|reminders|events|appointments|to-?dos?)\s*\.?$"
    r"|^next\s+(?:alarm|timer|reminder|event|appointment)\s*\.?$", re.IGNORECASE)


def fix_transcript(text: str) -> str:
    """``text`` with known STT slips repaired (unchanged when there are none)."""
    def repl(m: re.Match[str]) -> str:
        minutes = (m["m"] or "").replace(".", ":")
        return f"{m['lead']} {m['h']}{minutes} am"

    text = _CLOCK_SLIP.sub(lambda m: f"{m['h']}:{m['m']}", _AM_SLIP.sub(repl, text.strip()))
    text = _CLOCK_RUN.sub(lambda m: f"{m['lead']} {m['h']}:{m['m']}" if m["m"] != "00"
                          or m["lead"].lower() == "at" else m.group(0), text)
    text = _RANGE_RUN.sub(lambda m: f"{m['lead']}{m['h']}:{m['m']}", text)
    text = _PAST_SLIP.sub(lambda m: _PRESENT[(m.group(1) or m.group(2)).lower()], text)
    for rx, said in _RUN_TOGETHER:
        text = rx.sub(said, text)
    text = _ADD_SLIP_LATER.sub("add ", text)
    for rx, said in _LIST_WORDS:
        text = rx.sub(said, text)
    text = " ".join(text.split())
    text = _QUOTED_AS_COMMAS.sub(lambda m: f"{m['verb']} '{m['item'].strip()}' {m['to']}", text)
    if _HEADING.match(text):
        return text.rstrip(" .") + "?"
    return _ADD_TIME_SLIP.sub("Add", _ADD_SLIP.sub("Add", text))
