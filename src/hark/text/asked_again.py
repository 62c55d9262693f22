"""German questions asked "again", to be reminded: "Wann ist morgen nochmal die
Teambesprechung?", "Um wie viel Uhr klingelt noch mal mein Wecker?", "Was steht nochmal
auf der Einkaufsliste?".

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


def without_again(text: str) -> str:
    """``text`` without the "nochmal" of a German question (see the module), or as it is."""
    if not _QUESTION.match(text) or not _AGAIN.search(text):
        return text
    return _AGAIN.sub("", text)
