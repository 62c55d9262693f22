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

from hark.text.en_words import HOUR_WORDS, WEEKDAYS

_WORDS = {
    "tae": "to", "aff": "off", "oot": "out", "aboot": "about", "whit": "what",
    "whit's": "what's", "ye": "you", "wi": "with", "an'": "and", "ah've": "I've",
    "ah'm": "I'm", "dinnae": "don't", "cannae": "can't", "wan": "one",
    "fur": "for", "mornin": "morning", "evenin": "evening", "swimmin": "swimming",
    "nothin": "nothing", "somethin": "something", "collectin": "collecting",
    "cooncil": "council", "the morra": "tomorrow", "the morn": "tomorrow",
    "the morrow": "tomorrow", "the sabbath": "sunday", "on the sabbath": "on sunday",
    "the nicht": "tonight", "pit": "put",
    # Doric and Scots: "hiv I got ony reminders", "foo lang's left on the pasta", "tak three
    # minutes aff", "pit anither quarter hoor on", "fit's on the messages list"
    "hae": "have", "hiv": "have", "ony": "any", "foo lang": "how long", "foo lang's": "how long's",
    "fit's": "what's", "tak": "take", "mak": "make", "anither": "another", "hoor": "hour",
    "hoors": "hours", "aicht": "eight", "setterday": "saturday",
    # "the first yin", "the Friday yin", "that's done noo"
    "yin": "one", "yins": "ones", "noo": "now",
    # (German "nicht", "Licht": only after an English word)
    "thursday nicht": "thursday night", "friday nicht": "friday night",
    "saturday nicht": "saturday night", "sunday nicht": "sunday night",
    "monday nicht": "monday night", "tuesday nicht": "tuesday night",
    "wednesday nicht": "wednesday night", "bike licht": "bike light", "a've": "I've", "meetin": "meeting", "nae": "not", "mair": "more",
    "needin": "needing", "messages list": "shopping list",
    # typed and Jamaican: "wot time is …", "when is dat dinner wid Anna", "tek off dat reminder"
    "list of things to do": "to-do list", "list of things i have to do": "to-do list",
    # Brummie: "pause the laundry un", "put a new un on"
    "laundry un": "laundry one", "pasta un": "pasta one", "new un": "new one",
    "wot": "what", "gimme": "give me", "dat": "that", "wid": "with", "tek": "take",
    "mi done": "I've done", "a'ready": "already", "fi": "for",
    "quarter hour": "quarter of an hour", "quarter hoor": "quarter of an hour",
    "dispense with": "remove", "do away with": "remove", "get shot of": "get rid of",
    "gonnae": "can you", "tell us": "tell me", "read us": "read me", "wake us": "wake me", "remind us": "remind me",
    "give us": "give me", "get us up": "get me up", "set us": "set me", "can ya": "can you", "could ya": "could you",
    "would ya": "would you",
    "'em": "them",
    # Yorkshire
    "t'": "the", "wi'": "with", "an' all": "as well", "o'": "of",
    # Indian English: "prepone the team meeting to 8:30", "what all alarms are there"
    "prepone": "move", "what all": "what",
    # said from Portuguese, Spanish or Italian ("lembrar", "recordar", "ricordare"): "remember
    # me on Friday at 5pm to buy rice"
    "remember me": "remind me",
    # Scots "mind me" (at the start: not "never mind me"), typed "rmd me"
    "rmd me": "remind me", "rmnd me": "remind me",
}
_MIND_ME = re.compile(r"^((?:(?:please|can you|could you|will you|would you)[\s,]+)*)mind me\b", re.I)
# "ma" (Scots) and "me" (Yorkshire, after a preposition: "off me to-do list") are "my"
# before what one has ("ma to-do list"), not "ring ma" (mum) or "remind me"
_HAD = (r"(?:to-?do|shopping|alarms?|reminders?|timers?|calendar|diary|lists?|haircut|dinner|tea|"
        r"meeting|appointment|swimming|swimmin|bins?|pasta|laundry|washing|weekday|brew|"
        r"cuppa|break|lunch|nap|prescription|medicine|tablets|pills|keys|glasses)\b")
