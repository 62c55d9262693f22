"""Words said to a baby or to someone in the room in the middle of a request, set off by
dashes or trailing dots (five languages): a hush and what soothes with it ("— pscht,
pscht, ist ja gut —", "… chut, chut, mon cœur …", "— shh shh, it's okay —", "… ssst,
tranquilo, mi vida …") or a pet name with a question or a cry after it ("… amore, mi passi
il ciuccio? grazie …", "— Schatz, gibst du mir mal die Flasche? danke —"). Left in, they
had gone onto a list as things ("mi passi il ciuccio?") or hidden the request.

``without_hushing(text)`` returns ``text`` without them.
"""

from __future__ import annotations

import re

# where an aside starts or ends: a dash, dots, or the start or end of the turn
_EDGE = r"(?:[—–]|\s-\s|…|\.{2,})"
# a hush, said once or more: "shh", "pscht", "chut", "ssst", "zitto"
_HUSH = (r"(?:s?h{1,}sh+|sh+|sch+|psch+t?|pst+|chut|chh+|ss+t*|zitto|zitta|buono|buona|"
         r"calma|tranquil[oa]|ya,?\s+ya)")
# pet names said to a baby or a partner ("amore, …", "mon cœur", "Schatz", "cariño")
_PET = (r"(?:amore|tesoro|piccol[oa]|amor|mi amor|cariño|mi vida|corazón|mi cielo|mon cœur|"
        r"mon chéri|ma chérie|mon amour|mon bébé|chéri|chérie|schatz|schatzi|liebling|mäuschen|"
        r"spatz|love|darling|sweetheart|honey|babe|baby)")
_THANKS = r"(?:grazie|danke|merci|gracias|thanks|thank you|ta)"
# the hush and up to a few soothing words after it, to the next edge
_HUSHING = re.compile(
    rf"(?:^|{_EDGE})\s*(?:{_HUSH}(?![\w'])[\s,!.]*)+(?:[^—–….?]{{0,50}}?)?[!.]?\s*(?={_EDGE}|$)"
    rf"(?:{_EDGE})?", re.I)
# a pet name, then a question or a cry to that one, a thanks perhaps, to the next edge:
# "… amore, mi passi il ciuccio? grazie …"
_ASKED_OF_ONE = re.compile(
    rf"{_EDGE}\s*{_PET}(?![\w'])\s*,\s*[^—–…?!]{{2,60}}[?!]\s*(?:{_THANKS}\s*[.!]*)?\s*{_EDGE}", re.I)
# the "and" said on both sides of the aside: "… e… amore, …? grazie… e il caricabatterie"
_AND_TWICE = re.compile(r"\b(and|und|et|y|e)\s*,?\s+\1\b", re.I)


def without_hushing(text: str) -> str:
    """``text`` without a hush or a question to a pet name said in it between dashes or
    dots; ``text`` unchanged when nothing else is left."""
    out = _HUSHING.sub(" ", _ASKED_OF_ONE.sub(" ", text))
    if out == text:  # (the dashes of other asides left for :mod:`hark.text.noises`)
        return text
    out = _AND_TWICE.sub(r"\1", " ".join(out.split())).strip(" ,—–-")
    return out if re.search(r"\w", out) else text
