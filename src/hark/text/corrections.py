"""A number or words corrected in the same breath (English): "set a timer for 8 minutes,
no wait, 9 minutes" is a 9-minute timer; "remind me at 6 to call mum, no, 7" is at 7; "set
an alarm for 7, actually make it 7:30" is for 7:30; "set an alarm for six, no wait,
quarter to seven tomorrow morning" is for 6:45 tomorrow; "… to iron the uniforms, sorry,
the school uniforms", "put Calpol on the shopping, no wait, Calpol and fruit pouches";
"can you add, sorry, add 'label the coats' …" begun again; "a timer for, sorry, 3 minutes".

``corrected(text)`` returns ``text`` with the last number said before the correction
replaced by the one after it (its unit kept when the correction says none, the rest of
the request said after it kept), or the words corrected, or ``text`` unchanged when it
holds no such correction.
"""

from __future__ import annotations

import re

from hark.text.en_words import HOUR_WORDS, WEEKDAYS
from hark.text.shorthand import detect_language

_SMALL = (rf"(?:{HOUR_WORDS}|\d{{1,2}})")
# the longer forms first: "ten to seven" is one time, not "seven" corrected
_NUMBER = (rf"(?:(?:five|ten|twenty|twenty-five|twenty five|quarter|half|\d{{1,2}})\s+"
           rf"(?:minutes\s+)?(?:past|to)\s+{_SMALL}\b|half\s+{_SMALL}\b|"
           r"\d{1,2}[:.]\d\d|\d+|"
           # ("thirty-five, no, forty minutes": the whole number put right)
           r"(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine)\b|"
           rf"{HOUR_WORDS}|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|"
           # "add a minute to the pasta timer, actually no, make it two minutes"
           r"\ba(?=\s+(?:minute|second|hour)\b)|\ban(?=\s+hour\b))")
_UNIT = (r"(?:\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|am|pm|a\.m\.|p\.m\.|o'clock|"
         r"in the (?:morning|evening|afternoon)))")
_SAID_AGAIN = (r"(?:(?:no|nope|wait|sorry|oops|actually|i mean|scratch that|scrap that|oh no|hang on|"
               r"hold on)[\s,.]+)+")
_NOT_AFTER_NUMBER = "".join(rf"(?<!\b{n} {w} )" for n in ("five", "ten", "twenty", "quarter", "half")
                            for w in ("to", "past")) + r"(?<!\d to )(?<!\d past )(?<!\bminutes to )" \
    r"(?<!\bminutes past )" + "".join(rf"(?<!\b{tens}[ -])" for tens in ("twenty", "thirty", "forty",
                                                                          "fifty"))
_CORRECTION = re.compile(
    # (not the end of a longer time: "ten to [seven]")
    # ("change my alarm to [six], no, ten to six" is corrected: a "to" after no number)
    rf"^(?P<head>.*\b){_NOT_AFTER_NUMBER}(?<!\bhalf )(?<!:)(?<!\d\.)(?P<old>{_NUMBER})(?P<unit>{_UNIT})?"
    rf"(?P<rest>[^,.;]*?)\s*[,.;]?\s+{_SAID_AGAIN}"
    r"(?:(?:make (?:that|it)|change (?:that|it) to|let's say|say|it's|it is|(?:set|make) it (?:for|to|at))\s+)?"
    # "in 10 mins …, sorry, I mean in 15 mins": the preposition said again
    r"(?:(?:in|at|for)\s+)?"
    rf"(?P<new>{_NUMBER})(?P<newunit>{_UNIT})?"
    # the old number said again as the one not meant: "Sorry, 20, not 12."
    rf"(?:\s*,?\s*not\s+{_NUMBER}{_UNIT}?)?\s*(?:instead|please)?\s*"
    r"(?P<more>[,;]\s*(?:and|then|also)\s+.*|[.!?]?"
    # the rest of the request said after the correction: "…, no wait, quarter to seven
    # tomorrow morning", "…, sorry, I mean 3:10pm, for school pick-up"
    r"|(?P<tail>(?:\s*,\s*|\s+)(?!(?:and|then|also)\b)[^.;!?]*?)[.!?]?)$", re.I)