_MY = re.compile(rf"\bma\b(?=\s+{_HAD})|(?:(?<=\boff )|(?<=\bon )|(?<=\bin )|(?<=\bto )|"
                 r"(?<=\bfor )|(?<=\bfrom )|(?<=\bwhat's )|(?<=\bwhats )|(?<=\btime's )|"
                 r"(?<=\bmove )|(?<=\bchange )|(?<=\bcancel )|(?<=\bpause )|(?<=\bcheck )|(?<=\bput )|"
                 r"(?<=\bclear )|(?<=\bempty )|(?<=\bwipe ))me\b(?!\s+(?:a|an|the|one|another|some|new|two)\b)"
                 rf"(?=\s+(?:[\w.:-]+\s+)?{_HAD})", re.I)
# ... in an English sentence: French "sur ma to-do" is French ("ma" is "my" there too, but
# the sentence must stay French for the language to be detected)
_ENGLISH = re.compile(r"(?<![\w'-])(?:the|list|what|time's|when|how|what's|whit's|whats|off|aff|my|and|an'|is|it's|"
                      r"please|can|you|set|add|put|remind|tick|move|cancel|change|check|for|us|"
                      r"timers?|alarms?|reminders?|start|stop|get|give|make|from|of|with)(?![\w'-])",
                      re.I)
# "score it aff the list": cross it off
_SCORE = re.compile(r"\bscore\b(?=\s+(?:it|that|them|\w+)\s+(?:aff|off)\b)", re.I)
# "Scrub the bike one, that's done": remove it (said first, of one of them: not "add scrub
# the bath to my to-do list")
_SCRUB = re.compile(r"(?:^|(?<=[,.!;] ))scrub\b(?=\s+(?:the|ma|my)\s+[\w' -]+?\s+(?:one|yin|"
                    r"item|reminder|alarm|timer)\b|\s+(?:it|that|them|those)\s+(?:aff|off|out)\b)",
                    re.I)
# "o" is "of" before a word: "get rid o the bins reminder", "instead o nine"
_OF = re.compile(r"\b[oO]\s+(?=the\b|my\b|ma\b|nine\b|eight\b|seven\b|six\b|ten\b|\w+ing\b)")
_SWAP = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len,
                                                                         reverse=True))
                   + r")(?![\w'-])", re.I)
# "a wee five minute timer": a word of size, not a thing
_WEE = re.compile(r"\b(an?|the)\s+wee\s+", re.I)
# Scots "the night" is tonight, but not "the night before"
_THE_NIGHT = re.compile(r"\bthe night\b(?!\s+(?:before|after)\b)", re.I)


# said from Portuguese or Spanish: "an alarm for 8 and 15 of the morning" (8:15 in the
# morning), "at 7 of the evening"
# (minutes past the hours: "at 10 and 11 am" is two clock times)
_AND_MINUTES = re.compile(r"\b(for|at)\s+(\d{1,2})\s+and\s+(15|[2-5][05])\s+(?=(?:(?:of|in)\s+the\s+(?:morning|"
                          r"afternoon|evening|night)|tomorrow|tonight|today|on\s+\w+day|am|pm)\b)", re.I)
# "at seven and a quarter", "for nine and a half" (a clock, not "two and a half hours"), "eight
# less quarter" (quarter to eight), "12 midday", "6 o'clock morning"
_N = rf"({HOUR_WORDS}|\d{{1,2}})"
_AND_A_PART = re.compile(rf"\b(at|for|to|till|until|from)\s+{_N}\s+and\s+a\s+(quarter|half)\b"
                         r"(?!\s+(?:hours?|minutes?|mins?|days?|weeks?|months?|years?)\b)", re.I)
_LESS = re.compile(rf"\b{_N}\s+less\s+(?:a\s+)?(quarter|five|ten|twenty|twenty-five|twenty five)\b", re.I)
# "Saturday and Sunday, every week": every Saturday and Sunday
_EVERY_WEEK = re.compile(r"\b(\w+day)\s+and\s+(\w+day)\s*,?\s+every\s+week\b", re.I)
# "when I must put the bins out?": when must I
_WHEN_I_MUST = re.compile(r"^(when|what time|where)\s+(i|we)\s+(must|should|have to|need to|can)\b", re.I)
# "the team meeting of tomorrow": tomorrow's
_OF_DAY = re.compile(r"\b(meeting|appointment|alarm|reminder|dinner|lunch)\s+of\s+(tomorrow|today|tonight)\b",
                     re.I)
