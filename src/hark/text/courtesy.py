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

from hark.text.en_words import WEEKDAYS

_COURTESY = re.compile(
    r"(?:(?<=^)|(?<=,\s)|(?<=\band\s)|(?<=\balso\s))(?:please\s+)?(?:"
    r"(?:would|could|will)\s+you\s+(?:be\s+)?(?:so\s+)?(?:good|kind)\s+(?:enough\s+)?(?:as\s+)?to"
    r"|(?:please\s+)?be\s+so\s+(?:good|kind)\s+as\s+to"
    # "would you be a dear and tell me …"
    r"|(?:would|could|will)\s+you\s+be\s+(?:a\s+dear|an\s+angel|a\s+love|a\s+star|a\s+darling|"
    r"so\s+kind)\s+and"
    r"|i(?:\s+(?:should|would)|'d)\s+be\s+(?:most|very|ever so|really)?\s*(?:grateful|obliged)\s+if\s+"
    r"you\s+(?:would|could|might)(?:\s+kindly)?"
    r"|(?:do\s+you\s+)?reckon\s+you\s+(?:could|can)"
    # Irish English: "would you ever set an alarm for half six"
    r"|(?:would|will|could)\s+you\s+ever(?=\s+(?:set|add|put|remind|wake|make|move|change|cancel|"
    r"delete|remove|start|stop|book|tell|check|take|turn|switch|give|read|pop|stick)\b)"
    r"|do\s+you\s+think\s+you\s+(?:could|can)"
    r"|i\s+was\s+wondering\s+if\s+you\s+(?:could|would|might)"
    # "I should like to add a supervision meeting …" (not "I'd like to know")
    r"|i(?:\s+(?:should|would)|'d)\s+like\s+to(?=\s+(?:add|remove|set|put|move|cancel|delete|book|change|"
    r"record|enter|schedule|create|make|take|clear)\b)"
    r"|(?:is\s+there\s+)?any\s+chance\s+you\s+(?:could|can)"
    r")\s+(?=\w)", re.I)


