"""One of the user's things named by a word of it with its kind left out, in five
languages: "move the swimming one to eleven", "déplace celui de la natation à onze
heures", "mueve la de natación a las once", "E quella del nuoto spostala alle undici",
"schieb den vom Schwimmen auf elf", "e quello per il biglietto di Sam?" — its kind said back in ("the swimming alarm", "le
réveil de la natation", "la alarma de natación", "la sveglia del nuoto", "den Wecker vom
Schwimmen").

``said(text, lang)`` finds the words ("the swimming one": "swimming"); :func:`with_kind`
puts the kind in when the word names things of one kind only (an alarm's label, a
reminder's, a timer's or an event's words) and otherwise leaves ``text`` as it was ("the
dentist one" names a reminder and an appointment).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hark.text.clean import unaccented

_STOP = (r"(?!(?:first|second|third|last|other|new|old|next|same|early|earlier|late|later|"
         r"morning|evening|night|afternoon|weekday|weekend|daily|one-off|right|wrong|big|"
         r"small|long|short|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
         r"twelve|half|quarter|la|las|los|le|les|der|die|das|den|dem)\b)")
_SAID = {
    "en": rf"\bthe\s+{_STOP}(?P<w>[a-z][\w'-]+)\s+one\b",
    "fr": rf"\b(?P<one>celui|celle)\s+(?P<of>de la|du|de l'|des|de)\s*{_STOP}(?P<w>[^\W\d][\w'-]+)",
    "es": rf"\b(?P<one>el|la)\s+(?P<of>de la|del|de)\s+{_STOP}(?P<w>[^\W\d][\w'-]{{3,}})",
    "it": rf"\b(?P<one>quella|quello)\s+(?P<of>della|dello|del|dei|delle|di|per il|per la|per lo|per i|per le|"
          rf"per gli|per l')(?:(?<=')|\s+){_STOP}"
          rf"(?P<w>[^\W\d][\w'-]+)",
    "de": rf"\b(?P<one>den|die|das|der)\s+(?P<of>vom|von der|fürs|für die|für den|mit dem|"
          rf"mit der)\s+{_STOP}(?P<w>[^\W\d][\w'-]+)",
}
_SAID_RE = {lang: re.compile(rx, re.I) for lang, rx in _SAID.items()}
# the kind said in, with its article (and for English, its place after the word)
_KIND = {
    "alarm": {"en": "alarm", "fr": "le réveil", "es": "la alarma", "it": "la sveglia",
              "de": "den Wecker"},
    "reminder": {"en": "reminder", "fr": "le rappel", "es": "el recordatorio",
                 "it": "il promemoria", "de": "die Erinnerung"},
    "timer": {"en": "timer", "fr": "le minuteur", "es": "el temporizador", "it": "il timer",
              "de": "den Timer"},
    "event": {"en": "appointment", "fr": "le rendez-vous", "es": "la cita",
              "it": "l'appuntamento", "de": "den Termin"},
}


# a preposition and the kind's article said as one
_JOINED = {
    "it": {("a", "il"): "al", ("di", "il"): "del", ("da", "il"): "dal", ("su", "il"): "sul",
           ("in", "il"): "nel", ("a", "la"): "alla", ("di", "la"): "della",
           ("da", "la"): "dalla", ("su", "la"): "sulla", ("in", "la"): "nella"},
    "es": {("a", "el"): "al", ("de", "el"): "del"},
    "fr": {("à", "le"): "au", ("de", "le"): "du"},
}


# what the readers of "all but one" and "the same time as" read with the phrase as it is
_KEPT_AFTER = re.compile(r"(?:tranne|eccetto|except(?: for)?|but|bis auf|außer|ausser|sauf|"
                         r"à part|menos|excepto|salvo|stess'ora di|stessa ora di|same time as|"
                         r"même heure que|misma hora que|gleichen zeit wie|wie|come|as|que)\s*$",
                         re.I)


# the words that name the shopping or the to-do list: "the one of" them is a list ("¿y en la
# de la compra?" is the shopping list, not the reminder to buy a card)
_LIST_NAMES = re.compile(r"(?:shopping|to-?do|compra|tareas|pendientes|courses|tâches|taches|"
                         r"spesa|cose|einkauf|einkäufe|aufgaben)", re.I)


def said(text: str, lang: str) -> re.Match[str] | None:
    """Where ``text`` names a thing by a word of it with "one" for its kind, or None."""
    rx = _SAID_RE.get(lang)
    m = rx.search(text) if rx is not None else None
    if m is None or _KEPT_AFTER.search(text[:m.start()]) or _LIST_NAMES.fullmatch(m["w"]):
        return None
    return m


def _same(a: str, b: str) -> bool:
    a, b = unaccented(a.lower()), unaccented(b.lower())
    short = min(len(a), len(b))
    return short >= 4 and a[:short] == b[:short] and abs(len(a) - len(b)) <= 3


def with_kind(text: str, m: re.Match[str], lang: str,
              things: Iterable[tuple[str, str]]) -> str:
    """``text`` with the kind of the one thing ``m``'s word names said in; ``things`` are
    (kind, words) of the user's alarms, reminders, timers and events."""
    word = m["w"]
    kinds = {kind for kind, words in things
             if any(_same(word, w) for w in re.findall(r"[^\W\d][\w'-]*", words))}
    if len(kinds) != 1:
        return text
    kind = _KIND[kinds.pop()][lang]
    if lang == "en":
        named = f"the {word} {kind}"
    else:
        sep = "" if m["of"].endswith("'") else " "  # ("de l'" runs into its word)
        named = f"{kind} {m['of']}{sep}{word}"
    before = text[:m.start()]
    last = re.search(r"(\w+)\s+$", before)
    head, _, rest = named.partition(" ")
    joined = _JOINED.get(lang, {}).get((last.group(1).lower(), head.lower())) \
        if last is not None and rest else None
    if joined is not None:  # "aggiungi cinque minuti a il timer …": "al timer"
        return f"{before[:last.start()]}{joined} {rest}{text[m.end():]}"
    return before + named + text[m.end():]


# a thing named, then said again between commas by "the one of" a clock or a word: "le
# réveil de demain, celui de 7h15, à 8h", "la alarma de mañana, la de las 7:15, a las 8",
# "la sveglia di domani, quella delle 7:15, alle 8"
_KIND_WORD = (r"réveil|alarme|rappel|minuteur|rendez-vous|alarma|despertador|recordatorio|"
              r"temporizador|cita|sveglia|promemoria|timer|appuntamento")
_RESTATED = re.compile(
    rf"(?P<kind>\b(?:{_KIND_WORD})\b)(?P<rest>[^,;.?!]{{0,30}}?)\s*,\s*"
    r"(?:celui|celle|el|la|quell[oa])\s+(?P<of>de las|de la|de l'|della|dello|delle|dei|del|"
    r"des|du|de|d'|di)\b\s*(?P<what>[^,;.?!]{1,25}?)\s*,\s*", re.I)


def restated(text: str) -> str:
    """``text`` with a thing said again by "the one of …" between commas joined onto it
    ("décale le réveil de demain, celui de 7h15, à 8h" → "décale le réveil de 7h15 de
    demain à 8h", the one of it next to its kind); said apart, "celui de 7h15" was a request of its own and the alarm to
    move was asked again."""
    return _RESTATED.sub(lambda m: f"{m['kind']} {m['of']}{'' if m['of'].endswith(chr(39)) else ' '}"
                                   f"{m['what']}{m['rest']} ", text)
