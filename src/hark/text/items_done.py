"""An item on one of the user's lists said to be done, in German, French, Spanish or
Italian: "Reisepass verlängern ist erledigt", "renouveler le passeport c'est fait", "la
luz de la bici ya está hecha", "prenotare il parrucchiere è fatto" — said of a thing on a
list, it is that item ticked off: "streich Reisepass verlängern von der To-do-Liste".
Also after another request ("… eine Stunde später und Reisepass verlängern ist
erledigt").

``may_be_done(text)`` is the cheap check; ``said_done(text, lists)`` returns ``text``
with the words said as the removal, given the user's lists ({list name: item texts}),
or unchanged when they name no item on them (a thing said done that is not on a list is
no request to Hark).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from hark.text.clean import begins_like
from hark.text.list_entry import SHOPPING_NAME

_DONE = re.compile(
    r"\s+(?:(?:ist|sind)\s+(?:jetzt\s+|schon\s+|endlich\s+)?erledigt|"
    r"(?:c'est|c’est|est|sont)\s+(?:déjà\s+)?(?:fait|faite|faits|faites|réglé|réglée)|"
    r"(?:ya\s+)?(?:está|están)\s+(?:ya\s+)?(?:hech[oa]s?|listo|lista|resuelt[oa])|"
    r"(?:è|e'|sono)\s+(?:già\s+)?(?:fatt[oaie]|sistemat[oaie]))(?=[\s,.;!?]|$)", re.I)
# "take it off" said after it: the removal says so already
_TAKE_IT_OFF = re.compile(
    r"^[\s,.;]*(?:(?:also|alors|donc|así que|quindi)\s+)?(?:(?:du kannst|kannst du|tu peux|vous "
    r"pouvez|puedes|puoi)\s+)?(?:(?:es|das|ihn|sie)\s+(?:abhaken|streichen|löschen|"
    r"rausnehmen)|l'(?:enlever|retirer|supprimer|effacer|rayer|cocher)|quit(?:arlo|arla|alo|ala)|"
    r"borr(?:arlo|arla|alo|ala)|togli(?:erlo|erla|lo|la))\b", re.I)
# where the item's words begin: the start, a mark, or a joining word
_BEFORE = re.compile(r"(?:^|[,.;!?]\s*|\s(?:und|et|y|e|ed|dann|puis|luego|poi)\s+)(?=\S)", re.I)
_ARTICLE = re.compile(r"^(?:der|die|das|den|le|la|les|l'|el|los|las|il|lo|gli|i)\s*", re.I)
_LANGUAGE = (("de", re.compile(r"\b(?:ist|sind)\b", re.I)), ("fr", re.compile(r"\b(?:c'est|est|sont)\b", re.I)),
             ("es", re.compile(r"\b(?:está|están)\b", re.I)), ("it", re.compile(r"(?:è|e'|sono)", re.I)))
_TAKE = {"de": "streich {item} von der {list}", "fr": "enlève {item} de la {list}",
         "es": "quita {item} de la {list}", "it": "togli {item} dalla {list}"}
_LISTS = {lang: {"shopping": SHOPPING_NAME[lang], "to-do": to_do} for lang, to_do in (
    ("de", "To-do-Liste"), ("fr", "liste de tâches"), ("es", "lista de tareas"),
    ("it", "lista delle cose da fare"))}
_OTHER_LIST = {"de": "{name}-Liste", "fr": "liste {name}", "es": "lista de {name}",
               "it": "lista {name}"}


def may_be_done(text: str) -> bool:
    return _DONE.search(text) is not None


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", text.lower()) if len(w) > 3]


def _names(said: str, item: str) -> bool:
    """Whether ``said`` names ``item``: each of its longer words begins like one of the
    item's, and they cover at least half of the item's ("Reisepass verlängern" →
    "Reisepass verlängern", "la luz de la bici" → "arreglar la luz de la bici")."""
    words, wanted = _words(said), _words(item)
    if not words or not wanted:
        return False
    hits = {w for w in wanted if any(begins_like(s, w) for s in words)}
    return all(any(begins_like(s, w) for w in wanted) for s in words) and \
        2 * len(hits) >= len(wanted)


def said_done(text: str, lists: Mapping[str, Sequence[str]]) -> str:
    """``text`` with an item said done said as its removal (see the module)."""
    done = _DONE.search(text)
    if done is None:
        return text
    lang = next((lang for lang, verb in _LANGUAGE if verb.search(done.group(0))), None)
    if lang is None:
        return text
    starts = [m.end() for m in _BEFORE.finditer(text[:done.start()])]
    for start in starts:  # the longest words first
        said = _ARTICLE.sub("", text[start:done.start()].strip(" ,"))
        for name, items in lists.items():
            item = next((i for i in items if _names(said, i)), None)
            if item is not None:
                where = _LISTS[lang].get(name) or _OTHER_LIST[lang].format(name=name)
                after = text[done.end():]
                off = _TAKE_IT_OFF.match(after)
                return (text[:start] + _TAKE[lang].format(item=item, list=where)
                        + (after[off.end():] if off else after))
    return text
