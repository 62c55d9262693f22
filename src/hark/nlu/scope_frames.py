"""Requests framed as a reminder, a wake-up or a list or calendar entry are that, whatever
they are about.

"Recuérdame pagar la factura del móvil el día cinco" and "add pay the gas bill to my to-do
list" name things Hark cannot do (pay a bill), and a model taught to decline those may
decline the reminder too. When the words frame the request (:func:`decide` says when the
frame wins over the model) as a reminder ("remind me", "erinnere mich", "rappelle-moi", "recuérdame",
"ricordami"), a wake-up ("wake me", "weck mich", "réveille-moi", "despiértame",
"svegliami": "Svegliami dopodomani alle 6:30, devo prendere il treno per Milano"), an
entry on a list ("… to my shopping list", "auf die Einkaufsliste", "sur la liste", "a la
lista", "alla lista") or in the calendar ("Trag mir … Kaffee mit Oma ein"), the frame's
intent is taken instead.
"""

from __future__ import annotations

import re

from hark.nlu.dataset import OOS
from hark.nlu.intents import is_home_control
from hark.nlu.repeat_changes import day_names
from hark.nlu.stored_requests import REMOVE
from hark.text.clean import find_words
from hark.text.list_entry import ADDING

REMINDER = {
    "en": r"remind me|remind us|set a reminder|a reminder to|reminder for",
    "de": r"erinner\w* mich|erinner\w* uns|erinnerung",
    "fr": r"rappelle[- ]moi|rappelez[- ]moi|rappelle[- ]nous|fais[- ]moi penser|"
          r"faites[- ]moi penser|un rappel",
    "es": r"recu[ée]rda(?:me|nos)|recordarme|recordatorio|acuérdame",
    "it": r"ricorda(?:mi|ci)|ricordarmi|promemoria",
}
LIST = {
    "en": r"(?:to|on|onto) (?:my|the|our) (?:[\w-]+ )?list",
    "de": r"(?:auf|zur|in) (?:die|meine|unsere|der|meiner|unserer|den|meinen) "
          r"[\w-]*(?:liste|zettel)",
    "fr": r"(?:sur|à|dans) (?:la|ma|notre) (?:liste|to-?do)|(?:à|dans) mes tâches",
    # (a list said by its name alone: "apúntame pan de molde en la compra")
    "es": r"(?:a|en) (?:la|mi|nuestra) lista|(?:a|en) (?:la compra|las tareas|mis tareas)",
    # (the shopping said by its name alone: "aggiungi alla spesa i pannolini")
    "it": r"(?:alla|nella|sulla) (?:mia |nostra )?(?:lista|to-?do)|(?:alle|nelle) cose da fare|"
          r"(?:alla|nella) spesa",
}
WAKE = {
    "en": r"wake me|wake us",
    "de": r"weck\w* mich|weck\w* uns|mich(?: \S+){0,6} zu wecken",
    "fr": r"réveille[- ]moi|réveillez[- ]moi|réveille[- ]nous",
    "es": r"despiérta(?:me|nos)|despiérteme|despertarme",
    "it": r"sveglia(?:mi|ci)|mi svegli|svegliarmi",
}
# an entry in the calendar: "Trag mir übermorgen um 15 Uhr Kaffee mit Oma ein" is no coffee
EVENT = {
    "en": r"(?:in|on|to|into) (?:my|the) (?:calendar|diary)",
    "de": r"trag\w*(?: \S+)* ein|eintragen|in (?:den|meinen) kalender",
    "fr": r"(?:dans|à|sur) (?:mon |l'|le |ton |votre )(?:agenda|calendrier)|au calendrier",
    "es": r"(?:en|a) (?:el|mi|tu|la) (?:calendario|agenda)|ag[ée]nd\w*|al calendario",
    "it": r"(?:in|nel|sul|nel mio|sul mio|in|al|all') (?:calendario|agenda)|"
          # "Segnami un aperitivo con Chiara domenica alle 18:30" (not onto a list)
          r"^segna(?:mi|ci)? (?:un|una|uno)(?!.*\b(?:lista|spesa|cose da fare)\b)"
          r"(?=.*\b(?:alle|all') ?\d)",
}
# a new alarm or timer, said with "a" and its time or length: "Peux-tu programmer un
# réveil pour jeudi à sept heures moins le quart" (asked back as a time conversion),
# "temporizador de un minuto y medio para el café" (read as making coffee)
_AT = r"(?:\S+ ){0,6}?(?:um|für|auf|à|pour|a las|para las|a la|alle|per le|all'|verso le)"
# (or the alarm named alone, first: "Sveglia alle 6 mercoledì, che devo consegnare il logo"
# had been an event at 18:00 for its reason)
_FIRST = r"^(?:(?:ok|okay|allora|dai|bon|alors|vale|bueno|also|gut)[\s,]+)?"
NEW_ALARM = {
    "de": rf"(?:(?:einen|nen|'nen) |{_FIRST})wecker {_AT}",
    "fr": rf"(?:un réveil|une alarme|{_FIRST}(?:réveil|alarme)) {_AT}",
    "es": rf"(?:una alarma|un despertador|{_FIRST}(?:alarma|despertador)) {_AT}",
    "it": rf"(?:una sveglia|{_FIRST}sveglia) {_AT}",
}
_LENGTH_SAID = (r"(?:\S+ ){0,3}?(?:\S+ )?(?:minute\w*|minuto\w*|minuti|min|stunde\w*|heures?|"
                r"horas?|ore|ora|sekunde\w*|secondes?|segundos?|secondi)")
