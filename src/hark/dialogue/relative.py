"""A request timed from the one said just before it (English): "when's my dentist
appointment, and set a reminder an hour before", "book the landlord for 4pm tomorrow and
remind me 30 minutes before it", "what time is my first alarm tomorrow, and set another
one ten minutes after it", "… and remind me the day before at 6pm".

``anchored(piece, about)`` returns ``piece`` with the relative time said as a clock time
and a date ("at 1:00 PM on the 2nd of December"), and, for a reminder that says nothing
to remind about, "about" the thing's title. ``about`` is what the request before was
about: ``{"at": aware datetime, "title": str}`` (:func:`about_of` reads it from a skill's
outcome). Without a relative time or without ``about``, ``piece`` comes back unchanged.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from hark.dialogue.words import KIND, THAT_DAY, on_day
from hark.nlu.normalize import normalize
from hark.store import recurrence
from hark.text import same_time
from hark.text.en_words import HOUR_WORDS, WEEKDAYS

_AMOUNT = (r"(?:(?:an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|"
           r"\d+|half an?|a couple of|a few)\s+(?:hours?|minutes?|mins?|days?)"
           r"(?:\s+and\s+(?:a\s+)?(?:half|\d+\s+minutes?|\w+\s+minutes?))?|half an hour|"
           # "one and a half hours", "1.5 hours"
           r"(?:an?|one|two|three|four|\d+)\s+and\s+a\s+half\s+(?:hours?|minutes?|mins?)|"
           r"\d+\.5\s+hours?|"
           r"the (?:day|night|evening|morning))")
_RELATIVE = re.compile(
    rf"\b(?P<amount>{_AMOUNT})\s+(?P<dir>before|beforehand|earlier|ahead|after|later)\b"
    r"(?:\s+(?:than\s+)?(?:it|that|then|this|them)\b)?(?:\s+(?:starts?|begins?|is|goes off|"
    r"rings?)\b(?!\s+(?:over|done|finished)\b)"
    # from its end: "half an hour after it finishes", "10 minutes after it's over"
    r"|(?P<end>\s+(?:finishes|ends|wraps up|is over|is done|is finished)|'s (?:over|done|"
    r"finished)))?", re.I)
# a clock time offered after a comma: "…, say 9 pm", "…, around 8"
_SAY_CLOCK = re.compile(rf"\s*,\s*(?:say|around|about|roughly|maybe)\s+(?=\d|(?:{HOUR_WORDS})\b)",
                        re.I)
# when the thing just talked about is over: "when it's done", "once it goes off"
_WHEN_DONE = re.compile(r"\b(?:when|once|as soon as)\s+(?:it|that|the timer|they|it's|that's|"
                        r"they're)(?:'s|\s+is|\s+are|'re)?\s*(?:done|finished|ready|over|up|"
                        r"goes off|go off|finishes|ends|rings)\b", re.I)
# right after it: when it ends (an event) or when it is
STRAIGHT_AFTER = re.compile(r"\b(?:straight|right|just|directly|immediately)\s+after\s+"
                            r"(?:it|that|this|them)\b", re.I)
# a thing put in, then when, timed from the one before: "put the maths lesson of Riya one
# hour after it is finished"
_PUT_THEN_WHEN = (r"(?:put|pop|stick|pencil|book)\s+(?:in\s+)?(?:the|a|an|my|(?-i:[A-Z])[\w-]+'s)\s+"
                  # (an entry, not "put an alarm one and a half hours before that")
                  r"(?!(?:\w+\s+)?(?:alarm|reminder|timer|wake-?up)s?\b)"
                  rf"[\w' -]{{2,40}}?\s+(?:in\s+(?:the|my)\s+(?:calendar|diary)\s+)?(?={_AMOUNT}\s+"
                  r"(?:before|after)\b)")
_PUTS_THEN_WHEN = re.compile(rf"\b{_PUT_THEN_WHEN}", re.I)
_ACKS = r"cool|great|perfect|nice|lovely|brilliant|yeah|yes|sure|fine|good|grand|righto|cheers|sweet|awesome|ace"
# a new alarm or reminder (not a change to one: "push my alarm 15 minutes later")
_CREATES = re.compile(rf"^(?:(?:hey|um|and|also|then|please|ok|okay|right|so|alright|oh|{_ACKS}|"
                      r"(?:can|could|would|will) you)[\s,]+)*"
                      r"(?:remind me|wake me|get me up|(?:set|add|create|make|put|schedule|book)"
                      r"\s+(?:also\s+)?(?:me\s+)?(?:in\s+)?(?:a|an|another|one|a new|a second|one more)\b"
                      # no article: "set alarm one hour before it"
                      r"|(?:set|add|create|make|put)\s+(?:an?\s+)?(?:alarm|reminder)\b"
                      # someone's thing put in: "stick Daisy's solo walk in the calendar an
                      # hour before that"
                      r"|(?:put|pop|stick|add|pencil|book)\s+(?-i:[A-Z])[\w-]+'s\s+[\w' -]{2,40}?\s+"
                      r"(?:in|into|on|to)\b"
                      rf"|{_PUT_THEN_WHEN})",  # (or a thing put in, then when)
                      re.I)
# said before a request that follows another: "and", "then", "could you"
_LEAD = rf"^(?:(?:and|then|also|please|ok|okay|right|so|alright|oh|{_ACKS}|(?:can|could) you)[\s,]+)*"
_PUTS_IN = re.compile(_LEAD + r"(?:put|pop|pencil|book|"
                      r"schedule|add)\s+(?!(?:it|that|them|this)\b)\w", re.I)
# "remind me at 2:30pm on Friday": a time and nothing to remind about
_BARE_REMINDER = re.compile(_LEAD + r"(?:remind me|"
                            r"set (?:a|another) reminder)\s+(?!.*\b(?:to|about|that|of)\s)"
                            r"(?:at|on|for|in|tomorrow|tonight|today)\b", re.I)
_NEW_OF_KIND = re.compile(_LEAD + r"(?:set|make|create|"
                          r"add|put|book|schedule)\s+(?:a new|another|a different|a replacement)\s+"
                          r"(alarm|reminder|appointment|meeting|event)\b", re.I)
_CLOCK = re.compile(r"\b(?:at|for)\s+(?:\d{1,2}(?:[:.]\d\d)?|noon|midday|"
                    rf"{HOUR_WORDS}|half|quarter|(?:five|ten|twenty|twenty-five)\s+(?:past|to)\s+"
                    rf"(?:{HOUR_WORDS}))\b|\d\s?(?:am|pm)\b", re.I)
_DAY = re.compile(rf"\b(?:today|tonight|tomorrow|(?:{WEEKDAYS})s?|"
                  r"weekend|weekday|every|daily|\d{1,2}(?:st|nd|rd|th))\b", re.I)
_INSTEAD = re.compile(r"\binstead\b", re.I)
_NEXT_PART = re.compile(r"\b(?:on\s+)?the (?:next|following) (day|morning|afternoon|evening|night)\b",
                        re.I)
# a bare clock of the evening, to say pm: "at 8" of "the night before at 8"
_PM_BARE = re.compile(r"\b((?:at|for)\s+(?:\d{1,2}(?:[:.]\d\d)?|one|two|three|four|five|six|"
                      r"seven|eight|nine|ten|eleven)(?:\s+o'clock)?)\b(?!\s*(?:am|pm|a\.m|p\.m))",
                      re.I)
_AT_CLOCK = re.compile(r"\b(?:at|from)\s+(?:\d{1,2}(?:[:.]\d\d)?|noon|midday|"
                       rf"{HOUR_WORDS}|half|quarter)\b", re.I)
_HAS_TEXT = re.compile(r"\b(?:to|about|that|of)\s+\w", re.I)
_REMIND = re.compile(r"\b(?:remind|reminder)\b", re.I)
_DAY_PART = {"day": None, "night": 20, "evening": 18, "morning": 9}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def say_days(days: list[int]) -> str:
    """Weekdays repeated on, said: "every weekday", "every day", "every Monday and
    Thursday"."""
    if sorted(days) == list(range(5)):
        return "every weekday"
    if sorted(days) == list(range(7)):
        return "every day"
    names = [WEEKDAYS.split("|")[d].title() for d in sorted(days)]
    return "every " + (names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}")


