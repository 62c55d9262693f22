"""What the second of several requests in one German, French, Spanish or Italian
sentence leaves out, taken from the first (:mod:`compound_other`): the thing after
"another" ("Lösch den Nudeltimer, dann stell einen neuen auf fünf Minuten" → "… einen
neuen Timer …", "désactive le réveil de samedi et mets-en un dimanche" → "mets un réveil
dimanche", "pon otra a las ocho" → "pon una alarma a las ocho") or for "the one of"
("súmale cinco minutos al de la pasta" → "… al temporizador de la pasta"), the list for
its items ("was steht auf meiner Einkaufsliste und setz noch Joghurt drauf" → "… Joghurt
auf die Einkaufsliste", "… und außerdem Zahnpasta zur Einkaufsliste" → "setz Zahnpasta …"),
and the polite asking said once for both ("Könnten Sie … verschieben und mich eine Stunde
vorher erinnern?"). Two timers or alarms asked for at once are two requests: "Pon dos
temporizadores, uno de diez minutos para el arroz y otro de media hora para el bizcocho".
"""

from __future__ import annotations

import re

from hark.dialogue.openers_other import POLITE, VERB_LAST, reader
from hark.text.clean import unaccented
from hark.text.list_entry import ADDING

# the things kept: a piece that names one asks for something, a later one may leave it out
_THING = {
    "de": re.compile(r"\w*?(wecker|timer|erinnerung|termin|alarm)\b", re.I),
    "fr": re.compile(r"\b(réveil|alarme|minuteur|rappel|rendez-vous|timer)\b", re.I),
    "es": re.compile(r"\b(alarma|temporizador|recordatorio|cita|timer|despertador)\b", re.I),
    "it": re.compile(r"\b(sveglia|timer|promemoria|appuntamento|allarme)\b", re.I),
}
# "another" or "one" with the thing left out: "einen neuen", "mets-en un dimanche", "otra",
# "un'altra", "ponme una el domingo"
_ANOTHER = {
    "de": re.compile(r"\b(?:noch\s+)?(?:(?:einen|eine|ein)\s+(?:neuen|neue|neues|weiteren|weitere|"
                     r"zweiten|zweite|anderen|andere)\b|(?:einen|eine|nen)\b(?=\s+(?:für|fürn|um|"
                     r"auf|am|ab|von|mit|zum|zur|morgen|heute|übermorgen|nächst\w*|\w+tag\b|\d)))",
                     re.I),
    "fr": re.compile(r"\b(?:un|une)\s+(?:autre|nouveau|nouvelle|deuxième|second|seconde)\b|"
                     r"(?<=-en )(?:un|une)\b", re.I),
    "es": re.compile(r"\b(?:otra|otro|una nueva|uno nuevo|una segunda|uno segundo)\b|"
                     r"(?<=\bpon )(?:una|uno|un)\b|(?<=me )(?:una|uno|un)\b(?=\s+(?:para|a|de|el|"
                     r"la|por|mañana|hoy|en|\d))", re.I),
    "it": re.compile(r"\b(?:un'altra|un altro|una nuova|uno nuovo|un nuovo|una seconda)\b|"
                     r"(?<=ne )(?:una|uno|un)\b", re.I),
}
# the pronoun "of it" before "one", left out once the thing is said
_OF_IT = re.compile(r"(?:-en|(?<=mett[ie])ne|(?<=metti)ne)(?=\s+$)", re.I)
# "another", said as "a" once the thing is said: "pon otro temporizador" was understood
# less surely than "pon un temporizador"
_AN = {"otro": "un", "otra": "una", "un altro": "un", "un'altra": "una", "un autre": "un",
       "une autre": "une"}