NEW_TIMER = {
    # (and named first, then its length: "Timer, 20 Minuten, Fenster putzen")
    "de": rf"(?:^|einen |nen |ein |'nen )timer,? (?:von |für |auf )?{_LENGTH_SAID}",
    "fr": rf"(?:^|un )minuteur,? (?:de |d')?{_LENGTH_SAID}",
    "es": rf"(?:^|un )(?:temporizador|timer),? (?:de )?{_LENGTH_SAID}",
    "it": rf"(?:^|un )timer,? (?:di |da )?{_LENGTH_SAID}",
}
# a journey written down, not booked: "Anótame el vuelo a Bogotá el sábado a las ocho",
# "Add the train itself: Leeds, tomorrow, departing 7:10 a.m."
_NOTED = {"en": r"add|put|note|pop|stick|pencil|write",
          "de": r"trag\w*|notier\w*|schreib\w*",
          "fr": r"mets|mettez|note[sz]?|ajoute[sz]?|inscri\w+",
          "es": r"an[oó]ta\w*|ap[uú]nta\w*|pon(?:me|lo|la)?|agr[eé]ga\w*|añ[aá]de\w*",
          "it": r"segna\w*|metti\w*|aggiung\w*|annota\w*"}
# the verbs that only write a thing down (not "put"/"mets"/"pon", which may order one):
# with them, a thing with a day is an entry whatever it is ("Apúntame una clase de conducir
# con Dave el martes", "Anota la lección de manejo el jueves" had been a ticket or a taxi)
_WRITTEN = {"en": r"note|pencil|write",
            "de": r"trag\w*|notier\w*",
            "fr": r"note[sz]?|inscri\w+",
            "es": r"an[oó]ta\w*|ap[uú]nta\w*|ag[eé]nda\w*",
            "it": r"segna\w*|annota\w*"}
NOTED = _NOTED  # (read by dialogue.relative_other: a thing put on a day asked about)
_BOOKED = re.compile(r"\b(?:book\w*|tickets?|reserv\w*|réserv\w*|buch\w*|fahrkarte\w*|"
                     r"billets?|billetes?|boletos?|pasajes?|prenot\w*|bigliett\w*|"
                     r"how|wie|comment|cómo|come|when|wann|quand|cuándo|quando)\b", re.I)
# a new timer asked for with "a" and a set verb, its length not yet said: "stell mir
# schnell einen Timer für die Kaspressknödel" (read as pausing one)
A_TIMER = {
    "de": r"(?:stell|setz|mach|start)\w*\s+(?:\w+\s+){0,2}?(?:einen|nen|'nen|ein)\s+(?:neuen\s+)?timer\b",
    "fr": r"(?:mets|mettez|lance|lancez|programme)(?:-moi)?\s+(?:\w+\s+){0,2}?(?:un|une)\s+"
          r"(?:minuteur|minuterie|timer)\b|(?:minuteur|minuterie) pour (?:le|la|les|l'|mes|mon|ma)",
    "es": r"(?:pon|ponme|p[oó]nme|p[oó]ngame|ponga|programa|programame|progr[aá]meme)\s+(?:\w+\s+){0,2}?un\s+(?:temporizador|timer)\b",
    "it": r"(?:metti|mettimi|imposta|impostami|avvia)\s+(?:\w+\s+){0,2}?un\s+timer\b",
}
# an appointment put in by a verb of adding, its noun first after the article: "Añade la
# llamada de la tasación con la otra inmobiliaria", "Ajoute l'appel avec le notaire",
# "Aggiungi la chiamata con l'agenzia", "Füg das Telefonat mit dem Makler hinzu" (no list
# named: the list frame comes first)
_ADD_FIRST = (r"^(?:(?:ok|okay|vale|bueno|pues|oye|bon|alors|allora|dai|also|gut)[\s,]+)?"
              r"(?:por favor\s+|s'il te plaît\s+|per favore\s+|bitte\s+)?")
