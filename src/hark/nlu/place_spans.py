"""Find the place in a German, French, Spanish or Italian weather or time question on the
model path ("Regnet es morgen in Hamburg?", "¿Va a llover en Sevilla?").

The English slot tagger does not carry over to these languages, and the rule templates
only cover fixed phrasings. A place is what follows a place preposition: a run of
capitalised words ("in Hamburg", "à Saint Étienne"), or — for lower-case text such as a
transcript — one to three words that name a city in the time-zone table ("a milano").
"""

from __future__ import annotations

import re

from hark.text.places import normalise, table
from hark.types import Slot

_PREPOSITIONS = {
    "de": {"in", "für", "nach", "bei"},
    "fr": {"à", "a", "en", "au", "aux", "pour", "sur"},
    "es": {"en", "para", "de"},
    "it": {"a", "in", "per", "di"},
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# joining words inside a name: "Frankfurt am Main", "Rio de Janeiro", "Saint-Étienne"
_JOIN = {"am", "an", "der", "de", "del", "la", "los", "das", "di", "do", "da", "sur", "upon"}
MAX_WORDS = 4


def _is_city(words: list[str]) -> bool:
    return normalise(" ".join(words)) in table()


def find_place_spans(text: str, lang: str) -> list[Slot]:
    """``place_name`` slots (raw = value = the words), left to right, at most one per
    preposition."""
    preps = _PREPOSITIONS.get(lang[:2].lower())
    if not preps:
        return []
    words = list(_WORD.finditer(text))
    out: list[Slot] = []
    i = 0
    while i < len(words) - 1:
        if words[i].group(0).lower() not in preps:
            i += 1
            continue
        run = []
        prev_end = words[i].end()
        for m in words[i + 1 : i + 1 + MAX_WORDS]:
            w = m.group(0)
            if text[prev_end:m.start()].strip():  # a number or a comma in between
                break
            prev_end = m.end()
            if w[0].isupper() or (run and w.lower() in _JOIN):
                run.append(m)
            else:
                break
        while run and run[-1].group(0).lower() in _JOIN:  # "in Wien am" -> "in Wien"
            run.pop()
        if not run:  # lower-case text: a known city of one to three words
            for n in (3, 2, 1):
                cand = words[i + 1 : i + 1 + n]
                if len(cand) == n and _is_city([m.group(0) for m in cand]):
                    run = cand
                    break
        if run:
            start, end = run[0].start(), run[-1].end()
            out.append(Slot("place_name", text[start:end], text[start:end], start, end))
            i += 1 + len(run)
        else:
            i += 1
    return out
