"""Several requests in one sentence: "set a timer for ten minutes and add rice to the
shopping list", "cancel my swimming alarm, then remind me to pack my kit on Friday".

``split(text, understand, threshold)`` returns the sentence's requests in the order
said (the sentence alone when it is one request). A sentence is cut where a joining
word or a punctuation mark ("and", "then", "and also", "plus", "after that", ",", ". ")
is followed by the opening of a new request — a verb addressed to the assistant ("set",
"add", "cancel", "remind", "pause", "tell me", …) or a question word ("what", "when's",
"is there", …) — and only when every piece is itself understood, in scope, with
confidence at least ``threshold``. So these stay whole:

- "remind me to buy milk and eggs tomorrow" ("eggs" opens no request),
- "add flour, sugar and butter to the list", "a timer for an hour and a half",
- "remind me to call mum and book a table" (after a reminder's words only verbs nobody
  says to themselves — "set", "add", "cancel", "remind", questions — start a request;
  "book", "call", "check" are what the reminder is about),
- "set a ten minute timer and call it tea" (a verb on "it"/"them"/"that" refers back).

German, French, Spanish and Italian sentences are split by :mod:`compound_other`
(``lang``: the sentence's language, :func:`language_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hark.dialogue import compound_other, conditions
from hark.dialogue.ellipsis import complete, day_back
from hark.dialogue.pieces import NAME_IT, Judge, TooLong, cut_all
from hark.dialogue.same_again import instead_on
from hark.dialogue.words import TOLD_NOW
from hark.nlu.event_span import said_span
from hark.text import new_list_items
from hark.text.clean import quoted
from hark.text.en_words import HOUR_WORDS, WEEKDAYS
from hark.text.event_pairs import ITS_END
from hark.text.list_first import items_first_other
from hark.text.topic_first import topic_first
from hark.types import Understanding

Understand = Callable[[str], Understanding]
MAX_PARTS = 4  # more pieces than this are not looked for
MAX_LOOKS = 16  # pieces understood at most while looking (a long text stays whole)


# joining words between two requests (any run of them), after an optional , ; . ! ?
_JOINER = (r"(?:and|then|also|plus|after that|afterwards|oh|uh|um|er|so|ok|okay|"
           r"finally|lastly|while you're at it)")
# a comma, semicolon or sentence end, then any joining words; or joining words alone
_BOUNDARY = re.compile(
    rf"(?:\s*[,;]\s*|\s*[.!?]+\s+)(?:{_JOINER}\b[\s,]*)*(?=\S)|"
    rf"\s+(?:{_JOINER}\b[\s,]*)+(?=\S)", re.I)
# said before the request itself: "could you", "please", "can you also"
_POLITE = re.compile(
    r"^(?:(?:please|kindly|just|quickly|also|too|now|then|hey|hark)\s+|"
    r"(?:(?:would|do) you mind|(?:can|could|would|will) you(?: please| also| just| then| kindly|"
    r" possibly| ever)?|(?:would you )?(?:please )?be so kind as to|i wonder if you could|"
    r"i(?:'d| would) be (?:ever so |very |most )?grateful if you(?:'d| would| could)|"
    r"please (?:would|could|can) you|"
    r"you (?:can|could|may)(?: also| just| now)?|"
    r"i(?:'d| would) like you "
    r"to|i(?:'d| would) like to(?=\s+(?:arrange|book|organi[sz]e|schedule|add|set|put|make)\b)|i want you to|i need you to|don't forget to|do not forget to|make sure (?:you|to)|"
    r"remember to|go ahead and|abeg)\s+)*", re.I)
# verbs that only the assistant is asked to do: they open a request even after a reminder
_STRONG = (r"set(?! the table| off| up| out)|add|remind|ditch|scrap|bin(?= the| my)|"
           # said without a verb: "timer 30 minutes", "alarm for 7am"
           # "alarm every sat and sun 10am + remind me …"
           r"(?:an? )?alarm (?=(?:every|each|on|tomorrow|tonight|weekdays?|weekends?)\b)|"
           r"(?:an? )?(?:timer|alarm)(?: for| at| in)? "
           rf"(?=\d|an? |{HOUR_WORDS}|fifteen|twenty|thirty|forty|half|quarter)|"
           r"(?:an? )?[\w]+[- ](?:minutes?|hours?|seconds?) timer\b|"
           # "… and stick a 10 minute timer on for the fish fingers"
           r"(?:stick|put|pop|start|whack|bung) (?:on )?an? [\w]+[- ](?:minutes?|hours?|seconds?) timer\b|"
           # typed terse: "rice timer 12 minutes", "10 minutes tea timer"
           r"[a-z]+ timer (?:for )?\d+ (?:minutes?|hours?|seconds?)\b|"
           # a length for a thing, the timer unsaid, last: "…, so 40 minutes for the bread"
           rf"(?:\d+|{HOUR_WORDS}|fifteen|twenty|thirty|forty|fifty) (?:minutes?|mins?|hours?) "
           r"for (?:the|my) [\w-]+(?: [\w-]+)?\s*[.!]*$|"
           r"\d+ (?:minutes?|hours?|seconds?) [a-z]+ timer\b|"
           r"(?:an? |another )(?:reminder|alarm) (?:in|at|for|on|tomorrow|to)\b|"
           r"(?:another|one more) (?:timer|alarm|reminder)\b|"
           r"(?:put|pop|stick|chuck|bung|pencil)(?=\s.{1,60}?\b(?:in|on|into|onto|to) "
           r"(?:my|the) (?:calendar|diary|[\w-]+ list|list)\b)|"
           r"(?:take|strike)(?=\s.{1,40}?\boff (?:my|the) (?:[\w-]+ )?list\b)|"
           r"(?:put|pop|stick) (?:in )?(?:a|an|another) (?:alarm|timer|reminder)|cancel|delete|remove|erase|get rid of|"
           r"pause|unpause|resume|snooze|tick|cross|mark|wake me|schedule|"
           r"tell me|let me know|give me|show me|read (?:me|out|back)|list (?:my|all|the)|"
           r"create|start a|start an|(?:i need|i want|i'd like|i would like|i'll need) "
           r"(?:a|an|another) (?:new )?(?:reminder|alarm|timer)|make (?:a|an|me a) (?:new )?(?:alarm|timer|reminder|"
           r"list|note|event|appointment)|put (?:a|an|another|in a|in an) (?:alarm|timer|"
           r"reminder|event|appointment)|"
           r"(?:is|are) (?!it\b|that\b|this\b|they\b|you\b)(?=.*\b(?:(?:on|in) (?:my|the) |on there\b))|"
           r"(?:is|are) (?:(?:my|the|our) )?[\w' ]{1,40}? still\b|"
           # a change told: "… Coffee with Aoife is now at 3pm on Saturday"
           rf"{TOLD_NOW}|"
           r"whether (?:i|there|my)|"
           # "forget the reminder, just stick bird feed on the shopping list"
           r"(?:forget (?:about )?|never ?mind |scrap |ditch )(?:the|my|that) (?=\S*\s*(?:reminder|"
           r"alarm|timer|event|appointment|"
           r"meeting))|"
           r"(?:is|am i) (?:free|busy|\w+day|tomorrow|today|tonight)\b|"
           # a thing not needed, said to have it gone: "…, and I don't need the 7:15 alarm
           # tomorrow, you can delete it"
           r"i (?:don't|do not|no longer) need (?:the|my|that|tomorrow's|today's|\w+day's) "
           r"(?=(?:[\w:'-]+ ){0,3}?(?:alarm|reminder|timer|appointment|meeting|event)s?\b)|"
           r"what(?:'s|s|'ve| is| are| was| time| do| did| does|'re| have| else| alarms| reminders| "
           r"events| timers| lists)|when(?:'s| is| does| do| did| will| am| are| was| must| should| have)|"
           r"which|how (?:long|much|many|is|are)|how's|where(?:'s| is| are)|who(?:'s| is)|"
           r"is there|are there|have i|do i|did i|am i|is my|are my|any (?:alarms|"
           r"reminders|timers|events|appointments)")
# verbs a person also does themselves: they open a request only after a request that is
# not a reminder ("pause the pasta and move my 3pm meeting", not "remind me to move …")
_WEAK = (r"put|stick|pop|chuck|bung|pencil|give|kill|strike|block|arrange|organi[sz]e|move|change|"
         r"push|pull|bring|shift|reschedule|postpone|delay|extend|"
         r"reset|adjust|update|"
         r"book|clear|read|check|turn|switch|stop|restart|start|continue|hold|knock|"
         r"take|make|note|write|jot|increase|decrease|reduce|lower|shorten|lengthen|rename|play|dim|"
         r"brighten|open|close|lock|unlock|call|text|send|email|e-mail|find|look up|"
         r"search|convert|translate|spell|define")
# "call it tea", "make it eight": about the request before, not a request of its own
_REFERS_BACK = re.compile(r"^(?:call|name|make|set|turn|title|label|change|rename|switch)"
                          r"\s+(?:it|them|that|this|those|these)\b", re.I)
_OPENS_STRONG = re.compile(rf"^(?:{_STRONG})\b", re.I)
_OPENS_WEAK = re.compile(rf"^(?:{_WEAK})\b", re.I)
# a request whose last words are free text (what to remember, an event's title)
_FREE_TEXT = re.compile(r"\b(?:remind|remember|don't (?:let me )?forget|note (?:down|that)|"
                        r"make a note|write down|jot down)\b", re.I)


_GERUND = re.compile(r"^(read|add|tell|pause|cancel|remind|check|mov|sett?|putt?)ing\b", re.I)


def _opener(piece: str) -> str:
    """The words that open the request: "would you mind reading me …" → "read me …",
    "if not, add it" → "add it"."""
    head = _POLITE.sub("", conditions.parse(piece)[2], count=1)
    return _GERUND.sub(lambda m: {"sett": "set", "putt": "put", "mov": "move"}.get(
        m.group(1).lower(), m.group(1)), head, count=1)


# a change to something the assistant keeps, even after a reminder's words: "remind me to
# pick up the dry cleaning and push the dentist appointment back half an hour"
_CHANGES_KEPT = re.compile(
    r"^(?:move|push|pull|bring|shift|reschedule|postpone|delay|extend|shorten)\s+"
    r"(?:the|my|tomorrow's|today's|\w+'s)\s+(?:[\w:'-]+\s+){0,3}?(?:alarm|timer|reminder|"
    r"appointment|meeting|event)\b.*?\b(?:back|forward|earlier|later|by|to)\b", re.I)


def opens_request(piece: str, after_free_text: bool) -> bool:
    """Whether ``piece`` starts the way a new request starts."""
    head = _opener(piece)
    if _REFERS_BACK.match(head):
        return False
    if _OPENS_STRONG.match(head) or _CHANGES_KEPT.match(head):
        return True
    return not after_free_text and bool(_OPENS_WEAK.match(head))


_CLAUSE = re.compile(r"^|[,;.!?]\s*|\bso\s+|\s(?=(?:you can|you could|can you|could you|"
                     r"please)\s)", re.I)


_A_DAY = re.compile(r"\b(?:today|tonight|tomorrow|\w+day)\b", re.I)
_A_TIME = re.compile(r"\b(?:today|tonight|tomorrow|\w+day|(?:this|next|last) (?:week|month)|\d|half \w+|"
                     r"quarter (?:past|to)|o'clock|noon|midday|midnight|"
                     rf"(?:at|till|until|by|from) (?:{HOUR_WORDS})\b)", re.I)


def asks(piece: str) -> bool:
    """Whether ``piece`` asks for something: it opens a request, or one of its clauses
    does ("I've already called the dentist, so mark that reminder done"), or it is an
    event said by its day and hours alone ("lunch with Marcus Friday 12:30 till 2pm")."""
    if any(opens_request(piece[m.end():].strip(), after_free_text=False)
           for m in _CLAUSE.finditer(piece)):
        return True
    span = said_span(piece.lower())
    return span is not None and span.range is not None and bool(_A_DAY.search(piece))


_JOINS = re.compile(r"[,;.!?]\s*\S|\b(?:and|then|also|plus|after)\b", re.I)


_OPENS_LATER = re.compile(r"\S\s+(?:add|set|remind|cancel|delete|remove|pause|resume|what's|"
                          r"what|when's|when|how|tell me|put|wake me)\b", re.I)

# the words that join what follows a new list's items: "Ach, und …", "Ah, et …", "Poi …"
_JOINED_ON = re.compile(r"^(?:(?:ach|ah|oh|and|then|und|dann|et|puis|y|luego|e|poi)\b[\s,]*)+",
                        re.I)


def language_of(text: str) -> str:
    """The sentence's language, as the NLU tells it ("en" when it cannot)."""
    try:
        from hark.nlu.langid import language_or_default
    except ImportError:  # language id is optional: English, as the NLU falls back to
        return "en"
    return language_or_default(text)


