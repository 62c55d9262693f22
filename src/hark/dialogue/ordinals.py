""""The second one" said of what the last answer listed (five languages).

"What alarms do I have?" — "You have 3 alarms: 6:30 AM every weekday, 7:15 AM tomorrow
and 9 AM on Saturday." — "Delete the second one." is "Delete the 07:15 alarm."; "Cancel
the first one" after the running timers, "move the last one to 5 pm" after the week's
events, "Lösch den zweiten", "Supprime la deuxième", "Borra la segunda", "Cancella la
seconda" likewise. The things are the session's ``listed`` (:func:`of_outcome`): what a
question's answer read out, in the order it was read, when it read two or more.

An ordinal is only taken for one of them when it is said as a thing ("the second one",
"the last alarm", "den zweiten") and not as a day ("on the first", "le premier
décembre", "el segundo de enero").
"""

from __future__ import annotations

import re
from typing import Any

from hark.dialogue.focus import MANY, thing_of
from hark.dialogue.pointing import named
from hark.text.clean import unaccented

MAX_WORDS = 14

# ordinal words, read without accents, and the place they name (-1: the last)
_PLACES = {
    "en": {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
           "4th": 3, "fifth": 4, "5th": 4, "last": -1, "final": -1},
    "de": {"erst": 0, "zweit": 1, "dritt": 2, "viert": 3, "funft": 4, "letzt": -1},
    "fr": {"premier": 0, "premiere": 0, "deuxieme": 1, "second": 1, "seconde": 1,
           "troisieme": 2, "quatrieme": 3, "cinquieme": 4, "dernier": -1, "derniere": -1},
    "es": {"primer": 0, "primero": 0, "primera": 0, "segundo": 1, "segunda": 1, "tercer": 2,
           "tercero": 2, "tercera": 2, "cuarto": 3, "cuarta": 3, "quinto": 4, "quinta": 4,
           "ultimo": -1, "ultima": -1},
    "it": {"primo": 0, "prima": 0, "secondo": 1, "seconda": 1, "terzo": 2, "terza": 2,
           "quarto": 3, "quarta": 3, "quinto": 4, "quinta": 4, "ultimo": -1, "ultima": -1},
}
# the words that name a kind of thing after the ordinal; None: any kind ("one", "item")
_KINDS = {
    "en": {"one": None, "item": None, "entry": None, "thing": None, "alarm": "alarm",
           "timer": "timer", "reminder": "reminder", "event": "event",
           "appointment": "event", "meeting": "event"},
    "de": {"eintrag": None, "punkt": None, "wecker": "alarm", "alarm": "alarm",
           "timer": "timer", "erinnerung": "reminder", "termin": "event"},
    "fr": {"element": None, "article": None, "truc": None, "alarme": "alarm",
           "reveil": "alarm", "minuteur": "timer", "minuterie": "timer", "rappel": "reminder",
           "rendez-vous": "event", "evenement": "event"},
    "es": {"elemento": None, "articulo": None, "alarma": "alarm", "despertador": "alarm",
           "temporizador": "timer", "recordatorio": "reminder", "cita": "event",
           "evento": "event"},
    "it": {"elemento": None, "voce": None, "sveglia": "alarm", "timer": "timer",
           "promemoria": "reminder", "appuntamento": "event", "evento": "event"},
}
_ARTICLE = {"en": r"the", "de": r"den|die|das|der|dem", "fr": r"le|la",
            "es": r"el|la", "it": r"il|la|lo|l'"}
# a day, not a thing: "on the first", "am zweiten", "pour le premier", "para el primero"
_DAY_BEFORE = {"en": r"on|to|for|until|till|by|from|since|before|after|about",
               "de": r"am|zum|bis|vom|ab|seit", "fr": r"pour|au|jusqu'au|du|dès|des|depuis",
               "es": r"para|hasta|desde|a|de", "it": r"per|al|fino|dal|da|del"}
_MONTHS = (r"jan\w*|feb\w*|f[eé]v\w*|m[aä]r\w*|apr\w*|avr\w*|abr\w*|ma[iy]\w*|mag\w*|"
           r"jun\w*|juin|giu\w*|jul\w*|juil\w*|lug\w*|aug\w*|ao[uû]t|ago\w*|sep\w*|set\w*|"
           r"o[ck]t\w*|ott\w*|nov\w*|d[eé]c\w*|dez\w*|dic\w*|ene\w*|gen\w*|enero|gennaio")