# leave given as a request: "and you can take the bananas off, Mum's bringing a bunch"
_YOU_CAN = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s)|(?<=\bso\s))you\s+can\s+(?=(?:take|put|add|"
                      r"remove|cancel|delete|move|set|change|tick|cross|scrap|bin|knock|drop|"
                      r"get\s+rid|switch|turn|stop)\b)", re.I)
# a word said to the listener: "how long's left on my pasta, mate, and …", "…, honey?"
_VOCATIVE = re.compile(r",\s*(?:mate|love|pet|hen|dear|darling|honey|hun|pal|buddy|sweetheart|mun|butt|la|lad|kidda|"
                       r"my dear|my love|my '?andsome|my 'ansum|my lover|my bird|me 'ansum)\s*(?=[,.?!]|$)"
                       # or first: "Mate, run me through me alarms will ya"
                       r"|^(?:(?:hey|oi|right)\s+)?(?:mate|pal|buddy|love|hen|darling|honey|y'all|cariad|bach)"
                       r"\s*[,!]\s*",
                       re.I)
# a courtesy between commas: "remind me, if you would, on Wednesday …"
_IF_YOU_WOULD = re.compile(r",\s*(?:if you (?:would|could|wouldn't mind|don't mind|please)|"
                           r"if it's no trouble|would you|will you|can you|could you)\s*"
                           r"(?:(?=,)|[.?!]?$)", re.I)
# a second request with its "to" kept: "…, and to remove the reminder about …"
_AND_TO = re.compile(r"(,?\s+and)\s+to\s+(?=(?:add|remove|set|put|move|cancel|delete|book|change|record|"
                     r"enter|schedule|create|take|clear)\b)", re.I)
# "at what time does the meeting begin": what time
_AT_WHAT_TIME = re.compile(r"\b(?:at what time|at what hour|what hour)\b", re.I)
# wanting to know, before the question: "I would like to know when is the dinner"
_WANT_TO_KNOW = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))(?:i(?:'d| would) like to know|"
                           r"i want to know|i need to know|i wonder)\s+(?=(?:when|what|how|which|"
                           r"if|whether|where)\b)", re.I)


# a greeting first: "Dear assistant, good evening, please set an alarm for 4:45 on Thursday
# morning" (its "evening" is no time of the alarm's)
_GREETING = re.compile(r"^(?:(?:my\s+)?dear\s+(?:assistant|hark)\s*,?\s*)?(?:(?:good\s+(?:morning|afternoon|"
                       r"evening|day)|hello|hi|hiya|hey there|howzit|g'day)(?:\s+(?:there|assistant|hark))?"
                       r"\s*[,.!]\s*)?"
                       # a sound or word to start with: "Ahh, when is …", "Excuse me, what …"
                       # (Irish: "Ah sure look, put …")
                       r"(?:(?:ah+|oh+|ooh+|och|ach|hmm+|excuse me|ey up|eh|well|alright|"
                       r"ah+\s+sure(?:\s+look)?|sure\s+look|"
                       # a call for attention: "Ah listen, would you ever set a timer …"
                       r"(?:(?:ah+|oh+|och|right|okay|ok|so|now)\s*,?\s+)?(?:listen|look|see|"
                       r"listen here|look here))\s*[,.!]+\s*)?"
                       # a word of thanks as a sentence of its own after an answer: "Lovely.
                       # What time's it set for again, then?", "Beaut. So what's on …"
                       r"(?:(?:lovely|beaut|beauty|great|perfect|brilliant|cheers|cool|nice|"
                       r"awesome|sweet|fab|fantastic|champion|ta|grand|super|excellent|"
                       r"wonderful|splendid|marvellous|sound|choice|sweet as|magic|belter|mint|"
                       r"class|deadly|gotcha|right then|okay then|thank you|thanks|shame|right|okay|ok)"
                       r"(?:\s+(?:then|thanks|stuff|so much|very much|dear|love))?"
                       r"(?:\s*[.!]+\s+|\s*,\s*(?=(?:and|so|now|then|also|oh)\s)))?"
                       r"(?=\S)", re.I)
# an aside before the request: "Duw, I nearly forgot, remind me …", "quick one, …"
_ASIDE_FIRST = re.compile(r"^(?:(?:duw|oh|ah|right|okay|ok|so|hey|aye|och|crikey|blimey|god)\s*,?\s*)*"
                          r"(?:i (?:nearly|almost) forgot|before i forget|while i remember|"
                          r"while i think of it|quick one|one more thing|just one thing|"
                          # Indian English: "Do one thing, set a timer for half an hour"
                          r"(?:please\s+)?do one thing|"
                          # "Just off a twelve-hour shift, set an alarm …"
                          r"(?:just\s+)?(?:off|back from|home from|in from) (?:a|an|my|the) [\w -]{1,30}?"
                          r"(?:shift|flight|drive|run|trip|walk|day))\s*[,.:;!-]+\s*"
                          r"(?=\S)", re.I)

# "remind me" asking to be told, before a question: "Remind me, that 10 o'clock reminder
# tomorrow, what's it about?" (no new reminder)
_REMIND_ME_ASKED = re.compile(r"^(?:(?:can|could) you\s+)?remind me\s*,\s*(?=(?:[^?,]*,\s*)?(?:what|when|which|"
                              r"how|where|who|is|are|do|did|have|what's|when's)\b[^?]*\?\s*$)", re.I)

# "please" before a question: "Please, what time is dinner with Anna on Friday?"
_PLEASE_ASK = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))please\s*,?\s+(?=(?:what|when|where|which|"
                         r"who|how|is|are|am|do|does|did|have|has|will)\b)", re.I)


# "there" said after the list, as Irish and Scots English say it: "Stick Tayto on the
# shopping list there, would you"
_LIST_THERE = re.compile(r"(?<=\blist)\s+there\b(?=\s*(?:[,.!?]|$))", re.I)


# another said as news: "Oh, and there's another one next Monday, same time, eh."
_THERE_IS_ANOTHER = re.compile(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s))there(?:'s| is) (another|one more)\b"
                               r"(?=\s+(?:one|on|next|this|for|at|tomorrow|the)\b)", re.I)


