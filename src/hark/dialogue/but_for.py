"""Another of the same, but for another thing, in German, French, Spanish and Italian: "Y
otro igualito para el viernes, pero para el reporte de laboratorio", "Und so 'ne
Erinnerung nochmal für Freitag, selbe Uhrzeit, aber für den Essay in Soziologie", "Et
pareil vendredi, même créneau, pour celui de socio", "E un altro uguale venerdì, ma per la
relazione di chimica".

The thing said after "but for" takes the place of the first one's: said with its article,
it is what the first one's verb is done to ("mandar el ensayo de Historia" → "mandar el
reporte de laboratorio", "den Laborbericht hochzuladen" → "den Essay in Soziologie
hochzuladen"); said as "the one of …" ("celui de socio"), it is the first one's head with
that ("partiel de macro" → "partiel de socio"). Before, the second was made with the
first one's thing ("'ne", "partiel de macro" again).

``said(text, lang)`` finds such a clause; ``put_in(request, title, but, lang)`` says the
request made again with the new thing in place of ``title``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the thing, up to the end of its clause
_NP = r"(?P<np>[^,.;!?¿¡]+?)"
_END = r"\s*(?=[,.;!?¿]|$)"
# "the one of …": "celui de socio", "quello di chimica", "el de socio", "den von Mathe"
_ONE_OF = {
    "de": r"(?:den|die|das|dem)\s+(?:von|vom|für)\s+",
    "fr": r"(?:celui|celle)\s+(?:de\s+|d'\s*|du\s+)",
    "es": r"(?:el|la)\s+(?:de|del)\s+",
    "it": r"(?:quello|quella)\s+(?:di|del|della)\s+",
}
# "but for": "aber für", "mais pour", "pero para", "ma per" (and "the one of" after "for"
# alone: "pour celui de socio")
_BUT_FOR = {
    "de": r"aber\s+(?:für|fürs|zum|zur)",
    "fr": r"mais\s+pour",
    "es": r"pero\s+(?:para|de)",
    "it": r"(?:ma|però)\s+per",
}
_FOR = {"de": r"für", "fr": r"pour", "es": r"para", "it": r"per"}
_ARTICLE = {
    "de": r"(?:der|die|das|den|dem|des|ein|eine|einen|mein|meine|meinen)\s",
    "fr": r"(?:le|la|les|l'|un|une|mon|ma|mes)\s*",
    "es": r"(?:el|la|los|las|un|una|mi|mis)\s",
    "it": r"(?:il|lo|la|i|gli|le|l'|un|una|uno|un')\s*",
}
# a verb in the infinitive said first ("mandar …", "rendre …", "consegnare …") or, in
# German, last ("… hochzuladen", "… abgeben")
_VERB_FIRST = {"fr": r"\w+(?:er|ir|re)", "es": r"\w+(?:ar|er|ir)", "it": r"\w+(?:are|ere|ire)"}
# the words joining a thing's head to what it is of: "partiel de macro", "esame di chimica"
_OF = {"de": r"\s+(?:in|für|von|vom)\s+", "fr": r"\s+(?:de|d'|du|des)\s*",
       "es": r"\s+(?:de|del)\s+", "it": r"\s+(?:di|del|della|dello|dei)\s+"}
_OF_SAID = {"de": "in", "fr": "de", "es": "de", "it": "di"}


@dataclass(frozen=True)
class But:
    """The clause saying the other thing: where it is in the text, the thing, and whether
    it was said as "the one of" it."""

    start: int
    end: int
    thing: str
    one_of: bool


def said(text: str, lang: str) -> But | None:
    """The "but for" clause of ``text`` (see the module), or None."""
    if lang not in _BUT_FOR:
        return None
    one_of = re.search(rf"[,\s]+(?:(?:{_BUT_FOR[lang]})|{_FOR[lang]})\s+{_ONE_OF[lang]}{_NP}{_END}",
                       text, re.I)
    if one_of is not None:
        return But(one_of.start(), one_of.end(), one_of["np"].strip(), True)
    but = re.search(rf"[,\s]+(?:{_BUT_FOR[lang]})\s+{_NP}{_END}", text, re.I)
    if but is None:
        return None
    return But(but.start(), but.end(), but["np"].strip(), False)


def thing(title: str, but: But, lang: str) -> str | None:
    """The new thing's words, made from the first one's ``title``; None when it cannot
    be told."""
    core = title.split(",")[0].strip()
    if not core:
        return None
    if but.one_of:
        head = re.split(_OF[lang], core, maxsplit=1, flags=re.I)
        return f"{head[0]} {_OF_SAID[lang]} {but.thing}" if len(head) == 2 else None
    if not re.match(_ARTICLE[lang], but.thing, re.I):
        return but.thing
    if lang == "de":
        verb = re.match(r"^.+?\s+(?P<verb>\w+en)$", core)
        return f"{but.thing} {verb['verb']}" if verb and re.match(_ARTICLE["de"], core, re.I) \
            else but.thing
    verb = re.match(rf"^(?P<verb>{_VERB_FIRST[lang]})\s+\S", core, re.I)
    return f"{verb['verb']} {but.thing}" if verb else but.thing


def put_in(request: str, title: str, but: But, lang: str) -> str:
    """``request`` (the first one's, made again) with the new thing in place of the first
    one's ``title`` (whole, or its words before a comma); unchanged when ``title`` is not
    in it."""
    core = title.split(",")[0].split()
    # (the title whole, its words before a comma, or those without words it took from
    # around them: "mon l'examen de chimie" from "Ajoute à mon agenda l'examen de chimie")
    for old in (title.strip(), *(" ".join(core[i:]) for i in range(max(len(core) - 1, 0)))):
        at = request.lower().find(old.lower()) if old else -1
        new = thing(old, but, lang) if at >= 0 else None
        if new:
            return f"{request[:at]}{new}{request[at + len(old):]}"
    return request
