"""Asking whether something is needed, as a question about the user's lists (English):
"do I need bread?", "Do we still need to get washing up liquid?" → "check if washing-up
liquid is on the shopping list".

Only when the thing asked about is an item on one of the user's lists (as the list has it,
give or take hyphens, an article or a plural): "do I need an umbrella tomorrow?" stays a
weather question, "do I need a passport for Spain" a question of fact.

``may_ask_item(text)`` says whether to look the lists up; ``asked_item(text, lists)``
returns the list question ("check if … is on the … list", which the rules read), or ``text``
unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

_ASKED = re.compile(
    r"^(?:(?:oh|so|right|hey|and|wait|hmm|quick question)[,\s]+)*"
    r"(?:do|did)\s+(?:i|we)\s+(?:still\s+|already\s+|even\s+|actually\s+|really\s+)?"
    r"(?:need|have\s+to|gotta|got\s+to)\s+(?:to\s+)?"
    r"(?:(?:get|buy|pick\s+up|grab|order)\s+)?"
    r"(?:any\s+(?:more\s+)?|more\s+|some\s+|the\s+|an?\s+|my\s+)?"
    r"(?P<thing>[\w'-]+(?:\s+[\w'-]+){0,4}?)"
    r"(?:\s+(?:from|at)\s+the\s+(?:shops?|store|supermarket))?"
    r"(?:\s+(?:this\s+week|today|tonight|tomorrow|any\s?more|again|still|then))?"
    r"\s*[?.!]*$", re.I)
_SMALL = re.compile(r"\b(?:the|a|an|my|our|some|any)\b")


def may_ask_item(text: str) -> bool:
    return _ASKED.match(text.strip()) is not None


def _plain(words: str) -> str:
    words = _SMALL.sub(" ", words.lower().replace("-", " ").replace("’", "'"))
    return " ".join(words.split())


def _same(said: str, item: str) -> bool:
    """One thing, give or take a plural ("banana" for "bananas", "tomatoes")."""
    return said == item or said in (item + "s", item + "es") or item in (said + "s", said + "es")


def asked_item(text: str, lists: Mapping[str, Sequence[str]]) -> str:
    """"check if ITEM is on the LIST list" when ``text`` asks whether an item on ``lists``
    ({list name: item texts}) is needed; else ``text``."""
    m = _ASKED.match(text.strip())
    if m is None:
        return text
    said = _plain(m["thing"])
    for name, items in lists.items():
        for item in items:
            if said and _same(said, _plain(item)):
                return f"check if {item} is on the {name} list"
    return text