AN_ENTRY = {
    # "Book Diya's maths tuition tomorrow at six", "book in a trial lesson for Wednesday"
    "en": r"^(?:(?:please|can you|could you|can i|could i|i need to|i want to)\s+)?book\s+(?:in\s+)?"
          r"(?:a|an|the|my|our|another|[a-z][\w-]*'s)\s+(?:[\w'-]+\s+){0,3}?(?:lesson|tuition|"
          r"tutoring|session|appointment|meeting|call|class|visit|viewing|trial|consultation|"
          r"haircut|practice|rehearsal)s?\b",
    "de": _ADD_FIRST + r"(?:füg|fuege|füge|setz|notier)\w*(?: mir| bitte| mal| noch)* "
          r"(?:das|den|die|ein|eine|einen|meinen|meine|mein) (?:\w+-?)?(?:telefonat|anruf|termin|"
          r"besprechung|besichtigung|treffen|meeting|videocall|gespräch|vorstellungsgespräch)\b",
    "fr": _ADD_FIRST + r"(?:ajoute|rajoute|note|inscris)(?:-moi|-nous)? (?:l'|le |la |un |une |mon |ma )"
          r"(?:appel|rendez-vous|rdv|réunion|visite|entretien|consultation|visio|"
          r"visioconférence)\b",
    "es": _ADD_FIRST + r"(?:añade|añádeme|agrega|agrégame|apunta|apúntame|anota|anótame) "
          r"(?:la |el |una |un |mi )(?:llamada|videollamada|cita|reunión|visita|entrevista|"
          r"consulta|tasación)\b",
    "it": _ADD_FIRST + r"(?:aggiungi|aggiungimi|segna|segnami|annota|annotami) (?:la |il |l'|lo |"
          r"una |un |un'|il mio |la mia )(?:chiamata|telefonata|videochiamata|appuntamento|"
          r"riunione|visita|colloquio|consulenza)\b",
}
FRAMES = (("calendar_set", REMINDER), ("alarm_set", WAKE), ("lists_createoradd", LIST),
          ("calendar_set", EVENT), ("alarm_set", NEW_ALARM), ("timer_set", NEW_TIMER),
          ("timer_set", A_TIMER), ("calendar_set", AN_ENTRY))
# onto a list, said only of adding: "Pack mal Fenster putzen auf meine To-do-Liste" is not
# a removal, whatever the model says
ONTO = {
    "en": r"(?:to|onto) (?:my|the|our) (?:[\w-]+ )?list",
    "de": r"(?:auf|in) (?:die|meine|unsere|den|meinen) [\w-]*(?:liste|zettel)|zur [\w-]*liste|"
          r"zu (?:meiner|unserer|der) [\w-]*liste",
    "fr": r"(?:à|sur|dans) (?:la|ma|notre) (?:liste|to-?do)|(?:à|dans) mes tâches",
    # ("pon en la lista de tareas sacarme el abono": in a list, after a verb of adding)
    "es": r"a (?:la|mi|nuestra) lista|(?:a|en) (?:la compra|las tareas|mis tareas)|"
          rf"(?:{ADDING['es']})\s+en (?:la|mi|nuestra) lista",
    "it": r"(?:alla|nella) (?:mia |nostra )?(?:lista|to-?do)|(?:alle|nelle) cose da fare|"
          r"(?:alla|nella) spesa",
}


# an alarm named: "trag mir den Wecker ein" is still one
_ALARM_WORD = re.compile(r"\b(?:\w*wecker|alarm\w*|weck\w*|réveil\w*|despert\w*|svegli\w*)\b",
                         re.I)