# the courtesy that asks, said once for two requests: "Könnten Sie … verschieben und mich …
# erinnern?", "Pourriez-vous déplacer … et ajouter …", "¿Puedes cambiar … y poner …"
_MODAL = {
    "de": r"^(?:bitte\s+)?(?:(?:kannst|könntest|würdest) du|(?:können|könnten|würden) sie)\b",
    "fr": r"^(?:est-ce que\s+)?(?:(?:peux|pourrais|veux|voudrais)-tu|(?:pouvez|pourriez|voulez|"
          r"voudriez)-vous|tu (?:peux|pourrais)|vous (?:pouvez|pourriez))\b",
    "es": r"^¿?\s*(?:me\s+)?(?:puedes|podrías|puede|podría|podés)\b",
    "it": r"^(?:mi\s+)?(?:puoi|potresti|può|potrebbe)\b",
}
# an infinitive that opens (German: ends) a request after such a courtesy
_INFINITIVE = {
    "de": VERB_LAST,
    "fr": re.compile(r"^(?:ajouter|rajouter|mettre|supprimer|enlever|retirer|programmer|régler|"
                     r"déplacer|décaler|annuler|créer|noter|inscrire|lancer|arrêter|me rappeler|"
                     r"me réveiller|nous rappeler|m'ajouter|me mettre)\b", re.I),
    "es": re.compile(r"^(?:añadir|agregar|poner(?:me)?|apuntar(?:me)?|anotar|quitar|borrar|"
                     r"eliminar|cancelar|cambiar|mover|programar|recordarme|despertarme)\b", re.I),
    "it": re.compile(r"^(?:aggiungere|mettere|segnare|togliere|cancellare|eliminare|annullare|"
                     r"spostare|cambiare|impostare|ricordarmi|svegliarmi|programmare)\b", re.I),
}
# the verb of adding, for items and a list said without one: "… und außerdem Zahnpasta
# zur Einkaufsliste", "… y «llevar el coche al taller» en las tareas"
_ADD = {"de": "setz", "fr": "ajoute", "es": "añade", "it": "aggiungi"}
_TO_A_LIST = {
    "de": re.compile(r"\b(?:auf|zu|zur|in)\s+(?:die|meine|unsere|der|meiner|den|dem)?\s*"
                     r"[\w-]*(?:liste|zettel|aufgaben)\b|\b(?:drauf|dazu)\s*[.!?]*$", re.I),
    "fr": re.compile(r"\b(?:à|a|sur|dans|aux)\s+(?:la|ma|notre|mes|les)?\s*(?:liste|tâches|"
                     r"courses)\b", re.I),
    "es": re.compile(r"\b(?:a|en)\s+(?:la|mi|las|mis|los)\s+(?:lista|compra|tareas|"
                     r"pendientes)\b", re.I),
    "it": re.compile(r"\b(?:alla|nella|sulla|alle|nelle)\s+(?:mia\s+|mie\s+)?(?:lista|spesa|"
                     r"cose da fare)\b", re.I),
}
# "the one of": "al de la pasta", "a quello della pasta", "à celui des pâtes"
_THE_ONE = {
    "de": None,
    "fr": (re.compile(r"\b(?:à\s+)?celui\s+(?=d)", re.I), "{a} {noun} "),
    "es": (re.compile(r"\b(al|el|la)\s+(?=de\b)", re.I), "{a} {noun} "),
    "it": (re.compile(r"\b(?:a\s+)?quell[oa]\s+(?=d)", re.I), "{a} {noun} "),
}
_THE_ONE_ARTICLE = {
    "fr": lambda said: "au" if said.lower().startswith("à") else "le",
    "es": lambda said: said.split()[0].lower(),
    "it": lambda said: "al" if said.lower().startswith("a ") else "il",
}
# a list's words: the adding and the taking off, and a list said as "drauf" (on it)
_TAKING_OFF = {
    "de": r"nimm|streich\w*|lösch\w*|entfern\w*|hak\w*",
    "fr": r"enlèv\w*|enlev\w*|retir\w*|supprim\w*|ray\w*|barr\w*|coch\w*",
    "es": r"quit\w*|quít\w*|borr\w*|bórr\w*|elimin\w*|tach\w*|saca|sácal\w*",
    "it": r"togli\w*|lev\w*|cancell\w*|elimin\w*|rimuov\w*|depenn\w*|spunt\w*",
}
_ON_IT = {"de": re.compile(r"\s+(?:drauf|dazu|rauf|mit drauf)\b", re.I)}
_ON_THE_LIST = {
    "de": ("auf die {list}", "von der {list}"),
    "fr": ("à la {list}", "de la {list}"),
    "es": ("a la {list}", "de la {list}"),
    "it": ("alla {list}", "dalla {list}"),
}
_LIST_SAID = {
    "de": re.compile(r"\b[\w-]*(?:liste|zettel)\b", re.I),
    "fr": re.compile(r"\bliste(?:\s+(?:de courses|d'épicerie|des courses|de tâches|de choses à "
                     r"faire|to-?do))?\b", re.I),
    "es": re.compile(r"\blista(?:\s+(?:de la compra|del súper|de tareas|de pendientes|"
                     r"de cosas por hacer))?\b", re.I),
    "it": re.compile(r"\blista(?:\s+(?:della spesa|delle cose da fare|dei compiti|delle "
                     r"faccende))?\b", re.I),
}
# two timers or alarms asked for at once: "mach zwei Timer, einen mit zehn Minuten für den
# Reis und einen mit 25 Minuten für den Kuchen"
_TWO_OF = {
    "de": (r"(?:zwei|2)\s+(?P<kind>timer|wecker)[\s,:]+(?:einen|einer|eins|den ersten)\s+(?P<a>.+?)"
           r"\s+und\s+(?:einen|den zweiten|den anderen|noch einen)\s+(?P<b>.+)",
           {"timer": "einen Timer", "wecker": "einen Wecker"}),
    "fr": (r"(?:deux|2)\s+(?P<kind>minuteurs|timers|réveils|alarmes)[\s,:]+(?:un|une|le premier|la "
           r"première)\s+(?P<a>.+?)\s+et\s+(?:un|une|l'autre|un autre|une autre|le deuxième|le "
           r"second)\s+(?P<b>.+)",
           {"minuteurs": "un minuteur", "timers": "un minuteur", "réveils": "un réveil",
            "alarmes": "une alarme"}),
    "es": (r"(?:dos|2)\s+(?P<kind>temporizadores|timers|alarmas)[\s,:]+(?:uno|una|el primero|la "
           r"primera)\s+(?P<a>.+?)\s+y\s+(?:otro|otra|el otro|la otra|uno|una|el segundo|la "
           r"segunda)\s+(?P<b>.+)",
           {"temporizadores": "un temporizador", "timers": "un temporizador",
            "alarmas": "una alarma"}),
    "it": (r"(?:due|2)\s+(?P<kind>timer|sveglie)[\s,:]+(?:uno|una|il primo|la prima)\s+(?P<a>.+?)"
           r"\s+e\s+(?:uno|una|l'altro|l'altra|un altro|un'altra|il secondo|la seconda)\s+(?P<b>.+)",
           {"timer": "un timer", "sveglie": "una sveglia"}),
}


