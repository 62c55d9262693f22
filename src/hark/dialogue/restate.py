"""Say an English request back in the second person, for confirming it.

"delete my 7 am alarm" → "delete your 7 am alarm"; "can you send an email to John saying I'll
be late" → 'send an email to John saying "I'll be late"' (what the message says is quoted
as said). Only requests that start with a verb of the action are said back; anything else
(None) is described by the caller instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_WORDS = 25

_LEAD = re.compile(r"^(?:(?:hey|hi|ok|okay|so|um|uh|oh|hark|please|just|now|and)\b[\s,]*)+",
                   re.I)
_ASK = re.compile(
    r"^(?:(?:can|could|would|will) you(?: please)?(?: just)?"
    r"|i (?:want|need|would like|wanna) (?:you )?to|i'd like (?:you )?to"
    r"|go ahead and|let's|lets)\s+", re.I)
SENDING = frozenset({"send", "email", "e-mail", "mail", "text", "message", "tell", "write",
                     "reply", "forward"})
VERBS = SENDING | {
    "delete", "remove", "cancel", "clear", "erase", "scratch", "wipe", "empty", "drop",
    "unset", "disable", "stop", "cross", "take", "get", "kill", "turn", "switch",
    "call", "phone", "ring",
}
# what follows these is the message itself: said back as the user said it ("that" only
# after a verb of sending: "delete the alarm that I set" is no message)
_BODY = re.compile(r"\b(?:saying|that says|to say|and say|telling (?:him|her|them)"
                   r"|and tell (?:him|her|them))\b\s*", re.I)
_BODY_THAT = re.compile(r"\bthat\b\s*", re.I)
_SWAP = {"my": "your", "me": "you", "i": "you", "mine": "yours", "myself": "yourself",
         "our": "your", "ours": "yours", "i'm": "you're", "i'll": "you'll",
         "i've": "you've", "i'd": "you'd"}
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _second_person(text: str) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower().replace("’", "'")
        return _SWAP.get(low, word)

    text = re.sub(r"\b[Ii] am\b", "you are", text)
    return _WORD.sub(swap, text)


def restate(text: str, said: Iterable[str] = ()) -> str | None:
    """``text`` as a request to Hark in the second person, or None when it does not start
    with one of :data:`VERBS`, is long, or leaves out a value in ``said`` (a slot filled
    on a later turn)."""
    core = text.strip().rstrip(".!?").strip()
    core = _ASK.sub("", _LEAD.sub("", core)).strip()
    core = re.sub(r"^please\s+|,?\s+please$", "", core, flags=re.I).strip()
    words = core.split()
    if not words or len(words) > MAX_WORDS or words[0].lower() not in VERBS:
        return None
    low = core.lower()
    if any(v and v.lower() not in low for v in said):
        return None
    body = _BODY.search(core) or (_BODY_THAT.search(core)
                                  if words[0].lower() in SENDING else None)
    if body and body.end() < len(core):
        message = core[body.end():].strip().strip('"“”')
        return f'{_second_person(core[:body.end()]).rstrip()} "{message}"'
    return _second_person(core)
