"""What both splitters of several requests in one sentence share (:mod:`compound` for
English, :mod:`compound_other` for German, French, Spanish and Italian): whether a piece
reads as a request of its own, each piece understood once and only so many looked at, and
the cutting of a sentence into its requests one after another.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hark.types import Understanding

# naming the thing just asked for, not a request of its own: "and call it tea", "e chiamalo
# ammorbidente"
NAME_IT = re.compile(r"^\s*(?:(?:and|e|et|y|und)\s+)?(?:call it|name it|chiamal[oa]|llam[aá]l[oa]|"
                     r"appelle-l[ea]|nenn (?:ihn|es|sie))\b", re.I)

Understand = Callable[[str], Understanding]


class TooLong(Exception):
    """More pieces looked at than allowed: the sentence stays whole."""


class Judge:
    """Whether a piece reads as a request: understood, in scope, not out of scope, with
    confidence at least ``threshold``. Each piece (as ``said`` gives it: "if not, add it"
    is judged as "add it") is understood once, into ``cache``; looking at more than
    ``max_looks`` pieces raises :class:`TooLong`."""

    def __init__(self, understand: Understand, threshold: float,
                 cache: dict[str, Understanding], max_looks: int,
                 said: Callable[[str], str] = lambda piece: piece) -> None:
        self.understand, self.threshold, self.cache = understand, threshold, cache
        self.max_looks, self.said = max_looks, said
        self.looked: dict[str, bool] = {}

    def __call__(self, piece: str) -> bool:
        piece = self.said(piece)
        if piece not in self.looked:
            if len(self.looked) >= self.max_looks:
                raise TooLong
            if piece not in self.cache:
                self.cache[piece] = self.understand(piece)
            u = self.cache[piece]
            self.looked[piece] = u.in_scope and u.intent != "out_of_scope" \
                and u.confidence >= self.threshold
        return self.looked[piece]

    def intent(self, piece: str) -> str | None:
        """The intent of a piece already judged."""
        return self.cache[self.said(piece)].intent

    @property
    def looks_left(self) -> int:
        return self.max_looks - len(self.looked)


def cut_all(parts: list[str], rest: str, first_cut: Callable[[str], tuple[str, str] | None],
            max_parts: int) -> str:
    """Cut requests off the front of ``rest`` with ``first_cut`` into ``parts`` (at most
    ``max_parts`` in all, the rest last); what is left."""
    while len(parts) < max_parts - 1:
        cut = first_cut(rest)
        if cut is None:
            break
        head, rest = cut
        parts.append(head)
    return rest
