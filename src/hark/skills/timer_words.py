"""Words the timer skill reads in a busy kitchen, in English, German, French, Spanish and
Italian: a timer given a name after it was set ("Call that one flapjacks", "nenn den man
Kartoffeln", "Ponele de nombre milanesas", "Chiamalo brasato"), every running timer meant
at once ("add two minutes to both", "à chacun des deux minuteurs"), and which one goes off
first ("Which one's going to beep first?", "¿Cuál va a sonar primero?").
"""

from __future__ import annotations

import re

from hark.skills.providers.slots import clean
from hark.text.clean import COURTESY

# names people use for the same timer
SAME_NAME = {"washing": "laundry", "laundry": "washing", "wash": "laundry",
             # the machine for what it washes: "der Timer für die Waschmaschine" is the
             # Wäsche one, "il timer della lavatrice" the bucato one
             "waschmaschine": "wäsche", "lave-linge": "lessive", "lavadora": "colada",
             "lavatrice": "bucato",
             # Río de la Plata "lavarropas", Québec "laveuse"
             "lavarropas": "colada", "lavarropa": "colada", "laveuse": "lessive"}

# hassil templates of the timer_rename intent (matched before the model, any language):
# the plain request in each language; :func:`renamed` says the colloquial ones so, right
# after a turn about a timer
RENAME_TEMPLATES = [
    "rename the timer [to|as] {new_name}",
    "rename the {timer_name} timer [to|as] {new_name}",
    "benenne den Timer um in {new_name}",
    "renomme le minuteur en {new_name}",
    "cambia el nombre del temporizador a {new_name}",
    "rinomina il timer in {new_name}",
    "benenne den {timer_name}-Timer um in {new_name}",
    "renomme le minuteur {timer_name} en {new_name}",
    "cambia el nombre del temporizador de {timer_name} a {new_name}",
    "rinomina il timer {timer_name} in {new_name}",
]
_RENAME_SAID = {"en": "rename the timer to {name}", "de": "benenne den Timer um in {name}",
                "fr": "renomme le minuteur en {name}",
                "es": "cambia el nombre del temporizador a {name}",
                "it": "rinomina il timer in {name}"}
# the timer talked about, by its name: "call that one sea bass" after "Your gnocchi timer
# goes off first"
_RENAME_OF = {"en": "rename the {old} timer to {name}", "de": "benenne den {old}-Timer um in {name}",
              "fr": "renomme le minuteur {old} en {name}",
              "es": "cambia el nombre del temporizador de {old} a {name}",
              "it": "rinomina il timer {old} in {name}"}
# the colloquial ways: "Call that one flapjacks", "nenn den man Kartoffeln", "Ponele de
# nombre milanesas", "Chiamalo brasato", "appelle-le gratin"
_OPENER = (r"^(?:(?:oh|ah|ach|ach ja|ja|and|und|et|y|e|okay|ok|right|so|alright|also|bon|"
           r"bueno|vale|va bene|allora|dann|puis|um)[\s,]+)*")
_CALLED = {
    "en": r"(?:(?:let's|lets)\s+)?(?:call|name|rename|label)\s+(?:it|that one|this one|the timer|"
          r"that timer|this timer|the new one|the new timer|the last one)\s+(?:to\s+|as\s+)?",
    "de": r"(?:nenn|nenne|benenn|benenne|tauf|taufe)\s+(?:ihn|den|es|den timer|den neuen)\s+"
          r"(?:(?:man|mal|doch|bitte)\s+)*",
    "fr": r"(?:appelle|appelez|nomme|nommez|renomme|renommez|baptise)[- ](?:le|la)\s+",
    "es": r"(?:(?:ponele|ponle|pónle|pónele|póngale|ponga)\s+(?:de nombre|el nombre|nombre)|"
          r"llámalo|llamalo|llámale|llámelo|nómbralo)\s+",
    "it": r"(?:chiamalo|chiamala|chiamiamolo|rinominalo|dagli il nome|dàgli il nome)\s+",
}


def renamed(text: str, lang: str, old: str = "") -> str | None:
    """The plain rename request ``text`` says ("Chiamalo brasato": "rinomina il timer in
    brasato"), of the timer called ``old`` when it has a name, or None."""
    if lang not in _CALLED:
        return None
    for code in (lang, *(c for c in _CALLED if c != lang)):  # ("appelle-le spaghetti" may
        # be taken for Italian)
        m = re.match(_OPENER + _CALLED[code] + r"(?P<name>.+)$", text.strip(), re.I)
        name = new_name(m.group("name")) if m else ""
        if name:
            return (_RENAME_OF if old else _RENAME_SAID)[code].format(name=name, old=old)
    return None


# what may trail the new name: "flapjacks, please", "Kartoffeln, danke"
_TRAILING = re.compile(rf"[\s,.!?]*(?:\b(?:{COURTESY})\b[\s,.!?]*)*$", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an|der|die|das|le|la|les|l'|el|los|las|il|lo|i|gli)\s*"
                      r"(?<=\s|')", re.I)


def new_name(said: str) -> str:
    """The name a timer is to be given, as said ("flapjacks, please": "flapjacks"); ""
    when it is no name (empty, or more than four words)."""
    name = _ARTICLE.sub("", _TRAILING.sub("", said.strip())).strip(" ,.!?\"'«»“”")
    name = re.sub(r"^(?:timer|minuteur|temporizador)\s+", "", name, flags=re.I)
    return name if name and len(name.split()) <= 4 else ""


# "all" that is not all of them: "I don't need it after all", "not at all", "all right"
ALL_IDIOMS = re.compile(r"\b(?:after all|at all|all right|all day|all week|all night|"
                        r"all the time|all in all|first of all|all set|all good|"
                        r"all done|that's all|is all)\b")


# every timer at once: "both", "the two of them", "each", "beide", "chacun des deux",
# "a los dos", "a tutti e due"
_EVERY_TIMER = re.compile(
    r"\b(?:both|all|every|each|the two of them|the pair of them|beide\w*|alle\w*|jede[nm]?|"
    r"chacun\w*|les deux|tous|toutes|ambos|ambas|los dos|las dos|todos|todas|a cada|"
    r"entrambi|entrambe|tutti|tutte|tutti e due|tutte e due|ciascuno)\b", re.I)


def every_timer(text: str) -> bool:
    return _EVERY_TIMER.search(ALL_IDIOMS.sub(" ", clean(text))) is not None


# which goes off first: "which one's going to beep first", "what's next to go off",
# "welcher klingelt zuerst", "lequel va sonner en premier", "¿cuál va a sonar primero?",
# "quale suona prima?"
_FIRST = re.compile(
    r"\b(?:which|what|what's|whats|welche\w*|wer|lequel|laquelle|quel\w*|qui|cu[aá]l\w*|"
    r"qu[eé]|quale|qual|chi)\b.*\b(?:first|next|soonest|sooner|zuerst|als erste\w*|"
    r"als nächste\w*|en premier|le premier|la première|d'abord|primero|antes|prima|"
    r"per prim[oa])\b", re.I)


def first_asked(text: str) -> bool:
    return _FIRST.search(clean(text)) is not None
