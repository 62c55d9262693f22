"""How much of a thing, said after it as a piece of its own: "und Feuchttücher, zwei
Packungen", "des lingettes, deux paquets", "toallitas, dos paquetes", "wipes, two packs".
Split at the comma, the amount had gone onto the list as a thing ("zwei Packungen").

``folded(items, lang)`` returns the items with such an amount joined to the thing before
it, said as the amount first ("zwei Packungen Feuchttücher", "deux paquets de lingettes"),
as the list skill writes an amount said before the thing.
"""

from __future__ import annotations

import re

from hark.text.item_runs import measures
from hark.text.numbers import words_to_digits

# the amount said first, then the thing, each language: "two packs of wipes"
_OF = {"en": "{amount} of {thing}", "de": "{amount} {thing}", "fr": "{amount} de {thing}",
       "es": "{amount} de {thing}", "it": "{amount} di {thing}"}
_VOWEL = re.compile(r"^[aeiouyhàâéèêëîïôöûü]", re.I)  # French "deux paquets d'œufs"
MAX_WORDS = 3  # "zwei große Packungen"


def is_amount(piece: str, lang: str) -> bool:
    """Whether ``piece`` is only a count and its measure ("zwei Packungen", "3 paquets",
    "due confezioni grandi" is not: an unknown word is a thing's)."""
    words = words_to_digits(piece, lang).casefold().split()
    if not 2 <= len(words) <= MAX_WORDS or not words[0].isdigit():
        return False
    known = measures(lang)
    return all(w in known for w in words[1:])


def folded(items: list[str], lang: str) -> list[str]:
    """``items`` with an amount said after a thing joined to it, said before it."""
    out: list[str] = []
    for item in items:
        if out and is_amount(item, lang) and not is_amount(out[-1], lang):
            thing = out[-1]
            said = _OF.get(lang, _OF["en"]).format(amount=item, thing=thing)
            if lang == "fr" and _VOWEL.match(thing):
                said = f"{item} d'{thing}"
            out[-1] = said
        else:
            out.append(item)
    return out