def about_of(data: dict[str, Any], tz: Any) -> dict[str, Any] | None:
    """What a skill's outcome was about, timed: the moment a question named ("am I free
    at 11?"), else an event, a reminder, an alarm or a timer (the first of several asked
    about)."""
    if data.get("at"):
        return {"at": _local(data["at"], tz), "title": "", "kind": "moment"}
    rows = [r for r in data.get("agenda") or [] if isinstance(r, dict) and r.get("at")]
    if rows:  # a day's things read ("what's on tomorrow? put a call with Priya in at 11"):
        # its first appointment, else its first thing
        row = next((r for r in rows if r.get("type") == "event"), rows[0])
        return {"at": _local(row["at"], tz),
                "title": str(row.get("title") or row.get("text") or row.get("label") or ""),
                "kind": str(row.get("type"))}
    for key, when, title in (("event", "start", "title"), ("events", "start", "title"),
                             ("reminder", "due", "text"), ("reminders", "due", "text"),
                             ("alarm", "next_fire", "label"), ("alarms", "next_fire", "label"),
                             # "how long till the laundry's done? remind me to hang it out 5
                             # minutes after": when the timer goes off
                             ("timer", "deadline", "name"), ("timers", "deadline", "name")):
        v = data.get(key)
        if isinstance(v, list):
            v = v[0] if v else None
        if isinstance(v, dict) and v.get(when):
            out = {"at": _local(v[when], tz), "title": str(v.get(title) or ""),
                   "kind": key.rstrip("s")}
            if key.startswith("event") and v.get("end"):
                out["end"] = _local(v["end"], tz)
                if data.get("asked_end"):  # "when does it finish?": "at that time" is then
                    out["asked_end"] = True
            rule = recurrence.parse(v.get("recurrence")) if isinstance(
                v.get("recurrence"), dict) else None
            if rule is not None:  # the weekdays it repeats on (0 = Monday)
                out["days"] = list(rule.days)
            return out
    return None