_MIDDAY = re.compile(r"\b12\s+(midday|noon|midnight)\b", re.I)
_CLOCK_PART = re.compile(r"\b(o'clock|\d(?:am|pm)?)\s+(morning|afternoon|evening)\b", re.I)
_OF_THE = re.compile(r"\b(\d{1,2}(?::\d\d)?|(?:(?<=\bat )|(?<=\bfor )|(?<=\bpast )|(?<=\bto ))"
                     rf"(?:{HOUR_WORDS}))"
                     r"\s+of\s+the\s+(morning|afternoon|evening|night)\b", re.I)
_PART_SAID = {"morning": "in the morning", "afternoon": "in the afternoon",
              "evening": "in the evening", "night": "at night"}
# "what time the meeting starts and what time it ends": one question, start and end
_AND_ENDS = re.compile(r"\b(starts|begins)\s+and\s+(?:what time|when)\s+(?:it|that|she)\s+"
                       r"(ends|finishes)\b", re.I)


# "between now and Sunday", "from now up to Friday": until then
_FROM_NOW = re.compile(r"\b(?:between\s+(?:now|today)\s+and|from\s+(?:now|today)\s+(?:up\s+)?(?:to|until|till|"
                       r"through))\s+(?=(?:\w+day|tomorrow|the\s+\d|next|the\s+weekend)\b)", re.I)


# "If is not there, put it": "it" left out, as in Italian or Spanish
_IF_IS = re.compile(r"\b(if)\s+(?=(?:is|isn't|is not|are|aren't|are not)\s+(?:not\s+)?(?:there|on|in)\b)",
                    re.I)


# "five minutes more short" (said from French or Spanish): shorter
_MORE_SHORT = re.compile(r"\bmore (short|long|early|late)\b", re.I)
_ER = {"short": "shorter", "long": "longer", "early": "earlier", "late": "later"}


# "delay the reminder with half hour": by half an hour
_DELAY_WITH = re.compile(r"\b((?:delay|push|move|put back|bring forward)\b[^,]*?)\s+with\s+(?:a\s+)?"
                         r"(half(?: an)? hour|an? hour|\d+ minutes?|quarter(?: of an)? hour)\b", re.I)


# Lancashire and Yorkshire typed as said: "tek milk off t' shoppin list an add pies",
# "remind us Wednesday at 8 in't mornin ter pick up a boiler fer t' job" — only in a sentence
# that says "t'", "fer", "ter" or "in't" (French "un an", English "an hour" stay)
_NORTHERN = re.compile(r"\bt'|\bfer\b|\bter\b|\bin't\b", re.I)
_NORTH_WORDS = {"fer": "for", "ter": "to", "in't": "in the", "tomorra": "tomorrow",
                "sat'dy": "saturday", "sundy": "sunday", "doin": "doing", "em": "them",
                "un": "one", "nowt": "nothing", "summat": "something"}
_NORTH_SWAP = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(w) for w in _NORTH_WORDS) + r")(?![\w'-])",
                         re.I)
# "an move …", "an add …" (not "an hour", "an alarm")
_NORTH_AND = re.compile(r"\ban(?=\s+(?:(?![aeiouh])[a-z]|(?:add|ask|also|update|order|empty|extend)\b))")
_NORTH_MY = re.compile(r"(?<!\bremind )(?<!\btell )(?<!\bgive )(?<!\bwake )(?<!\blet )(?<!\bshow )"
                       r"\bme\b(?=\s+(?!(?:a|an|the|up|to|at|in|on|know|when|if|what|how|about|for|"
                       r"that|this|it|some|any|all|and|or)\b)[a-z])", re.I)


# French words: "le fer à repasser", "un minuteur", "un autre de quinze, tant que t'y es"
# are no Lancashire
_NOT_NORTHERN = re.compile(r"(?<![\w'])(?:le|les|une|pour|des|du|au|à|minuteur|réveil|rappel|"
                           r"liste|de|que|et|est|avec|dans|sur|autre|t'y|t'es|t'as|t'en)(?![\w'])",
                           re.I)


def _northern(text: str) -> str:
    if not _NORTHERN.search(text) or _NOT_NORTHERN.search(text):
        return text
    text = _NORTH_SWAP.sub(lambda m: _NORTH_WORDS[m.group(1).lower()], text)
    return _NORTH_MY.sub("my", _NORTH_AND.sub("and", text))


