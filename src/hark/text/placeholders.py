"""Words that stand for a thing not yet said: "add something to my list", "ajoute un truc
à la liste", "put something in my calendar for Friday". The list and calendar skills ask
what instead of adding "something"; the answer then takes the word's place in the
request (``said_instead``).
"""

from __future__ import annotations

import re

# the whole of an item or title that is no thing yet
SOMETHING = re.compile(r"(?:something|something else|smth|sth|stuff|a thing|an item|an event|"
                       r"an appointment|etwas|was|irgendwas|einen termin|quelque chose|"
                       r"un truc|truc|un événement|un evenement|événement|evenement|algo|"
                       r"una cosa|un evento|una cita|qualcosa|qualche cosa|un appuntamento|"
                       r"un impegno|"
                       # several not yet said: "I need to add a couple of things to the list"
                       r"(?:a\s+)?(?:couple|few)(?:\s+of)?\s+(?:things|bits|items)|"
                       r"(?:some|a\s+few|a\s+couple\s+of)\s+(?:more\s+)?(?:things|bits|items)|"
                       # (and with a partitive: "aggiungi delle cose alla lista della spesa")
                       r"(?:ein\s+paar|einige|mehrere)\s+(?:sachen|dinge)|"
                       # (not the to-do list: "nella lista delle cose da fare")
                       r"(?:(?:quelques|des|plusieurs)\s+(?:trucs|choses)|"
                       r"(?:unas|algunas|un\s+par\s+de|varias)\s+cosas|"
                       r"(?:alcune|qualche|un\s+paio\s+di|delle|diverse)\s+cose)"
                       r"(?!\s+(?:da\s+fare|à\s+faire|por\s+hacer|que\s+hacer)\b))", re.I)
_IN_TEXT = re.compile(rf"(?<![\w'-])(?:{SOMETHING.pattern})(?![\w'-])", re.I)


def names_nothing(words: str) -> bool:
    """Whether ``words`` (an item, a title) stand for a thing not yet said."""
    return bool(SOMETHING.fullmatch(words.strip(" .!?")))


def says_something(text: str) -> bool:
    """Whether ``text`` has such a word in it."""
    return bool(_IN_TEXT.search(text))


def said_instead(text: str, answer: str) -> str:
    """``text`` with its first such word said as ``answer`` ("ajoute un truc à la liste" +
    "du beurre" → "ajoute du beurre à la liste"); unchanged when it has none."""
    return _IN_TEXT.sub(lambda _: answer.strip(" .!?"), text, count=1)
