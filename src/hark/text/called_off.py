"""A request called off in the same breath, in five languages: "Erinner mich heute Abend
um neun, dass ich Papa anrufe. Ach nee, weißt du was, vergiss es, ich ruf ihn gleich an",
"Mets un réveil à six heures… non, laisse tomber, je me lèverai tout seul", "Ponme una
alarma a las siete. Bueno, no, olvídalo", "Ricordami di comprare il pane, anzi no, lascia
perdere, ci passo io adesso", "Set a timer for ten minutes, actually, never mind".

Read whole, the request was carried out and the words calling it off became part of it (a
reminder "… Ach nee, weißt du was, vergiss es …"). ``called_off(text)`` returns the plain
"never mind" of the turn's language when a request is followed, after a pause, by words
that call it off and at most why (a clause that opens with who does it: "ich ruf ihn …",
"I'll do it myself"; in English any remark that asks for nothing: "Put wrapping paper on
the shopping list. Actually, don't bother, I've just found a roll in the loft."); else
``text``. The plain words are ones the undo reader does not
take for "undo that" (the request was never carried out: nothing before it is undone).
"""

from __future__ import annotations

import re

from hark.dialogue.compound import language_of

# "forget it", said after the request: "vergiss es", "laisse tomber", "olvídalo",
# "lascia perdere", "never mind"
_OFF = {
    "en": r"forget (?:it|that|about it)|never ?mind|scrap that|scratch that|cancel that|"
          r"don't bother|do not bother|don't worry about it|leave it",
    "de": r"vergiss (?:es|das|des)|lass (?:es|das|gut sein)|lass mal|doch nicht",
    "fr": r"laisse tomber|laissez tomber|oublie(?:z)?(?: ça| ca)?|annule",
    "es": r"olv[ií]dalo|olvida eso|d[eé]jalo|mejor no|no importa|d[eé]jalo estar",
    "it": r"lascia (?:perdere|stare)|lasciamo (?:perdere|stare)|scordatelo|niente|non importa",
}
# hesitation and "no", said before the words that call it off: "Ach nee, weißt du was, …"
_BEFORE = {
    "en": r"oh|ah|no|nah|wait|actually|you know what|hmm|um|sorry|on second thought",
    "de": r"ach|oh|äh|ähm|nee|nein|ne|weißt du was|weisst du was|warte|moment|sorry|hm+|"
          r"na|also",
    "fr": r"ah|oh|euh|non|attends|tu sais quoi|en fait|bon|finalement|pardon",
    "es": r"ah|oh|eh|bueno|no|espera|sabes qué|sabes que|pensándolo bien|pensandolo bien|"
          r"perdona|mira|al final",
    "it": r"ah|oh|eh|ehm|no|anzi|aspetta|sai che c'è|sai cosa|pensandoci bene|scusa|"
          r"guarda|alla fine",
}
# why, said after: a clause that opens with who does it ("ich ruf ihn gleich an", "je le
# ferai", "lo hago yo", "ci passo io", "I'll call him now")
_WHY = {
    "en": r"i|i'll|i'm|i've|we|we'll|she|he|they|it's|that's",
    "de": r"ich|ick|wir|er|sie|das|des|dat|mach|mache|ruf|geh|hab|bin",
    "fr": r"je|j'|on|il|elle|c'est|ça",
    "es": r"ya|yo|lo|la|le|me|que|mejor|voy|llamo|paso",
    "it": r"lo|la|ci|gli|le|che|tanto|ho|sono|vado|chiamo|passo|io",
}
_PLAIN = {"en": "Never mind.", "de": "Lass gut sein.", "fr": "Laisse tomber.", "es": "Mejor no.",
          "it": "Lascia stare."}
_PAUSE = r"(?:\.{1,3}|…|[,;!?—–-])"
_CALLED_OFF = {
    lang: re.compile(
        rf"^(?P<asked>.*?\w.*?){_PAUSE}\s*(?:(?:{_BEFORE[lang]})\b[\s,.…!-]*)*"
        rf"(?:{_OFF[lang]})\b[\s,.…!]*(?:(?:{_WHY[lang]})(?:\b|(?<=')).*)?$",
        re.I | re.S)
    for lang in _OFF}


# (English) the words that call it off, then any remark that asks for nothing: "Remind me
# … tomorrow at 12, oh, forget it, I've already got a book of them", "…. Actually, don't
# bother, Mum still has it in her tea"
_OFF_THEN_REMARK = re.compile(
    rf"^(?P<asked>\S.{{6,}}?)\s*(?:[,.;!]|\s[-–—])\s*(?:(?:{_BEFORE['en']})[\s,.!]+)*"
    rf"(?:{_OFF['en']})(?=\s*(?:[,.;!?]|\s[-–—]|$))(?P<rest>.*)$", re.I | re.S)
# a change of what was called off said after it: "… forget that, set it for 7:30"
_POINTS_BACK = re.compile(r"(?:make|set|change|move|put|push|do)\s+(?:it|that|one)\b", re.I)


def called_off(text: str) -> str:
    """``text``, or the plain "never mind" when its request is called off after it."""
    lang = language_of(text)
    pattern = _CALLED_OFF.get(lang)
    if pattern is None:
        return text
    m = pattern.match(text.strip())
    if m is not None and len(m["asked"].split()) >= 3:
        return _PLAIN[lang]
    return _PLAIN[lang] if lang == "en" and _off_then_remark(text) else text


def _off_then_remark(text: str) -> bool:
    """Whether an English request is called off and what follows asks for nothing (a
    request said after it is a correction, read as one)."""
    from hark.dialogue.compound import opens_request

    m = _OFF_THEN_REMARK.match(text.strip())
    if m is None or not opens_request(m["asked"], False):
        return False
    rest = re.sub(r"^(?:(?:and|just|instead|actually|so)\s+)+", "",
                  m["rest"].strip(" ,.;!-–—"), flags=re.I)
    return not (rest and (opens_request(rest, False) or _POINTS_BACK.match(rest)))
