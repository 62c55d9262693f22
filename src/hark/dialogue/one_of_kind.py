""""The one of …" said of the kind just talked about, in German, French, Spanish and
Italian: after the weekday alarm was deleted, "Y el de mañana a las siete y cuarto,
cámbialo a las ocho" is the alarm of tomorrow at 7:15; likewise "et celui de samedi",
"e quella delle sei", "und den von morgen". After a list was read, "¿y en la de tareas?" is
the to-do list ("et dans celle des tâches ?", "e in quella delle cose da fare?").

Read alone, "el de mañana" named no kind, and the request was put in the calendar.
:func:`with_kind` says the kind of the thing the last answer was about in place of "the
one" (:mod:`hark.text.one_named` does it when a word names the thing, "quella del nuoto").
"""

from __future__ import annotations

import re

_ONE = {
    "es": re.compile(r"^(?P<lead>\W*(?:y\s+|e\s+)?)(?P<one>el|la)\s+(?=de\b|del\b)", re.I),
    "it": re.compile(r"^(?P<lead>\W*(?:e\s+|ed\s+)?)(?P<one>quell[oa])\s+(?=di\b|del|della|"
                     r"delle|dello|dei|degli|dell'|alle\b|delle\b)", re.I),
    "fr": re.compile(r"^(?P<lead>\W*(?:et\s+)?)(?P<one>celui|celle)\s+(?=de\b|du\b|des\b|d')",
                     re.I),
    "de": re.compile(r"^(?P<lead>\W*(?:und\s+)?)(?P<one>den|die|das)\s+(?=von\b|vom\b|für\b|"
                     r"fürs\b|um\b|am\b)", re.I),
}
# the kind said, by language, kind and the one's gender
_KIND = {
    ("es", "alarm"): {"el": "el despertador", "la": "la alarma"},
    ("es", "reminder"): {"el": "el recordatorio"},
    ("es", "timer"): {"el": "el temporizador"},
    ("es", "event"): {"la": "la cita", "el": "el evento"},
    ("it", "alarm"): {"quella": "la sveglia"},
    ("it", "reminder"): {"quello": "il promemoria"},
    ("it", "timer"): {"quello": "il timer"},
    ("it", "event"): {"quello": "l'appuntamento"},
    ("fr", "alarm"): {"celui": "le réveil", "celle": "l'alarme"},
    ("fr", "reminder"): {"celui": "le rappel"},
    ("fr", "timer"): {"celui": "le minuteur", "celle": "la minuterie"},
    ("fr", "event"): {"celui": "le rendez-vous", "celle": "la réunion"},
    ("de", "alarm"): {"den": "den Wecker"},
    ("de", "reminder"): {"die": "die Erinnerung"},
    ("de", "timer"): {"den": "den Timer"},
    ("de", "event"): {"den": "den Termin"},
}


def with_kind(text: str, kind: str | None, lang: str) -> str | None:
    """``text`` with "the one" said as the ``kind`` talked about, or None."""
    pattern = _ONE.get(lang)
    m = pattern.match(text) if pattern is not None and kind else None
    said = _KIND.get((lang, kind or ""), {}).get(m["one"].lower()) if m else None
    if m is None or said is None:
        return None
    return f"{m['lead']}{said} {text[m.end():]}"


# "the one of" said of a list, after one was talked about: "¿y en la de tareas?", "et sur
# celle des courses ?", "e quella della spesa?"
_ONE_LIST = {
    "es": (re.compile(r"\b(?P<one>la)\s+(?=(?:de|del)\s+(?!(?:hoy|mañana|ayer|las?\s+\d)\b)\w)",
                      re.I), "la lista"),
    "fr": (re.compile(r"\b(?P<one>celle)\s+(?=(?:de|des|du)\s+\w|d')", re.I), "la liste"),
    "it": (re.compile(r"\b(?P<one>quella)\s+(?=(?:di|della|delle|dei|del)\s+\w)", re.I),
           "la lista"),
}
# (a list read with its own word: "¿y en la lista de tareas?" names one already)
_LIST_SAID = re.compile(r"\b(?:lista|liste)\b", re.I)


# the to-do list called by its short name, after a list was talked about: "Et sur la
# to-do ?", "¿Y en la to-do?", "E nella to-do?", "Und auf der To-do?"
# (said apart: Spanish and Italian "todo" is "all": "quita todo menos los plátanos")
_TO_DO = re.compile(r"(?<![\w-])(?P<one>to[ -]do)(?![\w-])(?!\s*-?\s*list)", re.I)
_TO_DO_LIST = {"fr": "liste to-do", "es": "lista to-do", "it": "lista to-do",
               "de": "To-do-Liste"}


def _to_do_named(text: str, lang: str) -> str | None:
    """``text`` with the to-do list's short name said as the list, or None."""
    m = _TO_DO.search(text) if lang in _TO_DO_LIST else None
    if m is None:
        return None
    return f"{text[:m.start('one')]}{_TO_DO_LIST[lang]}{text[m.end():]}"


