"""German questions asked "again", to be reminded: "Wann ist morgen nochmal die
Teambesprechung?", "Um wie viel Uhr klingelt noch mal mein Wecker?", "Was steht nochmal
auf der Einkaufsliste?"; and French and Italian "tell me again": "Tu peux me redire mes
rappels de demain ?", "ridimmi cosa c'è in lista".

"nochmal" asks for nothing new: read with it, "Wann ist morgen nochmal …" was taken for a
question of the date. ``without_again(text)`` returns a question that opens with a
question word without its "nochmal" ("noch mal", "noch einmal"), else ``text``.
"""

from __future__ import annotations

import re

# a German question: its question word first (after "und", "also", "sag mal")
_QUESTION = re.compile(r"^\W*(?:(?:und|also|ähm?|äh|sag mal|du)[\s,]+)*(?:wann|wie|was|wo|"
                       r"welche\w*|um wie viel|wieviel\w*|wer)\b[^?]*\?\s*$", re.I)
# "nochmal", "noch mal", "noch einmal", "gleich nochmal"
_AGAIN = re.compile(r"\s+(?:gleich\s+)?(?:nochmal|noch\s+mal|noch\s+einmal)\b", re.I)


# French and Italian "tell me again": "Tu peux me redire mes rappels de demain ?" (had been
# made a reminder), "redis-moi …", "mi ridici …", "ridimmi …"
_SAY_AGAIN = re.compile(r"\b(?:(?<=me )re(?=dire\b)|re(?=dis-moi\b|dites-moi\b)|"
                        r"(?<=mi )ri(?=dic\w*\b|dire\b)|ri(?=dimmi\b|dirmi\b))", re.I)


def without_again(text: str) -> str:
    """``text`` without the "nochmal" of a German question (see the module), and said
    with "dire" for the French "redire" (Italian "ridire"); or as it is."""
    said = _SAY_AGAIN.sub("", text)
    text = said[:1].upper() + said[1:] if text[:1].isupper() else said
    if not _QUESTION.match(text) or not _AGAIN.search(text):
        return text
    return _AGAIN.sub("", text)