def _local(stamp: Any, tz: Any) -> datetime:
    """An outcome's ISO time in ``tz`` (a naive one taken as already in it)."""
    at = datetime.fromisoformat(str(stamp))
    return at.replace(tzinfo=at.tzinfo or tz).astimezone(tz)


# how long before or after it, said before the request: "Okay, two hours before that,
# remind me to take the parcels to the post office"
_FRONTED = re.compile(
    rf"^(?P<lead>(?:(?:okay|ok|right|so|and|then|grand|great|cool|oh|alright)[\s,]+)*)"
    rf"(?P<rel>(?:{_AMOUNT})\s+(?:before|after)\s+(?:that|it|then))\s*,\s*"
    r"(?P<verb>(?:(?:can|could) you\s+|please\s+)?(?:remind me|wake me|get me up|"
    r"set (?:a|an|me a|me an) (?:reminder|alarm)))(?P<rest>\s.*)?$", re.I)


def anchored(piece: str, about: dict[str, Any] | None, now: datetime) -> str:
    """``piece`` with a time relative to ``about`` said as a clock time and a date."""
    fronted = _FRONTED.match(piece.strip())
    if fronted is not None and about:
        piece = f"{fronted['lead']}{fronted['verb']} {fronted['rel']}{fronted['rest'] or ''}"
    that = THAT_DAY.search(piece)
    if that and about and _CREATES.match(piece):  # "… remind me to leave at 7:15 that evening"
        return piece[:that.start()] + on_day(say_day(about["at"].date()), that.group(1)) + \
            piece[that.end():]
    if about and about.get("kind") == "day":  # "Have I got anything on Wednesday the 9th?"
        # — "put the theory test in at 10:40": on that day
        if (_PUTS_IN.match(piece) or _CREATES.match(piece)) and _CLOCK.search(piece) \
                and not _DAY.search(piece):
            return f"{piece.rstrip(' .!')} {say_day(about['at'].date())}"
        return piece
    if about and about.get("kind") == "moment" and (_PUTS_IN.match(piece) or _CREATES.match(piece)) \
            and not _AT_CLOCK.search(piece) and not re.search(r"\d\s?(?:am|pm)\b", piece, re.I):
        # "check if I'm free on Wednesday at 11 and if I am put a call with mum in for half
        # an hour": at the moment asked about
        day = "" if _DAY.search(piece) else f" {say_day(about['at'].date())}"
        return f"{piece} at {_say_clock(about['at'])}{day}"
    following = _NEXT_PART.search(piece)
    if following and about and _CREATES.match(piece) and _CLOCK.search(piece):
        # "add the staff party on Friday the 18th … and set an alarm for 10 the next
        # morning": the 19th, at the clock time said
        day = about["at"].date() + timedelta(days=1)
        return piece[:following.start()] + on_day(say_day(day), following.group(1)) + \
            piece[following.end():]
    same = same_time.find(piece)
    if same and about and (_CREATES.match(piece) or _PUTS_IN.match(piece)):
        # "… and put dinner with Mark in at the same time", "another one for Friday at
        # the same time"
        when = f"at {_say_clock(about['at'])}"
        if not _DAY.search(piece):
            when += f" {say_day(about['at'].date())}"
        out = f"{piece[:same.start()].rstrip()} {when}{piece[same.end():]}".strip()
        return _about(out, when, piece, about)
    if about and _BARE_REMINDER.match(piece) and about.get("title"):
        # "add a doctor's appointment on Friday at 3:15pm, remind me at 2:30pm that day"
        return _about(piece, "", piece, about)
    it = _ABOUT_IT.match(piece)
    if it and about and about.get("title") and about.get("kind") == "event" \
            and not _DAY.search(piece):
        # "book the dentist on Monday at 4pm and remind me about it at 3pm": 3 PM Monday,
        # the last such time before it
        return _before_it(piece, it, about, now)
    ahead = _REMIND_TO.match(piece)
    if ahead and about and about.get("kind") == "event" and not _DAY.search(piece):
        # "put study group in for Wednesday from 4 till 6 and remind me at 3:30 to grab my
        # charger": 3:30 PM Wednesday, when that is at most 3 hours before it
        return _before_it(piece, ahead, about, now, within=timedelta(hours=3))
    if about and about.get("kind") == "event" and not _DAY.search(piece) and (
            (_INSTEAD.search(piece) and (_PUTS_IN.match(piece) or _CREATES.match(piece)))
            or (_PUTS_IN.match(piece) and _AT_CLOCK.search(piece))):
        # "cancel the team meeting tomorrow and put my training in from 9 till 4 instead",
        # "what's on tomorrow? put a call with Priya in at 11": on that event's day
        # ("instead" said, it would split the time from the day)
        return f"{' '.join(_INSTEAD.sub(' ', piece).split())} {say_day(about['at'].date())}"
    new = _NEW_OF_KIND.search(piece)
    if new and about and KIND.get(new.group(1).lower()) == about.get("kind") and \
            _CLOCK.search(piece) and not _DAY.search(piece):
        # "cancel the swimming alarm, then set a new one for 8": on the swimming alarm's day
        # ("and another at ten past six just in case" after a weekday alarm: every weekday)
        days = about.get("days")
        return f"{piece} {say_days(days) if days else say_day(about['at'].date())}"
    done = _WHEN_DONE.search(piece)
    if done and about and about.get("kind") in ("timer", "alarm", "event") and _CREATES.match(piece):
        # "set a timer for the meringues, 2 hours" — "and remind me when it's done to turn
        # the oven off": when it goes off (an event: when it ends)
        return _at_its_end(piece, done, about, day_said=False)
    right_after = STRAIGHT_AFTER.search(piece)
    if right_after and about and (_CREATES.match(piece) or _PUTS_IN.match(piece)):
        # "what time does the team meeting finish? put physio in straight after it": when
        # it ends
        return _at_its_end(piece, right_after, about, day_said=bool(_DAY.search(piece)))
    m = _RELATIVE.search(piece)
    if m is not None and about and about.get("at") and _NEW_TIMER.match(piece):
        # "how long is left on the pasta?" — "start another timer that goes off five
        # minutes after that one, for the dog's tablets": a timer of the time till then
        seconds = _seconds(m, now)
        left = (about["at"] - now).total_seconds() + _sign(m) * (seconds or 0.0)
        if seconds is not None and left > 0:
            purpose = re.search(r",?\s+(for\s+[^,.!?]+)[.!?]*$", piece[m.end():], re.I) or \
                re.search(r"\btimer\s+(?:on\s+)?(for\s+[\w' -]+?)\s+(?:to\s+go\s+off|that\s+goes\s+"
                          r"off|to\s+ring|,)", piece[:m.start()], re.I)  # ("a timer on for the
            # garlic bread to go off five minutes after that one")
            return f"start a timer for {round(left)} seconds" + (
                f" {purpose.group(1)}" if purpose else "")
    if m is None or not about or not _CREATES.match(piece):
        return piece  # "set my weekday alarm 15 minutes later" changes that alarm
    # (after "when does it finish?", "fifteen minutes after that" is after its end)
    from_end = m.group("end") or (about.get("asked_end") and not re.search(
        r"\b(?:starts?|begins?)\b", m.group(0), re.I))
    at: datetime = about.get("end") if from_end and about.get("end") else about["at"]
    sign = _sign(m)
    amount = m.group("amount").lower()
    head, rest = piece[:m.start()], piece[m.end():]
    if amount.startswith("the "):  # "the day before at 6pm": that day, at the time said
        rest = _SAY_CLOCK.sub(" at ", rest)  # "…, say 9 pm": at 9 pm
        day = (at + timedelta(days=sign)).date()
        hour = _DAY_PART[amount.split()[1]]
        said_after = bool(re.search(r"\b(?:at|for)\s+\S", rest, re.I))
        if said_after or _CLOCK.search(head):  # the time is said after it, or before it
            when = say_day(day)  # ("remind me at 9 the day before to …")
            if amount.split()[1] in ("night", "evening"):  # "the night before at 8": 8 PM
                if said_after:
                    rest = _PM_BARE.sub(r"\1 pm", rest, count=1)
                else:
                    head = _PM_BARE.sub(r"\1 pm", head, count=1)
        else:
            clock = at if hour is None else at.replace(hour=hour, minute=0)
            when = f"at {_say_clock(clock)} {say_day(day)}"
    else:
        shifted = _shifted_when(piece, m, at, now)
        if shifted is None:
            return piece
        when = shifted
    if _PUTS_THEN_WHEN.search(piece) and not re.search(
            r"\b(?:calendar|diary)\b", piece, re.I) and not re.search(r"\bin$", head.rstrip()):
        head = f"{head.rstrip()} in the calendar"  # ("put the maths lesson of Sofia two hours
        # after it": an entry, said so)
    out = f"{head.rstrip()} {when}{rest}".strip()
    return _about(out, when, piece, about)