def may_be_several(text: str, lang: str = "en") -> bool:
    """Cheap first look: a mark or a joining word followed by more words, or a verb said
    to the assistant after the first word."""
    if lang in compound_other.LANGUAGES:
        return compound_other.may_be_several(text, lang)
    return bool(_JOINS.search(text) or _OPENS_LATER.search(text))


def split(text: str, understand: Understand, threshold: float,
          cache: dict[str, Understanding] | None = None, lang: str = "en") -> list[str]:
    """The requests said in ``text``, in order; ``[text]`` when it is one request.
    ``cache`` receives the understanding of each piece looked at (by its text)."""
    made = new_list_items.read(text, lang)
    if made is not None and made.alone:
        return [text]  # "start a packing list: socks and goggles" is one request
    if made is not None and made.end is not None and text[made.end:].strip(" .,;!?"):
        # "… neue Liste, Geschenke, und da kommt drauf: A, B. Ach, und auf die
        # Einkaufsliste noch C": the new list with its items, then the rest
        rest = items_first_other(_JOINED_ON.sub("", text[made.end:].strip(" .,;")))
        return [text[:made.end], *split(rest, understand, threshold, cache, lang)]
    if lang in compound_other.LANGUAGES:
        return compound_other.split(text, lang, understand, threshold, cache,
                                    MAX_PARTS, MAX_LOOKS)
    text = _ASIDE.sub(", ", text)
    if not may_be_several(text):
        return [text]
    parts: list[str] = []
    # "if the laundry's got more than 20 minutes left, …": its question asked first
    rest = conditions.asked_first(text.strip())
    # ("if not, add it": is "add it" a request?)
    ok = Judge(understand, threshold, {} if cache is None else cache, MAX_LOOKS,
               said=lambda piece: conditions.parse(piece)[2])
    try:
        plural = _plural(rest) or _on_two_days(rest)
        if plural and all(ok(p) for p in plural):  # "set timers for 10 and 20 minutes"
            parts.append(plural[0])
            rest = plural[1]
        rest = cut_all(parts, rest, lambda said: _first_cut(said, ok), MAX_PARTS)
    except TooLong:
        return [text]
    changed_next = _CHANGED_NEXT.match(text.strip()) if not parts else None
    if changed_next and ok.looks_left > 1 and ok(changed_next["head"]):
        # "Set an alarm for 6:50 on Wednesday, …. Hmm, make it 15 minutes earlier than that,
        # actually.": the thing made, then changed (the change reads it as the one just made)
        return [changed_next["head"], changed_next["tail"]]
    if not parts:
        # "how long is left on the laundry, I need to grab it before study group": the
        # request without the reason after it, when only that is understood
        said = text.strip()
        first = _REMARK_AFTER.match(said)  # "How long is left on the laundry? I need to …"
        reason_cut = _REASON.sub("", said)
        for bare in (reason_cut, first.group(1) if first and not asks(
                first.group(2)) else said):
            if bare != said and ok.looks_left > 1 and ok(bare) and (
                    not ok(text) or (bare == reason_cut and (
                        ok.intent(text) != ok.intent(bare)
                        # a reason's own times: "…, collection's a day early this week"
                        or _A_TIME.search(said[len(bare):])))):
                # (also when a reason's words pull the whole elsewhere: "set an alarm for
                # 12.30am, I've a taxi to catch" is no taxi booking)
                return [bare]
        if first and _STATEMENT.match(first.group(2)) and not asks(first.group(2)) \
                and ok.looks_left > 1 and ok(first.group(1)):
            # "can you cancel the 7:15 alarm? I'm not on site till the afternoon tomorrow":
            # the remark's times are no part of the request
            return [first.group(1)]
        return [text]
    parts.append(rest)
    return _list_carried(parts)


