"""Typed shorthand written out, and spoken fillers dropped (English): "whats on fri" → "what's on friday", "team mtg
push 1hr" → "team meeting push 1 hour", "meeting w accountant tue 3pm" → "meeting with
accountant tuesday 3pm", "tmrw" → "tomorrow", "del reminders …" → "delete reminders …",
"add coffee to the shopping" → "… to the shopping list".

``written_out(text)`` returns ``text`` with only what cannot mean anything else in a
request replaced: a short day name where a day is meant ("on sat", "sat 3pm", "sat,"),
not "I sat" or "sun cream". Fillers go too: "um", "uh", "erm" anywhere, and "like"
where it only fills ("remind me on sunday at um 4", "put like a bag of rice on the
list"; not "I'd like a timer" or "what's the weather like").
"""

from __future__ import annotations

import re

from hark.text.en_words import HOUR_WORDS, WEEKDAYS

_DAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
         "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
         "fri": "friday", "sat": "saturday", "sun": "sunday"}
# a day is meant: after "on", "this", "next", "every", "from", "till", "until", "to", or
# before a time, a part of the day, a mark or the end
_DAY = re.compile(
    r"(?:(?<=\bon )|(?<=\bthis )|(?<=\bnext )|(?<=\bevery )|(?<=\bfrom )|(?<=\btill )|"
    r"(?<=\buntil )|(?<=\bto )|(?<=\band )|(?<=^))?"
    # (not a noun: "a bit of sun at last", "the sun", "some sun")
    r"(?<!\bof )(?<!\bthe )(?<!\bsome )(?<!\ba )(?<!\bmy )(?<!\byour )(?<!\bi )(?<!\bwe )(?<!\bthey )\b(?P<day>mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b"
    r"(?P<after>(?=\s+(?:\d|at\b|from\b|morning\b|afternoon\b|evening\b|night\b|eve\b|am\b|pm\b|and\b|n\b|"
    r"weekly\b|move\b|same\b|to\b|till\b|until\b|thru\b|through\b|or\b|please\b|pls\b|plz\b|\w+day\b|"
    r"(?:mon|tues?|weds?|thu|thurs?|fri|"
    r"sat|sun)\b))|(?=\s*[,.?!;]|\s*$))?", re.I)
_UNIT_OF = {"m": "minutes", "s": "seconds", "h": "hours"}


def _owned(kinds: str) -> str:
    """A thing the user has, typed first and named by its kind: "weekday alarm", "Sam card
    reminder", "Anna dinner"."""
    return rf"^(?:(?:the|my)\s+)?(?P<thing>[\w:' ]{{0,40}}?\b(?:{kinds})\b[\w:' ]{{0,20}}?)"