# words corrected at the end: "to iron the uniforms, sorry, the school uniforms", "put Calpol
# on the shopping, no wait, Calpol and fruit pouches"
_WORDS_AGAIN = re.compile(rf"^(?P<head>.*?\S)\s*[,.;]\s+{_SAID_AGAIN}(?P<new>[a-z][\w' -]*?)[.!?]?$",
                          re.I)
# the request begun again: "can you add, sorry, add 'label the coats' to my to-do list"
_BEGUN_AGAIN = re.compile(rf"^(?P<head>.*?)\b(?P<verb>\w+)\s*[,.;]\s+{_SAID_AGAIN}(?P=verb)\b",
                          re.I)
# a word of pause after a preposition: "a timer for, sorry, 3 minutes"
_PAUSE = re.compile(r"\b(for|at|to|in|on|about)\s*,\s*(?:(?:um+|uh+|er+|erm|sorry)\s*,\s*)+(?=\w)",
                    re.I)


_KINDS = {"alarm", "reminder", "timer", "meeting", "appointment", "event", "list"}

# a dash before the correction, as a pause is typed: "… at 2pm — no wait, it's 1.30"
_DASH_AGAIN = re.compile(rf"\s+[—–-]+\s+(?={_SAID_AGAIN})", re.I)
_DAY = rf"(?:{WEEKDAYS}|today|tomorrow|tonight)"
# a day corrected: "remind me Wednesday at 3.30pm to book the flu jabs, no, hang on, Thursday,
# Wednesday's mad" (the reason after it dropped)
_DAY_AGAIN = re.compile(rf"^(?P<head>.*\b)(?P<old>{_DAY})\b(?P<rest>[^,.;]*?)\s*[,.;]\s+{_SAID_AGAIN}"
                        # "No, sorry, not Tuesday, Wednesday. Every Wednesday at eight."
                        rf"(?:not\s+(?:on\s+)?{_DAY}s?\s*[,.;]?\s*)?"
                        rf"(?:(?:make (?:that|it)|it's|it is|on)\s+)?(?P<new>{_DAY})\b"
                        # its time said again with it: "…, no, hang on, Friday at 4"
                        r"(?P<at>\s+at\s+(?:\d{1,2}(?:[:.]\d\d)?|[a-z]+)(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'clock))?"
                        r"(?:\s+in\s+the\s+(?:morning|afternoon|evening))?)?"
                        rf"(?:\s+instead)?(?:\s*,\s*(?:(?P=old)(?:'s| is)|it's|that's)\b[^.;!?]*)?"
                        rf"(?:[.!]\s*(?:every\s+|on\s+)?(?P=new)s?\b[^.;!?]*)?[.!?]?$",
                        re.I)
# the request scrapped and said again: "Put yoghurts on the shopping list, no, scrap that,
# put squash on instead" (on the same list)
_SCRAPPED = re.compile(r"^(?P<head>.*?\S)\s*[,.;—–-]+\s*(?:no[\s,]+)?(?:scrap|scratch|forget|ignore)"
                       r"\s+that[\s,.;—–-]+(?P<new>\S.*?)[.!]?$", re.I)
_LIST_HEAD = re.compile(r"^(?P<verb>put|add|stick|pop)\s+(?P<old>.+?)\s+(?P<prep>on|to|onto)\s+"
                        r"(?P<list>(?:the|my|our)\s+[\w -]*?list)\b", re.I)
_LIST_NEW = re.compile(r"^(?:put|add|stick|pop)\s+(?P<new>.+?)(?:\s+(?:on|to|onto))?"
                       r"(?:\s+instead)?$", re.I)


