"""Words typed without their accents, written with them: "mercoledi" is "mercoledì",
"reveil" is "réveil", "miercoles" is "miércoles". Quick typing drops accents; the
readers of those languages know the words with them ("cosa ho mercoledi" was not
understood, "cosa ho mercoledì" is). Only words that are never right without their
accent are listed (not French "a" or Spanish "que").

``with_accents(text)`` returns ``text`` so written, or unchanged.
"""

from __future__ import annotations

import re

_WORDS = {
    # Italian weekdays and "più"
    "lunedi": "lunedì", "martedi": "martedì", "mercoledi": "mercoledì", "giovedi": "giovedì",
    "venerdi": "venerdì", "piu": "più",
    # Spanish weekdays and the commands that need their accent
    "miercoles": "miércoles", "sabado": "sábado", "recuerdame": "recuérdame",
    "despiertame": "despiértame", "cancelalo": "cancélalo", "cancelala": "cancélala",
    "borralo": "bórralo", "borrala": "bórrala", "apuntame": "apúntame", "ponmela": "pónmela",
    # French things and verbs
    "reveil": "réveil", "reveils": "réveils", "evenement": "événement",
    "evenements": "événements", "deplace": "déplace", "decale": "décale", "enleve": "enlève",
    "regle": "règle", "tache": "tâche", "taches": "tâches",
    "pates": "pâtes", "epicerie": "épicerie", "arrete": "arrête", "arretes": "arrêtes",
    "reunion": "réunion", "equipe": "équipe",
}
_WORD = re.compile(r"(?<![\w'-])(" + "|".join(sorted(_WORDS, key=len, reverse=True))
                   + r")(?![\w'-])", re.I)


def _same_case(said: str, word: str) -> str:
    return word[:1].upper() + word[1:] if said[:1].isupper() else word


def with_accents(text: str) -> str:
    """``text`` with its words typed without accents written with them."""
    return _WORD.sub(lambda m: _same_case(m.group(1), _WORDS[m.group(1).lower()]), text)