# "I should like an alarm set for ten to six": set one
_LIKE_SET = re.compile(r"\bi(?:'d| would| should) like (an? (?:alarm|reminder|timer)) (?:set|put on) "
                       r"(for|at|in)\b", re.I)


# an aside about the time: "at twenty to one tomorrow afternoon, which is when the court
# rises for lunch, to ring the clerk"
_WHICH_IS_WHEN = re.compile(r",\s*which\s+(?:is|was|'s)\s+(?:when|where|the time)\b[^,]*(?=,)", re.I)
# "add item 'fix the flaky unit test' to …": the quoted words are the item
_ITEM_QUOTED = re.compile(r"\b(add|put|write)\s+(?:the\s+|an\s+)?items?\s+(?=['\"‘“])", re.I)


# words said to someone else in the room after a dash: "alarm for half six tomorrow morning
# please — Ollie, put that down!", "a timer for 5 mins for the pasta — Millie, stop that"
_ASIDE_TO_SOMEONE = re.compile(
    r"\s*(?:\s[-–—]+|[–—]+)\s*(?!(?:No|Nope|Actually|Sorry|Oh|Wait|Hang|Hold|Oops|Ah|Well|Right|"
    r"Okay|Ok|Also|And|Then|Plus|Please|Make|Set|Add|Put|Remind|Cancel|Change|Move|Scrap|Scratch|"
    r"Forget|Ignore|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|"
    r"Tonight|Thanks|Cheers|Ta|Lovely|Great|Perfect)\b)[A-Z][a-z]+\s*[,!]\s+"
    r"(?:stop|put|leave|get|don't|do not|give|come|go|sit|be|not|no|careful|quiet|hush|shush|"
    r"wait|hang on|drop)\b[^–—]*$")
# the user's own remark after a dash, with no time in it: "Make the swimming alarm fifteen
# minutes earlier, please — I want time for breakfast first."
_REMARK_AFTER_DASH = re.compile(
    r"(?<=\S)\s+[–—]+\s+(?=(?:i|i'm|i've|i'd|we|we're|we've|it's|that's|there's|they|they're|she|"
    r"he|the kids|my)\b)(?![^–—]*\b(?:\d|remind|set|add|put|move|change|cancel|delete|remove|make|"
    rf"book|o'clock|half|quarter|noon|midnight|tomorrow|today|tonight|{WEEKDAYS}|"
    r"morning|evening|afternoon|minutes?|hours?|for the|for my|called|named|"
    r"it's the|that's the)\b)[^–—]*$", re.I)
# a hesitation after a dash in a list: "nappies, wipes and — oh, and fish fingers"
_AND_OH_AND = re.compile(r"\band\s*[-–—]+\s*(?:(?:oh|um+|er+m?|uh+|ah)\s*,?\s*)+(?:and\s+)?", re.I)
# a timer or alarm asked for, not "set": "gimme a 6 minute timer", "can you do a timer for
# 5 mins", "put me an alarm at seven" (said from Spanish "ponme")
_ASK_FOR = re.compile(r"\b(?:give me|can i have|could i have|can i get|could i get|can you do|"
                      r"could you do|do me|get me|put me)\s+(an?)\s+(?=(?:[\w.-]+\s+){0,3}?"
                      r"(?:timer|alarm)\b)", re.I)
_PUT_ALARM = re.compile(r"\bput\s+(?:me\s+)?(?:an?\s+)?alarm\s+(?=(?:at|for|on|tomorrow|tonight|this|next|"
                        r"\d|\w+day)\b)", re.I)

# "one" for "a" (Indian, Nigerian English): "Please set one alarm for every Tuesday and
# Thursday" (no alarm at one o'clock)
_ONE_FOR_A = re.compile(r"\b(set|make|create|add|put|keep|fix)\s+one\s+(?=(?:alarm|reminder|timer)\b"
                        r"(?!\s+(?:more|extra|other)\b))", re.I)