# the shopping said without "list", after a list was talked about: "E sulla spesa?", "¿Y en
# la compra?", "Et pour les courses ?", "Und beim Einkaufen?" (read alone, "la spesa" was
# no list)
_SHOPPING = {
    "it": (re.compile(r"\b(?:la\s+)?spesa\b", re.I), "lista della spesa"),
    "es": (re.compile(r"\bla\s+compra\b", re.I), "lista de la compra"),  # (not "compra pan")
    "fr": (re.compile(r"\bles\s+courses\b", re.I), "la liste de courses"),
    "de": (re.compile(r"\b(?:beim|fürs|zum)\s+einkauf(?:en)?\b", re.I), "auf der Einkaufsliste"),
}


def _shopping_named(text: str, lang: str) -> str | None:
    """``text`` with the shopping, said alone, said as the shopping list, or None."""
    pattern, said = _SHOPPING.get(lang, (None, ""))
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return None
    if lang in ("it", "es"):  # "sulla spesa" → "sulla lista della spesa"
        said = said if m[0].lower().split()[0] != "la" else f"la {said}"
    return f"{text[:m.start()]}{said}{text[m.end():]}"


def with_list(text: str, kind: str | None, lang: str) -> str | None:
    """``text`` with "the one of …" said as "the list of …" (or the to-do list by its
    short name, the shopping said alone) after a list was talked about, or None."""
    if kind != "list" or len(text.split()) > 8 or _LIST_SAID.search(text):
        return None
    named = _to_do_named(text, lang)
    if named is not None:
        return named
    pattern, said = _ONE_LIST.get(lang, (None, ""))
    m = pattern.search(text) if pattern is not None else None
    if m is None:  # ("¿y en la de la compra?": the one of, said first)
        return _shopping_named(text, lang)
    return f"{text[:m.start('one')]}{said} {text[m.end():]}"


# "a new one", "another" said with a verb of making, of the kind just talked about: "Y poné
# una nueva para el miércoles a las diez" after an alarm was deleted is a new alarm (read
# alone, it was put in the calendar)
_NEW_ONE = {
    ("es", "alarm"): {"una nueva": "una nueva alarma", "otra": "otra alarma",
                      "otro": "otro despertador", "uno nuevo": "un despertador nuevo"},
    ("es", "reminder"): {"otro": "otro recordatorio", "uno nuevo": "un recordatorio nuevo"},
    ("es", "timer"): {"otro": "otro temporizador", "uno nuevo": "un temporizador nuevo"},
    ("fr", "alarm"): {"un nouveau": "un nouveau réveil", "un autre": "un autre réveil",
                      "une autre": "une autre alarme", "une nouvelle": "une nouvelle alarme"},
    ("fr", "reminder"): {"un autre": "un autre rappel", "un nouveau": "un nouveau rappel"},
    ("fr", "timer"): {"un autre": "un autre minuteur", "un nouveau": "un nouveau minuteur"},
    ("it", "alarm"): {"un'altra": "un'altra sveglia", "una nuova": "una nuova sveglia",
                      "una": "una sveglia"},
    ("it", "reminder"): {"un altro": "un altro promemoria", "uno nuovo": "un nuovo promemoria",
                         "uno": "un promemoria"},
    ("it", "timer"): {"un altro": "un altro timer", "uno nuovo": "un nuovo timer",
                      "uno": "un timer"},
    ("de", "alarm"): {"einen neuen": "einen neuen Wecker", "noch einen": "noch einen Wecker"},
    ("de", "reminder"): {"eine neue": "eine neue Erinnerung", "noch eine": "noch eine Erinnerung"},
    ("de", "timer"): {"einen neuen": "einen neuen Timer", "noch einen": "noch einen Timer"},
}
_MAKE = {"es": r"pon|ponme|pone|ponga|poné|poneme|crea|creá|programa|programá|configura",
         "fr": r"mets|mettez|mets-moi|mettez-moi|programme|crée|règle",
         "it": r"metti|mettimi|imposta|crea|programma|mettimene|mettine|fammene|creane",
         "de": r"stell|stelle|stell mir|mach|mach mir|setz"}


def new_of_kind(text: str, kind: str | None, lang: str) -> str | None:
    """``text`` with "a new one" said as one of the ``kind`` talked about, or None."""
    said = _NEW_ONE.get((lang, kind or ""))
    if not said:
        return None
    m = re.search(rf"\b(?:{_MAKE[lang]})\s+(?:(?:mir|mi|me|moi)\s+)?(?P<one>"
                  + "|".join(re.escape(k) for k in sorted(said, key=len, reverse=True))
                  + r")(?![\w'])(?!\s+(?:alarma|despertador|recordatorio|temporizador|réveil|alarme|"
                    r"rappel|minuteur|sveglia|promemoria|timer|wecker|erinnerung)\b)", text, re.I)
    if m is None:
        return None
    return f"{text[:m.start('one')]}{said[m['one'].lower()]}{text[m.end('one'):]}"
