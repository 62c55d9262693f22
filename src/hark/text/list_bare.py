"""The to-do list named by its bare name in an adding, in Spanish and Italian: "Anota en
pendientes envolver el regalo", "Apunta llamar al fontanero en tareas", "Aggiungi alle cose
da fare chiamare l'idraulico". Said so, the list was no list (the turn was not understood,
or its name was read as an item); ``listed(text)`` says the word "list" before it ("Anota
en la lista de pendientes …"), or returns ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.text.list_entry import ADDING

# (language, the bare name after its preposition, what it is said as)
_BARE = (
    ("es", re.compile(r"(?<![\w-])(?P<prep>en|a)\s+(?:(?:mis|las|los)\s+)?"
                      r"(?P<name>pendientes|tareas)\b(?!\s+(?:de|del|que|para)\b)", re.I),
     "{prep} la lista de {name}"),
    ("it", re.compile(r"(?<![\w-])(?P<prep>alle|nelle|tra le)\s+(?:mie\s+)?(?P<name>cose da fare)\b",
                      re.I), "{prep} lista delle {name}"),
)
_SINGULAR = {"alle": "alla", "nelle": "nella", "tra le": "nella"}


def listed(text: str) -> str:
    """``text`` with the to-do list's bare name, after a verb of adding, said as a list."""
    for lang, bare, said in _BARE:
        m = bare.search(text)
        if m is None or re.search(rf"(?<![\w'-])(?:{ADDING[lang]})(?![\w'-])", text[:m.start()],
                                  re.I) is None:
            continue
        prep = _SINGULAR.get(m["prep"].lower(), m["prep"])
        return f"{text[:m.start()]}{said.format(prep=prep, name=m['name'])}{text[m.end():]}"
    return text