# a list named in a request ("take bread off the shopping list") and a thing put "on" with
# no list after ("and put a wedding present on"): on that list
_NAMED_LIST = re.compile(r"\b(?:the|my|our)\s+((?:[\w-]+\s+)?list|to-?do)\b", re.I)
_PUT_ON_BARE = re.compile(r"^(?:(?:and|then|also|oh)\s+)*(?:put|pop|stick|chuck|bung|"
                          r"add|throw)\s+\S.*?\s+on[.!]?$", re.I)


def _list_carried(parts: list[str]) -> list[str]:
    """``parts`` with a thing put "on" said onto the list a request before named."""
    out = list(parts)
    for i in range(1, len(out)):
        named = [m for p in out[:i] for m in _NAMED_LIST.finditer(p)]
        if named and _PUT_ON_BARE.match(out[i].strip()):
            out[i] = f"{out[i].strip().rstrip('.!')} the {named[-1].group(1)}"
    return out


_UNIT = r"(?:\s+(?:minutes?|mins?|seconds?|secs?|hours?))"
# a length's half or quarter said after its unit: "an hour and a half", "a minute and a quarter"
_HALF_OF_LENGTH = re.compile(r"[\s,]*and\s+a\s+(?:half|quarter)\b", re.I)
_MINUTES_OF_LENGTH = re.compile(r"[\s,]*and\s+\S+\s+(?:minutes?|mins?|minutse)\b", re.I)
_SAME_CHANGE = re.compile(r"\s*(?:so\s+)?(?:(?:can|could) you\s+)?(?:move|change|update|put|"
                          r"shift|push)\s+(?:it|that|them)\b", re.I)
