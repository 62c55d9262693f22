"""The removal just done (or a timer paused or started again), said again for another thing
without its verb (five languages): "Oh and the bread." after "Tick off milk from my shopping list", "OK, and the
passport one." after a look at what is left, "and the swimming one" after an alarm was
switched off; "die Milch auch", "die für die Geburtstagskarte a" (Austrian "auch"),
"les bananes aussi tant qu'à faire", "y el lavavajillas también, que ya lo he comprado",
"e pure quello del dentista"; "und den von der Wäsche gleich auch" after "pausier mal den
Nudeltimer".

``also_this(text, state, lang)`` returns the request said in full ("remove the bread from
my shopping list", "lösch die Erinnerung für die Geburtstagskarte"), or None. The turn
must say "and" or "too" and nothing but the thing; the last change of the session must
have been a removal, and the thing the kind of thing it removed.
"""

from __future__ import annotations

import re
from typing import Any

from hark.dialogue.focus import list_words
from hark.dialogue.follow_on import own_request
from hark.dialogue.state import DialogueState

MAX_WORDS = 6

_AND = {"en": r"and|also|plus", "de": r"und", "fr": r"et|puis|pis", "es": r"y|e",
        "it": r"e|ed|poi"}
_TOO_FIRST = {"en": r"too", "de": r"auch", "fr": r"aussi", "es": r"también|tambien",
              "it": r"anche|pure"}
_FILLER = {"en": r"oh|ok|okay|right|so|then|yeah|um+|er+", "de": r"ach|oh|ok|okay|also|dann|na|äh+",
           "fr": r"oh|ok|okay|alors|bon|euh", "es": r"oh|ok|vale|bueno|pues|eh",
           "it": r"oh|ok|okay|allora|beh|ehm"}
_TOO = {"en": r"too|as well|also|please|while you'?re at it|sweet as|cheers|thanks|mate",
        "de": r"auch|a|noch|bitte|gleich|wenn du schon dabei bist",
        "fr": r"aussi|également|tant qu'(?:à|a) (?:faire|y être)|stp|s'il te plaît|pendant que tu y es",
        "es": r"también|tambien|por favor|ya que estás|ya que estas",
        "it": r"anche|pure|per favore|già che ci sei|gia che ci sei"}
# a reason said after the thing: "…, que ya lo he comprado", "because I've got some"
REASON = re.compile(r"(?:[,;]\s*|\s+)(?:because|cause|'cause|since|as i|weil|denn|da ich|"
                     r"parce que|car|puisque|j'en ai|que ya|que me|porque|ya lo|perché|che ce l'ho|"
                     r"tanto)\b.*$", re.I)
# what each language says to take a thing away, by kind
_REMOVE = {
    "en": {"list": "remove {x} from my {list}", "alarm": "turn off {x}", "reminder": "delete {x}",
           "event": "cancel {x}", "timer": "cancel {x}"},
    "de": {"list": "nimm {x} von der {list}", "other": "lösch {x}"},
    "fr": {"list": "enlève {x} de la {list}", "other": "supprime {x}"},
    "es": {"list": "quita {x} de la {list}", "other": "borra {x}"},
    "it": {"list": "togli {x} dalla {list}", "other": "cancella {x}"},
}
# the kind of thing, named ("the swimming one" → "the swimming alarm")
_NOUN = {
    "en": {"alarm": "alarm", "reminder": "reminder", "event": "event", "timer": "timer"},
    "de": {"alarm": "den Wecker", "reminder": "die Erinnerung", "event": "den Termin",
           "timer": "den Timer"},
    "fr": {"alarm": "l'alarme", "reminder": "le rappel", "event": "l'événement",
           "timer": "le minuteur"},
    "es": {"alarm": "la alarma", "reminder": "el recordatorio", "event": "el evento",
           "timer": "el temporizador"},
    "it": {"alarm": "la sveglia", "reminder": "il promemoria", "event": "l'evento",
           "timer": "il timer"},
}
# "die …", "celui de …", "el de …", "quello del …": the thing said by its article
_THE = {"de": r"die|den|der|das|dem|diejenige|denjenigen",
        "fr": r"celui(?:-là)?|celle(?:-là)?|le|la|l'|les",
        "es": r"el|la|lo|los|las|esa|ese", "it": r"quello|quella|il|lo|la|l'"}
