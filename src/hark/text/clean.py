"""Text as the readers compare it: lower case, punctuation dropped, spaces squeezed."""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache

_SPACES = re.compile(r"\s+")


# words of courtesy said after a request or an answer, in five languages ("…, please",
# "Kartoffeln, danke", "…, s'il te plaît"): one alternation, for the readers that drop them
COURTESY = (r"please|thanks|thank you|ta|cheers|bitte|danke|s'il te plaît|s'il vous plaît|stp|"
            r"svp|merci|por favor|porfa|gracias|per favore|grazie")


def clean(text: str) -> str:
    """Lower-case, drop punctuation (keeping digits, %, ., :, and / in a date "15/12"),
    squeeze spaces."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s%.:'/-]|(?<!\d)/|/(?!\d)", " ", text)
    # a full stop that ends a sentence ("the laundry.", "at 8:30."), not "a.m.", "7.30"
    # or a German date ("am 24.12.")
    # ("the jeweller's.")
    text = re.sub(r"(?:(?<=[a-z]{2})|(?<='[a-z])|(?<=:\d\d))\.(?=\s|$)", " ", text)
    return _SPACES.sub(" ", text).strip()


def unaccented(text: str) -> str:
    """``text`` without its accents ("bórrame" → "borrame", "lösch" → "losch"), as words
    said with or without them are compared."""
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c))


@cache
def _whole(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def find_words(alternation: str, text: str) -> re.Match[str] | None:
    """The first of ``alternation``'s words or phrases in ``text`` as whole words (the
    pattern is built once): ``find_words(r"an|ein", "mach den kocher an")``."""
    return _whole(alternation).search(text)


# 'fix the shed door, then paint it', "salt and vinegar", ‘…’, “…”: opened after a space
# (or at the start), closed before a space, punctuation or the end
_QUOTED = re.compile(r"""(?:(?<=\s)|^)(['"‘“])(?=\S)(.+?)(?<=\S)(?:\1|[’”])(?=[\s,.;:!?]|$)""")


def quoted(text: str) -> list[re.Match[str]]:
    """The quoted phrases in ``text`` (``group(2)`` is the phrase, without its quotes)."""
    return [m for m in _QUOTED.finditer(text)
            if m.group(1) not in "‘“" or m.group(0)[-1] in "’”"]


def begins_like(name: str, word: str) -> bool:
    """Whether ``word`` begins as ``name`` does, its ending aside (four letters at least):
    "Nudeltimer" names the "Nudeln" timer, "Schwimm-Wecker" the "Schwimmen" alarm, and
    "repariert" is "reparieren"; accents aside ("platanos" is "plátanos")."""
    same = len(os.path.commonprefix([unaccented(name.lower()), unaccented(word.lower())]))
    return same >= max(4, len(name) - 3)
