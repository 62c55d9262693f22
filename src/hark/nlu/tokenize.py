"""The one word tokenizer shared by training and run time (char offsets kept)."""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\w+|['’]\w+|[^\w\s]")


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