_KIND_SAID = re.compile(r"\b(?:alarm|reminder|event|timer|appointment|meeting|wecker|erinnerung|"
                        r"termin|réveil|alarme|rappel|minuteur|événement|alarma|recordatorio|"
                        r"temporizador|evento|cita|sveglia|promemoria|appuntamento|list|liste|"
                        r"lista)\b", re.I)
_QUESTION = re.compile(r"^(?:(?:and|und|et|y|e|oh|ok|okay)[\s,]+)?(?:what|how|when|where|who|"
                       r"which|is|are|do|does|can|was|wie|wann|wo|wer|welche\w*|quoi|quel\w*|"
                       r"comment|quand|où|qui|qu'est|est-ce|qué|que|cómo|cuándo|dónde|quién|"
                       r"cuál|cosa|che|come|quando|dove|chi|qual\w*)\b", re.I)
_REMOVALS = {"lists_remove": "list", "alarm_remove": "alarm", "calendar_remove": "",
             "timer_remove": "timer", "timer_pause": "timer", "timer_resume": "timer"}
# a timer paused or started again, for another one: "und den von der Wäsche gleich auch"
_PAUSED = {
    "timer_pause": {"en": "pause {x}", "de": "pausier {x}", "fr": "mets {x} en pause",
                    "es": "pausa {x}", "it": "metti in pausa {x}"},
    "timer_resume": {"en": "resume {x}", "de": "setz {x} fort", "fr": "relance {x}",
                     "es": "reanuda {x}", "it": "fai ripartire {x}"},
}


def _last_removal(state: DialogueState) -> str | None:
    """The kind of thing the session's last change removed, or None when its last
    change was no removal."""
    intent = str((state.last_change() or {}).get("intent") or "")
    return intent if intent in _REMOVALS else None


def _thing(rest: str, kind: str, lang: str) -> str:
    """``rest`` named as a thing of ``kind`` ("the swimming one" → "the swimming alarm",
    "die für die Geburtstagskarte" → "die Erinnerung für die Geburtstagskarte")."""
    if _KIND_SAID.search(rest):
        return rest
    noun = _NOUN[lang][kind]
    if lang == "en":
        if re.search(r"\bone\b", rest):
            return re.sub(r"\bone\b", noun, rest, count=1)
        return f"{rest} {noun}"
    m = re.match(rf"(?:{_THE[lang]})(?:\s+|(?<=')\s*)", rest, re.I)
    return f"{noun} {rest[m.end():] if m else rest}"


def also_this(text: str, state: DialogueState, lang: str) -> str | None:
    """``text`` said in full as the last removal again, for the thing it names, or None."""
    focus: dict[str, Any] = state.focus or {}
    lang = lang if lang in _REMOVE else "en"
    removed = _last_removal(state)
    if removed is None:
        return None
    kind = _REMOVALS[removed] or str(focus.get("type") or "")
    if kind not in ("list", "alarm", "reminder", "event", "timer") or (
            kind == "list" and not focus.get("name")):
        return None
    if text.rstrip().endswith("?") or _QUESTION.match(text.strip(" ¿¡")):
        return None  # "and the weather?", "und was steht noch drauf"
    rest = REASON.sub("", text.strip()).strip(" ,.!?¿¡")
    said_again = False
    lead = re.compile(rf"^(?:{_AND[lang]}|{_TOO_FIRST[lang]}|{_FILLER[lang]})(?![\w'])[\s,]*",
                      re.I)
    for _ in range(4):
        m = lead.match(rest)
        if not m:
            break
        said_again = said_again or bool(re.match(rf"(?:{_AND[lang]}|{_TOO_FIRST[lang]})\b",
                                                 m.group(), re.I))
        rest = rest[m.end():]
    tail = re.compile(rf"[\s,]+(?:{_TOO[lang]})$", re.I)
    for _ in range(3):
        cut = tail.sub("", rest).strip(" ,.!?")
        if cut == rest:
            break
        said_again, rest = True, cut
    if not said_again or not rest or len(rest.split()) > MAX_WORDS or re.search(r"\d", rest):
        return None
    if own_request(rest, lang):
        return None
    if kind == "list":
        return _REMOVE[lang]["list"].format(x=rest, list=list_words(str(focus["name"]), lang))
    if removed in _PAUSED:
        return _PAUSED[removed][lang].format(x=_thing(rest, kind, lang))
    verbs = _REMOVE[lang]
    return verbs.get(kind, verbs.get("other", "")).format(x=_thing(rest, kind, lang))