# "scrap that Dublin trip": "that" before a thing's name, not the request before scrapped
_THAT_THING = re.compile(r"\b(?:scrap|scratch)\s+that\s+(?:[A-Z]|(?:[\w'-]+\s+){0,2}(?:trip|meeting|"
                         r"appointment|dinner|lunch|event|alarm|reminder|timer|party|visit|class|"
                         r"flight|train|booking|holiday)s?\b)")


def _scrapped(text: str) -> str:
    if _THAT_THING.search(text):
        return text
    m = _SCRAPPED.match(text)
    if m is None or re.search(r"\b(?:it|that|them|one)\b", m["new"], re.I):
        return text  # "…, scrap that, set it for 8": what "it" is stays said
    head, new = _LIST_HEAD.match(m["head"]), _LIST_NEW.match(m["new"])
    if head is not None and new is not None and not re.search(r"\blist\b", m["new"], re.I):
        return f"{head['verb']} {new['new']} {head['prep']} {head['list']}"
    return re.sub(r"\s+instead$", "", m["new"], flags=re.I)


# a thing corrected before the rest of the request: "Remove the bananas, wait, no, the
# washing-up liquid from the shopping list" (the last "the …" before the pause replaced)
_MID_WORDS = re.compile(rf"^(?P<head>.*\b)(?:the|a|an|my|some)\s+(?P<old>[^,.;]+?)\s*[,.;]\s+"
                        rf"{_SAID_AGAIN}(?P<new>(?:the|a|an|my|some)\s+[^,.;!?]+[.!?]?)$", re.I)


# the thing of a list request put right in a sentence of its own: "Take renew passport off
# the to-do list. No, sorry, not that one, the bike light, I fixed it yesterday. And add …"
_NOT_THAT_ONE = re.compile(rf"^(?P<head>[^.;!?]*?\S)\s*[,.;]\s+(?:{_SAID_AGAIN})?not (?:that one|"
                           r"(?P<old>[\w'-]+(?:\s+[\w'-]+){0,3}))\s*[,.;]?\s+"
                           r"(?:i mean\s+|it's\s+)?(?P<new>[^,.;!?]+?)"
                           r"(?:\s*,\s*(?:(?:i|i've|i'd|i'm|we|we've|it's|that's|they)\b|the\s+[\w' -]+"
                           r"\s+ones?\b)[^.;!?]*)?"
                           r"(?P<more>[.!?]\s*.*)?$", re.I)
_THING_OF_LIST = re.compile(r"^(?P<verb>take|remove|cross|tick|delete|put|add|stick|pop)\s+"
                            r"(?P<old>.+?)\s+(?P<prep>off|from|on|to|onto)\s+", re.I)


def _not_that_one(text: str) -> str:
    m = _NOT_THAT_ONE.match(text)
    head = _THING_OF_LIST.match(m["head"]) if m is not None else None
    if m is None or head is None:
        return text
    thing, new = head["old"], m["new"].strip()
    if m["old"] is not None:  # "…, sorry, not Ensure, Fortisip": that word of the thing
        said = re.search(rf"\b{re.escape(m['old'])}\b", thing, re.I)
        if said is None:
            return text
        new = f"{thing[:said.start()]}{new}{thing[said.end():]}"
    more = (m["more"] or "").strip()
    return f"{m['head'][:head.start('old')]}{new}{m['head'][head.end('old'):]}" + (
        f"{more[0]} {more[1:].strip()}".rstrip() if more else "")