# what may follow an ordinal said without a noun ("delete the second", "move the last to
# 5 pm"): the sentence's end, a time, a preposition or particle; never a noun ("the
# first time", "the last week")
_BARE_NEXT = {
    "en": r"to|for|by|back|forward|up|down|off|out|on|at|until|till|and|please|now|"
          r"instead|then|is|was|set|go|goes|ring|rings|start|starts|left",
    "de": r"auf|um|bitte|mal|doch|ab|aus|weg|runter|raus|durch|nach|vor|zurück|zuruck|noch|jetzt|lösch\w*|"
          r"losch\w*|verschieb\w*|verleg\w*|streich\w*|stopp\w*|an|klingelt|ist|war",
    "fr": r"à|a|au|pour|de|d'|s'il|svp|stp|plutôt|plutot|sonne|est|commence",
    "es": r"a|para|por|al|de|hasta|porfa|ahora|suena|es|empieza",
    "it": r"a|alle|al|per|di|da|adesso|ora|suona|è|inizia",
}

# "and" opening a turn that says its own verb ("and delete the second one")
_AND = re.compile(r"^\s*(?:and|also|then|und|dann|et|puis|y|e)\b[\s,]*", re.I)


def of_outcome(action: str | None, data: dict[str, Any]) -> list[dict[str, Any]] | None:
    """What a question's answer read out, in its order, when it read two or more things of
    one kind (alarms, timers, reminders, events, a list's items); else None."""
    if not action or not action.endswith(".query"):
        return None
    found = [(kind, rows) for key, kind in MANY.items()
             if isinstance(rows := data.get(key), list)]
    if len(found) == 1:
        kind, rows = found[0]
        things = [thing_of(kind, r) for r in rows if isinstance(r, dict)]
        return [t for t in things if t] if len(rows) > 1 and all(things) else None
    items, name = data.get("items"), data.get("list")
    if not found and isinstance(items, list) and len(items) > 1 and isinstance(name, str):
        return [{"type": "item", "name": str(i), "list": name} for i in items]
    return None


def still_listed(listed: list[dict[str, Any]], focus: dict[str, Any] | None
                 ) -> list[dict[str, Any]]:
    """``listed`` kept after a request about one of its things ("move the first one to 9
    pm" — "cancel the last one": the last of the same answer), that thing as it is now;
    [] after a request about anything else."""
    if not focus or not listed:
        return []
    if focus.get("type") == "list":
        return listed if listed[0].get("list") == focus.get("name") else []
    at = [i for i, t in enumerate(listed)
          if t.get("type") == focus.get("type") and t.get("id") == focus.get("id")]
    if not at:
        return []
    now = {k: v for k, v in focus.items() if k != "created"}
    return [now if i == at[0] else t for i, t in enumerate(listed)]


def _said(text: str, lang: str) -> re.Match[str] | None:
    places, kinds = _PLACES[lang], _KINDS[lang]
    ordinal = "|".join(sorted(places, key=len, reverse=True))
    if lang == "de":
        ordinal = rf"(?:{ordinal})(?:e|en|er|es|em)"
    noun = "|".join(sorted(kinds, key=len, reverse=True))
    return re.search(
        rf"(?<![\w'])(?:(?P<before>{_DAY_BEFORE[lang]})\s+)?(?P<art>{_ARTICLE[lang]})\s*"
        rf"(?P<ord>{ordinal})\b(?:\s+(?P<noun>{noun})\b)?"
        rf"(?P<next>\s+(?:de\s+|di\s+|of\s+)?(?:{_MONTHS})\b)?", text, re.I)


def _place(word: str, lang: str) -> int:
    word = word.lower()
    if lang == "de":
        word = re.sub(r"(?:e|en|er|es|em)$", "", word)
    return _PLACES[lang][word]


def picked(text: str, listed: list[dict[str, Any]] | None, lang: str) -> str | None:
    """``text`` with "the second one" (…) said as the thing the last answer read in that
    place, or None when it names none of them."""
    if not listed or len(listed) < 2 or len(text.split()) > MAX_WORDS:
        return None
    lang = lang if lang in _PLACES else "en"
    plain = unaccented(text)  # keeps every position
    m = _said(plain, lang)
    noun = m.group("noun") if m else None
    if m is None or m.group("next") or (m.group("before") and noun is None):
        return None
    if noun is None:
        after = plain[m.end():]
        if not re.match(rf"\s*(?:$|[?.!,;]|\d|(?:{_BARE_NEXT[lang]})\b)", after, re.I):
            return None
    elif (kind := _KINDS[lang][noun.lower()]) is not None and kind != listed[0]["type"]:
        return None
    place = _place(m.group("ord"), lang)
    if place >= len(listed):
        return None
    chosen = listed[place]
    name = chosen["name"] if chosen["type"] == "item" else named(chosen, lang)
    if not name:
        return None
    before = text[:m.start("art")]  # "to the first one": "to" kept
    cue = _AND.match(before)
    if cue and before[cue.end():].strip():  # "and delete the second one": its own request
        before = before[cue.end():]
    return f"{before}{name}{text[m.end():]}"