_UNIT_BEFORE = re.compile(r"\b(?:hours?|hrs?|minutes?|mins?)\s*$", re.I)
# a sentence that makes a thing, then one that changes it: "…. Make it 15 minutes earlier."
_CHANGES_IT = (r"(?:(?:hmm+|um+|oh|actually|no|wait|sorry|on second thoughts?)[\s,]+)*"
               r"(?:make|change|push|move|bring|set|put)\s+(?:it|that)\b[^.!?]*")
_CHANGED_NEXT = re.compile(r"^(?P<head>(?:set|make|add|put|book|start|wake|remind|create|schedule)\b"
                           rf"[^.!?]*\S)[.!?]+\s+(?P<tail>{_CHANGES_IT})[.!?]*$", re.I)


# a thing said not to be needed, then its removal asked with "it": one request
_NOT_NEEDED = re.compile(r"^(?:(?:and|oh|also|so)[\s,]+)*i (?:don't|do not|no longer) need\b", re.I)
_REMOVE_IT = re.compile(r"\s*(?:so\s+)?(?:(?:you can|you could|can you|could you|just|please)\s+)*"
                        r"(?:delete|cancel|remove|get rid of|bin|scrap|ditch)\s+(?:it|that|them)\b",
                        re.I)


def changes_it(piece: str) -> bool:
    """Whether ``piece`` changes the thing just made ("Hmm, make it 15 minutes earlier")."""
    return re.fullmatch(rf"{_CHANGES_IT}[.!?]*", piece.strip(), re.I) is not None


