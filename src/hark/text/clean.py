"""Text as the readers compare it: lower case, punctuation dropped, spaces squeezed."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Lower-case, drop punctuation (keeping digits, %, ., :), squeeze spaces."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s%.:'-]", " ", text)
    return _SPACES.sub(" ", text).strip()
