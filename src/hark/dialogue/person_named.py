"""Who "lui", "ihr", "le" and "la" stand for in a reminder said right after an event with
a person was talked about (German, French, Spanish, Italian): "C'est quand déjà, le dîner
avec Anna ?" — "rappelle-moi la veille de lui dire que je partirai tôt" → "… de dire à
Anna que …"; "erinner mich, ihr zu sagen …" → "… Anna zu sagen …"; "recuérdame decirle
que …" → "… decirle a Anna que …"; "ricordami di chiamarla" → "… di chiamare Anna"; and "with him" said of another thing with
them: "E un'altra con lui venerdì alle 11" → "… con Marcus …" (English too: "And another
with him Thursday, same time.").

Read as said, the reminder was "lui dire que …": whom to tell was lost. English does
this in :mod:`hark.dialogue.pronouns`. ``named(text, focus, lang)`` returns ``text`` with
the person said, or None when it has no such pronoun, is no reminder, or the thing
talked about is no event with a person.
"""

from __future__ import annotations

import re
from typing import Any

# the person an event is with: "dîner avec Anna", "Abendessen mit Anna", "cena con Anna"
_WITH = {"en": r"\bwith\s+([A-Z][\w-]+)", "de": r"\bmit\s+([A-ZÄÖÜ][\w-]+)", "fr": r"\bavec\s+([A-ZÉÈ][\w-]+)",
         "es": r"\bcon\s+([A-ZÁÉÍÓÚÑ][\w-]+)", "it": r"\bcon\s+([A-Z][\w-]+)"}
_REMIND = {"de": r"\berinner\w*", "fr": r"\brappel\w*", "es": r"\brecu[eé]rd\w*",
           "it": r"\bricord\w*"}
# the pronoun with its verb, and the verb said with the person instead
_SWAPS: dict[str, list[tuple[str, str]]] = {
    "fr": [(r"\blui\s+(dire|écrire|envoyer|demander|rappeler|téléphoner|parler|répondre)\b",
            r"\1 à {p}"),
           (r"\bde\s+l'(appeler|inviter|prévenir|rappeler)\b", r"d'\1 {p}"),
           (r"\bl'(appeler|inviter|prévenir)\b", r"\1 {p}")],
    "de": [(r"\b(?:ihr|ihm)\s+(zu\s+)?(sagen|schreiben|schicken|antworten|absagen)\b",
            r"{p} \1\2"),
           (r"\b(?:sie|ihn)\s+(anzurufen|anrufen|einzuladen|einladen)\b", r"{p} \1")],
    "es": [(r"\b(decir|escribir|avisar|mandar|preguntar|contestar)le\b", r"\1le a {p}"),
           (r"\b(llamar|avisar|invitar)l[ao]\b", r"\1 a {p}")],
    "it": [(r"\b(dir|scriver|mandar|chieder|risponder)(?:le|gli)\b", r"\1e a {p}"),
           (r"\b(chiamar|avvisar|invitar)(?:la|lo)\b", r"\1e {p}")],
}


# "with him", "with her": another event or reminder with the same person ("Segnami … una
# chiamata con Marcus martedì" — "E un'altra con lui venerdì alle 11")
_WITH_THEM = {"en": r"\bwith\s+(?:him|her|them)\b", "de": r"\bmit\s+(?:ihm|ihr)\b", "fr": r"\bavec\s+(?:lui|elle)\b",
              "es": r"\bcon\s+(?:él|ella)\b", "it": r"\bcon\s+(?:lui|lei)\b"}
_WITH_SAID = {"en": "with {p}", "de": "mit {p}", "fr": "avec {p}", "es": "con {p}", "it": "con {p}"}


def _person(focus: dict[str, Any] | None, lang: str) -> str | None:
    """The person the event ``focus`` is about is with, or None."""
    if lang not in _WITH or not focus or focus.get("type") != "event":
        return None
    person = re.search(_WITH[lang], str(focus.get("name") or ""))
    return person.group(1) if person is not None else None


def with_person(text: str, focus: dict[str, Any] | None, lang: str) -> str:
    """``text`` with "with him"/"with her" said as the person of the event talked about
    ("E un'altra con lui venerdì" → "E un'altra con Marcus venerdì"), else as it is."""
    person = _person(focus, lang)
    if person is None:
        return text
    return re.sub(_WITH_THEM[lang], _WITH_SAID[lang].format(p=person), text, count=1,
                  flags=re.I)


def named(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """``text`` with the person of the event talked about said in place of the pronoun
    (see the module), or None."""
    person = _person(focus, lang)
    if person is None or lang not in _SWAPS:
        return None
    with_them = with_person(text, focus, lang)
    if with_them != text:
        return with_them
    if not re.search(_REMIND[lang], text, re.I):
        return None
    for pattern, said in _SWAPS[lang]:
        out = re.sub(pattern, said.replace("{p}", person), text, count=1, flags=re.I)
        if out != text:
            return out
    return None