# a patois word alone, not inside another ("wi-fi", "di-" stay)
def _word(words: str) -> str:
    return rf"(?<![\w'-])(?:{words})(?![\w'-])"


# Jamaican patois typed as said: "remind mi fi call mi auntie", "put salt fish pon di
# shopping list", "mi need fi collect mi uniform" — only in a sentence with "di", "fi" or
# "pon" and English request words, and none of Italian's ("timer di 5 minuti" stays)
_PATOIS = re.compile(_word("di|fi|pon"), re.I)
_PATOIS_ENGLISH = re.compile(r"\b(?:remind|add|list|put|calendar|diary|alarm|please|set|the|my|to)\b",
                             re.I)
_NOT_PATOIS = re.compile(r"\b(?:il|lo|la|le|gli|per|un|una|che|del|della|alle|sono|ho|è)\b", re.I)
_PATOIS_SWAPS = [
    (re.compile(_word("mi") + r"\s+(need|have|want|must|got|gotta|haffi)\b", re.I), r"I \1"),
    (re.compile(_word("haffi"), re.I), "have to"),
    (re.compile(r"\b(remind|tell|wake|give|help|show)\s+mi\b(?!\s+(?!(?:to|fi|at|on|in|about|of|that|"
                r"when|tomorrow|tonight|today)\b)[a-z])", re.I), r"\1 me"),
    (re.compile(_word("mi"), re.I), "my"),
    (re.compile(_word("di"), re.I), "the"),
    (re.compile(_word("fi") + r"\s+(?=(?:call|collect|buy|get|go|pick|take|bring|pay|ring|see|do|make|"
                r"fix|cook|clean|send|check|book|visit|meet|wash|feed|walk|phone|drop|renew|post)\b)",
                re.I), "to "),
    (re.compile(_word("fi"), re.I), "for"),
    (re.compile(_word("pon"), re.I), "on"),
    (re.compile(_word("dem"), re.I), "them"),
]


def _patois(text: str) -> str:
    if not _PATOIS.search(text) or not _PATOIS_ENGLISH.search(text) or _NOT_PATOIS.search(text):
        return text
    for rx, said in _PATOIS_SWAPS:
        text = rx.sub(said, text)
    return text


# the "g" dropped, as said: "meetin'", "havin'", "goin'"; "gonna"; "who'm"; "when's X finish"
_DROPPED_G = re.compile(r"\b([a-z]{2,}in)'(?=[\s,.?!]|$)", re.I)
_SPOKEN = [(re.compile(r"\bgonna\b", re.I), "going to"), (re.compile(r"\bwho'm\b", re.I), "who am"),
           (re.compile(r"(?<![\w'])'cept\b", re.I), "except"),
           (re.compile(r"\bwhen's\b(?=.*\b(?:finish|end|start|begin)\s*\??$)", re.I), "when does"),
           # "never mind the reminder, just stick coffee on the shopping list": forget it
           (re.compile(r"\bnever ?mind (?=(?:the|my|that) (?:\w+ )?(?:reminder|alarm|timer|event|"
                       r"appointment|meeting)s?\b)", re.I), "forget "),
           # "cross all three off the shopping list": them
           (re.compile(r"\b(cross|tick|take|strike)\s+(?:all\s+(?:two|three|four|five|\d)|both)"
                       r"(?:\s+of\s+(?:them|those))?\s+off\b", re.I), r"\1 them off"),
           # Irish "what's on me tomorrow?": what's on
           (re.compile(r"\b(what(?:'s| is)) on me\b(?=\s+(?:today|tonight|tomorrow|this|next|on\b|\w+day))",
                       re.I), r"\1 on"),
           # "take the Friday one out altogether": cancel it (not "take the bins out")
           (re.compile(r"\btake\s+((?:the|my|that|it)\b[\w' ]{0,40}?)\s+out\s+(?:altogether|completely|"
                       r"entirely|of (?:the|my) (?:calendar|diary))\b", re.I), r"cancel \1"),
           # "prepone the meeting by half an hour": earlier by that much ("prepone it to 11":
           # move it, as the word list says)
           (re.compile(r"\bprepone\b(?=[^.,;?!]*\bby\b)", re.I), "bring forward"),
           # "I'd like it half an hour later": make it
           (re.compile(r"\b(?:i'?d|i would) like (it|that|them)\b(?!\s+(?:moved|changed|cancell?ed|"
                       r"deleted|removed|to\b|if\b|better|more|less|very|a lot))", re.I), r"make \1"),
           # "shove the bins reminder back an hour": push
           (re.compile(r"\bshove\b(?=\s+(?:the|my|that|it)\b.*\b(?:back|forward|later|earlier)\b)",
                       re.I), "push"),
           # Indian English "tomorrow itself", "by 5 o'clock itself": that very time
           (re.compile(r"\b(today|tomorrow|tonight|now|\w+day|morning|evening|night|o'clock|"
                       r"\d(?:am|pm)?|[ap]\.m\.)\s+itself\b", re.I), r"\1")]