_ADDING = {lang: re.compile(rf"^(?:{verbs})(?![\w'-])", re.I) for lang, verbs in ADDING.items()}
_TAKING_OFF_FIRST = {lang: re.compile(rf"^(?:{verbs})(?![\w'-])", re.I)
                     for lang, verbs in _TAKING_OFF.items()}
_TWO_OF_SAID = {
    lang: re.compile(r"^(?P<pre>.*?)\b" + pattern.replace(
        r")[\s,:]+(", r")(?:[\s,:]+" + POLITE[lang] + r")?[\s,:]+(", 1) + "$", re.I)
    for lang, (pattern, _) in _TWO_OF.items()}


def with_thing(tail: str, head: str, lang: str) -> str:
    """``tail`` with what ``head`` is about where it leaves that out: the thing after its
    "another" ("pon otra a las ocho" after "Cancela la alarma de mañana" → "pon una
    alarma …") or for its "the one of" ("al de la pasta" → "al temporizador de la pasta"),
    the list for its item ("setz noch Joghurt drauf" → "… Joghurt auf die Einkaufsliste")."""
    thing = _THING[lang]
    named = thing.search(head)
    if named is not None and not thing.search(tail):
        said = _with_noun(tail, named.group(1), lang)
        if said is not None:
            return said
    return _with_list(tail, head, lang)