# the address book is no list of Hark's: "please add tom to my contact list"
_CONTACTS = re.compile(r"contact|kontakt|contatt|adress", re.I)


def onto_list(text: str, language: str) -> bool:
    """Whether the words put something onto a list (not the contacts)."""
    words = ONTO.get((language or "en")[:2])
    low = text.lower().replace("’", "'")
    return bool(words and find_words(words, low)) and not _CONTACTS.search(low)


def _adding_first(text: str, language: str) -> bool:
    """Whether a verb of adding opens the sentence (de/fr/es/it: "Mets …", "Metti …"), maybe
    after "and" ("Et ajoute « … » à la to-do")."""
    verbs = ADDING.get((language or "en")[:2])
    low = text.lower().replace("’", "'").lstrip(" ¿¡")
    return verbs is not None and re.match(rf"(?:(?:und|et|puis|y|e|poi)\s+)?(?:{verbs})(?![\w'-])",
                                          low) is not None


def asked_only(text: str, language: str) -> bool:
    """Whether ``text`` (de/fr/es/it) ends as a question and says no verb of adding
    ("Le pain... il est sur ma liste pour faire les courses ?")."""
    verbs = ADDING.get((language or "en")[:2])
    low = text.lower().replace("’", "'")
    return verbs is not None and low.rstrip().endswith("?") and not find_words(verbs, low)


def woken_at(text: str, language: str) -> int | None:
    """Where the words that ask to be woken end ("…, weck mich bitte um …"), or None."""
    words = WAKE.get((language or "en")[:2])
    found = find_words(words, text.lower().replace("’", "'")) if words else None
    return found.end() if found else None


# a reminder asked first, an errand after it: "Rappelle-moi de …", "Ricordami di …"
# the day and time said before what to do: "Recuérdame mañana a las diez mandarle un correo
# a mi nueva jefa", "rappelle-moi demain à 9h d'envoyer …", "ricordami domani alle dieci di …"
# (and before a request's verb: "…, e martedì 8 alle dieci mettimi in calendario …")
WHEN_FIRST = (r"(?:(?:(?:demain|aujourd'hui|ce|cet|cette|lundi|mardi|mercredi|jeudi|vendredi|"
               r"samedi|dimanche|soir|matin|après-midi|à|a|vers|las?|el|mañana|hoy|esta|tarde|"
               r"noche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|domani|oggi|stasera|"
               r"alle|all'|verso|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
               r"sera|mattina|pomeriggio|de|del|della|di|y|et|e|media|cuarto|mezza|quart|demie|"
               r"heures?|h|\d{1,2}(?:[:h.]\d\d)?h?|une|deux|trois|quatre|cinq|six|sept|huit|neuf|"
               r"dix|onze|douze|midi|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|"
               r"doce|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|"
               r"mezzogiorno|morgen|heute|übermorgen|am|um|montag|dienstag|mittwoch|donnerstag|"
               r"freitag|samstag|sonntag|uhr|halb|viertel|nach|vor|früh|abend|abends|morgens|"
               r"nachmittag|nächsten|nächste|diesen|\d{1,2}\.)[\s,]+){1,8})?")
_REMIND_TO = {
    "en": r"^\W*(?:(?:please|can you|could you)\s+)*remind me to\s+\w",
    # (its when first, then what: "erinner mich morgen Abend um acht, dem Tutor … zu mailen")
    "de": r"^\W*(?:bitte\s+)?erinner\w*\s+mich(?:\s+bitte)?(?:\s+[^,.!?]{1,40}?)?\s*"
          r"(?:daran\s*,?\s*|,\s*)(?:dass\s+)?\w"
          # ... or a reminder asked for as a thing, what of after "dass": "Kannst du mir eine
          # Erinnerung machen, dass ich der Katze ihre Tablette geb?"
          r"|^\W*(?:[^,.!?]{1,40}\s)?(?:eine|'ne|ne)\s+erinnerung(?:\s+[^,.!?]{1,30}?)?\s*,?\s*"
          r"dass\s+\w",
    "fr": rf"^\W*(?:rappelle|rappelez)[- ]moi\s+{WHEN_FIRST}(?:de\s+|d')\w",
    "es": rf"^\W*(?:recu[ée]rda(?:me|nos)|recu[ée]rdeme)\s+{WHEN_FIRST}(?:que\s+)?\w+(?:ar|er|ir)"
          r"(?:le|les|lo|la|los|las|se|me|te|nos)?\b",
    "it": rf"^\W*ricorda(?:mi|ci)\s+{WHEN_FIRST}(?:di\s+|d')\w",
}


