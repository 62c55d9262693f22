"""The list corrected in the same breath, in Spanish, French, Italian and German: "Pon
comprar las pilas en la lista de la compra... uy, no, perdona, en la de tareas", "Mets
appeler le plombier sur la liste de courses… non pardon, sur celle des tâches", "Metti
le lucine nella lista della spesa… no scusa, in quella delle cose da fare", "Schreib
Fenster putzen auf die Einkaufsliste … nee, auf die To-do-Liste".

The correction had gone onto the first list as an item ("perdona"). ``list_corrected(
text)`` returns the request with the second list in the first one's place and the
correction (and a reason after it) left out, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.dialogue.compound import language_of

# the first list: "en la lista de la compra", "sur la liste de courses", "nella lista della
# spesa", "auf die Einkaufsliste"
_FIRST = {
    "es": r"(?P<first>\b(?:en|a)\s+(?:la|mi)\s+lista\s+(?:de\s+)?[\w\s]{2,25}?)",
    "fr": r"(?P<first>\b(?:sur|dans|à)\s+(?:la|ma)\s+liste\s+(?:de\s+|des\s+|d')?[\w\s']{2,25}?)",
    "it": r"(?P<first>\b(?:nella|sulla|alla)\s+(?:mia\s+)?lista\s+(?:della|delle|dei|di)\s+"
          r"[\w\s']{2,25}?)",
    "de": r"(?P<first>\bauf\s+(?:die|meine)\s+[\w-]*liste)",
}
# where the correction starts, and its words: "... uy, no, perdona,", "… non pardon,"
# (a comma after the "no": "…, no en la de tareas" says which list it is not)
_CUE = {"es": r"(?:uy|ay|ah|eh)?[\s,]*no(?:\s*[,.…]\s*|\s+(?=perd|esp|mejor))"
              r"(?:(?:perdona|perdón|espera|mejor)[\s,]+)*",
        "fr": r"(?:ah|oh|euh)?[\s,]*non(?:\s*[,.…]\s*|\s+(?=pardon|attends|plutôt))"
              r"(?:(?:pardon|attends|plutôt)[\s,]+)*",
        "it": r"(?:ah|oh|eh)?[\s,]*no(?:\s*[,.…]\s*|\s+(?=scusa|aspetta|anzi))"
              r"(?:(?:scusa|aspetta|anzi)[\s,]+)*",
        "de": r"(?:ach|äh|oh)?[\s,]*(?:nee|nein|ne)(?:\s*[,.…]\s*|\s+(?=sorry|warte|halt))"
              r"(?:(?:sorry|warte|halt|doch)[\s,]+)*"}
# the second list: "en la de tareas", "sur celle des tâches", "in quella delle cose da
# fare", "auf die To-do-Liste"
_SECOND = {
    "es": r"(?:en|a)\s+la\s+(?:lista\s+)?de\s+(?P<second>[\w\s]{2,25}?)",
    "fr": r"(?:sur|dans|à)\s+(?:celle|la\s+liste)\s+(?P<of>de\s+|des\s+|d'|du\s+)(?P<second>[\w\s']{2,25}?)",
    "it": r"(?:in|nella|sulla)\s+quella\s+(?P<of>della|delle|dei|di)\s+(?P<second>[\w\s']{2,25}?)",
    "de": r"auf\s+(?:die|meine)\s+(?P<second>[\w-]*liste)",
}
_SAID = {"es": "en la lista de {second}", "fr": "sur la liste {of}{second}",
         "it": "nella lista {of} {second}", "de": "auf die {second}"}
_PATTERNS = {lang: re.compile(
    rf"{_FIRST[lang]}\s*(?:\.{{2,}}|…|[,—–])\s*{_CUE[lang]}{_SECOND[lang]}"
    rf"(?=\s*(?:[,.;!?…]|$))(?P<rest>[^.!?]*)", re.I) for lang in _FIRST}


def list_corrected(text: str, lang: str | None = None) -> str:
    """``text`` with a list corrected in the same breath put right (see the module);
    ``lang`` told from the text when not given."""
    if not re.search(r"\b(?:no|non|nee|nein|ne)\b", text, re.I):
        return text
    lang = lang or language_of(text)
    pattern = _PATTERNS.get(lang)
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return text
    of = m.groupdict().get("of") or ""
    said = _SAID[lang].format(second=m["second"].strip(), of=of.strip() if lang == "it" else of)
    return f"{text[:m.start()]}{said}{text[m.end():]}".strip()
