"""A place said, then put right between dashes, in German, French, Spanish and Italian:
"Ajoute la collecte à l'épicerie — ben, au supermarché — samedi de dix heures à seize
heures" is the collection at the supermarket; "Trag das Treffen im Café – also, in der
Bücherei – am Freitag um drei ein"; "Apunta la recogida en el mercado — bueno, en el
súper — el sábado a las diez"; "Segna la raccolta al mercato — anzi, al supermercato —
sabato alle dieci".

Whole, the words between the dashes broke the title (the event was called "épicerie").
``place_put_right(text)`` returns ``text`` with the place said wrong and the correcting
words left out (the place meant in its place), else ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.dialogue.compound import language_of

_PREP = {
    "de": r"in|im|ins|beim|bei|an|am|auf|zum|zur|vom|von|nach",
    "fr": r"à|au|aux|chez|dans|en|sur|devant",
    "es": r"en|a|al|del|de|desde",
    "it": r"a|al|alla|allo|ai|alle|in|nel|nella|nello|da|dal|dalla|presso",
}
# the words that put it right: "ben", "enfin", "non", "also", "bueno", "anzi"
_CUE = {
    "de": r"nein|nee|ne|also|ich meine|äh|ähm|besser|eher|halt|sorry",
    "fr": r"ben|bon|enfin|non|plutôt|pardon|je veux dire|ou plutôt|euh",
    "es": r"bueno|digo|o sea|mejor|perdón|perdona|no|quiero decir|eh",
    "it": r"cioè|anzi|no|volevo dire|meglio|scusa|ehm",
}
_DASH = r"\s*[—–]\s*"
_PUT_RIGHT = {lang: re.compile(
    # the last place said before the dash, of at most four words
    rf"(?P<wrong>(?<![\w'])(?:{prep})\s+(?:(?!(?:{prep})\s)[\w'’-]+\s+){{0,3}}[\w'’-]+)"
    rf"{_DASH}(?:(?:{_CUE[lang]})\b[\s,]*)+(?P<right>(?:{prep})\s+[^—–,.;:!?]+?){_DASH}",
    re.I) for lang, prep in _PREP.items()}


def place_put_right(text: str) -> str:
    """``text`` with a place put right between dashes said as the place meant alone."""
    if text.count("—") + text.count("–") < 2:
        return text
    lang = language_of(text)
    rx = _PUT_RIGHT.get(lang)
    m = rx.search(text) if rx is not None else None
    if m is None:
        return text
    return f"{text[:m.start()]}{m['right']} {text[m.end():]}"
