"""What was just put on a list, meant for another list (five languages).

"put batteries on my to do list" — "oh sorry I meant the shopping list not the to do";
"mets des piles sur la liste de courses" — "ah non pardon, sur la liste des choses à
faire"; "nee, auf die Einkaufsliste"; "no, en la lista de la compra"; "no, nella lista
della spesa". The correction names a list and nothing else: the items are said again onto
that list (and taken off the first one by the correction's ``replaces``); said of the list
they are already on, they stay there, never an item called "shopping list".
"""

from __future__ import annotations

import re
from typing import Any

# the list said alone, after the correction's cue words: its words, without the preposition
_LIST_SAID = {
    "en": re.compile(r"^(?:(?:it|they|that|those)(?:\s+(?:should|needs? to|has to|have to|"
                     r"was meant to|were meant to))?\s+(?:go|goes|be|belongs?)\s+)?"
                     r"(?:(?:on|onto|to|in|into|for)\s+)?(?P<list>(?:(?:the|my|our|me)\s+)?"
                     r"(?P<name>[\w'-]+(?:[ -][\w'-]+){0,2}?)\s+list)$", re.I),
    "de": re.compile(r"^(?:(?:auf|in|zu|für)\s+)?(?P<list>(?:(?:die|der|meine[nr]?|unsere[nr]?)\s+)?"
                     r"(?P<name>[\w-]+liste|liste\s+.+|einkaufszettel|aufgaben))$", re.I),
    "fr": re.compile(r"^(?:(?:sur|dans|à|a|pour)\s+)?(?P<list>(?:(?:la|ma|notre)\s+)?"
                     r"(?P<name>liste\b.+))$", re.I),
    "es": re.compile(r"^(?:(?:en|a|para)\s+)?(?P<list>(?:(?:la|mi|nuestra)\s+)?"
                     r"(?P<name>lista\b.+))$", re.I),
    "it": re.compile(r"^(?:(?:nella|sulla|alla|in|a|per)\s+)?(?P<list>(?:(?:la|mia)\s+)?"
                     r"(?P<name>lista\b.+))$", re.I),
}
# the request said again: the items onto the list meant
_ADD = {"en": "add {items} to {list}", "de": "setz {items} auf {list}",
        "fr": "ajoute {items} à {list}", "es": "añade {items} a {list}",
        "it": "aggiungi {items} a {list}"}
# the article a list takes when it was said without one
_ARTICLE = {"en": "the ", "de": "die ", "fr": "la ", "es": "la ", "it": "la "}


def _key(name: str, lang: str) -> str:
    """The list's key ("shopping", "to-do", "bricolage") from its name as said."""
    from hark.skills.lists import list_key
    from hark.text.list_entry import list_name

    return list_key(list_name(name, lang))  # (English: the name itself, "… list" off)


def meant_list(rest: str, focus: dict[str, Any], lang: str) -> str | None:
    """The items of ``focus`` (a list's items just added) said again onto the list ``rest``
    names; None when ``rest`` names no list."""
    rx = _LIST_SAID.get(lang)
    items = [str(i) for i in focus.get("items") or []]
    m = rx.match(rest.strip(" ,.!?")) if rx else None
    if m is None or focus.get("type") != "list" or not items:
        return None
    if not _key(m.group("name"), lang):
        return None
    from hark.skills.providers import lang as words

    said = m.group("list")
    if said == m.group("name"):
        said = _ARTICLE[lang] + said
    out = _ADD[lang].format(items=words.join(items, lang), list=said)
    if lang == "it":
        out = re.sub(r"\ba la ", "alla ", out)
    return out
