"""A request said on a condition, tested on the answer to the question before it
(English): "is bread on the shopping list? if not, add it", "is my calendar free on
Thursday evening? if it is, pop gym in at 6pm", "how long's left on the pasta? if it's
under 10 minutes, give it another 5", "…, otherwise add 10 minutes".

``parse(piece)`` splits a piece into its condition and the request ("if not, add it" →
``Condition(want=False)``, "add it"); ``answer_of(data)`` reads what a skill's answer
says (``{"yes": bool}`` for a yes/no question, ``{"left_s": n}`` for one timer's time
left); ``Condition.holds(answer)`` says whether to run the request (None: the answer
cannot tell). "Otherwise" holds when the condition before it did not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from hark.nlu.normalize import normalize

_YES = (r"so|yes|it is|it's (?:there|free|on it|on there|clear|empty)|they are|they're "
        r"(?:there|on it)|there is|there are|there's (?:one|something|anything)|i am|i'm "
        r"(?:free|not busy)|i do|i have|it does|that's the case|yes it is")
_NO = (r"there's nothing on|there is nothing on|nothing's on|nothing on|not|no|nope|it isn't|"
       r"it is not|it's not|it isn't there|it's not there|they aren't|"
       r"they are not|there isn't|there is not|there aren't|there's nothing|there's not|"
       r"nothing|none|i'm not|i am not|i don't|i haven't|it doesn't|i'm busy|not there|it "
       r"isn't on (?:it|there)|it's not on (?:it|there)")
_MORE = r"more than|over|above|at least|longer than"
_LESS = r"less than|under|below|fewer than|at most|shorter than"
_LEFT = (r"(?:it's|it is|it has|it's got|it has got|there's|there is|(?:the|my) "
         r"(?P<what>[\w-]+)(?:\s+(?:timer|one))?(?:'s got|'s|\s+(?:is having|is|has got|has)))")
_LENGTH = r"(?:[\w.-]+\s+){1,4}?(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)"
_OPENS = re.compile(
    rf"^(?:and\s+|but\s+|then\s+)?(?:(?P<other>otherwise|else|or else|if not then)|"
    # (not "if it's not too much trouble": politeness)
    rf"if\s+(?!(?:it's|it is) not (?:too much )?(?:trouble|a problem|a bother)\b)"
    rf"(?:(?P<yes>{_YES})|(?P<no>{_NO})|{_LEFT}\s+(?:got\s+)?(?P<op>{_MORE}|{_LESS})\s+"
    rf"(?P<d>{_LENGTH})(?:\s+(?:left|to go|remaining|on it))?)(?=[\s,]))[\s,]*(?:then[\s,]+)?"
    r"(?:just\s+)?(?=\S)", re.I)
# "add another 5", "add 2", "take 3 off": the condition's unit
_ANOTHER_BARE = re.compile(r"\b((?:(?:add|take|knock|put|give(?: it)?)\s+)?(?:another|an extra|"
                           r"a further)\s+|(?:add|take|knock|put)\s+)(\d+|one|two|three|four|"
                           r"five|ten|fifteen|twenty|thirty)((?:\s+(?:more|extra))?)\b"
                           r"(?!\s*(?:min|sec|hour|hr|%))", re.I)


@dataclass(frozen=True)
class Condition:
    """When to run a request: on a yes (``want``) or a no, on the time left being above
    or below ``seconds`` (``op`` "more"/"less"), or ``otherwise``."""

    want: bool = True
    op: str | None = None
    seconds: float | None = None
    otherwise: bool = False
    # said of a day ("if it's free", "if there's nothing on", "if I'm busy"): holds when
    # the calendar's answer says the time asked about is (not) busy
    busy: bool | None = None

    def holds(self, answer: dict[str, Any] | None, before: bool | None = None
              ) -> bool | None:
        """Whether the request runs, given the question's answer; ``before``: whether
        the condition before held (for "otherwise")."""
        if self.otherwise:
            return None if before is None else not before
        if answer is None:
            return None
        if self.op is not None:
            left = answer.get("left_s")
            if left is None or self.seconds is None:
                return None
            return left > self.seconds if self.op == "more" else left < self.seconds
        if self.busy is not None and "busy" in answer:
            return answer["busy"] == self.busy
        yes = answer.get("yes")
        return None if yes is None else yes == self.want


def parse(piece: str) -> tuple[Condition | None, str, str]:
    """(the condition, its words, the request) for a piece; (None, "", piece) when it
    sets none."""
    m = _OPENS.match(piece.strip())
    if m is None:
        return None, "", piece
    rest = piece.strip()[m.end():]
    if m["other"]:
        return Condition(otherwise=True), m.group(0).strip(" ,"), rest
    if m["op"]:
        v = normalize("duration", m["d"], datetime.now(UTC), "en")
        if v is None or v.get("kind") != "duration":
            return None, "", piece
        # "give it another 5": the unit of the condition's time
        unit = "minutes" if v["seconds"] >= 60 else "seconds"
        rest = _ANOTHER_BARE.sub(lambda a: f"{a.group(1)}{a.group(2)}{a.group(3)} {unit}", rest,
                                 count=1)
        more = bool(re.fullmatch(_MORE, m["op"], re.I))
        return (Condition(op="more" if more else "less", seconds=float(v["seconds"])),
                m.group(0).strip(" ,"), rest)
    said = m.group(0).lower()
    busy = False if re.search(r"\b(?:free|clear|empty|nothing(?:'s)? on|not busy)\b", said) \
        else True if re.search(r"\bbusy\b", said) else None
    return Condition(want=bool(m["yes"]), busy=busy), m.group(0).strip(" ,"), rest


def answer_of(data: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a skill's answer says, for a condition after it."""
    if not data:
        return None
    if isinstance(data.get("busy"), bool):  # a question about a day: free or not
        return {"yes": bool(data.get("answer")), "busy": data["busy"]}
    if isinstance(data.get("answer"), bool):
        return {"yes": data["answer"]}
    timers = data.get("timers")
    if isinstance(timers, list) and len(timers) == 1 \
            and isinstance(timers[0].get("remaining_s"), (int, float)):
        left = float(timers[0]["remaining_s"])
        return {"left_s": left, "yes": left > 0, "timer": timers[0].get("name") or ""}
    return None