_AT = (r"(?:(?:half past|quarter past|quarter to)\s+\w+|\w+\s+o'clock|"
       r"(?!(?:every|each|all|both|the|this|next|on)\b)[\w:.]+)"
       r"(?:\s?(?:am|pm|a\.m\.|p\.m\.))?")
# "set timers for 10 and 20 minutes", "set two alarms, for 6 and 6:10 tomorrow"
_PLURAL = re.compile(
    rf"^(?P<pre>(?:.*?\s)??)(?:(?P<verb>set|start|make|create|put on|give me)\s+)?(?:(?:two|2)\s+)?"
    rf"(?P<kind>timer|alarm)s(?:\s+please)?(?:[\s,:]+(?:one\s+)?(?:for|at)\s+|\s*[,:]\s*|\s+(?=\d))"
    rf"(?P<a>{_AT})"
    rf"(?P<aunit>{_UNIT})?"
    # "set timers for 4 minutes for the eggs and 20 minutes for the chicken"
    rf"(?P<aname>(?<=s)\s+(?:for|called|named)\s+(?:the\s+|my\s+)?[\w-]+)?\s+and\s+"
    rf"(?:(?:one|another)\s+)?(?:(?:for|at)\s+)?(?P<b>{_AT})(?P<unit>{_UNIT})?(?P<rest>.*)$",
    re.I)


def _plural(text: str) -> tuple[str, str] | None:
    """"set timers for 10 and 20 minutes" → ("set a timer for 10 minutes", "set a timer
    for 20 minutes"): two of a kind asked for in one breath."""
    m = _PLURAL.match(text)
    if m is None or not m.group("verb") and (_NOT_MADE.search(m.group("pre")) or len(
            m.group("pre").split()) > 4 or _A_DAY_SAID.fullmatch(m.group("a"))):
        # "ok need timers for 3 and 7 minutes", not "cancel the timers for 10 and 20" nor
        # "alarms for tomorrow and friday?" (a question about two days)
        return None
    kind = m.group("kind").lower()
    a_unit = m.group("aunit") or m.group("unit") or ""
    # "4 minutes for the eggs and 12 for the porridge": the unit said once, first
    b_unit = m.group("unit") or (a_unit if m.group("aname") else "")
    if kind == "timer" and not b_unit:
        return None  # "set timers for the pasta and the rice": no lengths
    rest = m.group("rest")
    day = _PLURAL_DAY.search(rest)  # "… tomorrow (morning)" is both alarms' day
    article = "an" if kind == "alarm" else "a"
    return (f"{m.group('pre')}{m.group('verb') or 'set'} {article} {kind} for {m.group('a')}{a_unit}"
            f"{m.group('aname') or ''}"
            f"{day.group(0) if day else ''}".strip(),
            f"set {article} {kind} for {m.group('b')}{b_unit}{rest}".strip())


# what a request for timers or alarms said without "set" must not be
_NOT_MADE = re.compile(r"\b(?:cancel|delete|remove|stop|pause|clear|turn|switch|kill|check|what|"
                       r"how|which|when|the|my|any)\b", re.I)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_A_DAY_SAID = re.compile(rf"today|tonight|tomorrow|{_WEEKDAY}", re.I)
# "set alarms for 7:45am this wednesday and friday": one alarm each day (not "every
# monday and friday", a repeat)
# ("set one-off alarms at 6 am this Wednesday and this Friday")
_ALARMS_LIKE = r"(?:(?:two|2|one-off|one off|single|separate|early|extra)\s+){0,2}"
_TWO_DAYS = re.compile(
    rf"^(?P<pre>(?:.*?\s)??)(?P<verb>set|make|put on|create)\s+(?:an?\s+)?{_ALARMS_LIKE}alarms?\s+"
    r"(?:for|at)\s+"
    rf"(?P<t>{_AT})\s+(?:on\s+)?(?P<mod>(?:this|next)\s+)?(?P<d1>{_WEEKDAY})\s+and\s+(?:on\s+)?"
    rf"(?:(?:this|next)\s+)?(?P<d2>{_WEEKDAY})(?P<rest>(?![\w-]).*)$", re.I)
# "set alarms for 7am on Saturday and 8am on Sunday": each day its own time
_TWO_TIMED = re.compile(
    rf"^(?P<pre>(?:.*?\s)??)(?P<verb>set|make|put on|create)\s+{_ALARMS_LIKE}alarms\s+(?:for|at)\s+"
    rf"(?P<t1>{_AT})\s+(?:on\s+)?(?P<m1>(?:this|next)\s+)?(?P<d1>{_WEEKDAY})\s+and\s+"
    rf"(?:(?:one\s+)?(?:for|at)\s+)?(?=\d|half\b|quarter\b)(?P<t2>{_AT})\s+(?:on\s+)?"
    rf"(?P<m2>(?:this|next)\s+)?"
    rf"(?P<d2>{_WEEKDAY})(?P<rest>(?![\w-]).*)$", re.I)


