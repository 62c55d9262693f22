"""A home command said with a time ("switch the plug on at 7 am", "spegni la luce tra
dieci minuti"): Hark cannot switch devices later, so it does not switch them now either.
It says so and offers a reminder at that time instead. The offer is a ``confirm``
question for the same request with two more slots, ``remind_at`` and ``remind_text``;
"yes" brings it back here and :func:`remind` makes the reminder."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from hark.nlu.intents import is_home_control
from hark.nlu.timed_commands import TIME_LEAD
from hark.skills.base import SkillContext
from hark.skills.providers import lang
from hark.skills.providers.slots import as_written, clean
from hark.skills.reminders import (
    due_from,
    find_when,
    say_when,
    second_person,
    store,
    upcoming,
)
from hark.types import Outcome, Understanding

AT_SLOT, TEXT_SLOT = "remind_at", "remind_text"
_NOW_ENOUGH = timedelta(seconds=60)  # "turn the lights on in a sec" is now
# the polite lead of a request, not what to do: "can you please", "kannst du bitte"
_LEAD = re.compile(
    r"^(?:(?:hey|ok|okay|so|and|und|et|y|e|also)[,\s]+)*(?:"
    r"(?:(?:can|could|would|will)\s+you|kannst\s+du|könntest\s+du|können\s+sie|"
    r"tu\s+peux|peux[- ]tu|pouvez[- ]vous|est-ce\s+que\s+tu\s+peux|(?:me\s+)?puedes|"
    r"podrías|puoi|potresti|mi\s+puoi)\b[,\s]*)?(?:(?:please|bitte|s'il\s+te\s+plaît|"
    r"s'il\s+vous\s+plaît|por\s+favor|per\s+favore)\b[,\s]*)?", re.I)


def when_said(u: Understanding, ctx: SkillContext) -> tuple[datetime, bool, str] | None:
    """The moment a home command names for itself when that is later than now: the
    moment, whether a time of day was said, and the words that said it."""
    if not is_home_control(u.intent):
        return None
    v, span = find_when(u, ctx)
    due, timed = due_from(v, ctx)
    if v is not None and v.get("part_of_day") and v.get("end"):
        timed = False  # a part of the day alone is often the reason ("… che stamattina ho
        # bisogno di carburante"): another day's counts, today's does not
    due = upcoming(due, span or u.text, ctx)
    if due is None:
        return None
    now = ctx.clock()
    if timed and due > now + _NOW_ENOUGH:
        return due, True, span
    if not timed and due.astimezone(ctx.tz).date() > now.astimezone(ctx.tz).date():
        return due, False, span  # "turn the heating on tomorrow"
    return None


def what_to_do(u: Understanding, span: str) -> str:
    """The command without its time and its polite lead: "switch the plug on"."""
    text = clean(u.text)
    for said in [span] if span else [s.raw for s in u.slots
                                     if s.name in ("time", "date", "timeofday") and s.raw]:
        text = " ".join(re.sub(rf"(?:^|\s)(?:{TIME_LEAD}\s+)?{re.escape(clean(said))}(?=\s|$)", " ",
                               text).split())
    text = _LEAD.sub("", text).strip(" ,.!?")
    text = re.sub(r"\s+(?:please|bitte|por favor|per favore|s'il te plaît|s'il vous plaît)$",
                  "", text)
    return as_written(u.text, text)


def offer(u: Understanding, ctx: SkillContext) -> Outcome | None:
    """The answer to a home command meant for later; none of the devices is touched."""
    found = when_said(u, ctx)
    if found is None:
        return None
    due, timed, span = found
    when = say_when(due, ctx, with_time=timed)
    return Outcome(lang.t(ctx.language, "sh_later", when=when), action="smarthome.later",
                   expect_followup=True,
                   data={"offer": {AT_SLOT: due.isoformat(), TEXT_SLOT: what_to_do(u, span)},
                         "at": due.isoformat()})


async def remind(u: Understanding, ctx: SkillContext) -> Outcome:
    """The offer taken: a reminder at that moment to do what was asked."""
    language = lang.pick(ctx.language)
    at, what = u.slot(AT_SLOT), u.slot(TEXT_SLOT)
    assert at is not None
    due = datetime.fromisoformat(str(at.value))
    body = str(what.value) if what is not None else ""
    row = await store(body, due, None, ctx)
    if isinstance(row, Outcome):
        return row
    when = say_when(row.due, ctx)
    speech = (f"Okay, I'll remind you to {second_person(body)} {when}." if language == "en"
              else lang.t(language, "reminder_set", when=when, text=body))
    return Outcome(speech, action="reminder.set", data={"reminder": row.to_dict()})
