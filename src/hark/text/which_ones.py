"""Which of a thing, said after it by a pronoun standing for it: "pannolini taglia uno,
quelli piccolini", "des couches, celles pour nouveau-nés", "pañales, esos pequeñitos",
"Windeln, die für Neugeborene", "nappies, the little ones". Split at the comma, the
pronoun had gone onto the list as a thing of its own ("quelli piccolini").

``says_which(piece)`` says whether a piece of a list is such a pronoun with what it tells
of the thing, no thing itself.
"""

from __future__ import annotations

import re

_WHICH = re.compile(
    # a demonstrative, then what tells it apart: "quelli piccolini", "celles de taille 1",
    # "esos pequeñitos", "those small ones"
    r"(?:quell[aeio]|quegli|quella|ceux|celles?|celui|ceux-là|celles-là|es[oa]s|aquell[oa]s|"
    r"those|these|diese[nr]?|jene[nr]?)(?:\s+[\w'-]+){1,3}"
    # an article standing alone before how it is told apart: "die für Neugeborene", "the
    # ones for newborns", "los de recién nacido", "le più piccole"
    r"|(?:die|der|das|den)\s+(?:für|mit|ohne|aus|in)\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"|the\s+(?:\w+\s+)?ones?(?:\s+[\w'-]+){0,3}"
    r"|(?:los|las)\s+de\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"|(?:i|le|gli)\s+più\s+[\w'-]+"
    # the most or least of it, said of one to buy: "le moins cher possible", "el más barato",
    # "il meno caro possibile", "der günstigste", "möglichst billig", "the cheapest one"
    r"|(?:le|la|les|el|la|lo|los|las|il|lo|la|i|le|gli)\s+(?:plus|moins|más|mas|menos|più|meno)\s+"
    r"[\w'-]+(?:\s+(?:possible|posible|possibile))?"
    r"|(?:der|die|das|den)\s+[\w-]+(?:ste|sten|ster|stes)"
    r"|möglichst\s+[\w-]+|so\s+[\w-]+\s+wie\s+möglich"
    r"|the\s+[\w-]+est(?:\s+ones?)?(?:\s+(?:possible|you can find|there is))?"
    r"|as\s+[\w-]+\s+as\s+possible",
    re.I)


def says_which(piece: str) -> bool:
    """Whether ``piece`` is only a pronoun for the thing before it and which one it is."""
    return _WHICH.fullmatch(" ".join(piece.split()).strip(" .,!?…")) is not None


# the pronoun or article that stands for the thing, before what tells it apart
_STANDS_FOR = re.compile(r"^(?:quell[aeio]|quegli|ceux|celles?|celui|es[oa]s|aquell[oa]s|those|"
                         r"these|diese[nr]?|jene[nr]?|die|der|das|den|los|las|i|le|gli|the)"
                         r"(?:\s+ones?)?\s+", re.I)


def told_apart(piece: str) -> str:
    """What ``piece`` tells of the thing without its pronoun ("die für Neugeborene" → "für
    Neugeborene", "quelli piccolini" → "piccolini"); ``piece`` unchanged when it is not
    such a pronoun."""
    said = " ".join(piece.split()).strip(" .,!?…")
    return _STANDS_FOR.sub("", said, count=1) if says_which(said) else piece