# lengths typed short, written out in English only ("in 20 min" is German too, and reads)
_ENGLISH_UNITS = [
    (re.compile(r"\b1\s?hrs?\b", re.I), "1 hour"),
    (re.compile(r"\b(\d+(?:\.\d+)?)\s?hrs?\b", re.I), r"\1 hours"),
    # "timer 1 hr 20 for revision": an hour and 20 minutes
    (re.compile(r"\b(\d+ hours?) (\d{1,2})\b(?!\s*(?:minutes?|mins?|m\b|seconds?|secs?|:|\.\d|am\b|pm\b|"
                r"o'clock))", re.I), r"\1 \2 minutes"),
    (re.compile(rf"\b(\d+|{HOUR_WORDS}|fifteen|"
                r"twenty|thirty|forty|forty-five|fifty|sixty|ninety)\s?mins?\b", re.I), r"\1 minutes"),
    (re.compile(r"\b(\d+)\s?secs?\b", re.I), r"\1 seconds"),
]
_WORDS = [
    # a timer asked for by what it is for: "Timer for the pasties in the oven" (set one)
    (re.compile(r"^(?:(?:a|an|another|new)\s+)?timer\s+for\s+(?=(?:the|my|our|some|them)\s+(?!timers?\b)"
                r"[a-z])", re.I), "set a timer for "),
    # a pause typed as dots: "team meetin'... make it half an hour later"
    (re.compile(r"(?<=[a-z'])\s*(?:\.{2,}|…)\s*(?=[a-z])", re.I), ", "),
    (re.compile(r"\bmtg\b", re.I), "meeting"),
    # "ad oat milk to the shopping list": a letter short of "add" (not "an ad on the list")
    (re.compile(r"^((?:(?:can|could|would) you|pls|please)\s+)?ad(?=\s+(?!to\b).+?\s+(?:to|on|onto)\s+"
                r"(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+list\b)", re.I), r"\1add"),
    # "the weekday one, can you make it twenty past 6": that alarm
    (re.compile(r"^(the|my)\s+(weekday|weekend|daily|everyday)\s+one\b", re.I), r"\1 \2 alarm"),
    # "Timer 1 hour for the screed.": set one
    (re.compile(r"^(?:an?\s+)?timer\s+(?=(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"fifteen|twenty|thirty|forty|half an?)\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b)",
                re.I), "set a timer for "),
    # "…, and alarm also Wednesday 6 o'clock morning": another alarm
    (re.compile(r"\b(and|also|then)\s+(?:an?\s+)?alarm\s+(?:also\s+|too\s+|as well\s+)?"
                r"(?=(?:for|at|on|tomorrow|tonight|\d|"
                rf"{WEEKDAYS})\b)", re.I), r"\1 set an alarm "),
    # a 24-hour time said with "hours": "1500 hours", "0600 hrs"
    (re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:hours|hrs)\b", re.I), r"\1:\2"),
    (re.compile(r"(?<=day )eve\b", re.I), "evening"),
    (re.compile(r"\bappt\b", re.I), "appointment"),
    (re.compile(r"\bb4\b", re.I), "before"),
    # "tick em off", "add 'em"
    (re.compile(r"\b(tick|cross|take|knock|strike|add|put|pop|get|buy|pick)\s+'?em\b", re.I),
     r"\1 them"),
    # "is bread on shopping?": on the shopping list; "put down butter": add it
    (re.compile(r"((?:^|[,.;?!]\s*|\band\s+|\bn\s+)(?:is|are|add|put|pop|stick|take|remove|tick|cross)\b"
                r"[^,.;?!]*?\s(?:on|to|off)) (?:the |my )?shopping(?=\s*(?:[?.!,;]|$|\s+(?:and|n|&|please)\b))",
                re.I), r"\1 the shopping list"),
    (re.compile(r"\bput down\b(?=\s+(?!(?:the|my|your|a|an|it|that|them|this)\b)\w)", re.I), "add"),
    (re.compile(r"\b(another|one more) 1\b(?=\s+(?:for|of|at)\b)", re.I), r"\1 one"),
    # a 24-hour clock written the French way after "at": "at 19h", "at 8h30" (not a length:
    # "for 1h30")
    (re.compile(r"\b(at|by|from|till|until|before|after|around) ([01]?\d|2[0-3])h([0-5]\d)?\b",
                re.I), lambda m: f"{m[1]} {int(m[2]):02d}:{m[3] or '00'}"),
    # "set a one-off for 8 on Saturday", "delete the Saturday one-off": an alarm that
    # does not repeat (a one-off reminder or event is named so)
    # (written "one-off", or "a one off": "tick that one off" ticks something off)
    (re.compile(r"(?:\bone-off|(?<=\ba )one off)\b(?!\s*(?:alarm|reminder|event|appointment|meeting|"
                r"timer|payment|thing|job|task|charge|fee)s?\b)(?!-)", re.I), r"\g<0> alarm"),
    (re.compile(r"\b(?:tmrw|tmw|tmr|tomoz|2moro|2morrow|tomo|tomorra|tomoro|tmoro)\b", re.I), "tomorrow"),
    (re.compile(r"\b(?:2nite|2night|tonite)\b", re.I), "tonight"),
    # "remind me 2 text jess": to
    (re.compile(r"\b(remind (?:me|us)) 2 (?=[a-z])", re.I), r"\1 to "),
    # "remind me 10 mins ring the office": in 10 minutes, to ring the office
    (re.compile(r"\b(remind (?:me|us)) (\d+|a few|a couple of|ten|twenty|thirty|five|fifteen)\s+(mins?|minutes?|"
                r"hrs?|hours?)\s+(?!to\b|from\b|before\b|beforehand\b|after\b|afterwards\b|earlier\b|later\b|"
                r"ahead\b)(?=[a-z])", re.I), r"\1 in \2 \3 to "),
    # "every Friday an Saturday": and
    (re.compile(r"(?<=day )an(?= (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.I), "and"),
    (re.compile(r"\b(?:pls|plz)\b", re.I), "please"),
    # "how many timers r running rn": are (and "rn", right now, left out)
    (re.compile(r"(?<=\w )r(?= (?:running|going|set|on|left|there|they|you|we)\b)", re.I), "are"),
    (re.compile(r"\s+rn(?=[\s?!.]*$)", re.I), ""),  # (not "right now": a time)
    # typed in a hurry: "set timr for 18 mins", "remnd me wed 2pm", "evry tuesday"
    (re.compile(r"\b(?:timr|tmer|timmer)\b", re.I), "timer"),
    (re.compile(r"\b(?:remnd|remid|reminde|rmind)\b", re.I), "remind"),
    (re.compile(r"\b(?:alrm|alram|alarn)\b", re.I), "alarm"),
    (re.compile(r"\bevry\b", re.I), "every"),
    (re.compile(r"\b(this|next|last) wk\b", re.I), r"\1 week"),
    (re.compile(r"^kindly\b", re.I), "please"),
    # "on working days", "every work day": every weekday (the tagger knows that phrase)
    (re.compile(r"\b(?:every|on|on all|all)\s+(?:working|work|business)[- ]?days?\b|\bon\s+workdays\b",
                re.I), "every weekday"),
    # "to do list: clean the oven": the to-do list
    (re.compile(r"\bto do list\b", re.I), "to-do list"),
    (re.compile(r"(?<![\w/])w/(?=\s)", re.I), "with"),
    (re.compile(r"\bshoping\b", re.I), "shopping"),
    (re.compile(r"\bcalender\b", re.I), "calendar"),
    # "a half hour timer": half an hour
    (re.compile(r"\ba half[- ]hour(?= timer\b)", re.I), "a 30 minute"),
    # text speak, lower case only: "wat timers r going", "wen do i hav to …", "eggs n bread"
    (re.compile(r"\b(?:whats|wats)\b"), "what's"),
    (_WAT := re.compile(r"\bwat\b"), "what"),
    (re.compile(r"\bwha's\b", re.I), "what's"),
    # "What time's the Boston thing start?": does
    (re.compile(r"^((?:and |so )?what time)'s\s+(.+?)\s+(start|begin|kick off)\b", re.I),
     r"\1 does \2 \3"),
    # a groan or a laugh typed last: "5am ugh", "airpods r dead lol"
    (re.compile(r"\s+(?:ugh+|urgh+|meh|lol|lmao|ffs|smh)\s*[.!]*$", re.I), ""),
    # Scots "whit time's the dentist", "An' …"
    (re.compile(r"\bwhit(?=\s+(?:time|day|is|are|have|has|do|does|did)\b|'s\b)", re.I), "what"),
    (re.compile(r"^an'(?=\s)", re.I), "and"),
    # "what time's the dentist on Wednesday again?": asked, "again" says nothing more
    (re.compile(r"^((?:[\w']+[.!,]\s+)?(?:and |so |oh )?(?:what|when|which|where|how)\b.*?\w)\s+again"
                r"(?=\s*\?\s*$)", re.I), r"\1"),
    (re.compile(r"\bwen\b"), "when"),
    (re.compile(r"\bhav\b"), "have"),
    (re.compile(r"(?<=\w )r(?= \w)"), "are"),
    (re.compile(r"(?<=\w )u(?= \w)|^u(?= \w)"), "you"),
    (re.compile(r"(?<=\w )n(?= \w)|^n(?= \w)"), "and"),  # ("n my airpods": and)
    (re.compile(r"^k,? (?=\w)"), ""),  # "k whats on it now": ok, said to say nothing
    (re.compile(r"(?<=\w )&(?= \w)"), "and"),
    (re.compile(r"\b(?:thx|ty)\b$"), "thanks"),
    (re.compile(r"(?<=\w )w(?= \w)", re.I), "with"),  # "meeting w accountant"
    (re.compile(r"^del\b", re.I), "delete"),
    # "whack a pub quiz in the calendar", "bung some bin bags on the shopping list"
    (re.compile(r"\b(?:whack|bung|chuck|slap|throw|shove)\b(?=[^,.;]{1,60}?\b(?:in|on|into|onto|to)\s+"
                r"(?:my|the|our)\s+(?:calendar|diary|[\w-]+\s+list|list)\b)", re.I), "put"),
    # "add coffee to the shopping", "take bread off the shopping": the shopping list
    (re.compile(r"\b(to|on|onto|off|from) (the|my|our) shopping\b(?!\s+(?:list|centre|center|"
                r"mall|bags?|trolley|basket|channel|trip|done)\b)(?=\s*(?:$|[,.;!?]|and\b|"
                r"please\b|then\b|too\b|as well\b|cheers\b|thanks\b))", re.I), r"\1 \2 shopping list"),
    # "remove fix the bike light from todo": the to-do list
    # ("add 'send invoices to parents' in my to-do")
    (re.compile(r"\b(to|on|onto|off|from|in|into) (?:the |my )?(?:todo|to-do)\b(?!\s+list|-)", re.I),
     r"\1 my to-do list"),
    # a clock typed with a full stop: "6.15am", "at 7.15" (the tagger took "6" and "15am")
    (re.compile(r"\b([01]?\d|2[0-3])\.([0-5]\d)\s?(am|pm|a\.m\.|p\.m\.)", re.I), r"\1:\2\3"),
    (re.compile(r"\b(at|for|till|until|from|to|by) ([01]?\d|2[0-3])\.([0-5]\d)\b(?!\.\d)", re.I),
     r"\1 \2:\3"),
    (re.compile(r"\b12\s*(?:noon|midday)\b", re.I), "noon"),
    (re.compile(r"\b12\s*midnight\b", re.I), "midnight"),
    (re.compile(r"\bshoppin\b", re.I), "shopping"),
    # a 24-hour time typed without its colon, "alarm daily 0615" (a leading 0: no year)
    (re.compile(r"(?<![\d:.])(0\d)([0-5]\d)(?![\d:.])"), r"\1:\2"),
    # and from 10:00 on, where a year cannot be meant: "alarm 1930 tonight", "at 1400 hrs"
    (re.compile(r"(?:(?<=\bat )|(?<=\balarm )|(?<=\btill )|(?<=\buntil ))(1\d|2[0-3])([0-5]\d)"
                r"(?![\d:.])|(?<![\d:.])(1\d|2[0-3])([0-5]\d)(?=\s*(?:hours|h)\b|\s+(?:tonight|today|"
                r"tomorrow|tmrw|on \w+day)\b)", re.I),
     lambda m: f"{m[1] or m[3]}:{m[2] or m[4]}"),
    (re.compile(r"(?<!\bfor )\b((?:[01]\d|2[0-3]):\d\d)\s*(?:hours|h)\b", re.I), r"\1"),
    # typed terse: "rm bananas from shopping", "team meeting tmrw -> 10am", "… + remind me …"
    (re.compile(r"^rm\b", re.I), "remove"),
    (re.compile(r"^mv\b", re.I), "move"),
    # "cal wed", "diary tomorrow?": what is on the calendar that day
    (re.compile(r"^(?:cal|calendar|diary)\s+((?:on\s+)?(?:\w+day|today|tomorrow|tonight|this week|"
                r"next week)(?:\s+(?:morning|afternoon|evening|night))?)\s*\??$", re.I),
     r"what's on my calendar \1?"),
    # "mv team meeting 09:30": moved to that time
    (re.compile(r"^(move|push|shift)\s+(?!.*\bto\b)((?:the\s+|my\s+)?[a-z][\w' -]*?)\s+"
                r"(\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d)\s*$", re.I), r"\1 \2 to \3"),
    # "pasta timer +3 mins", "laundry timer -5m"
    (re.compile(r"^(?:the\s+|my\s+)?([a-z][\w-]*)\s+timer\s*([-−+])\s*(\d+)\s*(m|min|mins|minutes?|s|secs?|"
                r"seconds?|h|hours?)\.?\s*$", re.I),
     lambda m: (f"add {m[3]} {_UNIT_OF.get(m[4].lower(), m[4])} to" if m[2] == "+" else
                f"take {m[3]} {_UNIT_OF.get(m[4].lower(), m[4])} off") + f" the {m[1]} timer"),
    # "todo?", "time left pasta": a list or a timer named alone, as a question
    (re.compile(r"^(?:my\s+)?(?:todo|to-do)(?:\s+list)?\s*\??$", re.I), "what's on my to-do list?"),
    (re.compile(r"^time\s+left\s+(?:on\s+)?(?:the\s+|my\s+)?([a-z][\w-]*)(?:\s+timer)?\s*\??$", re.I),
     r"how much time is left on the \1 timer?"),
    # "…, it's still hard, like.": a closing filler
    (re.compile(r",\s*like\s*([.!?]?)$", re.I), r"\1"),
    # "remove eggs and bread from shopping": the shopping list
    (re.compile(r"^((?:please\s+)?(?:remove|take|add|put|cross|tick|delete|strike)\b[^,]*?\b"
                r"(?:to|on|onto|off|from)) shopping\b(?!\s+(?:list|centre|center|mall|bags?|trolley|"
                r"basket|channel|trip|done)\b)", re.I), r"\1 the shopping list"),
    # "weekday alarm -> 6:45", "Anna dinner -> next Mon 19:30": an arrow from a thing the
    # user has is a change of it (an alarm changed, anything else moved)
    (re.compile(rf"{_owned('alarm')}\s*(?:->|=>|→)\s*", re.I), r"change my \g<thing> to "),
    (re.compile(rf"{_owned('reminder|meeting|appointment|dinner|lunch|event|party|class')}\s*(?:->|=>|→)\s*",
                re.I), r"move the \g<thing> to "),
    # "Sam card reminder +2h", "team meeting -30m": later or earlier by so long
    (re.compile(rf"{_owned('reminder|alarm|meeting|appointment|dinner|lunch|event')}\s*(?P<way>[+-])\s*"
                r"(?P<n>\d+)\s*(?P<unit>h|hrs?|hours?|m|mins?|minutes?)\s*$", re.I),
     lambda m: f"move the {m['thing']} {m['n']} {'hours' if m['unit'][0].lower() == 'h' else 'minutes'} "
               f"{'later' if m['way'] == '+' else 'earlier'}"),
    (re.compile(r"\s*(?:->|=>|→)\s*", re.I), " to "),
    # "pasta + laundry timers status", "timer status?"
    (re.compile(r"^(?:[\w+& ]{0,40}?\s)?timers?\s+status\s*\??$", re.I), "how long is left on my timers?"),
    (re.compile(r"\s+\+\s+(?=[a-z])", re.I), " and "),
]
_BEFORE = re.compile(r"(?:\bon|\bthis|\bnext|\bevery|\bfrom|\btill|\buntil|\bto|\band|^)\s*$", re.I)


_UM = re.compile(r"(?:,\s*)?\b(?:um+|uh+|erm+|uhm+|er|em(?=\s*,))\b(?:\s*,)?\s*", re.I)
# ("em" as the Irish and Scots say "erm", set off by a comma: "so, em, half four")
# a request after a filler between commas: "…delayed till Sunday, um, put airport pickup in"
_ASK_NEXT = re.compile(r"(?:put|add|set|remind|move|cancel|delete|take|book|stick|pop|make|"
                       r"change|shift|push|start|wake|tick|can you|could you|please)\b", re.I)


def _um_out(m: re.Match[str]) -> str:
    """A filler taken out; the comma kept where one stood on each side of it and a request
    follows (the clause before is another)."""
    whole = m.group(0)
    if whole.lstrip().startswith(",") and whole.rstrip().endswith(",") \
            and _ASK_NEXT.match(m.string, m.end()):
        return ", "
    return " "


# "like" as a filler: not after a word that makes it a verb or a comparison ("I'd like",
# "looks like", "what's it like") and before what a request says next
_LIKE = re.compile(
    r"(?<!\bi'd )(?<!\bwould )(?<!\byou'd )(?<!\bwe'd )(?<!\bi )(?<!\byou )(?<!\bwe )"
    r"(?<!\bthey )(?<!\blooks )(?<!\blook )(?<!\bfeel )(?<!\bfeels )(?<!\bseems )"
    r"(?<!\bsounds )(?<!\bsomething )(?<!\banything )(?<!\bnothing )(?<!\bjust )"
    r"(?<=\w )\blike\b,?\s+(?=(?:an?|the|some|my|on|at|in|for|to|make|an hour|one|two|"
    r"three|\d|what|remind|set|add|put|cancel|sort|email|find|call|book|tomorrow|tonight|"
    rf"{WEEKDAYS})\b)", re.I)


# "like" opening a time said alone: "like 8 in the morning" (about eight)
_LIKE_FIRST = re.compile(r"^\s*like,?\s+(?=(?:about\s+|around\s+)?(?:\d|half|quarter|noon|midday|"
                         r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", re.I)


# "can you like remind me", "so like I need": a filler after an asking or a "so"
_LIKE_ASKED = re.compile(r"(?:(?<=\bcan you )|(?<=\bcould you )|(?<=\bwould you )|"
                         r"(?<=\bwill you )|(?<=^so )|(?<=, so )|(?<=\band so ))like,?\s+"
                         r"(?=(?:remind|set|add|put|cancel|book|tell|move|make|check|delete|start|"
                         r"pause|stop|turn|i|we)\b)", re.I)


# a 24-hour time typed as four digits after "to"/"at" about something timed: "amend to
# 1830", "move the dentist appointment to 1430" (not a year: "moved to 1830" was 1830 AD)
_FOUR_DIGITS = re.compile(r"\b(to|at|till|until|by|from|for)\s+([01]\d|2[0-3])([0-5]\d)\b"
                          r"(?!\s*(?:am|pm|hours|hrs)\b)", re.I)
# a rota's range typed as four digits each: "1400 to 2200" (the first with no "at" before it)
_FOUR_DIGIT_RANGE = re.compile(r"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)\s*(to|till|until|-|–)\s*"
                               r"([01]\d|2[0-3])([0-5]\d)(?![\d:.])")
# a 24-hour time said the military way: "twenty-two hundred till six", "at fourteen hundred",
# "oh six hundred hours" (not "fifteen hundred pounds": only at a time's place or with "hours")
_HOURS_SAID = {"oh one": 1, "oh two": 2, "oh three": 3, "oh four": 4, "oh five": 5,
               "oh six": 6, "oh seven": 7, "oh eight": 8, "oh nine": 9, "ten": 10,
               "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
               "twenty one": 21, "twenty two": 22, "twenty three": 23}
_HUNDRED = re.compile(
    r"(?P<at>\b(?:at|from|till|until|to|by|for|between)\s+)?\b(?P<h>(?:oh|zero)[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three))?)\s+hundred"
    r"(?P<hours>\s+hours)?\b(?!\s+(?:and|seconds?|minutes?|mins?|pounds|quid|euros?|dollars|"
    r"steps|words|people|grams|kilos|metres|meters|miles|calories|times|of)\b)(?P<next>(?=\s*(?:till|until|to|-|–)\s))?", re.I)


def _hundred(m: re.Match[str]) -> str:
    if not (m["at"] or m["hours"] or m["next"] is not None):
        return m.group(0)
    said = " ".join(m["h"].lower().replace("zero", "oh").replace("-", " ").split())
    return f"{m['at'] or ''}{_HOURS_SAID[said]:02d}:00"


_TIMED = re.compile(r"\b(?:alarm|remind|reminder|appointment|meeting|event|calendar|diary|dinner|"
                    r"lunch)\b", re.I)


def detect_language(text: str) -> str:
    from hark.nlu.langid import detect_language as detect

    return detect(text)


def _english(text: str) -> bool:
    return detect_language(text) == "en"


def written_out(text: str) -> str:
    """``text`` with typed shorthand written out (see the module)."""
    def day(m: re.Match[str]) -> str:
        said = m.group("day")
        meant = m.group("after") is not None or _BEFORE.search(text[:m.start()])
        if not meant or (said.lower() == "mon" and not _english(text)):  # (French "mon
            return said  # réveil à sept heures")
        return _DAYS[said.lower()]

    if sum(c.isalpha() for c in text) >= 6 and text.upper() == text:
        text = text.lower()  # typed in capitals: "TIMER 90 SECONDS FOR THE STEAK"
    if not _UM.search(text) or _english(text):  # (German "um sieben" keeps its "um")
        text = " ".join(_LIKE_ASKED.sub("", _LIKE.sub("", _LIKE_FIRST.sub("", " ".join(
            _UM.sub(_um_out, text).split())))).split())
    out = _DAY.sub(day, text)
    for rx, word in _WORDS:
        if rx is _WAT and rx.search(out) and detect_language(out) in ("de", "fr", "es", "it"):
            continue  # Berlin "wat fehlt noch": no text speak
        out = rx.sub(word, out)
    if any(rx.search(out) for rx, _ in _ENGLISH_UNITS) and _english(out):
        for rx, word in _ENGLISH_UNITS:
            out = rx.sub(word, out)
    if _TIMED.search(out):
        out = _FOUR_DIGITS.sub(r"\1 \2:\3", _FOUR_DIGIT_RANGE.sub(r"\1:\2 \3 \4:\5", out))
    out = _HUNDRED.sub(_hundred, out)
    # "oh-five-forty-five": a clock said the military way, typed with hyphens
    return _OH_HYPHENS.sub(lambda m: m.group(0).replace("-", " "), out)


_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                r"fifty|hundred|oh|zero)")
_OH_HYPHENS = re.compile(rf"\b(?:oh|zero)(?:-{_NUMBER_WORD}){{1,4}}\b", re.I)