# a new timer asked for: "start another timer that goes off …", "set a timer to go off …"
_NEW_TIMER = re.compile(_LEAD + r"(?:start|set|put on|make|put|stick|pop)\s+(?:on\s+)?(?:a|another|"
                        r"one more|a second|a new)\s+timer\b", re.I)


# one more of the thing just made or talked about, timed from it: "And another one straight
# after for my nails", "and another half an hour earlier to ring Grandma"
_ANOTHER = re.compile(r"^(?:(?:and|also|then|oh|ok|okay|right|so|yeah|plus)[\s,]+)*"
                      r"(?:another|one more)(?:\s+one)?\b", re.I)
_AFTER_IT = re.compile(r"\b(?:(?:straight|right|just|directly|immediately)\s+after(?:wards)?"
                       r"(?:\s+(?:it|that|this|them))?|after\s+(?:it|that|this)|afterwards)\b",
                       re.I)


# the day before or after it: "another one the night before at 9", "one more the morning
# after"
_DAY_BESIDE = re.compile(r"\b(?:on\s+)?the\s+(?P<part>day|morning|afternoon|evening|night)\s+"
                         r"(?P<dir>before|after)\b(?!\s+(?:it|that|the|my)\b)", re.I)
# a clock said bare, no am/pm: "at 9", "at 9:30"
_BARE_CLOCK = re.compile(r"\bat\s+(?P<h>\d{1,2})(?P<m>[:.]\d\d)?\b(?!\s*(?:[ap]\.?m\b|o'clock))", re.I)