def decide(intent: str, text: str, language: str) -> str | None:
    """The intent the words decide for a request the model read as ``intent``, or None.

    A frame decides when the model thought it most likely too ("Recuérdame tomar la
    pastilla en media hora" had been asked back as an event or resuming the timer), or said
    out of scope or a home command ("Recuérdame pagar la factura…" is a reminder, not a
    payment; "ricordami di spegnere la luce alle 22" a reminder, not the light switched
    now); a wake-up whatever the model said but an alarm ("Svegliami dopodomani alle 6:30,
    devo prendere il treno": not a ticket). Words that put something onto a list decide
    over any intent but a list question or the calendar ("Pack mal Fenster putzen auf meine
    To-do-Liste" was a removal, "Tu peux mettre appeler le vétérinaire sur ma to-do ?"
    adding a contact, "Aggiungi alla to-do: pagare il bollo" a train ticket)."""
    frame = framed(text, language)
    if intent.startswith("transport_") or intent == "datetime_convert":
        if frame == "calendar_set" or (intent.startswith("transport_") and _noted(text, language)):
            return "calendar_set"  # "trag mir den Flug ein, der geht morgens um zehn nach
            # sieben", "Mets dans l'agenda le TGV pour Paris vendredi à six heures quatre"
    if frame == "calendar_set" and not intent.startswith(("calendar_", "lists_", "alarm_")) and \
            language[:2] in _REMIND_TO and re.match(_REMIND_TO[language[:2]], text.strip(), re.I):
        return frame  # "Rappelle-moi de checker la boîte aux lettres …", "Ricordami di
        # controllare la posta": a reminder, not the email read
    if frame == "calendar_set" and intent in ("lists_remove", "calendar_remove") and \
            _reminder_not_removal(text, language):
        return frame  # "Mettimi un promemoria per ritirare il pacco", "Ricordami di
        # ritirare le analisi" (a fetching, read as a removal)
    if frame == "calendar_set" and intent.startswith(_NOT_KEPT) and \
            not intent.startswith(("email_", "lists_", "general_")) and \
            _A_REMINDER.search(text) and _reminder_not_removal(text, language):
        return frame  # "Peux-tu me mettre un rappel pour appeler le grossiste, là?": a
        # reminder asked for as a thing, not a post on social media
    if frame == "calendar_set" and _entry_not_removal(text, language) and (
            intent == "calendar_remove" or intent.startswith(_NOT_KEPT)):
        return frame  # "Trag mir für Freitag um 16:30 die Abholung der Torte ein": an
        # entry put in, not one taken out nor a takeaway ordered
    if frame == "calendar_set" and (intent.startswith("email_") or (
            language[:2] == "en" and intent.startswith(("play_", "recommendation_", "qa_")))) \
            and language[:2] in AN_ENTRY \
            and find_words(AN_ENTRY[language[:2]], text.lower().replace("’", "'")) \
            and not _CONTACTS.search(text):
        return frame  # "Aggiungi la chiamata con l'agenzia": a call put in the calendar, not
        # a contact added
    if frame == "timer_set" and intent in ("timer_pause", "timer_resume", "timer_query") and (
            find_words(A_TIMER.get(language[:2], r"(?!x)x"), text.lower())
            or find_words(NEW_TIMER.get(language[:2], r"(?!x)x"), text.lower())):
        return frame  # "stell mir schnell einen Timer für die Kaspressknödel", "Timer, 20
        # Minuten, Fenster putzen": a new one
    if frame == "calendar_set" and intent == "alarm_set" and _entry_not_removal(text, language) \
            and not _ALARM_WORD.search(text):
        return frame  # "Trag mir morgen Anproben um 10 ein": an entry, not a wake-up
    if frame == "calendar_set" and intent == "timer_set" and _entry_not_removal(text, language) \
            and not find_words(A_TIMER.get(language[:2], r"(?!x)x"), text.lower()):
        return frame  # "Trag mir den Schiedsrichterkurs am Mittwoch um sieben ein, der dauert
        # zwei Stunden": an entry and how long it lasts, not a timer
    if frame == "timer_set" and not intent.startswith(("timer_", "alarm_", "calendar_", "lists_")):
        return frame  # "Minuteur de 30 minutes, je pars conduire avec mon père": a timer
        # named with its length, whatever it is for (it had been a taxi)
    if frame == intent or intent == OOS or is_home_control(intent) or (
            frame == "alarm_set" and not intent.startswith("alarm_")):
        return frame
    if frame == "alarm_set" and intent == "alarm_remove" and language[:2] in REMOVE and \
            not find_words(REMOVE[language[:2]], text.lower()):
        return frame  # "Mets une alarme à 6h30 tous les jours sauf le week-end": a new one
    if (intent == "lists_remove" or not intent.startswith(("lists_", "calendar_")) or (
            intent == "lists_query" and _adding_first(text, language)) or (
            intent == "calendar_set" and frame == "lists_createoradd"
            and _adding_first(text, language))) and onto_list(text, language) \
            and not asked_only(text, language):
        # (and an adding onto a list, not a calendar entry: "añade «llamar al fontanero» a
        # las tareas")
        # (a question only when no verb of adding opens it: "Mets sur ma liste de courses du
        # lait" had been read as one)
        return "lists_createoradd"
    return None