# time added or taken with nothing named: "otherwise add 10 minutes"
_BARE_ADJUST = re.compile(r"^(?P<verb>add|put on|give me|take off|knock off|take away)\s+"
                          r"(?:another\s+|an extra\s+|a further\s+)?(?:[\w.-]+\s+){1,3}?"
                          r"(?:minutes?|mins?|seconds?|secs?|hours?)(?:\s+(?:more|extra|on|off))?"
                          r"\s*[.!]*$", re.I)


_POLITE_ASK = re.compile(r"^(?:(?:would|could|can|will) you(?: please| kindly| ever)?|please|"
                         r"kindly|just)\s+", re.I)


def aimed(request: str, answer: dict[str, Any] | None) -> str:
    """``request`` aimed at the timer the question before was about, when it names none:
    "how long's left on the laundry? … otherwise add 10 minutes" → "… to the laundry
    timer"."""
    request = _POLITE_ASK.sub("", request.strip(), count=1)
    m = _BARE_ADJUST.match(request)
    if m is None or not answer or "timer" not in answer:
        return request
    name = f"the {answer['timer']} timer" if answer["timer"] else "the timer"
    off = "off" in m["verb"].lower() or "away" in m["verb"].lower()
    return f"{request.strip().rstrip('.!')} {'off' if off else 'to'} {name}"


# a condition on a day said first: "if I'm free Tuesday evening, …", "if I've nothing on
# Tuesday morning …", "if Friday is free …"
_DAY_FIRST = re.compile(
    r"^if\s+(?:(?P<free>i'm|i am)\s+free\s+(?:on\s+)?|(?P<nothing>i've|i have|i've got|i have "
    r"got|there's|there is)\s+nothing\s+(?:on\s+)?(?:on\s+)?|(?P<is>(?:on\s+)?))"
    r"(?P<when>(?:tomorrow|today|tonight|(?:this|next)\s+\w+|\w+day)(?:\s+(?:morning|afternoon|"
    r"evening|night))?)(?(is)\s+is\s+(?:free|clear))[\s,]+(?:then\s+)?(?P<rest>\S.*)$", re.I)


def asked_first(text: str) -> str:
    """A sentence that opens on a condition about a timer's time left or a day, with the
    question that tests it said first: "if the laundry's got more than 20 minutes left
    cancel it" → "how long is left on the laundry? if it's got more than 20 minutes left,
    cancel it"; "if I'm free Tuesday evening, book …" → "am I free on Tuesday evening? if
    so, book …"."""
    day = _DAY_FIRST.match(text.strip())
    if day is not None:
        when = day["when"]
        on = "" if re.match(r"(?:tomorrow|today|tonight|this|next)\b", when, re.I) else "on "
        return f"am i free {on}{when}? if so, {day['rest']}"
    m = _OPENS.match(text.strip())
    if m is None or not m["what"] or not m["op"]:
        return text
    rest = text.strip()[m.end():]
    return f"how long is left on the {m['what']}? if it's got {m['op']} {m['d']} left, {rest}"


_LAST_CLAUSE = re.compile(r"(?:^|[,.?!;]\s*|\s(?=(?:and|but|then)\s+if\b))([^,.?!;]*)$", re.I)


def ends_on_condition(text: str) -> bool:
    """Whether ``text`` ends on a condition with no request after it ("how long's left
    on the laundry? if it's got more than 20 minutes left"): no place to cut."""
    m = _LAST_CLAUSE.search(text.strip())
    return m is not None and _OPENS.match(m.group(1).strip() + ",") is not None
