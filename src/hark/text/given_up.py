"""A request given up in the same breath, in five languages: "Stell mir 'nen Wecker um
acht … ach nee, wir fahren erst nachmittags. Vergiss es.", "Ajoute au calendrier le
marché de Noël, samedi à… ah non, laisse tomber, on n'a pas la date", "Pon un
temporizador de diez minutos… ay, no, déjalo, que ya está", "Aggiungi la cena di lunedì
alle otto… anzi no, lascia stare, non so se vengono", "Remind me at 12 to post the
cards, oh, forget it, I've posted them".

The request had been carried out with the giving up read as part of its words (an
event titled "… laisse tomber …", a timer set). ``given_up(text)`` returns the giving up
in its plain words ("vergiss es", "olvídalo"), which the dialogue reads as "never mind" — or, when a new request
follows it ("…, vergiss es, stell ihn lieber auf neun"), that request; else ``text``.
"""

from __future__ import annotations

import re

# the words of giving up, said as a clause of their own: "vergiss es", "laisse tomber",
# "déjalo", "olvídalo", "no borres nada", "lascia stare", "forget it" (not "laisse tomber
# le bain", "vergiss es nicht", "déjalo correr": they go on)
_GIVE_UP: dict[str, str] = {
    "never mind": r"forget it|forget that|forget about it|never mind|nevermind|scrap that|"
                  r"don't bother",
    "vergiss es": r"vergiss es|vergiss das|vergiss's|vergiss|lass es|lass mal|lass gut sein|"
                  r"lass es sein",
    "laisse tomber": r"laisse tomber|laisse|oublie ça|oublie|on oublie",
    "olvídalo": r"déjalo|dejalo|déjala|dejala|olvídalo|olvidalo|olvídala|olvídate|olvidate|"
                r"no borres nada|no pongas nada|no hagas nada",
    "lascia stare": r"lascia stare|lascia perdere|lasciamo stare|lasciamo perdere|lascia|"
                    r"scordatelo|non fare niente|non cancellare niente|non mettere niente",
}
# words said on the way to giving up: "ach nee, Quatsch", "ah non, en fait", "ay, no",
# "uy, no, espera", "nada", "anzi no", "oh", "actually"
_ON_THE_WAY = (r"oh|ah|ach|ay|uy|ups|no|non|nee|nein|nö|quatsch|anzi|en fait|finalement|"
               r"actually|wait|no wait|espera|attends|aspetta|nada|niente|rien|bah|mah|"
               r"bueno|pues|mejor|also|äh|ähm|euh|eh|ehm|sorry|perdona|pardon|scusa|well|"
               r"ok|okay|vale|bon|allora|doch|weißt du was|tu sais quoi|sabes qué|sai che")
# each language's words in a group of its own (g0 …), to say them back plainly
_UP = "|".join(f"(?P<g{n}>{words})" for n, words in enumerate(_GIVE_UP.values()))
_GIVING_UP = re.compile(
    rf"(?:^|(?<=[,.;:!?…—–]))\s*(?:(?:{_ON_THE_WAY})\b[\s,.!…]*){{0,4}}"
    rf"(?:{_UP})(?![\w'])\s*(?:[,.;:!?…—–]+|$)(?=(?P<rest>.*))", re.I | re.S)
# the request said anew after the giving up: "…, vergiss es, stell ihn lieber auf neun"
_ASKED_ANEW = re.compile(
    r"^\s*(?:set|add|put|make|remind|move|change|create|start|"
    r"stell|setz|mach|trag|erinner|schreib|leg|schieb|verschieb|"
    r"mets|ajoute|crée|rappelle|programme|règle|déplace|"
    r"pon|ponme|pónmelo|ponlo|añade|apunta|crea|recuérdame|mueve|cambia|"
    r"metti|mettimi|aggiungi|crea|ricordami|imposta|sposta|cambia|segna)\b", re.I)


def given_up(text: str) -> str:
    """The giving up alone (or the request said anew after it) when a request is given up
    after it is begun; ``text`` unchanged otherwise."""
    for m in _GIVING_UP.finditer(text):
        before = text[:m.start()].strip(" ,.;:!?…—–")
        if len(before.split()) < 2:  # said first: the dialogue's own "never mind"
            continue
        rest = m.group("rest").strip(" ,.;:!?…—–")
        if rest and _ASKED_ANEW.match(rest):
            return rest
        said = next(n for n in range(len(_GIVE_UP)) if m.group(f"g{n}"))
        return list(_GIVE_UP)[said]
    return text
