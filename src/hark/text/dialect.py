"""Scots, Yorkshire and colloquial English spellings said to the assistant, in standard
English before the sentence is understood: "set us an alarm fur quarter tae seven the
morra", "score it aff the list", "whit's on ma to-do list an' whit's on the shopping
list", "push t' bins reminder back an hour and do t' same wi' t' dentist one", "tick that
off me to-do list", "a bag of flour an' all".

``standard(text)`` swaps only words that are unambiguous in a request to an assistant
(not "ma" after a letter, not "o" before anything but a word); other text comes back as
it was. Speech recognisers write standard spelling already; this is for typed text and
for the words they keep ("the morra", "wee").
"""

from __future__ import annotations

import re

_WORDS = {
    "tae": "to", "aff": "off", "oot": "out", "aboot": "about", "whit": "what",
    "whit's": "what's", "ye": "you", "wi": "with", "an'": "and", "ah've": "I've",
    "ah'm": "I'm", "dinnae": "don't", "cannae": "can't", "wan": "one",
    "fur": "for", "mornin": "morning", "evenin": "evening", "swimmin": "swimming",
    "nothin": "nothing", "somethin": "something", "collectin": "collecting",
    "cooncil": "council", "the morra": "tomorrow", "the morn": "tomorrow",
    "the nicht": "tonight", "pit": "put",
    "gonnae": "can you", "tell us": "tell me", "wake us": "wake me", "remind us": "remind me",
    "give us": "give me", "get us up": "get me up", "set us": "set me", "can ya": "can you", "could ya": "could you",
    "would ya": "would you",
    "'em": "them",
    # Yorkshire
    "t'": "the", "wi'": "with", "an' all": "as well", "o'": "of",
    # Indian English: "prepone the team meeting to 8:30", "what all alarms are there"
    "prepone": "move", "what all": "what",
}
# "ma" (Scots) and "me" (Yorkshire, after a preposition: "off me to-do list") are "my"
# before what one has ("ma to-do list"), not "ring ma" (mum) or "remind me"
_HAD = (r"(?:to-?do|shopping|alarms?|reminders?|timers?|calendar|diary|lists?|haircut|dinner|tea|"
        r"meeting|appointment|swimming|swimmin|bins?|pasta|laundry|washing|weekday|brew|"
        r"cuppa)\b")
_MY = re.compile(rf"\bma\b(?=\s+{_HAD})|(?:(?<=\boff )|(?<=\bon )|(?<=\bin )|(?<=\bto )|"
                 r"(?<=\bfor )|(?<=\bfrom )|(?<=\bwhat's )|(?<=\bwhats )|(?<=\btime's )|"
                 r"(?<=\bmove )|(?<=\bchange )|(?<=\bcancel )|(?<=\bpause )|(?<=\bcheck ))me\b"
                 rf"(?=\s+(?:[\w-]+\s+)?{_HAD})", re.I)
# "score it aff the list": cross it off
_SCORE = re.compile(r"\bscore\b(?=\s+(?:it|that|them|\w+)\s+(?:aff|off)\b)", re.I)
# "o" is "of" before a word: "get rid o the bins reminder", "instead o nine"
_OF = re.compile(r"\b[oO]\s+(?=the\b|my\b|ma\b|nine\b|eight\b|seven\b|six\b|ten\b|\w+ing\b)")
_SWAP = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len,
                                                                         reverse=True))
                   + r")(?![\w'-])", re.I)
# "a wee five minute timer": a word of size, not a thing
_WEE = re.compile(r"\b(an?|the)\s+wee\s+", re.I)
# Scots "the night" is tonight, but not "the night before"
_THE_NIGHT = re.compile(r"\bthe night\b(?!\s+(?:before|after)\b)", re.I)


def standard(text: str) -> str:
    """``text`` in standard English spelling where it uses Scots or colloquial words."""
    if not (_SWAP.search(text) or _WEE.search(text) or _OF.search(text) or _MY.search(text)
            or _SCORE.search(text)):
        return text
    out = _SCORE.sub("cross", _MY.sub("my", text))
    out = _SWAP.sub(lambda m: _WORDS[m.group(1).lower()], out)
    out = _WEE.sub(lambda m: f"{m.group(1)} ", out)
    out = _OF.sub("of ", out)
    return _THE_NIGHT.sub("tonight", out) if "the morra" in text.lower() or \
        re.search(r"\b(?:tae|aff|whit|ma|gonnae)\b", text, re.I) else out