def another_timed(text: str, about: dict[str, Any] | None, now: datetime) -> str | None:
    """``text``, one more of the thing ``about`` timed from it, with that time said as a
    clock time and a date ("And another one at 9:00 am on the 12th of December for my
    nails"): right after it is when it ends (an event) or is; an amount before or after
    it, from when it is. None when ``text`` is no such request."""
    if not about or not about.get("at") or about.get("kind") in ("moment", "day") \
            or not _ANOTHER.match(text):
        return None
    beside = _DAY_BESIDE.search(text)
    if beside:  # "And another one the night before at 9.": that day's eve, at 9 PM
        day = about["at"].date() + timedelta(days=-1 if beside["dir"].lower() == "before" else 1)
        part = beside["part"].lower()
        said = on_day(say_day(day), part)
        if part in ("night", "evening") and (clock := _BARE_CLOCK.search(text)):
            said = f"{said} at {clock['h']}{clock['m'] or ''} pm"
            text = text[:clock.start()] + text[clock.end():]
            beside = _DAY_BESIDE.search(text)
            assert beside is not None
        return " ".join(f"{text[:beside.start()]} {said} {text[beside.end():]}".split())
    right_after = _AFTER_IT.search(text) if not _RELATIVE.search(text) else None
    if right_after and re.search(r"\b(?:days?|weeks?|months?|mornings?|evenings?|nights?|"
                                 rf"(?:{WEEKDAYS})s?)\s*$", text[:right_after.start()], re.I):
        right_after = None  # "another one the Saturday after that": a day, not its end
    if right_after and _AT_CLOCK.search(text[right_after.end():]):  # "Another one straight
        # after at 6:15": at the clock said, on its day
        day = "" if _DAY.search(text) else f" {say_day((about.get('end') or about['at']).date())}"
        head, tail = text[:right_after.start()], text[right_after.end():]
        return " ".join(f"{head} {tail.rstrip(' .!')}{day}".split())
    if right_after:
        return _at_its_end(text, right_after, about, day_said=bool(_DAY.search(text)))
    m = _RELATIVE.search(text)
    when = _shifted_when(text, m, about["at"], now) \
        if m is not None and not m.group("amount").lower().startswith("the ") else None
    return None if when is None else f"{text[:m.start()].rstrip()} {when}{text[m.end():]}"