def _with_noun(tail: str, noun: str, lang: str) -> str | None:
    """``tail`` with ``noun`` after its "another" or for its "the one of", or None."""
    noun = noun[0].upper() + noun[1:] if lang == "de" else noun.lower()
    another = _ANOTHER[lang].search(tail)
    if another is not None:
        # ("mets-en un" → "mets un réveil", "mettine una" → "metti una sveglia")
        before = _OF_IT.sub("", tail[:another.start()])
        one = tail[another.start():another.end()]
        one = _AN.get(one.lower(), one)  # "pon otro de media hora": a new one
        return f"{before}{one} {noun}{tail[another.end():]}"
    the_one = _THE_ONE[lang]
    found = the_one[0].search(tail) if the_one else None
    if found is None:
        return None
    article = _THE_ONE_ARTICLE[lang](found.group(0))
    return f"{tail[:found.start()]}{article} {noun} {tail[found.end():]}"


def _with_list(tail: str, head: str, lang: str) -> str:
    """``tail`` with the list ``head`` names, when ``tail`` adds or takes off items and
    names no list ("und setz noch Joghurt drauf")."""
    said_in = reader(lang)
    listed = _LIST_SAID[lang].search(head)
    if listed is None or said_in.names_thing.search(unaccented(tail.lower())):
        return tail
    opener = said_in.said(tail)
    adds = _ADDING[lang].match(opener) is not None
    if not adds and _TAKING_OFF_FIRST[lang].match(opener) is None:
        return tail
    where = _ON_THE_LIST[lang][0 if adds else 1].format(list=listed.group(0))
    on_it = _ON_IT.get(lang)
    if on_it is not None and on_it.search(tail):
        return on_it.sub(f" {where}", tail, count=1)
    end = re.search(r"[\s.!?]*$", tail)
    cut = end.start() if end else len(tail)
    return f"{tail[:cut]} {where}{tail[cut:]}"


def with_modal(tail: str, head: str, lang: str) -> str:
    """``tail`` with the courtesy ``head`` opened with, when ``tail`` is the rest of it: an
    infinitive ("… und mich eine Stunde vorher erinnern?" → "Könnten Sie mich …")."""
    modal = re.match(_MODAL[lang], head.strip(), re.I)
    if modal is None:
        return tail
    said = tail.strip()
    infinitive = _INFINITIVE[lang]
    if (infinitive.search(said) if lang == "de" else infinitive.match(said)) is None:
        return tail
    return f"{modal.group(0)} {said}"


def with_verb(tail: str, head: str, lang: str) -> str:
    """``tail`` with the verb of adding, when ``head`` is about a list and ``tail`` names
    items and a list but no verb ("… und noch Äpfel drauf", "… y «…» en las tareas")."""
    said_in = reader(lang)
    opener = said_in.opener(tail)
    opens = said_in.verb.match(opener) or said_in.asks_first.match(opener) or \
        said_in.weak.match(opener)
    head_lists = _TO_A_LIST[lang].search(head) or _LIST_SAID[lang].search(head)
    if opens or not head_lists or not _TO_A_LIST[lang].search(tail):
        return tail
    return f"{_ADD[lang]} {said_in.said(tail)}"


def two_of(text: str, lang: str) -> tuple[str, str] | None:
    """"Pon dos temporizadores, uno de diez minutos … y otro de media hora …" → ("Pon un
    temporizador de diez minutos …", "Pon un temporizador de media hora …")."""
    m = _TWO_OF_SAID[lang].match(text.strip())
    if m is None:
        return None
    one = _TWO_OF[lang][1][m.group("kind").lower()]
    pre = m.group("pre").rstrip()
    return (f"{pre} {one} {m.group('a')}".strip(), f"{pre} {one} {m.group('b')}".strip())