def _on_two_days(text: str) -> tuple[str, str] | None:
    """"set alarms for 7:45am this wednesday and friday" → an alarm on each day; "… for
    7am on Saturday and 8am on Sunday" → each at its own time."""
    timed = _TWO_TIMED.match(text)
    if timed is not None:
        return (f"{timed['pre']}{timed['verb']} an alarm for {timed['t1']} "
                f"{timed['m1'] or 'on '}{timed['d1']}",
                f"set an alarm for {timed['t2']} {timed['m2'] or 'on '}{timed['d2']}"
                f"{timed['rest']}".strip())
    m = _TWO_DAYS.match(text)
    if m is None:
        return None
    mod = m.group("mod") or "on "
    return (f"{m.group('pre')}{m.group('verb')} an alarm for {m.group('t')} {mod}{m.group('d1')}",
            f"set an alarm for {m.group('t')} {mod}{m.group('d2')}{m.group('rest')}".strip())


_PLURAL_DAY = re.compile(r"\s+(?:tomorrow|today|tonight|(?:on|this|next|every)\s+\w+|in the \w+)"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\b", re.I)


_AFTERTHOUGHT = re.compile(r"[\s,]*\b(?:while you're at it|while you are at it|as well|"
                           r"if you can|if you could|if you don't mind|if that's ok|please|"
                           r"thanks|thank you(?: (?:ever so|very|so) much)?|cheers|though|too|"
                           r"instead|either way|anyway|regardless|pls|plz|ta|thx|tbh|grand|lol|"
                           r"mate|if you please|if it's not too much trouble)\s*(?=[.!?]*$)", re.I)


_INTERJECTION = re.compile(r"^(?:(?:good (?:morning|afternoon|evening)|hello|hi|"
                           r"hang on|hold on|right|ok(?:ay)?|so|oh|uh|um|er|well|hey|yo|now then|"
                           r"yeah|actually|and)\b"
                           r"[\s,:;.!]*)+(?=\S)", re.I)


# a reason said after the request: "…, I need to chuck a sock in", "…, as the whole
# weekend's been called off"
_REMARK_OPENS = (r"(?:i need to|i've|i have|i'll|i will|we'll|those are|these are|that's|"
                 r"that is (?:done|finished|sorted|over)|there's|i'm|"
                 r"i am|i still|i was|we've|we have|as|because|since|cos|'cause|they're|"
                 # (not when it says when: "…, it's Friday the 11th")
                 rf"it's(?!\s+(?:(?:on|at|from|this|next)\s+)?(?:{WEEKDAYS}|today|tomorrow|"
                 r"tonight|noon|midday|\d|the\s+\d))|"
                 r"they'd|they've|they were|it was|it'd|we're|she's|he's|the whole|"
                 # "…, I cut it already", "…, someone's at the door"
                 r"i (?:already|just|finally)|i \w+ (?:it|them|that|those) already|someone's|"
                 # "…, I did that this morning"
                 r"i (?:did|sorted|finished|bought|booked|got|paid) (?:it|them|that|those|this)\b|"
                 # "…, I got distracted labelling jars", "…, I got caught up"
                 r"i (?:got|was|am|'m) (?:distracted|sidetracked|caught up|held up|busy|stuck)\b|"
                 # "…, I can't get there, and …"
                 r"(?:i|we) (?:can't|cannot) (?:get there|make it)\b|"
                 # "…, I can't get down to the machine anyway, …", "…, Priya said she'll do
                 # them"
                 r"(?:i|we) (?:can't|cannot|couldn't) (?:get|reach|walk|drive|manage|stand)\b|"
                 r"\w+ (?:said|says|reckons|told me)\b|"
                 r"somebody's|the \w+ (?:keep|keeps|always|never|ate|eat|have|has|had|were|was|"
                 r"\w+n't|opens|closes|starts|finishes|put|got|took|left|broke|spilled|came|went)\b|"
                 # "…, being the days on which I do not attend chambers", "…, my grandson's
                 # riding in the junior bronc event"
                 r"being|my [\w-]+(?:'s|\s+is|\s+are)\s+\w+ing|"
                 # "…, the kids can play video games till then"
                 # (not "you": "…, you can clear the whole thing" asks it)
                 r"(?:the \w+|we|they|he|she) (?:can|could|will|should|must|may|might|"
                 r"need to|want to|have to)\b|"
                 # "…, collection's a day early this week"
                 r"[a-z]+'s (?:a|an|been|early|late|not|off|cancelled|moved|closed|shut|changed)\b|"
                 # "…, found a bottle under the sink"
                 r"(?:found|got|bought|used up|ran out|run out) (?:a|an|one|some|it|them)\b)\b")
# (a dash ends the remark: "I can't ring the dentist tomorrow, we're up at the hospital all
# morning — push that reminder to Thursday" has its request after it)
_REASON = re.compile(rf",\s*{_REMARK_OPENS}[^,—–]*$"
                     # a purpose after the request: "… for 11pm tonight so I actually log off"
                     r"|\s+so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|remember|don't|do not|won't|actually|"
                     r"will|have|get|am|'m|'ll)\b[^,]*$", re.I)
# the same between two requests: "pause the laundry, the baby's asleep, and set a timer …"
_ASIDE = re.compile(rf",\s*(?:{_REMARK_OPENS}|the\s+\w+(?:'s|\s+is|\s+are)\s)[^,]*,\s*"
                    r"(?=(?:and|then)\s)"
                    # (before a request with no "and", only when it says no when: "…, I can't
                    # get down to the machine anyway, start …", not "…, they've given me
                    # tomorrow at ten past eleven, put the hospital appointment …")
                    rf"|,\s*{_REMARK_OPENS}(?![^,]*\b(?:today|tonight|tomorrow|{_WEEKDAY}|noon|"
                    r"midday|midnight|morning|afternoon|evening|past|half|quarter|o'clock|\d))"
                    r"[^,]*,\s*(?=(?:start|set|add|put|delete|remove|cancel|stop|remind|book|move)\s)",
                    re.I)


# a request, then a sentence said about it: "How long is left on the laundry? I need to grab
# it before study group."
_REMARK_AFTER = re.compile(r"^(.+?)[.?!]+\s+(\S.*)$")
# a remark about oneself or the thing: "I'm not on site till …", "it's for my shift"
_STATEMENT = re.compile(r"(?:i|i'm|i've|i'll|i'd|i was|we|we're|we've|we'll|my|our|it's|it is|"
                        r"that's|she's|he's|they're|there's)\b", re.I)


def _trim(piece: str) -> str:
    """Without edge commas, an opening "hang on", "right, so", a closing "while you're at
    it", "please", "thanks", a reason after a comma and a closing full stop."""
    piece = _REASON.sub("", piece.strip(" ,;.!"))
    piece = _AFTERTHOUGHT.sub("", _INTERJECTION.sub("", piece.strip(" ,;")))
    return piece.strip(" ,;").rstrip(".!").strip()


# where a request cannot end: "can you tell me | what's on", "remind me to | add …"
_OPEN_ENDED = re.compile(
    r"\b(?:to|and|or|but|the|a|an|me|us|you|it|please|can|could|would|will|i|we|that|if|when|"
    r"before|after|so|then|of|for|at|on|in|with|about|should|must|need|want|let|help|don't|"
    r"not|never|just|also|remember|forget|know|check|see|wonder|ask|find|tell|show|whether|"
    r"my|your|our|is|are|was|were|what|which|who|how|up|out|sure|think|guess|mean|actually|"
    r"really|still|ever|even|usually|normally)$", re.I)
_SPACE = re.compile(r"\s+(?=\S)")
# what opens a request after a bare space: a command or a wh-question, not "do I" ("what
# reminders do I have")
_BARE_OPENS = re.compile(r"^(?:set(?! the table| off| up| out| for| at| to| on| in)|add|remind|cancel|delete|remove|"
                         r"pause|resume|unpause|snooze|tick|cross|wake me|schedule|tell me|"
                         r"what(?:'s| is| are)|when(?:'s| is| does)|how (?:long|many|much))\b",
                         re.I)


def _places(text: str) -> list[tuple[int, int, bool]]:
    """Where ``text`` may be cut, in order: (start, end, marked by a mark or a joining
    word). A bare space counts too ("set a timer for 8 minutes add garlic bread to …")."""
    marked = [(m.start(), m.end(), True) for m in _BOUNDARY.finditer(text)]
    bare = [(m.start(), m.end(), False) for m in _SPACE.finditer(text)
            if not any(a <= m.start() < b for a, b, _ in marked)]
    return sorted(marked + bare)


def _bare_cut(head: str, tail: str) -> bool:
    """A cut at a bare space: a whole request before (three words or more, not ending on a
    word that wants more), a verb only the assistant is asked to do after."""
    return (len(head.split()) >= 3 and not _OPEN_ENDED.search(head)
            and not _FREE_TEXT.search(head) and bool(_BARE_OPENS.match(_opener(tail)))
            # (not "… and laundry | how many minutes still?": the "and" opens the question)
            and not re.search(r"\b(?:and|or)\s+[\w'-]+$", head, re.I)
            # (not "do I have any alarm | set before seven?": "set" said of the alarm)
            and not (re.search(r"\b(?:alarms?|timers?|reminders?)$", head, re.I)
                     and re.match(r"set\b", tail, re.I)))


# "…, put that on the calendar": the thing said before is the request
_PUT_IT_IN = re.compile(r"^(?:(?:please|so|and|also|then|can you|could you|would you)\s+)*(?:put|"
                        r"pop|add|stick|pencil|write|bung)\s+(?:it|that|this)\s+(?:in|on|into|"
                        r"down)\b(?:\s+(?:the|my|our)\s+(?:calendar|diary))?(?=\s*(?:$|[,.;!?]|"
                        r"\s+(?:and|please|for me)\b))", re.I)
# items put on a list named after them: one request
_ONE_ADDITION = re.compile(r"^(?:please\s+)?(?:add|put|pop|stick|write|cross off|tick off|"
                           r"take off|remove|delete)\b", re.I)
_NAMES_THING = re.compile(r"\b(?:lists?|calendar|diary|timers?|alarms?|reminders?|remind)\b",
                          re.I)
_LIST_VERB = re.compile(r"^(?:add|put|pop|stick|cross|tick|take|remove|delete|strike)\b", re.I)
_LIST_LATER = re.compile(r"^[^.?!;]*?\b(?:to|on|onto|from|off)\s+(?:the|my|our)\s+"
                         r"(?:(?:[\w-]+\s+){0,2}?list\b|to-?dos?\b)", re.I)


# the length of the event just said: "… Give it forty minutes", "allow an hour"
_LENGTH_OF_IT = re.compile(r"\s*(?:and\s+)?(?:give it|allow|block out|it'll take|it takes|"
                           r"it lasts)\s+(?:about\s+|around\s+)?(?!another\b|more\b|extra\b)"
                           r"[\w-]+(?:\s+[\w-]+)?\s+(?:hours?|minutes?|mins?)\b", re.I)
_AN_EVENT = re.compile(r"\b(?:calendar|diary|schedule|event|appointment|add|put)\b", re.I)
# an event's end said as a request: "… and checking out Monday the 7th at 11"
_ITS_END = re.compile(rf"\s*(?:and\s+)?(?:{ITS_END})\b", re.I)


def _first_cut(text: str, ok: Callable[[str], bool]) -> tuple[str, str] | None:
    """(first request, the rest) at the first place where both read as requests."""
    quotes = [(q.start(), q.end()) for q in quoted(text)]
    for start, end, marked in _places(text):
        if any(a < start < b for a, b in quotes):
            continue  # "add 'fix the door, then paint it' to my list"
        if not marked and not _bare_cut(text[:start].strip(), text[end:].strip()):
            continue
        head = _trim(text[:start])
        if NAME_IT.match(text[end:]):
            continue  # "… due minuti prima, e chiamalo ammorbidente": the name of it
        if re.match(TOLD_NOW, head, re.I) and _SAME_CHANGE.match(text[end:]):
            continue  # "The team meeting's moved to 11 tomorrow, so move it in the calendar":
            # the change told, asked for (one request)
        if _NOT_NEEDED.match(_opener(head)) and _REMOVE_IT.match(text[end:]):
            continue  # "I don't need the 7:15 alarm tomorrow, you can delete it": one removal
        if _HALF_OF_LENGTH.match(text[start:]) and _UNIT_BEFORE.search(text[:start]):
            continue  # "an alarm for an hour | and a half before my team meeting": one length
        if _MINUTES_OF_LENGTH.match(text[start:]) and _UNIT_BEFORE.search(text[:start].rstrip(" ,")):
            continue  # "a timer for an hour | and 10 minutes for the roast": one length
        if _PUT_IT_IN.match(text[end:]):
            continue  # "my grandson's coming Saturday from 1 until 4, put that on the calendar"
        if _ITS_END.match(text[end:]) and _AN_EVENT.search(text[:start]):
            continue  # "… checking in Saturday at 4 p.m. and checking out Monday the 7th":
            # the event's end
        if _LENGTH_OF_IT.match(text[end:]) and _AN_EVENT.search(text[:start]):
            continue  # "add a station pick-up on Thursday at half six. Give it forty
            # minutes": the event's length
        if _ONE_ADDITION.match(head) and not _NAMES_THING.search(head) and \
                _LIST_LATER.match(text[end:]) and not _LIST_VERB.match(text[end:]) \
                and not _OPENS_STRONG.match(_opener(text[end:])):
            continue  # "add clean the oven, call the bank and sort the recycling to my list",
            # "cross off fix the bike light and book a haircut from my to-do list"
        # "… if not, add it": the condition kept, the request completed from the one before
        asked = conditions.parse(head)[2]
        cond, said, bare = conditions.parse(_REASON.sub("", text[end:].strip()))
        if cond is not None and cond.otherwise:  # "…, otherwise make it Wednesday at 9"
            bare = instead_on(asked, bare) or bare
        topic = topic_first(bare)  # "…? Oh, and the bins reminder, make that 6 pm": a
        # request of its own, thing first (it had been "start the bins reminder, …")
        tail = _trim(topic if topic != bare else complete(bare, asked))
        if len(head.split()) < 2 or len(tail.split()) < 2:
            continue
        tail = f"{said}, {tail}" if said else tail
        if not asks(head) or conditions.ends_on_condition(head):
            continue  # "I got the bananas, tick them off": said to explain, not asked
        if not opens_request(tail, after_free_text=bool(_FREE_TEXT.search(head))):
            continue
        if not ok(head):
            continue
        # the rest may itself be several requests: its first one must read as a request
        first = _first_cut(tail, ok)
        if ok(first[0] if first else tail):
            return day_back(head, first[0] if first else tail), tail
    return None