# what Hark does not keep: an entry put in the calendar is none of these
_NOT_KEPT = ("takeaway_", "recommendation_", "play_", "qa_", "social_", "music_", "news_",
             "cooking_", "email_", "general_", "lists_remove")


# a reminder asked for as a thing: "un rappel", "eine Erinnerung", "un recordatorio"
_A_REMINDER = re.compile(r"(?<![\w'])(?:a|an|un|une|eine|'ne|ne|una|uno|otro|otra)\s+(?:reminder|"
                         r"rappel|erinnerung|recordatorio|promemoria)\b", re.I)


def _entry_not_removal(text: str, language: str) -> bool:
    """Whether ``text`` puts an entry in the calendar ("Trag mir … ein", "… in den
    Kalender", "… dans l'agenda") and says no verb of taking something away."""
    lang = (language or "en")[:2]
    low = text.lower().replace("’", "'")
    return lang in EVENT and lang in REMOVE and bool(find_words(EVENT[lang], low)) \
        and not find_words(REMOVE[lang], low)


def _reminder_not_removal(text: str, language: str) -> bool:
    """Whether ``text`` asks for a reminder and says no verb of taking something away."""
    lang = (language or "en")[:2]
    low = text.lower().replace("’", "'")
    return lang in REMINDER and lang in REMOVE and bool(find_words(REMINDER[lang], low)) \
        and not find_words(REMOVE[lang], low)


# the journey itself named
_JOURNEY = re.compile(r"\b(?:flights?|flug|flüge|vols?|vuelos?|voli|volo|trains?|zug|züge|tren|trenes|"
                      r"treni|treno|tgv|ave|ice|eurostar|coach|bus|ferry|fähre|ferries|plane|flieger|"
                      r"avion|avión|aereo|pullman|autobus|autocar|bateau|barco|nave|traghetto)\b", re.I)


# A day or a time said: a digit, a day word, a weekday name (five languages)
_WHEN_SAID = re.compile(r"\d|\b(?:today|tonight|tomorrow|heute|morgen|aujourd'hui|ce soir|"
                        r"demain|hoy|esta noche|mañana|oggi|stasera|domani|"
                        rf"{'|'.join(day_names())})\b")


def _noted(text: str, language: str) -> bool:
    """Whether a journey is written down at a time, not booked or asked about (or
    anything written down with a verb that only writes: a driving lesson)."""
    lang = (language or "en")[:2]
    low = text.lower().replace("’", "'")
    if _BOOKED.search(low) or not _WHEN_SAID.search(low):
        return False
    for verbs, journey in ((_NOTED.get(lang), True), (_WRITTEN.get(lang), False)):
        if verbs is not None and (not journey or _JOURNEY.search(low)) and \
                re.match(rf"\W*(?:\w+,? ){{0,4}}?(?:{verbs})\b", low) is not None:
            return True
    return False


def framed(text: str, language: str) -> str | None:
    """The intent the words frame the request as (a reminder, a list entry), or None."""
    low = text.lower().replace("’", "'")
    lang = (language or "en")[:2]
    for intent, words in FRAMES:
        if lang in words and find_words(words[lang], low):
            return intent
    return None