def _sign(m: re.Match[str]) -> int:
    """-1 for an amount :data:`_RELATIVE` matched before the thing, 1 after it."""
    return -1 if m.group("dir").lower() in ("before", "beforehand", "earlier", "ahead") else 1


def _seconds(m: re.Match[str], now: datetime) -> float | None:
    """How long the amount :data:`_RELATIVE` matched is, or None when it is no length
    ("the day before")."""
    length = normalize("duration", m.group("amount").lower(), now, "en")
    return float(length.get("seconds") or 0) if length else None


def _shifted_when(piece: str, m: re.Match[str], at: datetime, now: datetime) -> str | None:
    """The clock ``at`` shifted by the amount :data:`_RELATIVE` matched in ``piece``, said
    ("at 1:00 pm", with "on the 5th of December" unless ``piece`` says a day elsewhere), or
    None when the amount is no length."""
    seconds = _seconds(m, now)
    if not seconds:
        return None
    moved = at + _sign(m) * timedelta(seconds=seconds)
    when = f"at {_say_clock(moved)}"
    rest = _DAY_CHANGED.sub(" ", piece[:m.start()] + piece[m.end():])
    if not _DAY.search(rest):  # ("… for Thursday": that day, at the clock time worked out;
        when += f" {say_day(moved.date())}"  # not "… about moving Thursday": the errand's)
    return when


# a day the errand is about: "to call Mason's mom about moving Thursday"
_DAY_CHANGED = re.compile(rf"\b(?:moving|changing|rescheduling|cancell?ing|swapping|shifting)\s+"
                          rf"(?:(?:the|this|next)\s+)?(?:{WEEKDAYS}|tomorrow)(?:'s)?\b", re.I)


# a reminder timed from a thing it names itself: "remind me 15 minutes before the team
# meeting", "remind me about the dentist appointment an hour before"
_REMINDS = _LEAD + r"(?P<lead>remind me|set (?:a|another|me a) reminder)"
_BEFORE_NAMED = re.compile(
    rf"{_REMINDS}\s+(?P<amount>{_AMOUNT})\s+(?P<dir>before|after)\s+(?:(?:the|my|our)\s+)?"
    r"(?P<thing>[\w' -]{2,40}?)(?:\s+(?:starts?|begins?|finishes|ends))?"
    # what to do then: "… before the team meeting to print the rota"
    r"(?P<task>\s+(?:to|that|about)\s+[^,.;!?]+?)?\s*[.!?]*$", re.I)