def _calques(text: str) -> str:
    if not re.search(r"(?:^|\s)'\w", text):  # (not a quote's end: "add 'fix the cabin' to …")
        text = _DROPPED_G.sub(r"\1g", text)
    for rx, said in _SPOKEN:
        text = rx.sub(said, text)
    text = _patois(_northern(text))
    text = _DELAY_WITH.sub(lambda m: f"{m[1]} by {'half an hour' if m[2].lower().startswith('half') else m[2]}",
                           text)
    text = _MORE_SHORT.sub(lambda m: _ER[m[1].lower()], text)
    text = _IF_IS.sub(r"\1 it ", _FROM_NOW.sub("until ", text))
    text = _AND_MINUTES.sub(lambda m: f"{m[1]} {m[2]}:{int(m[3]):02d} ", text)
    text = _AND_A_PART.sub(lambda m: f"{m[1]} {m[3].lower()} past {m[2]}", text)
    text = _OF_THE.sub(lambda m: f"{m[1]} {_PART_SAID[m[2].lower()]}", text)
    text = _EVERY_WEEK.sub(r"every \1 and \2", _OF_DAY.sub(r"\1 \2", text))
    text = _WHEN_I_MUST.sub(lambda m: f"{m[1]} {m[3]} {m[2]}", text)
    text = _LESS.sub(lambda m: f"{m[2].lower()} to {m[1]}", text)
    text = _CLOCK_PART.sub(lambda m: f"{m[1]} in the {m[2].lower()}", _MIDDAY.sub(r"\1", text))
    return _AND_ENDS.sub(r"\1 and \2", text)


# words of German, French, Spanish or Italian requests: their "dat", "pit", "wan" are theirs
_OTHER_LANGUAGE = re.compile(r"\b(?:mach|doch|noch|eine?n?|stunden?|minuten|früher|später|bitte|"
                             r"und|nicht|ich|mir|mol|mal|moins|heure|heures|hora|horas|ora|ore)\b",
                             re.I)


# "and them ice lollies" (the ice lollies), Yorkshire "off t'shopping list" (the)
_THEM_THINGS = re.compile(r"^(\W*(?:and|an'|oh and|also)\s+)them\s+(?=[a-z]+(?:\s+[a-z]+)?s\b)", re.I)
# American "ten after six", "quarter after seven" (past)
_HOURS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
_AFTER_HOUR = re.compile(rf"\b(five|ten|twenty|twenty-five|twenty five|quarter|a quarter|\d{{1,2}})\s+after\s+"
                         rf"({_HOURS})\b(?!\s*(?:minutes?|mins?|hours?|days?|weeks?))", re.I)
# a question without its "is" (Jamaican, AAVE): "So when it going off first?"
_NO_IS = re.compile(r"\b(when|what time|where|how long)\s+(it|she|he|that|dat)\s+"
                    r"(going|gonna|ringing|coming|starting|finishing)\b", re.I)
_T_THE = re.compile(r"(?<=\s)t'(?=[a-z]{3,})")


# Singlish particles and London "innit" that say nothing to the assistant: "Wah, the hall
# office say …", "two pm lor", "… for the pizza innit"
_PARTICLES = re.compile(r"^(?:wah|walao|aiyo|aiyah|alamak|ey|oi|eh)\b[,!]\s*|^(?:wah|walao|aiyo|aiyah|alamak)\b\s*|"
                        r"[,\s]+(?:lor|lah|leh|meh|hor|sia|innit)\b(?=\s*(?:[.!?,]|$))", re.I)
