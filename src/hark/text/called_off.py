"""A request called off in the same breath, in five languages: "Erinner mich heute Abend
um neun, dass ich Papa anrufe. Ach nee, weißt du was, vergiss es, ich ruf ihn gleich an",
"Ajoute au calendrier le marché de Noël, samedi à… ah non, laisse tomber, on n'a pas la
date", "Pon un temporizador de diez minutos… ay, no, déjalo, que ya está", "Ricordami di
comprare il pane, anzi no, lascia perdere, ci passo io adesso", "Put wrapping paper on the
shopping list. Actually, don't bother, I've just found a roll in the loft."

Read whole, the request was carried out and the words calling it off became part of it (a
reminder "… Ach nee, weißt du was, vergiss es …", an event titled "… laisse tomber …").
``called_off(text)`` returns the plain "never mind" of the turn's language ("vergiss es",
"laisse tomber", "olvídalo", "lascia stare") when a request is followed, after a pause, by
words that call it off and at most why; the request said anew after them ("…, vergiss
es, stell ihn lieber auf neun"); else ``text``. The words alone, said first, are the
dialogue's own "never mind" and stay.
"""

from __future__ import annotations

import re

from hark.dialogue.compound import language_of

# "forget it", said after the request: "vergiss es", "laisse tomber", "olvídalo",
# "lascia perdere", "never mind"
_OFF = {
    "en": r"forget (?:it|that|about it)|never ?mind|scrap that|scratch that|"
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
# the plain words said back for the turn (the dialogue reads them as "never mind")
_PLAIN = {"en": "never mind", "de": "vergiss es", "fr": "laisse tomber", "es": "olvídalo",
          "it": "lascia stare"}
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


# (English) a request broken off with "no" and why, then another said: "remind me to buy
# Sam's card... no, I've already got that one. Just tell me when the bins reminder is."
_TAKEN_BACK = re.compile(
    r"^(?P<asked>\S.*?\w)\s*(?:\.{2,3}|…|,|\s[-–—])\s*(?:(?:oh|ah|wait|actually|hang on)[\s,]+)*"
    r"no\b[\s,]+(?P<why>(?:i|i'll|i'm|i've|i'd|we|we've|we're|she|he|they|it's|that's|"
    r"the\s+[\w' -]{1,30}?(?:'s|\s+is|\s+are))\b[^.!?…]*)[.!?…]+\s+"
    r"(?:(?:just|so|instead|but)[\s,]+)?(?P<rest>\S.*)$", re.I | re.S)


def _taken_back(text: str) -> str:
    """The request said after one broken off with "no" and why (English); ``text``
    otherwise."""
    from hark.dialogue.compound import asks, opens_request

    m = _TAKEN_BACK.match(text.strip())
    if m is None or len(m["asked"].split()) < 3 or not asks(re.sub(
            r"^(?:(?:oh|and|so|also|then)[\s,]+)+", "", m["asked"], flags=re.I)) \
            or opens_request(m["why"], False) or not opens_request(m["rest"], False):
        return text  # (a request in its last clause: "My lesson's Tuesday at 4 so can you
        # move the team meeting... no, …")
    return m["rest"]


def called_off(text: str) -> str:
    """``text``; the plain "never mind" of its language when its request is called off
    after it; the request said anew after the words calling it off, when there is one."""
    given_up = _given_up(text)
    if given_up != text:
        return given_up
    taken_back = _taken_back(text)
    if taken_back != text:
        return taken_back
    lang = language_of(text)
    pattern = _CALLED_OFF.get(lang)
    if pattern is None:
        return text
    m = pattern.match(text.strip())
    if m is not None and len(m["asked"].split()) >= 3 and _a_request(m["asked"], text):
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


def _given_up(text: str) -> str:
    """The giving up alone (or the request said anew after it) when a request is given up
    after it is begun; ``text`` unchanged otherwise."""
    for m in _GIVING_UP.finditer(text):
        before = text[:m.start()].strip(" ,.;:!?…—–")
        if len(before.split()) < 2 or not _a_request(before, text):
            continue  # said first (the dialogue's own "never mind"), or after a remark
            # ("aw naw, scrap that", "Euh en fait non, oublie ça": an undo)
        rest = m.group("rest").strip(" ,.;:!?…—–")
        if rest and _POINTS_BACK.match(rest):
            return text  # "… forget that, set it for 7:30": a correction, read as one
        if rest and _ASKED_ANEW.match(rest):
            return rest
        said = next(n for n in range(len(_GIVE_UP)) if m.group(f"g{n}"))
        return list(_GIVE_UP)[said]
    return text


# taking a thing away: "forget it" said after it agrees ("Ah no, aspetta, toglilo, s'è
# già fermata da sola, lascia stare": the timer cancelled, not the cancelling)
_TAKES_AWAY = re.compile(
    r"\b(?:(?:cancel|delete|remove|stop)\s+(?:it|that|them)|"
    r"(?:lösch|entfern|streich)\w*\s+(?:ihn|sie|es|das|den|die)|"
    r"(?:enlève|supprime|retire|annule|arrête)-(?:le|la|les)|"
    r"(?:quíta|quita|borra|bórra|cancéla|cancela|elimína|elimina)(?:lo|la|los|las)|"
    r"(?:togli|cancella|annulla|elimina|ferma|leva)(?:lo|la|li|le))\b", re.I)


def _a_request(said: str, text: str) -> bool:
    """Whether ``said``, what came before the words calling it off, opens a request (not
    a remark: "Ah mais non, c'est pas encore fait ça, annule" undoes the change before;
    nor the thing taken away, which "forget it" agrees with)."""
    from hark.dialogue.follow_on import own_request

    if _TAKES_AWAY.search(said):
        return False
    lang = language_of(text)
    return own_request(said.strip(), lang if lang in _OFF else "en")
