"""Text as the readers compare it: lower case, punctuation dropped, spaces squeezed."""

from __future__ import annotations

import re
from functools import cache

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Lower-case, drop punctuation (keeping digits, %, ., :), squeeze spaces."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s%.:'-]", " ", text)
    # a full stop that ends a sentence ("the laundry.", "at 8:30."), not "a.m.", "7.30"
    # or a German date ("am 24.12.")
    text = re.sub(r"(?:(?<=[a-z]{2})|(?<=:\d\d))\.(?=\s|$)", " ", text)
    return _SPACES.sub(" ", text).strip()


@cache
def _whole(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def find_words(alternation: str, text: str) -> re.Match[str] | None:
    """The first of ``alternation``'s words or phrases in ``text`` as whole words (the
    pattern is built once): ``find_words(r"an|ein", "mach den kocher an")``."""
    return _whole(alternation).search(text)