# "keep" for "set" (Indian English): "please keep an alarm forty-five minutes before" (not
# "keep the alarm", one the user has); "stick another reminder in half an hour before that"
# (not in half an hour from now)
_KEEP_A = re.compile(r"\b(?:keep|stick|pop|bung|chuck|whack)\s+(?P<what>(?:an?|another|one more)\s+"
                     r"(?:alarm|reminder|timer))\b(?:\s+in\b(?=\s+(?:an?|half|\d+|one|two|three|"
                     r"four|five|ten|fifteen|twenty|thirty|forty|forty-five)\b[^,.;]*?\b(?:before|"
                     r"after|earlier|later)\b))?", re.I)


# a tag said last, its question mark with it: "…, make it every weekday, hey.", "…, aye?"
_TAG_LAST = re.compile(r",\s*(?:hey|eh|innit|aye|ja|yeah|yeah\?|right|ok|okay|alright)\s*(?:[.!]*|\?)$"
                       # "turn the laundry timer off while you're at it"
                       r"|,?\s+(?:while|whilst) you(?:'re| are) at it\s*[.!]*$", re.I)


# what a list's things are for, said last: "…, for me ankle like", "…, for my throat"
_FOR_WHAT_LAST = re.compile(r"\s*,\s*for\s+(?:me|my|the|her|his|our|your|the\s+kid'?s)\s+\w+(?:\s+like)?"
                            r"\s*[.!]?\s*$", re.I)
# "and" before a question of its own: "Thank you. And what time was dinner with Anna,
# again?" (not "and what about Friday?": the question before, of another day)
_AND_ASKED = re.compile(r"^and\s+(?=(?:what|when|which|how|where|who)\b(?!\s+about\b)"
                        r"(?:\s+\S+){2,}\s*\?\s*$)", re.I)


_ONE_MORE = re.compile(r"\b(?:one more|another|one other) thing\b", re.I)


def _aside_left(m: re.Match[str]) -> str:
    """Nothing for an aside before a request; "and" for "one more thing," before a thing
    alone ("Oh, one more thing, bin bags.": one more of what was just asked for)."""
    from hark.dialogue.compound import opens_request

    return "and " if _ONE_MORE.search(m.group(0)) and not opens_request(
        m.string[m.end():], False) else ""


def plainly(text: str) -> str:
    """``text`` with long courtesies before its requests said as "please", and words said
    to the listener left out."""
    text = _AND_OH_AND.sub("and ", _ASIDE_TO_SOMEONE.sub("", _REMARK_AFTER_DASH.sub("", text)))
    text = _TAG_LAST.sub("", text)
    text = _PUT_ALARM.sub("set an alarm ", _ASK_FOR.sub(r"set \1 ", _ONE_FOR_A.sub(r"\1 a ", text)))
    text = _KEEP_A.sub(r"set \g<what>", text)
    # (the tag's question mark goes with it: "Start a stretching timer, would you?" asks
    # for a timer, no question)
    text = _VOCATIVE.sub("", _ASIDE_FIRST.sub(_aside_left, _GREETING.sub("", text)))
    text = _IF_YOU_WOULD.sub(lambda m: "." if m.end() == len(text) and m.group().strip(", ")
                             else "", text)
    text = _LIKE_SET.sub(r"set \1 \2", _WHICH_IS_WHEN.sub("", text))
    text = _ITEM_QUOTED.sub(r"\1 ", text)
    if _COURTESY.search(text):  # "I should like to add …, and to remove …"
        text = _AND_TO.sub(r"\1 ", text)
    text = _AT_WHAT_TIME.sub("what time", text)
    text = _REMIND_ME_ASKED.sub("", text)
    text = _AND_ASKED.sub("", text)
    if re.search(r"\blist\b", text, re.I):
        text = _LIST_THERE.sub("", _FOR_WHAT_LAST.sub("", text))
    text = _THERE_IS_ANOTHER.sub(r"\1", _YOU_CAN.sub("", text))
    return _PLEASE_ASK.sub("", _WANT_TO_KNOW.sub("", _COURTESY.sub("please ", text)))