def _words_corrected(text: str) -> str:
    if (put_right := _not_that_one(text)) != text:
        return put_right
    if detect_language(text) in ("de", "fr", "es", "it"):
        return text  # "a las seis, no a las cinco": six, not five (the English "no" of a
        # correction is the others' "not": :mod:`corrections_other` reads them)
    m = _WORDS_AGAIN.match(text)
    if m is None or len(m["new"].split()) > 5:
        mid = _MID_WORDS.match(text)
        if mid is not None and len(mid["old"].split()) <= 4:
            return f"{mid['head']}{mid['new']}"
        return text
    head, new = m["head"], m["new"].strip()
    first, last = new.split()[0].lower(), new.split()[-1].lower()
    words = list(re.finditer(r"[\w'-]+", head))
    for i in range(len(words) - 1, -1, -1):
        if words[i].group().lower() != first:
            continue
        said = [w.group().lower() for w in words[i:]]
        if last == "one" and said[-1] in _KINDS and len(new.split()) > 1:
            # "the Saturday alarm, no wait, the Tuesday one": the Tuesday alarm
            new, last = f"{new.rsplit(' ', 1)[0]} {said[-1]}", said[-1]
        if (said[-1] == last and len(said) <= 5) or (
                first in ("the", "my", "a", "an") and len(said) <= 3):
            # "the uniforms" → "the school uniforms", "the bank" → "the building society"
            return f"{head[:words[i].start()]}{new}"
        if len(said) > 1 and len(new.split()) > 1 and " and " in f" {new.lower()} ":
            # "Calpol" → "Calpol and fruit pouches", the rest of the request kept
            return f"{head[:words[i].start()]}{new}{head[words[i].end():]}"
        return text
    return text


# a day put right after a thing was made, as told: "oh she says its thursday not wednesday
# same time", "it's Thursday, not Wednesday" ("no, Thursday")
_TOLD_NOT = re.compile(rf"^(?:(?:oh|ah|sorry|wait|actually|no)[,\s]+)*(?:(?:she|he|they|mum|dad|"
                       rf"my\s+\w+)\s+says?\s+)?(?:it's|its|it is|that's|thats)\s+(?:on\s+)?"
                       rf"(?P<new>{_DAY})\s*,?\s+not\s+(?:on\s+)?{_DAY}(?:\s*,?\s*(?:at\s+)?(?:the\s+)?"
                       rf"same\s+time)?[.!]*$", re.I)


def corrected(text: str) -> str:
    """``text`` with a number or words corrected in the same breath put right."""
    told = _TOLD_NOT.match(text.strip())
    if told is not None:
        return f"no, {told['new']}"
    text = _PAUSE.sub(lambda m: f"{m.group(1)} ", _DASH_AGAIN.sub(", ", text))
    text = _scrapped(text)
    day = _DAY_AGAIN.match(text)
    if day is not None:
        rest = day["rest"]
        if day["at"] and (clock := re.search(r"\bat\s+[\w:.]+(?:\s*(?:am|pm|a\.m\.|p\.m\.|"
                                            r"o'clock))?(?:\s+in\s+the\s+\w+)?", rest, re.I)):
            # the time said again with the day: that one (its part of the day kept when the
            # new one says none: "at 4 in the afternoon" — "Friday at 4")
            part = re.search(r"\s+in\s+the\s+\w+$", clock.group(0))
            new_at = day["at"].strip()
            if part and not re.search(r"am|pm|a\.m|p\.m|in the", new_at, re.I):
                new_at += part.group(0)
            rest = f"{rest[:clock.start()]}{new_at}{rest[clock.end():]}"
        elif day["at"]:
            rest = f"{rest} {day['at'].strip()}"
        return f"{day['head']}{day['new']}{rest}"
    again = _BEGUN_AGAIN.match(text)
    if again is not None:
        text = f"{again['head']}{text[again.end() - len(again['verb']):]}"
    m = _CORRECTION.match(text)
    if m is not None and re.match(r"\s*(?:later|earlier|sooner|longer|shorter|more|less|before|"
                                  r"after)\b", text[m.end("newunit") if m.group("newunit")
                                                    else m.end("new"):], re.I):
        m = None  # "…. Actually, make it ten minutes later": a shift, no new number
    if m is None:
        return _words_corrected(text)
    unit = m.group("newunit") or m.group("unit") or ""
    if m.group("tail") is not None:
        return f"{m.group('head')}{m.group('new')}{unit}{m.group('rest')}{m.group('tail')}".strip()
    more = m.group("more") if m.group("more").strip(" .!") else ""
    return f"{m.group('head')}{m.group('new')}{unit}{m.group('rest')}{more}".strip()