_ABOUT_NAMED = re.compile(
    rf"{_REMINDS}\s+(?:about|of|for)\s+(?:(?:the|my|our)\s+)?(?P<thing>[\w' -]{{2,40}}?)\s+"
    rf"(?P<amount>{_AMOUNT})\s+(?P<dir>before|beforehand|ahead|after)"
    r"(?:\s+(?:it|that)(?:\s+(?:starts?|begins?))?)?\s*[.!?]*$", re.I)


def thing_timed(piece: str) -> tuple[str, str] | None:
    """A reminder timed from a thing it names: (the reminder timed from "it", for
    :func:`anchored` with the thing as ``about``; the thing's words), or None."""
    m = _BEFORE_NAMED.match(piece.strip()) or _ABOUT_NAMED.match(piece.strip())
    if m is None or re.search(r"\b(?:alarm|timer|reminder)s?\b", m["thing"], re.I):
        return None
    task = (m.groupdict().get("task") or "").rstrip()
    return f"remind me {m['amount']} {m['dir']}{task}", m["thing"]


def _before_it(piece: str, it: re.Match[str], about: dict[str, Any], now: datetime,
               within: timedelta | None = None) -> str:
    """A reminder about the event before, at a clock time said without a day: the last
    such time before the event (``piece`` unchanged when that is past, or further before
    it than ``within``). ``it``'s group 1, when there is one, is "it", said as the title."""
    clock = _CLOCK_SAID.search(piece, it.end())
    said = normalize("time", clock.group(0), now, "en") if clock else None
    if clock is None or not said or said.get("kind") != "time":
        return piece
    start: datetime = about["at"]
    hh, mm = (int(x) for x in said["time"].split(":")[:2])
    options = [hh % 12, hh % 12 + 12] if said.get("ambiguous") else [hh]
    best = None
    for hour in options:
        at = start.replace(hour=hour, minute=mm, second=0, microsecond=0)
        if at >= start:
            at -= timedelta(days=1)
        if best is None or at > best:
            best = at
    if best is None or best <= now or (within is not None and start - best > within):
        return piece
    head = piece[:clock.start()]
    if it.lastindex:  # "about it": about the event
        head = f"{piece[:it.start(1)]}{about['title']}{piece[it.end(1):clock.start()]}"
    return f"{head}at {_say_clock(best)} {say_day(best.date())}{piece[clock.end():]}"


# "remind me at 3:30 to grab my charger": a clock time, then what to do
_REMIND_TO = re.compile(_LEAD + r"remind me\s+"
                        r"(?=(?:at|for)\s+\S+(?:\s?(?:am|pm))?\s+to\s)", re.I)
# "remind me about it at 3pm"
_ABOUT_IT = re.compile(_LEAD + r"(?:remind me|set "
                       r"(?:a|another) reminder)\s+(?:about|of)\s+(it|that|this)\b", re.I)
_CLOCK_SAID = re.compile(r"\b(?:at|for)\s+(?:\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|"
                         rf"noon|midday|(?:{HOUR_WORDS})(?:\s+(?:am|pm|o'clock))?)", re.I)


def _about(out: str, when: str, piece: str, about: dict[str, Any]) -> str:
    """``out`` with "about" the thing before when it is a reminder that says nothing to
    remind about."""
    if _REMIND.search(piece) and not _HAS_TEXT.search(re.sub(
            r"\b(?:set|add|make|create)\s+(?:a|an|another|one more)\s+reminder\b", "", out,
            flags=re.I).replace(when, "")) and about.get("title"):
        # a reminder's words are what to do ("to take the bins out"); else what it is about
        out = f"{out} {'to' if about.get('kind') == 'reminder' else 'about'} {about['title']}"
    return out


def _at_its_end(piece: str, said: re.Match[str], about: dict[str, Any], day_said: bool) -> str:
    """``piece`` with the words ``said`` as the clock (and, unless ``day_said``, the day)
    the thing ``about`` ends, or is, at."""
    end = about.get("end") or about["at"]
    when = f"at {_say_clock(end)}" + ("" if day_said else f" {say_day(end.date())}")
    return f"{piece[:said.start()].rstrip()} {when}{piece[said.end():]}"


def _say_clock(at: datetime) -> str:
    return f"{at.hour % 12 or 12}:{at.minute:02d} {'pm' if at.hour >= 12 else 'am'}"


def say_day(day: Any) -> str:
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"on the {n}{suffix} of {_MONTHS[day.month - 1]}"
