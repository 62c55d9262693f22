"""Words the timer skill reads in a busy kitchen, in English, German, French, Spanish and
Italian: a timer given a name after it was set ("Call that one flapjacks", "nenn den man
Kartoffeln", "Ponele de nombre milanesas", "Chiamalo brasato"), every running timer meant
at once ("add two minutes to both", "à chacun des deux minuteurs"), and which one goes off
first ("Which one's going to beep first?", "¿Cuál va a sonar primero?").
"""

from __future__ import annotations

import re

from hark.skills.providers.slots import clean

# hassil templates of the timer_rename intent (matched before the model, any language);
# the timer is the one named, else the one the session last set or changed
_OPEN = ("[(oh|ah|ach|ach ja|ja|and|und|et|y|e|okay|ok|right|so|alright|also|bon|bueno|vale|"
         "va bene|allora|dann|puis|oh and|and um|um)]")
RENAME_TEMPLATES = [
    f"{_OPEN} (call|name|rename|label) (it|that one|this one|the timer|that timer|this timer|"
    "the new one|the new timer|the last one) [to|as] {new_name}",
    f"{_OPEN} (let's|lets) (call|name) (it|that one|this one|the timer) {{new_name}}",
    f"{_OPEN} rename the {{timer_name}} timer [to|as] {{new_name}}",
    f"{_OPEN} (nenn|nenne|benenn|benenne|tauf|taufe) (ihn|den|es|den Timer|den neuen) [man] "
    "[mal] [doch] [bitte] {new_name}",
    f"{_OPEN} (appelle-le|appelle le|appelez-le|appelez le|nomme-le|nomme le|nommez-le|"
    "nommez le|renomme-le|renommez-le|baptise-le) {new_name}",
    f"{_OPEN} (ponele|ponle|pónle|pónele|póngale|ponga) (de nombre|el nombre|nombre) "
    "{new_name}",
    f"{_OPEN} (llámalo|llamalo|llámale|llámelo|nómbralo) {{new_name}}",
    f"{_OPEN} (chiamalo|chiamala|chiamiamolo|rinominalo|dagli il nome|dàgli il nome) "
    "{new_name}",
]

# what may trail the new name: "flapjacks, please", "Kartoffeln, danke"
_TRAILING = re.compile(r"[\s,.!?]*(?:\b(?:please|thanks|thank you|bitte|danke|s'il te plaît|"
                       r"s'il vous plaît|merci|por favor|porfa|gracias|per favore|grazie)\b"
                       r"[\s,.!?]*)*$", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an|der|die|das|le|la|les|l'|el|los|las|il|lo|i|gli)\s*"
                      r"(?<=\s|')", re.I)


def new_name(said: str) -> str:
    """The name a timer is to be given, as said ("flapjacks, please": "flapjacks"); ""
    when it is no name (empty, or more than four words)."""
    name = _ARTICLE.sub("", _TRAILING.sub("", said.strip())).strip(" ,.!?\"'«»“”")
    name = re.sub(r"^(?:timer|minuteur|temporizador)\s+", "", name, flags=re.I)
    return name if name and len(name.split()) <= 4 else ""


# every timer at once: "both", "the two of them", "each", "beide", "chacun des deux",
# "a los dos", "a tutti e due"
_EVERY_TIMER = re.compile(
    r"\b(?:both|all|every|each|the two of them|the pair of them|beide\w*|alle\w*|jede[nm]?|"
    r"chacun\w*|les deux|tous|toutes|ambos|ambas|los dos|las dos|todos|todas|a cada|"
    r"entrambi|entrambe|tutti|tutte|tutti e due|tutte e due|ciascuno)\b", re.I)


def every_timer(text: str) -> bool:
    return _EVERY_TIMER.search(clean(text)) is not None


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
