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
from collections.abc import Callable

from hark.dialogue.openers_other import POLITE, VERB_LAST, reader
from hark.dialogue.reason_other import reason_after
from hark.nlu.stored_requests import LENGTH, MORE_OR_LESS, REMOVE
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
                     r"(?<=ne )(?:una|uno|un)\b|(?<=partire )(?:una|uno|un)\b", re.I),
}
# the pronoun "of it" before "one", left out once the thing is said
_OF_IT = re.compile(r"(?:-en|(?<=mett[ie])ne|(?<=metti)ne)(?=\s+$)", re.I)
# "another", said as "a" once the thing is said: "pon otro temporizador" was understood
# less surely than "pon un temporizador"
_AN = {"otro": "un", "otra": "una", "uno": "un", "un altro": "un", "un'altra": "una", "un autre": "un",
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
                     r"courses|choses à faire)\b", re.I),
    "es": re.compile(r"\b(?:a|en)\s+(?:la|mi|las|mis|los)\s+(?:lista|compra|tareas|"
                     r"pendientes)\b", re.I),
    "it": re.compile(r"\b(?:alla|nella|sulla|alle|nelle)\s+(?:mia\s+|mie\s+)?(?:lista|spesa|"
                     r"cose da fare)\b", re.I),
}
# "the one of": "al de la pasta", "a quello della pasta", "à celui des pâtes"
_THE_ONE = {
    "de": None,
    "fr": (re.compile(r"\b(?:à\s+)?cel(?:ui|le)\s+(?=d|pour\b|avec\b)", re.I), "{a} {noun} "),
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
# "nimm … runter": taking off, where "nimm … mit" adds
_TAKE = re.compile(r"nimm\b", re.I)
_OFF = {"de": re.compile(r"\s+(?:runter|herunter|weg|raus|heraus)\b", re.I)}
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


def _first_request(tail: str, lang: str) -> int:
    """Where the first of the requests in ``tail`` ends (the rest may hold more)."""
    said_in = reader(lang)
    for m in said_in.boundary.finditer(tail):
        if said_in.opens(tail[m.end():], after_free_text=False):
            return m.start()
    return len(tail)


def _on_first(complete: Callable[[str, str, str], str]) -> Callable[[str, str, str], str]:
    """``complete`` applied to the first request of the tail only: "setz dafür Äpfel
    drauf, und dann noch einen Timer …" has its list, the timer's piece is its own."""
    def first_only(tail: str, head: str, lang: str) -> str:
        end = _first_request(tail, lang)
        return complete(tail[:end], head, lang) + tail[end:]
    first_only.__doc__ = complete.__doc__
    first_only.__name__ = complete.__name__
    return first_only


@_on_first
def with_thing(tail: str, head: str, lang: str) -> str:
    """``tail`` with what ``head`` is about where it leaves that out: the thing after its
    "another" ("pon otra a las ocho" after "Cancela la alarma de mañana" → "pon una
    alarma …") or for its "the one of" ("al de la pasta" → "al temporizador de la pasta"),
    the list for its item ("setz noch Joghurt drauf" → "… Joghurt auf die Einkaufsliste")."""
    thing = _THING[lang]
    named = thing.search(head)
    if named is not None and not thing.search(tail):
        timer = _TIMER_SAID.search(head)
        said = _with_noun(tail, named.group(1), lang, timer.group(0) if timer else None)
        if said is not None:
            return _with_set_verb(said, head, lang)
    by_verb = _BY_VERB.get(lang)
    if named is None and by_verb is not None and by_verb[0].search(head) \
            and not thing.search(tail) and _ANOTHER[lang].search(tail):
        # "Recuérdame el miércoles …, y pon otro el viernes …": another reminder
        said = _with_noun(tail, by_verb[1], lang)
        if said is not None:
            return said
    return _with_list(tail, head, lang)


# the thing a verb makes when no noun names it: "recuérdame …" a reminder
_BY_VERB = {lang: (re.compile(verb, re.I), noun) for lang, verb, noun in (
    ("es", r"\brecu[eé]rd(?:ame|anos)\b", "recordatorio"),
    ("fr", r"\brappelle-(?:moi|nous)\b", "rappel"),
    ("it", r"\bricord(?:ami|aci)\b", "promemoria"),
    ("de", r"\berinner\w*\s+(?:mich|uns)\b", "Erinnerung"))}


# a new one said with its article and no verb ("une alarme à 19 heures ?" after "Peux-tu
# mettre une alarme …, et une autre à 19 heures ?" was asked as a question): the verb of
# setting, when the request before takes nothing away
_A_NEW = {"de": re.compile(r"^(?:noch\s+)?(?:einen|eine|ein)\s", re.I),
          "fr": re.compile(r"^(?:un|une)\s", re.I), "es": re.compile(r"^(?:un|una|uno)\s", re.I),
          "it": re.compile(r"^(?:un|una|uno|un')\s?", re.I)}
_SET = {"de": "stell", "fr": "mets", "es": "pon", "it": "metti"}


def _with_set_verb(said: str, head: str, lang: str) -> str:
    """``said`` with the verb of setting before its "a new one", or ``said`` as it is."""
    if not _A_NEW[lang].match(said) or re.search(rf"\b(?:{REMOVE[lang]})", head.lower()):
        return said
    return f"{_SET[lang]} {said}"


def _with_noun(tail: str, noun: str, lang: str, named_timer: str | None = None) -> str | None:
    """``tail`` with ``noun`` after its "another" or for its "the one of", or more or less
    time said of ``named_timer`` (the timer the request before named), or None."""
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
        return None if named_timer is None else _with_timer(tail, named_timer, lang)
    article = _THE_ONE_ARTICLE[lang](found.group(0))
    return f"{tail[:found.start()]}{article} {noun} {tail[found.end():]}"


# the timer a request names: "pâtes-Timer" (a running timer by its name, as the assistant
# says it), "minuteur des pâtes", "timer della pasta"
_TIMER_SAID = re.compile(r"[\w-]+-Timer\b|\b(?:minuteur|temporizador|timer)\s+(?:des|du|de la|de|del|"
                         r"della|dello|dei)\s+\w+", re.I)
# the time given is the last thing said: "… rajoute deux minutes dessus"
_UNIT_LAST = re.compile(r"(?:minut\w*|sekund\w*|second\w*|segund\w*|stunden?|heures?|horas?|ore|"
                        r"ora)(?:\s+(?:drauf|dazu|dessus|en plus|encima|in più|sopra|de plus|más|"
                        r"mehr|noch))?\s*[.!?]*$")
# a thing of its own the time is given to: "gib den Nudeln …", "rajoute … aux pâtes"
_OWN_OBJECT = re.compile(r"\b(?:den|dem|der|aux|au|à la|a la|al|a los|a las|alla|allo|alle|"
                         r"ai|agli)\s+(?!\d)\w{3,}")
_TIMER_TO = {"de": "für den", "fr": "au", "es": "al", "it": "al"}
_ON_TOP = re.compile(r"\s+(?:drauf|dazu|dessus|en plus|encima|in più|sopra)\b", re.I)


def _with_timer(tail: str, timer: str, lang: str) -> str | None:
    """``tail`` giving or taking time said of ``timer``: "Et rajoute deux minutes dessus"
    after "Il reste combien de temps pour les pâtes-Timer ?" → "… au pâtes-Timer"."""
    low = tail.lower()
    if not (re.search(LENGTH, low) and re.search(MORE_OR_LESS, low) and _UNIT_LAST.search(low)) \
            or _OWN_OBJECT.search(low):
        return None  # (not "… und gib den Nudeln noch fünf Minuten", its own timer)
    said = _ON_TOP.sub("", tail).rstrip(" .!?")
    return f"{said} {_TIMER_TO[lang]} {timer}"


# the shopping list named by what it is for alone: "togli il latte dalla spesa", "quita la
# leche de la compra", "enlève le lait des courses"
_LIST_BY_KIND = {
    "it": (re.compile(r"\b(?:dalla|alla|nella|sulla)\s+spesa\b", re.I), "lista della spesa"),
    "es": (re.compile(r"\b(?:de|a|en)\s+la\s+compra\b", re.I), "lista de la compra"),
    "fr": (re.compile(r"\b(?:des|aux)\s+courses\b", re.I), "liste de courses"),
}


def _list_by_kind(head: str, lang: str) -> str | None:
    """The list ``head`` names by what it is for alone (see above), said in full; or None."""
    said = _LIST_BY_KIND.get(lang)
    return said[1] if said is not None and said[0].search(head) else None


# the list said by its word alone: the items ticked off of the list none was named for
_THE_LIST = {"de": "Liste", "fr": "liste", "es": "lista", "it": "lista"}
# the verbs of ticking off, said of a list's items only (not "cancella la cena")
_TICKING_OFF = {lang: re.compile(rf"^(?:{verbs})(?![\w'-])", re.I) for lang, verbs in {
    "de": r"streich\w*|hak\w*|abhak\w*", "fr": r"coch\w*|barr\w*|ray\w*",
    "es": r"tach\w*", "it": r"spunt\w*|depenn\w*"}.items()}


def _list_unnamed(head: str, lang: str) -> str | None:
    """The word "list" when ``head`` ticks items off with no list named ("Coche les bananes
    et le pain": what is added after it goes on a list too), else None."""
    if _TICKING_OFF[lang].match(reader(lang).said(head)) is None \
            or reader(lang).names_thing.search(unaccented(head.lower())):
        return None
    return _THE_LIST[lang]


def _with_list(tail: str, head: str, lang: str) -> str:
    """``tail`` with the list ``head`` names, when ``tail`` adds or takes off items and
    names no list ("und setz noch Joghurt drauf")."""
    said_in = reader(lang)
    listed = _LIST_SAID[lang].search(head)
    name = listed.group(0) if listed is not None else (
        _list_by_kind(head, lang) or _list_unnamed(head, lang))
    if name is None or said_in.names_thing.search(unaccented(tail.lower())):
        return tail
    opener = said_in.said(tail)
    off = _OFF.get(lang)
    taken_off = off.search(tail) if off is not None and _TAKE.match(opener) else None
    adds = _ADDING[lang].match(opener) is not None and taken_off is None
    if not adds and _TAKING_OFF_FIRST[lang].match(opener) is None:
        return tail
    where = _ON_THE_LIST[lang][0 if adds else 1].format(list=name)
    if taken_off is not None:  # "nimm die Bananen runter" → "… von der Einkaufsliste runter"
        return f"{tail[:taken_off.start()]} {where}{tail[taken_off.start():]}"
    on_it = _ON_IT.get(lang)
    if on_it is not None and on_it.search(tail):
        return on_it.sub(f" {where}", tail, count=1)
    end = re.search(r"[\s.!?]*$", tail)
    cut = end.start() if end else len(tail)
    why = reason_after(tail, lang)  # ("togli il pane, che l'ho comprato": the list before why)
    cut = why if why is not None else cut
    return f"{tail[:cut]} {where}{tail[cut:]}"


def one_adding(head: str, tail: str, lang: str) -> bool:
    """Whether ``head`` and ``tail`` are one adding with its list said last: ``head`` opens
    with a verb of adding and names no list, ``tail`` (what follows the joining word) names
    more items and the list and has no verb of its own ("Pack Kaffeebohnen | und eine neue
    Maus auf die Einkaufsliste", "Metti il caffè | e le pile nella lista della spesa")."""
    said_in = reader(lang)
    first = tail[:_first_request(tail, lang)]
    opener = said_in.opener(first)
    return _ADDING[lang].match(said_in.opener(head)) is not None \
        and not _TO_A_LIST[lang].search(head) and not _LIST_SAID[lang].search(head) \
        and _TO_A_LIST[lang].search(first) is not None \
        and not (said_in.verb.match(opener) or said_in.weak.match(opener)
                 or _THING[lang].search(first))


@_on_first
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


@_on_first
def with_verb(tail: str, head: str, lang: str) -> str:
    """``tail`` with the verb of adding, when ``head`` is about a list and ``tail`` names
    items and a list but no verb ("… und noch Äpfel drauf", "… y «…» en las tareas")."""
    said_in = reader(lang)
    opener = said_in.opener(tail)
    opens = said_in.verb.match(opener) or said_in.asks_first.match(opener) or \
        said_in.weak.match(opener)
    head_lists = _TO_A_LIST[lang].search(head) or _LIST_SAID[lang].search(head)
    head_verb = said_in.said(head).split()[:1]
    if not opens and head_verb and _TAKING_OFF_FIRST[lang].match(head_verb[0]) \
            and _FROM_A_LIST[lang].search(tail) and _FROM_A_LIST[lang].search(head):  # "Togli
        # le uova dalla spesa, e anche 'prenotare il parrucchiere' dalla to-do": taken off
        # another list too (not "nimm Milch und Eier von der Einkaufsliste": one request)
        said = re.sub(r"^(?:auch|noch|aussi|también|anche)\s+", "", said_in.said(tail), flags=re.I)
        return f"{head_verb[0]} {said}"
    if opens or not head_lists or not _TO_A_LIST[lang].search(tail):
        return tail
    return f"{_ADD[lang]} {said_in.said(tail)}"


# a list things are taken off: "dalla to-do", "de la liste de courses", "von der Einkaufsliste"
_FROM_A_LIST = {
    "de": re.compile(r"\b(?:von|aus)\s+(?:der|meiner|unserer|dem)\s+[\w-]*(?:liste|zettel|to-?do)\b",
                     re.I),
    "fr": re.compile(r"\b(?:de|du|des)\s+(?:la\s+|ma\s+|notre\s+)?(?:liste|to-?do|courses|tâches)\b",
                     re.I),
    "es": re.compile(r"\bde\s+(?:la|mi|las|mis)\s+(?:lista|compra|to-?do|tareas|pendientes)\b", re.I),
    "it": re.compile(r"\b(?:dalla|dalle|dal)\s+(?:mia\s+|mie\s+)?(?:lista|spesa|to-?do|cose da fare)\b",
                     re.I),
}


# another of the things the first request's verb is for: "Cancella la sveglia di domani e
# anche l'appuntamento dal dentista", "Supprime le rappel des poubelles et celui pour …"
_ALSO_THE = {
    "de": r"^(?:auch\s+|noch\s+)?(?:den|die|das|dem|meinen|meine)\s",
    "fr": r"^(?:aussi\s+)?(?:le|la|les|l'|mon|ma|mes|celui|celle)\b",
    "es": r"^(?:también\s+)?(?:el|la|los|las|mi|mis)\s",
    "it": r"^(?:anche\s+)?(?:il|lo|la|l'|i|gli|le|quello|quella)\b",
}
_A_LIST = re.compile(r"\b(?:[\w-]*liste|lista|listes?|courses|compra|spesa|tareas|tâches|"
                     r"aufgaben)\b", re.I)


def with_head_verb(tail: str, head: str, lang: str) -> str:
    """``tail`` with the verb ``head`` opened with, when ``tail`` names another thing
    (not a list) with no verb: "… e anche l'appuntamento dal dentista di mercoledì" →
    "cancella l'appuntamento …"; not when the thing is named first and its own verb
    follows after a comma ("Et le minuteur des pâtes, rajoute trois minutes")."""
    end = _first_request(tail, lang)
    if tail[end:].lstrip().startswith(","):
        return tail
    return _head_verb_first(tail[:end], head, lang) + tail[end:]


def _head_verb_first(tail: str, head: str, lang: str) -> str:
    said_in = reader(lang)
    said = said_in.said(tail).strip()
    if said_in.opens(said, after_free_text=False) or _A_LIST.search(said) or \
            not re.match(_ALSO_THE[lang], said, re.I) or \
            not said_in.names_thing.search(unaccented(said.lower())):
        return tail
    verb = said_in.said(head).split()[0] if said_in.said(head).split() else ""
    if not verb or not said_in.verb.match(unaccented(verb.lower())):
        return tail
    said = re.sub(r"^(?:auch|noch|aussi|también|anche)\s+", "", said, flags=re.I)
    return f"{verb} {said}"


def two_of(text: str, lang: str) -> tuple[str, str] | None:
    """"Pon dos temporizadores, uno de diez minutos … y otro de media hora …" → ("Pon un
    temporizador de diez minutos …", "Pon un temporizador de media hora …")."""
    m = _TWO_OF_SAID[lang].match(text.strip())
    if m is None:
        return None
    one = _TWO_OF[lang][1][m.group("kind").lower()]
    pre = m.group("pre").rstrip()
    return (f"{pre} {one} {m.group('a')}".strip(), f"{pre} {one} {m.group('b')}".strip())