# Nigerian English "abeg" (please) and "for my calendar" (in it): "Abeg, put the food
# hygiene refresher for my calendar on Thursday."
_ABEG = re.compile(r"(?:(?<=^)|(?<=[,.!]\s))(?:abeg|biko)\b[,!]?\s*(?=\w)", re.I)
_FOR_CALENDAR = re.compile(r"\b((?:put|add|pop|stick|write|enter)\b[^,.?!]{1,60}?\s)for\s+"
                           r"((?:my|the)\s+(?:calendar|diary))\b", re.I)
# a time said to be enough: "Yeah, quarter to eight'll do." (quarter to eight)
_WILL_DO = re.compile(rf"\b({HOUR_WORDS}|half|noon|o'clock|am|pm|thirty|fifteen|forty-five|\d)"
                      r"(?:'ll| will) do(?: (?:fine|nicely|me|us))?(?=\s*[.!]*\s*$)", re.I)  # (last:
# "the half six will do me. Get rid of it." keeps its words)
# Irish "so" ending a sentence, for "then": "And the same for Thursday so. Grand, thanks."
_SO_LAST = re.compile(rf"\b({WEEKDAYS}|today|tomorrow|tonight|morning|evening|afternoon|"
                      r"night|it|that|then|time|too)\s+so(?=\s*[.!]\s*\S)", re.I)
# "sorry" said in the speaker's first language: "No, scusa, not at four, at three."
_SORRY_OTHER = re.compile(r"(?<![\w'])(?:scusa|scusi|scusate|perdón|perdon|perdona|désolée?|"
                          r"desolée?|entschuldigung|sorry o)(?=\s*[,.!]\s*(?:(?:not|i mean|i meant|i'm|it|it's|make|"
                          r"at|the|my|that|actually|wait|let|change|put|set|move)\b))", re.I)
# Singlish "the dinner finish what time?" (what time does the dinner finish?)
_WHAT_TIME_LAST = re.compile(r"^(?:the\s+)?((?:[a-z']+\s+){0,3}?[a-z']+)\s+(finish|end|start|begin)\s+"
                             r"what time\s*\??\s*$", re.I)
# "knock the swimming alarm on the head": stop it for good (cancel)
_ON_THE_HEAD = re.compile(r"\bknock\s+(.+?)\s+on\s+the\s+head\b", re.I)


# "gonnae" after "is": "going to" ("Thursday's gonnae be mental"), not "can you"
_GOING_TO = re.compile(r"((?:'s|'re|'m|\bis|\bare|\bam|\bwas|\bwere)\s+)gonnae\b", re.I)


def standard(text: str) -> str:
    """``text`` in standard English spelling where it uses Scots or colloquial words."""
    text = _SCRUB.sub("remove", _calques(_MIND_ME.sub(r"\1remind me", text)))
    text = _PARTICLES.sub("", _ON_THE_HEAD.sub(r"cancel \1", text))
    text = _SO_LAST.sub(r"\1", _SORRY_OTHER.sub("sorry", text))
    text = _FOR_CALENDAR.sub(r"\1in \2", _ABEG.sub("please ", text))
    text = _WILL_DO.sub(r"\1", text)
    text = _WHAT_TIME_LAST.sub(r"what time does the \1 \2?", text)
    text = _THEM_THINGS.sub(r"\1", _T_THE.sub("the ", text))
    text = _NO_IS.sub(r"\1 is \2 \3", text)
    text = _AFTER_HOUR.sub(r"\1 past \2", text)
    text = _GOING_TO.sub(r"\1going to", text)
    if not (_SWAP.search(text) or _WEE.search(text) or _OF.search(text) or _MY.search(text)
            or _SCORE.search(text)):
        return text
    out = _SCORE.sub("cross", _MY.sub("my", text) if _ENGLISH.search(text) else text)
    if not _OTHER_LANGUAGE.search(text) or _ENGLISH.search(text):  # ("mach dat doch …":
        out = _SWAP.sub(lambda m: _WORDS[m.group(1).lower()], out)  # German "dat")
    out = _WEE.sub(lambda m: f"{m.group(1)} ", out)
    out = _OF.sub("of ", out)
    return _THE_NIGHT.sub("tonight", out) if "the morra" in text.lower() or \
        re.search(r"\b(?:tae|aff|whit|ma|gonnae|hae|hiv|ony|tak|mak|pit)\b", text, re.I) else out
