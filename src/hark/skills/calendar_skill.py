"""Calendar: add events ("add lunch with John next Tuesday at noon"), ask what is on,
move ("move my dentist appointment to Friday") and remove them; reminders phrased under
the same HWU64 intents go to :mod:`hark.skills.reminders`. :func:`export_ics` writes a
user's events and reminders as iCalendar."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from hark.errors import HarkError
from hark.nlu import day_overview, day_span, move_requests, repeat_changes, stored_requests
from hark.nlu.event_span import Said, said_span
from hark.nlu.event_span_other import said_span as said_span_other
from hark.skills import agenda, which_one
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.dates import (
    DAY_WORDS,
    NEXT_ONE,
    in_hours,
    nearer_hour,
    part_of_day_said,
    same_clock,
    say_date,
    several_days,
    split_at_to,
)
from hark.skills.providers.lang import say_time
from hark.skills.providers.slots import as_written, clean
from hark.skills.reminders import (
    Reminders,
    due_from,
    find_when,
    is_reminder,
    moved,
    second_person,
    upcoming,
    with_clock,
    without,
)
from hark.skills.timers import (
    all_of,
    each_named,
    find_value,
    read_db,
    slot_text,
    wants_all,
    write_db,
)
from hark.store import Store, ics
from hark.store import calendar as repo
from hark.store import reminders as reminder_repo
from hark.store.models import CalendarEvent
from hark.store.users import DEFAULT_USER
from hark.text import event_length
from hark.text.antecedent import stated, who_first
from hark.text.clean import find_words, quoted
from hark.text.en_words import WEEKDAYS
from hark.text.placeholders import names_nothing
from hark.types import Outcome, Slot, Understanding

EVENT_ID_SLOT = "event_id"  # the answer to "which event?" (:mod:`hark.skills.which_one`)
_MOVE = re.compile(r"\b(move|moved|reschedule|rescheduled|push|pushed|postpone|postponed|"
                   # (not the noun: "during my shift tonight, to check …")
                   r"(?<!\bmy )(?<!\bthe )(?<!\ba )(?<!\bnight )(?<!\bday )(?<!\bearly )(?<!\blate )shift|"
                   r"bring\b.*\bforward|brought forward|change|changed|update|bump)\b.*\bto\b"
                   r"|\breschedule\b.*\bfor\b|\bset\b.*\breminder\b.*\b(?:for|to)\b.*\binstead\b"
                   r"|\breminder\b.*\bshould be\s+(?:at|on|for)\b")
# an event added, whose name may hold a moving word: "add a flu clinic shift to my calendar"
_ADDING = re.compile(r"(?:(?:please|can you|could you|would you)\s+)*(?:add|book|schedule|"
                     r"pencil|pop|stick)\b")
_ENDS = re.compile(r"\b(?:finish|finishes|finished|end|ends|over|done|until|till|wrap up|"
                   r"wraps up|let out|lets out|get out|gets out|be out)\b")
_GENERIC = {"event", "events", "appointment", "appointments", "meeting", "meetings",
            "calendar", "plans", "plan", "schedule", "all", "all meetings", "all events",
            "generic calendar event", "future event", "next event", "diary", "in calendar",
            "in the calendar", "in my calendar", "in diary", "in the diary", "in my diary"}
_STOP = {"the", "my", "a", "an", "on", "at", "in", "to", "for", "with", "and", "of", "i",
         "have", "had", "please", "delete", "remove", "cancel", "clear", "move", "reschedule",
         "calendar", "from", "event", "is", "when", "what", "whats", "what's", "do", "next",
         "all", "out", "completely", "can", "you", "change", "push", "postpone", "shift"}
# German/French/Spanish/Italian: the words around an event's title ("trag ... ein",
# "ajoute un ...", "in meinen Kalender") that the title drops
_CALENDAR_OTHER = re.compile(
    r"\b(?:in|im|zu|zum|auf|dans|sur|en|a|al|nel|nella|sul)\s+(?:(?:meinen|meinem|den|dem|"
    r"mon|ma|le|votre|mi|el|la|il|mio|mia|l')\s*)?(?:termin)?(?:kalender|agenda|calendrier|"
    r"calendario)\b|\b(?:l'|le |la )?(?:agenda|calendrier|calendario|kalender)\b")
# the title said after the request, as what to call it: "trag das ein als Besuch
# Schwester", "note-le sous le nom de …", "apúntalo como …", "segnalo come …"
_NAMED_AS = {
    "de": re.compile(r"\b(?:ein|eintragen|notieren|speichern|auf)\s+als\s+(?P<t>[^,.;!?]+)"),
    "fr": re.compile(r"\b(?:(?:note-le|mets-le|inscris-le)\s+comme|sous le nom de|avec le "
                     r"titre)\s+(?P<t>[^,.;!?]+)"),
    "es": re.compile(r"\b(?:apúntalo|apuntalo|ponlo|anótalo|anotalo|guárdalo|guardalo)\s+"
                     r"como\s+(?P<t>[^,.;!?]+)"),
    "it": re.compile(r"\b(?:(?:segnalo|mettilo|annotalo|salvalo)\s+come|chiamalo)\s+"
                     r"(?P<t>[^,.;!?]+)"),
}
_TITLE_EDGE = {
    "de": {"trag", "trage", "eintragen", "notiere", "notier", "plane", "plan", "erstelle",
           "erstell", "füge", "füg", "leg", "lege", "setz", "setze", "speichere", "speicher",
           "merk", "merke", "dir", "mir", "mal", "bitte", "für", "einen", "eine", "ein", "einem",
           "den", "die", "das", "dem", "der", "meinen", "meine", "mein", "neuen", "neue",
           "neues", "hinzu", "an", "um", "am", "ins", "in", "im", "zum", "zur", "uhr", "von", "ab",
           "hallo", "kannst", "könntest", "du", "und",
           "okay", "ok", "also"},  # (a yes before it: "Okay, und am Freitag trag …")
    "fr": {"ajoute", "ajouter", "ajoutez", "mets", "mettre", "mettez", "note", "notez", "noter",
           "planifie", "programme", "crée", "créer", "inscris", "enregistre", "un", "une", "le",
           "la", "les", "l'", "des", "du", "de", "d'", "pour", "à", "au", "s'il", "te", "vous",
           "plaît", "moi", "nouveau", "nouvel", "nouvelle", "événement", "h", "mets-moi", "mettez-moi",
           "ajoutez-moi", "notez-moi", "inscrivez-moi", "ajoute-moi", "rajoute", "rajoute-moi",
           "bloque", "bloques", "bloquer", "note-moi", "inscris-moi", "tu", "me", "m'", "depuis",
           # "Salut, tu peux ajouter un rendez-vous …": the greeting and the modal
           "salut", "bonjour", "dis", "peux", "pourrais", "pouvez", "pourriez", "peux-tu",
           "pouvez-vous", "pourrais-tu", "est-ce", "que", "qu'", "et",
           "d'accord", "ok", "okay", "alors"},  # ("D'accord, et le même jour, mets-moi …")
    "es": {"añade", "añadir", "agrega", "agregar", "pon", "poner", "apunta", "apuntar", "anota",
           "apúntame", "apuntame", "anótame", "anotame", "ponme", "agendame", "agéndame",
           "agenda", "anotámelo", "anotamelo", "apuntámelo", "ponele", "poneme", "apuntá",
           "anotá",
           "anotar", "programa", "crea", "crear", "guarda", "mete", "un", "una", "el", "la",
           "los", "las", "para", "me", "por", "favor", "nuevo", "nueva", "evento", "a", "al",
           "de", "del", "desde", "hola", "oye", "puedes", "podrías", "podrias", "podés",
           "y",  # ("Y apúntame en el calendario …": an adding after another turn)
           "vale", "pues", "ok", "okay"},
    "it": {"aggiungi", "aggiungere", "metti", "segna", "segnare", "annota", "programma", "crea",
           "mettimi", "segnami", "aggiungimi", "annotami", "fissami", "inseriscimi", "mettici",
           "fissa", "inserisci", "un", "una", "uno", "il", "lo", "la", "l'", "per", "mi",
           "favore", "nuovo", "nuova", "evento", "alle", "alla", "al", "a", "di", "del", "da",
           "dal", "dalle", "che", "sono", "siamo", "ciao", "senti", "puoi", "potresti", "e",
           # "E anche la prova della divisa …", "… alle 6 del mattino dopo"
           "anche", "dopo", "seguente", "successivo", "ok", "okay", "allora"},
}
_GENERIC_OTHER = {"termin", "termine", "eintrag", "événement", "rendez-vous", "evento", "cita",
                  "impegno", "appuntamento"}
# what a question or a removal says besides the event, in the other languages
_STOP_OTHER = {
    "was", "steht", "stehen", "habe", "hab", "ich", "ist", "wann", "mein", "meine", "meinem",
    "meinen", "in", "im", "am", "um", "der", "die", "das", "den", "dem", "des", "ein", "eine",
    "einen", "und", "mit", "für", "von", "an", "auf", "kalender", "lösche", "lösch",
    "entferne", "streiche", "sag", "zeig", "zeige", "mir", "alle", "nächste", "nächsten",
    "bitte", "gibt", "es", "welche", "hast", "du",
    "qu'est-ce", "que", "qu'est", "est", "ce", "j'ai", "ai", "quoi", "quand", "mon", "ma",
    "mes", "le", "la", "les", "un", "une", "de", "à", "au", "aux", "et", "avec",
    "pour", "dans", "sur", "agenda", "calendrier", "supprime", "efface", "annule", "retire",
    "montre", "moi", "dis", "quel", "quels", "ai-je", "il", "y", "a",
    "qué", "tengo", "hay", "cuándo", "cuando", "mi", "mis", "el", "los", "las", "del", "en",
    "con", "para", "al", "calendario", "borra", "elimina", "quita", "cancela", "muestra",
    "dime", "me",
    "cosa", "che", "ho", "c'è", "è", "lo", "gli", "uno", "di", "della", "per", "alla",
    "cancella", "togli", "mostra", "dimmi", "mio", "mia", "miei", "l'agenda",
    "chez", "bei", "beim", "dal", "dalla", "dallo", "presso",
}
_STOP_ANY = _STOP | _STOP_OTHER | _GENERIC_OTHER  # a question in any of the five languages
_WITH = {"de": "mit", "fr": "avec", "es": "con", "it": "con"}
_AND = {"de": "und", "fr": "et", "es": "y|e", "it": "e|ed"}
_WHAT = {"type": "string", "description": "What, e.g. 'dentist appointment'"}
_DATE = {"type": "string", "description": "Day, e.g. 'Friday', 'next week'"}
_TIME = {"type": "string", "description": "Time, e.g. '3 pm'"}


def export_ics(store: Store, user: str = DEFAULT_USER, *, name: str = "Hark") -> str:
    """All of ``user``'s calendar events (VEVENT) and reminders (VTODO) as iCalendar."""
    with store.session(readonly=True) as db:
        items: list[Any] = list(repo.all_events(db, user=user))
        items += reminder_repo.list_for(db, user=user, include_done=True)
    return ics.to_ics(items, name=name)


def _title(u: Understanding, span: str) -> str:
    """The event's title: the event_name slot (with "John's" before "birthday"), else the
    words after "add/schedule/put", without the time words and "to my calendar"."""
    event = _cut_at(without(clean(slot_text(u, "event_name")), span), span)  # "[lunch on Friday]"
    if _NOT_A_TITLE.fullmatch(event):  # the tagger took "[11am]" or "[wednesday]" for it
        event = ""
    person = clean(slot_text(u, "person") or slot_text(u, "relation"))  # "… with my manager"
    said, after_verb = _title_said(u, span)
    if event and event not in _GENERIC:
        if after_verb and re.search(rf"(?<!\w){re.escape(event)}(?!\w)", said) and \
                len(said.split()) <= _TITLE_WORDS:
            return said  # the tagger cut it short: "my mum's [birthday] dinner"
        if after_verb and said and said not in _GENERIC and event not in said and not re.match(
                r"(?:us|me|it|them|him|her|that|this|something|one)\b", said) and re.search(
                rf"\bfor\s+(?:(?:the|my|our|a|an)\s+)?{re.escape(event)}\b", clean(u.text)):
            return said  # "Add a study group to my calendar …, for the [stats final]": what
            # it is for, not what it is
        if person and person not in event:
            return f"{person} {event}" if person.endswith("'s") else f"{event} with {person}"
        return event
    return said if said not in _GENERIC else (event or "")


# what happens in the evening: an hour said without am/pm is PM
EVENING = re.compile(r"\b(?:dinner|drinks|supper|party|pub|gig|concert|theatre|theater|cinema|"
                      r"movie|film|night|karaoke|open mic|iftar|evening)\b")
_TITLE_WORDS = 6
_A_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|o'clock)?"
_NOT_A_TITLE = re.compile(rf"(?:(?:at|on|the|from|to|till|of)\s+|(?:\d{{1,2}}(?:st|nd|rd|th)|{_A_CLOCK}|"
                          rf"today|tonight|tomorrow|{WEEKDAYS})(?:\s+|$))+")  # ("[9th 06:00]")
# where the clause that says what "it" is ends: "i need to call the vet, so put it …"
_FIRST_CLAUSE = re.compile(r",|\s+so\s+|\s+and\s+(?=(?:can you|could you|please|put|add)\b)"
                           r"|\s+(?=(?:put|pop|stick|add)\s+(?:it|that)\s+(?:in|on|into|to)\b)")
# a thing named alone, a few words that ask nothing
_A_THING = re.compile(r"(?!(?:i|we|you|it|there|so|and|please|can|could|would|what|when|is|are|"
                      r"do|did|remind|set|add|put|book|cancel|delete|move)\b)[a-z][\w' -]{2,50}")


# what a thing not yet named is, said after it: "…, it's a study group at the library"
_ITS_A = re.compile(r"[,.;:]\s*(?:(?:and|so|well|um)\s+)?(?:it's|it is|it'll be|that's)\s+"
                    r"(?:an?|the|my|our)\s+(?P<what>[^,.;:?!]+)")


def _title_said(u: Understanding, span: str) -> tuple[str, bool]:
    """The title as the words say it: after "add/schedule/put", without the time words
    and "to my calendar"; for "it", what was said before the comma. And whether it came
    after such a verb (else it is all the words)."""
    text = without(clean(u.text), span)
    # "put a block in my calendar … for the car service": what the time is for
    block = re.search(r"\b(?:block|slot)\b.*?\bfor\s+(?!(?:an?|one|two|three|\d+)\s+(?:hours?|"
                      r"minutes?)\b)(.+)$", text)
    if block:
        text = f"{text[:block.start()]}{block.group(1)}"
    # "put in the calendar: boiler service" (the calendar first), else "… to my calendar"
    text = re.sub(r"^((?:please\s+)?\w+(?:\s+up)?\s+)(?:to|in|on|into)\s+(?:my|the)\s+"
                  r"(?:calendar|diary):?\s+(?=\w)", r"\1", text)
    named_as = re.search(r"\b(?:put|add|pop|stick)\s+(?:it|that|this)\s+in\s+(?:the|my)\s+(?:calendar|"
                         r"diary)\s+as\s+([^,:.]+)", text)
    if named_as and _tidy(named_as.group(1)):  # "Put it in the calendar as hip operation, …"
        return _tidy(named_as.group(1)), True
    colon = re.search(r"\b(?:calendar|diary)\s*:\s*([^,:]+)", text)
    if colon and re.match(rf"checking\s+in\b|arriving\b|departing\b|leaving\b|(?:on\s+|the\s+|"
                          rf"from\s+)?(?:today|tonight|tomorrow|{WEEKDAYS}|\d)",
                          colon.group(1)) and re.search(r"\b(?:add|put|pop|stick)\s+\w",
                                                        text[:colon.start()]):
        colon = None  # "add a flight to Lagos to my calendar: Friday the 4th of December, …":
        # when, after the title
    if colon and _tidy(colon.group(1)):  # "make an appointment in my calendar: optician, …"
        return _tidy(colon.group(1)), True
    text = re.sub(r"\b(?:to|in|on|into)\s+(?:my|the)\s+(?:calendar|diary)\b.*$", "", text)
    m = re.search(r"\b(?:add|schedule|book|put(?:\s+down)?|pop|stick|pencil|slot|squeeze|create|set up|"
                  r"set|make|plan|note|arrange|organi[sz]e|"
                  r"block (?:out|off|in)(?:\s+(?:some\s+)?time)?)\s+"
                  r"(?:in\s+(?=(?:an?|the|my)\s))?(?:(?:an?|the|my|new)\s+)*(?:(?:calendar\s+)?(?:event|entry):?\s+)?"
                  r"(?:for\s+|called\s+)?(.+)$", text)
    title = _tidy((m.group(1) if m else text).strip())
    its = _ITS_A.search(u.text.lower().replace("’", "'")) if names_nothing(title) else None
    if its and (what := _tidy(without(clean(its["what"]), span))):  # "Add something to my
        return what, True  # calendar for Saturday, it's a study group at the library."
    who = who_first(u.text.lower().replace("’", "'")) if title in {"him", "her", "them"} else None
    if who is not None:  # "The engineer can't come till Friday, so put him in the calendar
        return _tidy(who), True  # for Friday at ten": the engineer
    if title in {"it", "that", "this", "them"}:
        # "i've got a haircut on saturday at 11, put it in the calendar"; nothing said
        # before: no title (the skill asks for one), never an event called "it"
        lead = re.match(r"(?:(?:ok|okay|right|so|well|um|uh|oh)[\s,]+)*", u.text, re.I)
        cut = _FIRST_CLAUSE.search(u.text, lead.end() if lead else 0)  # ("ok so my …")
        clause = without(clean(u.text[:cut.start()]), span) if cut else ""
        # what the user has ("i've got a haircut …"), or the thing alone ("cinema with the
        # lads 9pm tomorrow put it in my calendar")
        had = stated(clause) or (clause if _A_THING.fullmatch(clause) else None)
        return (_tidy(had), True) if had else ("", False)
    return title, m is not None


def _cut_at(event: str, span: str) -> str:
    """``event`` without the start of the time words it runs into: "lunch with sam in on
    friday" with "on friday at 12:30" said → "lunch with sam in"."""
    words, said = event.split(), clean(span).split()
    for k in range(min(len(words), len(said)), 0, -1):
        if words[-k:] == said[:k] and k < len(words):
            return " ".join(words[:-k])
    return event


_CLOCK_AT_END = re.compile(rf"\s+(?:at|for)\s+{_A_CLOCK}$")


def _tidy(title: str) -> str:
    # a clock time left at the end when no day was said ("a call with priya in at 11")
    title = _CLOCK_AT_END.sub("", title.strip())
    title = _EVENT_NAMED.sub("", title)  # "new event tmrw 3pm study group"
    # "put a catch-up with mereana in for …, eh": the verb's "in for", a tag at the end
    title = re.sub(r"\s+in for\b", "", title)
    # a day's "on" left before another word of the title's ("all coming over on [Saturday]
    # for iftar")
    title = re.sub(r"\s+on\s+(?=(?:for|to|with|at|from)\s)", " ", title)
    # when it begins, said after the title: "our stay at the motel: checking in [Saturday …]",
    # "flight to Lagos, departing Heathrow [at 11:40]"
    title = re.sub(r"\s*[:,;–—-]\s*(?:checking in|check-in|arriving|arrival|departing|departure|"
                   r"leaving|beginning|starting)\b.*$", "", title)
    title = re.sub(r"(?:[\s,]+(?:eh|ay|yeah|innit|mate|love|please|thanks|say|reckon\b.*))+$", "",
                   title)
    # "the electrician's [coming Wednesday …], put that in": who comes (not "dinner at Sam's")
    title = re.sub(r"^(?:(?:the|our|my)\s+)?([a-z-]+(?:\s+[a-z-]+)?)['’]s$", r"\1", title)
    # (and an article or a comma left of a day: "aarav's birthday party, the [day after …]")
    return re.sub(r"(?:[\s,;:.]+(?:on|at|for|in|this|next|from|please|the))*[\s,;:.-]*$", "", title)


# the event named as such before its title: "new event", "calendar entry:"
_EVENT_NAMED = re.compile(r"^(?:(?:new|another)\s+(?:calendar\s+)?(?:event|appointment|entry)|"
                          r"(?:calendar|diary)\s+(?:entry|event))\s*:?\s+(?=\S)")


# a clause after the title that says when it leaves or who is spoken to: "den Zug nach Genf
# ein, Abfahrt sieben Uhr zwei", "le vol pour Nice, départ à 6 h", "el vuelo …, pana"
_REMARK_AFTER = {
    "de": re.compile(r",\s*(?:abfahrt|ankunft|abflug|der geht|die geht|der fährt|die fährt|wir fahren|"
                     r"geht um|gell|oder|wegen|das ist für|des is für|dat is für)\b", re.I),
    "fr": re.compile(r",\s*(?:départ|arrivée|il part|ça part|le départ|c'est pour|c'est à cause|"
                     r"à cause|on part|nous partons)\b", re.I),
    "es": re.compile(r",\s*(?:salida|llegada|sale|salimos|pana|chamo|po|tío|t[ií]a|güey|wey|mi amor|"
                     r"porfa|che|es para|es por)\b", re.I),
    "it": re.compile(r",\s*(?:partenza|arrivo|parte alle|dai|eh|è per|per via|partiamo|si parte|"
                     r"partono|cominciamo|iniziamo)\b", re.I),
}


# a day or a clock time said: its words are no title's
_DAY_OR_CLOCK = re.compile(r"\d|\b(?:uhr|heures?|alle|ore|morgen|heute|übermorgen|demain|"
                           r"halb|viertel|dreiviertel|früh|morgens|abends|vormittags|nachmittags|"
                           r"matin|soir|midi|minuit|tarde|noche|mediodía|mattina|sera|pomeriggio|"
                           r"mezzogiorno|mezzanotte|"
                           r"aujourd'hui|mañana|hoy|domani|oggi|dopodomani|"
                           + "|".join(repeat_changes.day_names()) + r")\b", re.I)


# a part of the day opening a day said, after a noun and "of": the kind of thing it is,
# not when ("turno di notte di venerdì", "garde de nuit de samedi", "turno de noche del
# viernes")
_KIND_OF_TIME = re.compile(r"(?:notte|nuit|noche|sera|soir|soirée|mattina|matin|pomeriggio|"
                           r"tarde)\b\s*(?=\S)")


# "instead", said of the event put in another's place: no part of its title ("Et mets le
# plombier mercredi à 14h à la place")
_INSTEAD_OTHER = re.compile(r"\b(?:à la place|stattdessen|en su lugar|en cambio|"
                            r"al suo posto|invece)\b")


# German: what follows the verb's "ein" and its colon ("trag bitte ein: Samstag, …")
_AFTER_EIN = re.compile(r"\bein\s*:\s*(.+)$", re.I)
# where, not what: "im Testzentrum", "beim Zahnarzt", "in der Stadthalle"
_PLACE_DE = re.compile(r"(?:im|in|beim|bei|auf|am|an der|an dem)\s", re.I)


# a clock left in the words (its slot missed it): no part of who the event is with
_CLOCK_WORD = re.compile(r"\d|\b(?:um|à|a las|alle|uhr|heures?|horas?|ore)\b", re.I)


def _title_other(u: Understanding, span: str, language: str) -> str:
    """The event's title in German, French, Spanish or Italian: the event_name slot, else
    the words without the time, the command ("trag ... ein", "ajoute un") and "in meinen
    Kalender", as the user wrote them: "Zahnarzttermin", "rendez-vous chez le dentiste"."""
    edge = _TITLE_EDGE[language]
    text = _INSTEAD_OTHER.sub(" ", clean(_REMARK_AFTER[language].split(u.text, maxsplit=1)[0]))
    for said in sorted((span, *(clean(s.raw) for s in u.slots if s.name in ("date", "time")
                                and _DAY_OR_CLOCK.search(s.raw))), key=lambda w: -len(w or "")):
        # (the longest first: "viernes … a las diez de la mañana" whole, not "… a las diez"
        # with "de la mañana" left in the title)
        kind = _KIND_OF_TIME.match(said or "")
        if kind is not None and re.search(rf"\b(?!(?:{'|'.join(map(re.escape, edge))})\s)[^\W\d]+"
                                          rf"\s+(?:di|de|du|del|della)\s+{re.escape(said)}", text):
            said = said[kind.end():]  # "il turno di notte di venerdì …": the night is the
            # shift's ("turno di notte"), the day is when
        if said:  # every day and time said, not the title's ("Noël" stays its)
            text = " ".join(re.sub(rf"(^|\s){re.escape(said)}(\s|$)", " ", text).split())
    after = _AFTER_EIN.search(text) if language == "de" else None
    if after is not None:  # "Und den Kurs selber trag bitte auch ein: Sonnabend, zehn bis
        # zwölf Uhr, Geburtsvorbereitung": the title is said after the colon
        said_after = " ".join(w for w in after.group(1).split()
                              if not _DAY_OR_CLOCK.fullmatch(w.strip(",.;")))
        told = _trim(said_after, edge)
        named_first = _trim(text[:after.start()], edge)
        if (not told or _PLACE_DE.match(said_after.lstrip(" ,.;"))) and re.search(r"[^\W\d]{3}", named_first) \
                and named_first.lower() not in _GENERIC_OTHER:
            # "Trag bitte die Theorieprüfung ein: Mittwoch, …, um 10:40 im Testzentrum": the
            # thing named before the colon, only when and where after it
            return as_written(u.text, named_first)
        if told and re.search(r"[^\W\d]{3}", told):
            return as_written(u.text, told)
    named = _NAMED_AS[language].search(text)
    if named is not None and _trim(named["t"], edge):  # "trag das ein als Besuch Schwester"
        return as_written(u.text, _trim(named["t"], edge))
    event = _trim(_INSTEAD_OTHER.sub(" ", clean(slot_text(u, "event_name"))), edge)
    person = clean(slot_text(u, "person"))
    whole = _trim(re.sub(r"\b(?:s'il (?:te|vous) pla[iî]t|bitte|por favor|per favore)\b", " ",
                         _CALENDAR_OTHER.sub(" ", text)), edge)
    if event and whole != event and len(whole.split()) <= 8 and re.search(
            rf"\b(?:de|d'|du|des|del|della|dello|dell'|di|von|vom|der)\s*(?:la\s+|le\s+|l')?"
            rf"{re.escape(event)}$", whole):
        event = whole  # "l'état des lieux de l'ancien appartement": not the flat alone
    elif event and len(whole.split()) <= 8 and re.match(
            rf"{re.escape(event)}\s+(?:{_WITH[language]}|col|coi|colla|con el|con la)\s+"
            rf"(?:\S+\s+){{1,5}}", whole + " ", re.I) and not _CLOCK_WORD.search(whole):
        event = whole  # "den Videocall mit dem Laden aus Graz": who with, the title's too
    if event:
        said = clean(u.text)
        both = re.search(rf"{re.escape(event)}\s+(?:{_AND[language]})\s+{re.escape(person)}\b",
                         said) if person else None
        if both is not None:  # "mittagessen mit anna und tom": both people are the title's
            return as_written(u.text, both.group(0))
        more = re.search(rf"\b{re.escape(person)}\s+(?:{_AND[language]})\s+([\w-]+)", said) \
            if person else None
        if more is not None and more.group(1) not in edge and len(more.group(1)) > 2:
            person = more.group(0)  # "cena con Marta y Luis"
        title = f"{event} {_WITH[language]} {person}" if person and person not in event \
            else event
        purpose = re.search(rf"{re.escape(title)}\s+(?P<p>(?:per|pour|para|für)\s+(?:\S+\s+){{0,3}}"
                            rf"\S+)$", whole)
        if purpose is not None:  # "l'appuntamento col consulente per il mutuo": what it
            title = f"{title} {purpose['p']}"  # is for, the title's (it had been cut off)
        return as_written(u.text, title)
    title = _trim(_CALENDAR_OTHER.sub(" ", text), edge)
    return "" if title in _GENERIC_OTHER else as_written(u.text, title)


def _trim(text: str, edge: set[str]) -> str:
    """``text`` without the words of ``edge`` at its start and end."""
    words = text.split()
    while words and (words[0].rstrip(":,;") in edge or not re.search(r"\w", words[0])):
        words.pop(0)  # (and "ein:" of "trag mir in den Kalender ein: Orthopäde")
    while words and (words[-1] in edge or not re.search(r"\w", words[-1])):
        words.pop()  # (and a full stop left alone: "llamada con marta el .")
    return " ".join(words)


def _when(ev: CalendarEvent, ctx: SkillContext, *, day: bool = True) -> str:
    """'at 3 PM tomorrow', 'tomorrow' (all day); in the other languages the day first:
    'morgen um 15:00 Uhr'. Without ``day``: just the time ('' for all day)."""
    local = ev.start.astimezone(ctx.tz)
    all_day = local.time() == time(0) and ev.end is not None and \
        ev.end - ev.start >= timedelta(hours=23)
    language = lang.pick(ctx.language)
    if language != "en":
        parts = [lang.say_day(local.date(), ctx.clock().date(), language)] if day else []
        return " ".join(parts + ([] if all_day else [lang.say_at(local, language)]))
    when = "" if all_day else f" at {say_time(local)}"
    if day:
        when += f" {say_date(local.date(), ctx.clock().date())}"
    return when.strip()


# a word of four letters or more other than the reminder's own: the words name which one
# a kind of event named by its word alone: "the appointment", "the meeting"
_KIND_WORD = re.compile(r"\b(appointment|meeting|dinner|lunch|party|class|call|visit|tasting|"
                        r"inspection|delivery)s?\b")
_NAMES_ONE = re.compile(r"\b(?!(?:erinnerung\w*|rappels?|recordatorios?|promemoria|bitte|"
                        r"pour|para|per|della|dello|mal)\b)[^\W\d]{4,}")


def _say_title(ev: CalendarEvent, ctx: SkillContext) -> str:
    return second_person(ev.title) if lang.pick(ctx.language) == "en" else ev.title


def say_event(ev: CalendarEvent, ctx: SkillContext, *, day: bool = True) -> str:
    """'lunch with John at noon tomorrow', 'Zahnarzttermin morgen um 15:00 Uhr'."""
    return f"{_say_title(ev, ctx)} {_when(ev, ctx, day=day)}".rstrip()


def _before(slots: list[Slot], start: int, end: int) -> list[Slot]:
    """The slots without the words from ``start`` to ``end``: those inside dropped, those
    reaching into them cut short ("[lunch with Sam on Friday 12:30] to 1:30")."""
    kept = []
    for s in slots:
        if s.start is None or s.end is None or s.end <= start or s.start >= end:
            kept.append(s)
        elif s.start < start:
            raw = s.raw[:start - s.start].strip()
            kept.append(replace(s, raw=raw, value=raw, end=s.start + len(raw)))
    return kept


def _own_sentence(text: str, at: tuple[int, int]) -> tuple[int, int]:
    """``at`` widened to its whole sentence when that is not the first one ("Give it two
    hours, man, you know what the M23 is like."): the rest of it is a remark."""
    ends = [m.end() for m in re.finditer(r"[.!?]+(?:\s+|$)", text)]
    begin = max((e for e in ends if e <= at[0]), default=0)
    if begin == 0 or text[begin:at[0]].strip():  # (the sentence opens with the length:
        return at  # "Um drei Uhr …, dat geht so zwei Stunden" keeps its time)
    return begin, min((e for e in ends if e >= at[1]), default=len(text))


def _span(said: Said, start: datetime | None, end: datetime | None, evening: bool,
          ctx: SkillContext) -> tuple[datetime, datetime | None]:
    """The start and end of an event said with a clock range or a length: the range's
    times on the day said (today, or tomorrow once they are past); a length after the
    start ("at 11 for half an hour"), or days after an all-day start."""
    if said.range is not None:
        a, b = said.range.times(evening)
        day = start.astimezone(ctx.tz).date() if start is not None else ctx.clock().date()
        begin = datetime.combine(day, a, tzinfo=ctx.tz)
        if start is None and begin <= ctx.clock():
            begin += timedelta(days=1)
        finish = datetime.combine(begin.date(), b, tzinfo=ctx.tz)
        return begin, finish if finish > begin else finish + timedelta(days=1)
    assert said.length is not None and start is not None  # (asked "when?" otherwise)
    if end is None:  # a time of day was said
        return start, start + said.length
    if said.length >= timedelta(days=1):
        return start, start + timedelta(days=said.length.days)
    return start, end


def say_span(ev: CalendarEvent, ctx: SkillContext) -> str:
    """'meeting with the plumber from 2 PM to 5 PM tomorrow', 'holiday on Monday for 7
    days': an event said with its end."""
    local, now = ev.start.astimezone(ctx.tz), ctx.clock()
    if ev.end is None:
        return say_event(ev, ctx)
    finish = ev.end.astimezone(ctx.tz)
    language = lang.pick(ctx.language)
    if language != "en" and finish.date() != local.date():  # "Besuch am Freitag um 16:00
        # Uhr bis Sonntag um 15:00 Uhr"; all day: "… bis Sonntag" (the last day)
        whole = finish.time() == time(0) and local.time() == time(0)
        if finish.time() == time(0) and not whole and finish.date() == local.date() + \
                timedelta(days=1):  # "de huit heures du soir à minuit"
            return f"{say_event(ev, ctx)} {lang.t(language, 'cal_until_midnight')}"
        last = finish.date() - timedelta(days=1) if whole else finish.date()
        day = lang.WEEKDAYS[language][last.weekday()] if (last - local.date()).days < 7 \
            else lang.say_date(last, language)
        if whole:
            return f"{say_event(ev, ctx)} {lang.t(language, 'cal_until_day_only', day=day)}"
        return f"{say_event(ev, ctx)} " + lang.t(language, "cal_until_day", day=day,
                                                 at=lang.say_at(finish, language))
    if language != "en":  # "palestra mercoledì alle 14:30 fino alle 16:00"
        return f"{say_event(ev, ctx)} {agenda.until(finish, language)}"
    if local.time() == time(0) and ev.end - ev.start >= timedelta(hours=23):
        days = (ev.end - ev.start).days
        return f"{say_event(ev, ctx)}" + (f" for {days} days" if days > 1 else "")
    if finish.date() != local.date():  # "night shift from 8 PM on Wednesday to 8 AM on Thursday"
        return (f"{_say_title(ev, ctx)} from {say_time(local)} {say_date(local.date(), now.date())} "
                f"to {say_time(finish)} {say_date(finish.date(), now.date())}")
    return (f"{_say_title(ev, ctx)} from {say_time(local)} to {say_time(finish)} "
            f"{say_date(local.date(), now.date())}")


def _words(text: str, english: bool = True) -> set[str]:
    words = clean(text).split()
    if not english:  # "l'appuntamento", "d'anniversaire": the word after the article
        words = [re.sub(r"^(?:l|d|j|qu|un|all|dell|nell|sull|dall)'", "", w) for w in words]
    stop = _STOP if english else _STOP_ANY
    return {w.removesuffix("'s").rstrip("s") for w in words if w not in stop and len(w) > 1}


def _name_keys(words: str, english: bool = True) -> set[str]:
    """The words of ``words`` that can name one thing (not "appointment", "calendar")."""
    return _words(words, english) - {w.rstrip("s") for w in _GENERIC}


def match_events(events: list[CalendarEvent], words: str,
                 language: str = "en") -> list[CalendarEvent]:
    """Events whose title shares the most words with ``words`` (all if none given)."""
    english = lang.pick(language) == "en"
    keys = _name_keys(words, english)
    # only words of some title count: "delete the event I've got on Wednesday" names none
    keys &= set().union(*(_words(e.title, english) for e in events)) if events else set()
    if not keys:
        return events
    scored = [(len(keys & _words(e.title, english)), e) for e in events]
    best = max((s for s, _ in scored), default=0)
    return [e for s, e in scored if s and s == best]


_TO_DAY = re.compile(r"^\s*(?:and|to|until|till|through|thru|-)\s+(?:on\s+)?(.+)$")


def _two_days(text: str, days: tuple[date, date] | None, span: str, ctx: SkillContext
              ) -> tuple[tuple[date, date] | None, str]:
    """English "between Wednesday and Friday", "on Tuesday and Wednesday", "from today to
    Sunday": the days from the first to the second (and the words that said both)."""
    if not days or not span or days[0] != days[1] or lang.pick(ctx.language) != "en":
        return days, span
    said, first = clean(text), clean(span)
    at = said.find(first)
    end = at + len(first)  # where the first day's words end
    m = _TO_DAY.match(said[end:]) if at >= 0 else None
    if m is None:
        return days, span
    found = find_value(m.group(1), "date", ctx, ("date",), must=DAY_WORDS, max_words=4)
    if found is None or not m.group(1).startswith(found[1]):
        return days, span
    last = date.fromisoformat(found[0]["date"][:10])
    if last <= days[0]:
        return days, span
    return (days[0], last), said[at:end + m.start(1) + len(found[1])]


def _titled_in_full(events: list[CalendarEvent], text: str) -> bool:
    """Whether every word of some event's title is said in ``text``."""
    said = set(clean(text).replace("'s", "").split())
    return any(set(clean(e.title).replace("'s", "").split()) - {"the", "a", "an", "my"} <= said
               for e in events if e.title.strip())


# "is my calendar free on Thursday evening?", "am I free …": yes when nothing is on
_FREE = re.compile(r"\b(?:free|clear|empty|available|nothing on)\b")
_PARTS = {"morning", "afternoon", "evening", "night", "tonight"}


_FIRST_ONE = re.compile(r"\b(?:first|earliest)\s+(?:event|appointment|meeting|thing)\b")


def _part_of_day(v: dict[str, Any] | None, days: tuple[date, date] | None
                 ) -> tuple[str, datetime, datetime] | None:
    """(its name, start, end) of a part of one day said ("on Friday afternoon")."""
    if v is None or not days or days[0] != days[1] or v.get("part_of_day") not in _PARTS \
            or not v.get("datetime") or not v.get("end"):
        return None
    return (v["part_of_day"], datetime.fromisoformat(v["datetime"]),
            datetime.fromisoformat(v["end"]))


_AT_POINT = timedelta(minutes=30)


def _point_in_time(v: dict[str, Any] | None) -> datetime | None:
    """The moment a question names with a clock ("on Wednesday at 2"), not a part of a day."""
    if v is None or v.get("kind") != "datetime" or v.get("part_of_day") or v.get("end") \
            or not v.get("datetime"):
        return None
    return datetime.fromisoformat(v["datetime"])


def _day_range(v: dict[str, Any] | None) -> tuple[date, date] | None:
    if v is None:
        return None
    if v.get("kind") == "date":
        d = date.fromisoformat(v["date"][:10])
        return d, d
    if v.get("kind") == "date_range":
        return date.fromisoformat(v["start"][:10]), date.fromisoformat(v["end"][:10])
    if v.get("kind") == "datetime" and v.get("part_of_day"):
        d = datetime.fromisoformat(v["datetime"]).date()
        return d, d
    return None


# a change asked for in a sentence read as a new event ("… Could you change that on the
# calendar?", "… on Saturday instead")
_CHANGE_TOLD = re.compile(r"\b(?:change|move|update|shift|reschedule|amend)\s+(?:that|it|this)\b|"
                          r"\binstead\b", re.I)
_TITLE_SMALL = {"with", "the", "a", "an", "and", "my", "of", "to", "at", "for", "on", "in", "our"}


class CalendarSkill:
    name = "calendar"
    intents = [
        IntentSpec("calendar_set", "Add a calendar event or a reminder, or move one "
                   "('move my dentist appointment to Friday').",
                   {"event_name": _WHAT, "date": _DATE, "time": _TIME,
                    "person": {"type": "string", "description": "Who it is with"}}),
        IntentSpec("calendar_query", "Tell what is on the calendar (a day, a range, an "
                   "event) or which reminders are set.",
                   {"event_name": _WHAT, "date": _DATE}),
        IntentSpec("calendar_remove", "Remove calendar events or reminders.",
                   {"event_name": _WHAT, "date": _DATE}, sensitive=True),
        IntentSpec("calendar_length", "Make a calendar event end at another time, or last "
                   "longer or shorter ('set the end of the team meeting to 10:30').",
                   {"event_name": _WHAT,
                    "change": {"type": "string", "description": "The new end or length"}},
                   templates=event_length.TEMPLATES),
    ]

    def __init__(self) -> None:
        self.reminders = Reminders()

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = clean(u.text)
        try:
            if u.intent == "calendar_set":
                repeat = repeat_changes.find(u.text, lang.pick(ctx.language))
                if repeat is not None and repeat.kind == "reminder":  # "make the bins
                    # reminder weekly"
                    return await self.reminders.repeat(u, ctx, repeat)
                asked = move_asked(u.text, lang.pick(ctx.language), ctx.clock()) \
                    or await self._move_unsaid(text, ctx)
                if asked is not None:
                    return await self.move(u, ctx, asked)
                if is_reminder(text):
                    return await self.reminders.create(u, ctx)
                return await self.add(u, ctx)
            if u.intent == "calendar_query":
                language = lang.pick(ctx.language)
                if day_overview.asks(u.text, language):  # "what's on Saturday?"
                    found = await agenda.overview(
                        u.text, day_overview.kinds(u.text, language), ctx,
                        every_alarm=day_overview.every_alarm(u.text, language))
                    if found is not None:
                        return found
                if is_reminder(text):
                    return await self.reminders.query(u, ctx)
                return await self.query(u, ctx)
            if u.intent == "calendar_length":
                return await self.length(u, ctx)
            if u.intent == "calendar_remove":
                if is_reminder(text):
                    return await self.reminders.remove(u, ctx)
                return await self.remove(u, ctx)
        except HarkError as e:
            return Outcome(lang.say_error(e, ctx.language), action="calendar.failed")
        return Outcome(lang.t(ctx.language, "cal_unsupported"), action="calendar.unsupported")

    async def _events(self, ctx: SkillContext) -> list[CalendarEvent]:
        return await read_db(ctx, repo.all_events, user=ctx.user_id)

    async def _reminder_named_better(self, named: str, ev: CalendarEvent,
                                     ctx: SkillContext) -> bool:
        """Whether a pending reminder's words share more of ``named`` than the title of
        ``ev``, the event those words found ("my dentist call": "call the dentist")."""
        keys = _name_keys(named)
        rows = await read_db(ctx, reminder_repo.list_for, user=ctx.user_id)
        shared = len(keys & _words(ev.title))
        return any(len(keys & _words(r.text)) > shared for r in rows)

    async def add(self, u: Understanding, ctx: SkillContext) -> Outcome:
        language = lang.pick(ctx.language)
        lowered = u.text.lower()
        said = (said_span(lowered) if language == "en" else said_span_other(lowered, language)) \
            if len(lowered) == len(u.text) else None
        if said is not None and said.range is None:  # "…, station pick-up at half five. Give
            # it an hour all told, the Tyne Bridge'll be chocka.": the length's own sentence
            said = replace(said, at=_own_sentence(u.text, said.at))
        if said is not None:  # "from 2 till 5", "for an hour": read apart from the start
            u = replace(u, text=f"{u.text[:said.at[0]]} {said.instead} "
                                f"{u.text[said.at[1]:]}".strip(),
                        slots=_before(u.slots, said.at[0], said.at[1]))
        across = day_span.ends(lowered, language) if said is None and \
            len(lowered) == len(u.text) else None
        if across is not None:  # "from Friday at six till Sunday at eleven": the end on a
            # later day, read apart from the start
            u = replace(u, text=f"{u.text[:across.at[0]]} {u.text[across.at[1]:]}".strip(),
                        slots=_before(u.slots, *across.at))
        v, span = find_when(u, ctx)
        if language == "en" and (said is None or said.range is None):  # "on Wednesday
            # night, … for 7 o'clock"; "on the 10th, it starts at 1 pm and goes three hours"
            v, _ = with_clock(v, span, u, ctx)
        start, has_time = due_from(v, ctx, default_hour=0)
        if has_time:
            # (the day may be in an answer's slot: "Am Montag um halb elf" to "when?")
            start = upcoming(start, " ".join([span or u.text, *(
                str(s.raw) for s in u.slots if s.name in ("time", "date"))]), ctx)
        # "put a call with the landlord in for Thursday": not "… landlord in"
        title = as_written(u.text, _tidy(_title(u, span))) if language == "en" \
            else _title_other(u, span, language)  # "lunch with Reverend Hughes"
        if said is not None and said.instead and language != "en":  # the start said in the
            # range's place, apart from the day ("E giovedì, mettimi … dalle 15 alle 16"):
            # no word of the title's
            rest = " ".join(re.sub(rf"(?:^|\s){re.escape(said.instead)}(?=\s|$)", " ", title,
                                   flags=re.I).split())
            title = rest or title
        named = quoted(u.text) if language == "en" else []
        if named:  # "put event 'Japanese society dinner' on Saturday": the quoted title
            title = named[0].group(2).strip()
        if not title or names_nothing(title):  # "put something in my calendar for Friday"
            return Outcome(lang.t(language, "cal_ask_what"), action="calendar.ask_what",
                           expect_followup=True, data={"missing": "event_name"})
        if start is not None and has_time and v is not None and v.get("ambiguous") and \
                language == "en" and start.hour < 12 and EVENING.search(clean(title)):
            start += timedelta(hours=12)  # "dinner and drinks on Friday at 7": 7 PM
        if start is None and (said is None or said.range is None):
            said = second_person(title) if language == "en" else title
            return Outcome(lang.t(language, "cal_ask_when", title=said),
                           action="calendar.ask_when",
                           expect_followup=True, data={"missing": "date", "title": title})
        end = None if has_time or start is None else start + timedelta(days=1)  # all day
        until = day_span.end_after(across, start, language, ctx.clock()) \
            if across is not None and start is not None else None
        if until is not None:
            end = until
        elif said is not None:
            start, end = _span(said, start, end, bool(EVENING.search(clean(title))), ctx)
        elif start is not None and has_time:  # the answer to "when is it?": "next Monday at
            # 11:15, and it lasts half an hour", "Thursday, ten to six until half past six"
            end = _end_in_slots(u, start, ctx) or end
        events = await self._events(ctx)
        if language == "en" and start is not None and has_time and _CHANGE_TOLD.search(u.text):
            told = await self._told_change(u, ctx, start, events)
            if told is not None:
                return told
        for ev in events:  # "the team meeting is at 9 tomorrow": told, not new
            if ev.title.lower() == title.lower() and ev.start == start:
                return Outcome(lang.t(language, "cal_exists", event=say_event(ev, ctx)),
                               action="calendar.exists", data={"event": ev.to_dict()})
        location = slot_text(u, "place_name")
        ev = await write_db(ctx, repo.create, title=title, start=start, end=end,
                            user=ctx.user_id, location=location, now=ctx.clock())
        told = say_span(ev, ctx) if said is not None or until is not None or (
            has_time and end is not None) \
            else say_event(ev, ctx)
        return Outcome(lang.t(language, "cal_added", event=told),
                       action="calendar.set", data={"event": ev.to_dict()})

    async def _move_unsaid(self, text: str, ctx: SkillContext) -> Move | None:
        """"move dinner with Anna", "Ich muss das Abendessen mit Anna verschieben":
        a move with no new time, of one coming event named by its title words, so that
        the user is asked when to (not an event called "Move dinner with Anna"); None
        when the words name no one event."""
        language = lang.pick(ctx.language)
        named = move_requests.unsaid(text, language, ctx.clock(), worded=False)
        if named is None:
            return None
        if is_reminder(named):  # "move the bins reminder": asked when to
            return Move(named, "", None)
        events = [e for e in await self._events(ctx) if (e.end or e.start) >= ctx.clock()]
        hits = match_events(events, named, language)
        return Move(named, "", None) if events and len(hits) == 1 and hits is not events \
            else None

    async def _told_change(self, u: Understanding, ctx: SkillContext, start: datetime,
                           events: list[CalendarEvent]) -> Outcome | None:
        """A change told as a story ("my friend Anna rang, … we're having our dinner on the
        Saturday instead, … seven o'clock. Could you change that on the calendar?"): the one
        coming event all of whose title words were said, moved to ``start``; None when
        no one event was named."""
        said = set(re.findall(r"[a-z']+", u.text.lower()))
        hits = [e for e in events if (e.end or e.start) >= ctx.clock()
                and (words := [w for w in re.findall(r"[a-z']+", e.title.lower())
                               if w not in _TITLE_SMALL]) and all(w in said for w in words)]
        return await _moved(hits[0], start, ctx) if len(hits) == 1 else None

    async def query(self, u: Understanding, ctx: SkillContext) -> Outcome:
        events = await self._events(ctx)
        v, span = find_when(u, ctx)
        days = _day_range(v)
        now = ctx.clock()
        days, span = _two_days(u.text, days, span, ctx)  # "on Tuesday and Wednesday"
        asked = several_days(u.text, u.slots, now.astimezone(ctx.tz).date(),
                             lang.pick(ctx.language) == "en")
        if asked is not None:  # "which events have I got after Tuesday?", "on Tuesday and
            days = asked.span  # Friday?" (those two days only)
        words = clean(u.text).replace(span, " ") if span else u.text
        given = slot_text(u, "event_name")
        english = lang.pick(ctx.language) == "en"
        if not _titled_in_full(events, u.text):
            # "when do I have to call the dentist?": the reminder (unless an event's whole
            # title is said too: "when is the meeting with the landlord?")
            whole = await self.reminders.said_in_full(u, ctx)
            if whole is not None:
                return whole
        each = each_named(events, u.text, match_events) if english else []
        if each:  # "when are the team meeting and the dentist appointment?"
            return Outcome(" ".join(_say_when_is(e, ctx) for e in each),
                           action="calendar.query", data={"events": [e.to_dict() for e in each]})
        named = match_events(events, given or words, ctx.language)
        if named is events:
            if given and english:  # the tagger's title names none: the words may
                named = match_events(events, words)
            if named is events:  # no title said: a reminder's words, "when do I put the
                found = await self.reminders.named(u, ctx)  # bins out?"
                if found is not None:
                    return found
        if named is not events and named:
            if days:
                named = [e for e in named if days[0] <= e.start.astimezone(ctx.tz).date()
                         <= days[1]] or named
            upcoming = [e for e in named if (e.end or e.start) >= now] or named[-1:]
            ev = upcoming[0]
            language = lang.pick(ctx.language)
            if ev.end is not None and re.search(_LASTS[language], u.text.lower()) and \
                    not re.search(_UNTIL_IT, u.text.lower()):  # "how long is … booked for?"
                return Outcome(_say_length(ev, ctx), action="calendar.query",
                               data={"events": [ev.to_dict()]})
            if lang.pick(ctx.language) == "en" and ev.end is not None \
                    and _ENDS.search(clean(u.text)):  # "when does the team meeting finish?"
                end = ev.end.astimezone(ctx.tz)
                if re.search(r"\b(?:start|starts|begin|begins)\b|^(?:what time|when)(?:'s| is)\b",
                             clean(u.text)):
                    # "what time does my team meeting start and finish tomorrow?"
                    return Outcome(f"Your {_say_title(ev, ctx)} is from "
                                   f"{say_time(ev.start.astimezone(ctx.tz))} to {say_time(end)} "
                                   f"{say_date(end.date(), now.date())}.",
                                   action="calendar.query", data={"events": [ev.to_dict()]})
                return Outcome(f"Your {_say_title(ev, ctx)} ends at {say_time(end)} "
                               f"{say_date(end.date(), now.date())}.",
                               action="calendar.query", data={"events": [ev.to_dict()],
                                                              "asked_end": True})
            language = lang.pick(ctx.language)
            if language != "en" and ev.end is not None and \
                    find_words(stored_requests.ENDS[language], u.text.lower()):
                # "A che ora finisce la cena con Anna?", "Bis wann geht das Abendessen?"
                return Outcome(lang.capital(lang.t(language, "cal_ends", title=ev.title,
                               when=_when(ev, ctx), end=lang.say_time(
                                   ev.end.astimezone(ctx.tz), language))),
                               action="calendar.query", data={"events": [ev.to_dict()],
                                                              "asked_end": True})
            return Outcome(_say_when_is(ev, ctx), action="calendar.query",
                           data={"events": [e.to_dict() for e in upcoming]})
        window = said_span(clean(u.text)) if english else None
        if window is not None and window.range is not None and window.range.ok():
            # "what events do I have between 9 and 10 tomorrow?": what overlaps those hours
            day = days[0] if days else (_point_in_time(v) or now).astimezone(ctx.tz).date()
            start, end = window.range.times()
            lo = datetime.combine(day, start, tzinfo=ctx.tz)
            hi = datetime.combine(day, end, tzinfo=ctx.tz)
            hits = [e for e in await read_db(ctx, repo.between, lo - timedelta(days=1), hi,
                                             user=ctx.user_id)
                    if e.start < hi and (e.end or e.start + _AT_POINT) > lo]
            free = bool(_FREE.search(clean(u.text)))
            hours = f"from {say_time(lo)} to {say_time(hi)} {say_date(day, now.date())}"
            if hits:
                speech = (f"{'No, you' if free else 'You'} have "
                          f"{lang.join([say_event(e, ctx) for e in hits], 'en')}.")
            else:
                speech = f"Yes, you're free {hours}." if free else f"You've nothing on {hours}."
            return Outcome(speech, action="calendar.query",
                           data={"events": [e.to_dict() for e in hits],
                                 "answer": not hits if free else bool(hits), "busy": bool(hits)})
        part = _part_of_day(v, days)
        point = _point_in_time(v) if not days else None
        if point is not None:  # "am I free on Wednesday at 2?", "anything on at 9 tomorrow?"
            return await self._at(point, u, ctx)
        if days:
            lo = datetime.combine(days[0], time(0), tzinfo=ctx.tz)
            hi = datetime.combine(days[1] + timedelta(days=1), time(0), tzinfo=ctx.tz)
            if part is not None:  # "on Thursday evening": that part of the day
                lo, hi = part[1], part[2]
            hits = await read_db(ctx, repo.between, lo, hi, user=ctx.user_id)
            if asked is not None and part is None:
                hits = [e for e in hits if asked.holds(e.start.astimezone(ctx.tz).date())]
        else:
            hits = [e for e in events if (e.end or e.start) >= now]
        said_part = part_of_day_said(u.text) if english and part is None else None
        if said_part is not None:  # "any evening events?", "what's on this week in the mornings"
            hits = [e for e in hits
                    if in_hours(e.start.astimezone(ctx.tz).time(), *said_part[1:])]
        if not days:
            hits = hits[:5]
            if english and NEXT_ONE.search(clean(u.text)):  # "what's my next event?"
                hits = hits[:1]
        if english and _FIRST_ONE.search(clean(u.text)):  # "my first appointment this week"
            hits = hits[:1]
        # a yes/no question's answer, for "… if not, book a haircut at 3"
        free = english and bool(_FREE.search(clean(u.text)))
        return Outcome(_say_events(hits, days, ctx, part[0] if part else ""),
                       action="calendar.query",
                       data={"events": [e.to_dict() for e in hits],
                             "answer": not hits if free else bool(hits), "busy": bool(hits)})

    async def _at(self, point: datetime, u: Understanding, ctx: SkillContext) -> Outcome:
        """What is on at one moment: an event under way then or starting within half an
        hour of it."""
        hits = [e for e in await read_db(ctx, repo.between, point - timedelta(days=1),
                                         point + _AT_POINT, user=ctx.user_id)
                if e.start < point + _AT_POINT and (e.end or e.start + _AT_POINT) > point]
        language = lang.pick(ctx.language)
        if language != "en":  # "Bin ich am Mittwoch um 14:00 Uhr frei?"
            local = point.astimezone(ctx.tz)
            when = lang.capital(f"{lang.say_day(local.date(), ctx.clock().date(), language)} "
                                f"{lang.say_at(local, language)}")
            items = lang.join([say_event(e, ctx, day=False) for e in hits], language)
            return Outcome(lang.t(language, "cal_at_some" if hits else "cal_at_none",
                                  when=when, items=items), action="calendar.query",
                           data={"events": [e.to_dict() for e in hits], "at": point.isoformat(),
                                 "busy": bool(hits)})
        free = bool(_FREE.search(clean(u.text)))
        when = f"{say_time(point)} {say_date(point.date(), ctx.clock().date())}"
        if not hits:
            speech = f"Yes, you're free at {when}." if free else f"You've nothing on at {when}."
        else:
            items = lang.join([say_event(e, ctx) for e in hits], "en")
            speech = f"{'No, you' if free else 'You'} have {items}."
        return Outcome(speech, action="calendar.query",
                       data={"events": [e.to_dict() for e in hits], "at": point.isoformat(),
                             "answer": not hits if free else bool(hits), "busy": bool(hits)})

    async def remove(self, u: Understanding, ctx: SkillContext) -> Outcome:
        events = [e for e in await self._events(ctx) if (e.end or e.start) >= ctx.clock()]
        language = lang.pick(ctx.language)
        if not events:
            return Outcome(lang.t(language, "cal_nothing_to_remove"), action="calendar.remove")
        v, span = find_when(u, ctx)
        words = clean(u.text).replace(span, " ") if span else u.text
        picked = which_one.picked(u, EVENT_ID_SLOT, events)  # the answer to "which one?"
        if picked is not None:
            hits = events = picked
        else:
            hits = match_events(events, slot_text(u, "event_name") or words, ctx.language)
            if hits is events and slot_text(u, "event_name") and language == "en":
                hits = match_events(events, words)  # the tagger's "[meeting's] been cancelled"
        days = _day_range(v)
        if days:
            hits = [e for e in hits if days[0] <= e.start.astimezone(ctx.tz).date() <= days[1]]
        if len(hits) > 1 and language == "en":  # "remove the 9 o'clock meeting tomorrow"
            hits = _said_of(hits, clean(u.text), ctx) or hits
        # each by its title or its day and time
        each = each_named(events, u.text, match_events,
                          lambda rows, part: _said_of(rows, part, ctx)) \
            if language == "en" else []
        hits = each or hits  # "delete the dentist appointment and the dinner with Anna"
        if not hits:
            return Outcome(lang.t(language, "cal_not_found"), action="calendar.not_found")
        everything = wants_all(u.text) or bool(re.search(r"\bclear\b", clean(u.text))) \
            or bool(each)
        if re.search(r"\bnext (event|appointment|meeting)\b", clean(u.text)):
            hits = hits[:1]
        elif len(hits) > 1 and not everything:
            return _ask_which(hits, u, ctx)
        ids = [e.id for e in hits]
        await write_db(ctx, _delete_many, ids)
        if len(ids) == 1:
            speech = lang.t(language, "cal_removed", event=say_event(hits[0], ctx))
        elif language == "en":
            speech = f"Okay, I've removed {all_of(len(ids), 'events')}."
        else:
            speech = lang.t(language, "cal_removed_many", n=len(ids))
        return Outcome(speech, action="calendar.remove",
                       data={"ids": ids, "events": [x.to_dict() for x in hits]})

    async def move(self, u: Understanding, ctx: SkillContext, asked: Move) -> Outcome:
        language = lang.pick(ctx.language)
        before, after, shift = asked.before, asked.after, asked.shift
        if language == "en" and "remind" in before:
            return await self.reminders.move(u, ctx, before=before, after=after, shift=shift)
        if language != "en" and is_reminder(u.text):  # "Le rappel pour appeler le dentiste
            # demain, mets-le plutôt à 8 h": the reminder, not the dentist's appointment;
            # named by all the words but the new time ("Les poubelles, repousse le rappel
            # d'une heure", "Il biglietto per Sam, sposta il promemoria a venerdì")
            if _NAMES_ONE.search(clean(before)):
                named = before
            elif after:
                named = clean(u.text).replace(clean(after), " ")
            else:
                named = u.text
            out = await self.reminders.move(u, ctx, before=named, after=after, shift=shift)
            if out.action != "reminder.none":
                return out
        events = [e for e in await self._events(ctx) if (e.end or e.start) >= ctx.clock()]
        named = slot_text(u, "event_name")
        hits = match_events(events, before if re.fullmatch(
            r"(?:it|that|this)?(?:\s+(?:back|forward|up))?", clean(named)) else named, language)
        picked = which_one.picked(u, EVENT_ID_SLOT, events)  # the answer to "which one?"
        if picked:
            hits = events = picked
        if hits is events and len(events) > 1 and language == "en":
            # no title said: the day said ("move my Wednesday appointment to Thursday")
            hits = _said_of(events, before, ctx) or hits
        if hits is events and len(events) > 1:  # "the appointment's moved to Thursday": the
            # one appointment (the word no title but one has)
            kind = _KIND_WORD.search(clean(named or before))
            only = [e for e in events if kind and re.search(
                rf"\b{kind.group(1)}", e.title, re.I)] if kind else []
            hits = only or hits
        if not events or not hits or (hits is events and len(events) > 1):
            # a reminder by its word ("verschieb die Erinnerung auf morgen"), or named by words
            # no appointment has ("schieb das mit dem Müll bitte auf 20:30": the bins
            # reminder; "push the birthday card one to Friday")
            reminder_said = is_reminder(before) or not events
            if reminder_said or before.strip():
                out = await self.reminders.move(u, ctx, before=before, after=after,
                                                shift=shift)
                if reminder_said:
                    if out.action != "reminder.none" or is_reminder(before):
                        return out
                    return Outcome(lang.t(language, "cal_nothing_to_move"),
                                   action="calendar.move_nothing")
                if out.action not in ("reminder.none", "reminder.not_found"):
                    return out
            return Outcome(lang.t(ctx.language, "cal_move_which"), action="calendar.ask_which",
                           expect_followup=True, data={"missing": "event_name"})
        if len(hits) > 1:
            return _ask_which(hits, u, ctx)
        ev = hits[0]
        if language == "en" and named.strip() and await self._reminder_named_better(
                named, ev, ctx):  # "move my dentist call to quarter past eleven": the
            # reminder to call the dentist, not the dentist appointment
            out = await self.reminders.move(u, ctx, before=before, after=after, shift=shift)
            if out.action not in ("reminder.none", "reminder.not_found"):
                return out
        if shift is not None:
            start = ev.start + timedelta(minutes=shift)
        else:
            v, _ = find_when(u, ctx, text=after) if after else _answered_when(u, ctx)
            start = moved(ev.start, v, ctx)
            if start is not None and v is not None and v.get("kind") == "datetime" \
                    and v.get("ambiguous") and start.hour < 12:
                # "dinner is now on Saturday, still half seven": the hour nearer the old
                old = ev.start.astimezone(ctx.tz)
                start = start.replace(hour=nearer_hour(start.hour, start.minute, old.hour,
                                                       old.minute))
        if start is None:
            return Outcome(lang.t(ctx.language, "cal_move_when", title=_say_title(ev, ctx)),
                           action="calendar.ask_when", expect_followup=True,
                           data={"missing": "date"})
        return await _moved(ev, start, ctx)

    async def length(self, u: Understanding, ctx: SkillContext) -> Outcome:
        """An event made to end at another time, or to last longer or shorter
        (:mod:`hark.text.event_length`)."""
        language = lang.pick(ctx.language)
        asked = event_length.plain(u.text)
        events = [e for e in await self._events(ctx) if (e.end or e.start) >= ctx.clock()]
        if asked is None or not events:
            return Outcome(lang.t(language, "cal_nothing_to_move"), action="calendar.move_nothing")
        kind, title, words = asked
        picked = which_one.picked(u, EVENT_ID_SLOT, events)  # the answer to "which one?"
        hits = picked or match_events(events, title, language)
        if len(hits) > 1:
            return _ask_which(hits, u, ctx)
        ev = hits[0]
        end = _new_end(ev, kind, words, ctx)
        if end is None:
            return Outcome(lang.t(language, "cal_move_when", title=_say_title(ev, ctx)),
                           action="calendar.ask_when", expect_followup=True,
                           data={"missing": "date"})
        start = ev.start.astimezone(ctx.tz)
        say = (lambda t: say_time(t)) if language == "en" else (
            lambda t: lang.say_time(t, language))
        if end <= start:
            return Outcome(lang.t(language, "cal_end_before", title=_say_title(ev, ctx),
                                  start=say(start)), action="calendar.end_before")
        ev = await write_db(ctx, repo.update_event, ev.id, end=end, now=ctx.clock())
        if end.astimezone(ctx.tz).date() != start.date():  # "… to 9 PM on Friday"
            return Outcome(lang.t(language, "cal_end_changed_days", span=say_span(ev, ctx)),
                           action="calendar.move", data={"event": ev.to_dict()})
        day = say_date(start.date(), ctx.clock().date()) if language == "en" else \
            lang.say_day(start.date(), ctx.clock().date(), language)
        return Outcome(lang.t(language, "cal_end_changed", title=_say_title(ev, ctx),
                              start=say(start), end=say(end.astimezone(ctx.tz)), day=day),
                       action="calendar.move", data={"event": ev.to_dict()})


def _end_in_slots(u: Understanding, start: datetime, ctx: SkillContext) -> datetime | None:
    """The end the slots give an event starting at ``start``: a length, or a time it runs
    until (the first such clock time after the start)."""
    for s in u.slots:
        v = s.value if isinstance(s.value, dict) else {}
        if v.get("kind") == "duration" and s.name == "duration" and 0 < v.get("seconds", 0) <= 86400:
            return start + timedelta(seconds=float(v["seconds"]))
        if v.get("kind") == "time" and v.get("bound") == "before" and v.get("time"):
            end = _clock_after(start.astimezone(ctx.tz), time.fromisoformat(v["time"][:5]),
                               bool(v.get("ambiguous")))
            if end is not None:
                return end
    return None


def _clock_after(start: datetime, at: time, ambiguous: bool) -> datetime | None:
    """``at`` on ``start``'s day, the first after ``start`` (a time said without AM or PM
    either of its two), or None when it is not after it."""
    for hour in (at.hour % 12, at.hour % 12 + 12) if ambiguous else (at.hour,):
        end = start.replace(hour=hour, minute=at.minute, second=0, microsecond=0)
        if end > start:
            return end
    return None


def _new_end(ev: CalendarEvent, kind: str, words: str, ctx: SkillContext) -> datetime | None:
    """The end ``words`` give ``ev``: a time of day on its day (a time said without AM or
    PM is the first after its start), its start and a length, or its end moved by one."""
    start = ev.start.astimezone(ctx.tz)
    if kind == "end" and day_span.starts_with_day(words):  # "friday night 9 p.m.", "sonntag"
        return _end_on_day(ev, words, ctx)
    if kind == "end":
        found = find_value(words, "time", ctx, ("time", "datetime"))
        if found is None or not found[0].get("time"):
            return None
        at = time.fromisoformat(found[0]["time"][:5])
        ambiguous = bool(found[0].get("ambiguous"))
        last = at.hour % 12 + 12 if ambiguous else at.hour  # (not after the start: refused)
        return _clock_after(start, at, ambiguous) or start.replace(
            hour=last, minute=at.minute, second=0, microsecond=0)
    found = find_value(event_length.length_words(words), "duration", ctx, ("duration",))
    if found is None:
        return None
    length = timedelta(seconds=float(found[0]["seconds"]))
    if kind == "length":
        return start + length
    old_end = (ev.end or ev.start).astimezone(ctx.tz)
    return old_end + length if kind == "longer" else old_end - length


def _end_on_day(ev: CalendarEvent, words: str, ctx: SkillContext) -> datetime | None:
    """The end ``words`` say on a later day than ``ev`` starts: the day and the clock said,
    or the day at the time it ended before ("bis Sonntag, gleiche Uhrzeit")."""
    start, language = ev.start.astimezone(ctx.tz), lang.pick(ctx.language)
    end = day_span.end_after(day_span.Across((0, 0), words), start, language, ctx.clock())
    if end is None or ev.end is None or day_span.clock_said(words, language):
        return end
    old_end = ev.end.astimezone(ctx.tz)  # the day alone: at the time it ended
    return end.replace(hour=old_end.hour, minute=old_end.minute) - timedelta(days=1) \
        if end.time() == time(0) else end


async def _moved(ev: CalendarEvent, start: datetime, ctx: SkillContext) -> Outcome:
    """``ev`` moved to ``start``, keeping its length, and what is said of it."""
    end = ev.end + (start - ev.start) if ev.end is not None else None
    ev = await write_db(ctx, repo.update_event, ev.id, start=start, end=end, now=ctx.clock())
    return Outcome(lang.t(ctx.language, "cal_moved", title=_say_title(ev, ctx),
                          when=_when(ev, ctx)),
                   action="calendar.move", data={"event": ev.to_dict()})


def _answered_when(u: Understanding, ctx: SkillContext) -> tuple[dict[str, Any] | None, str]:
    """The new time of a move asked with none ("move dinner with Anna" — "When should I move
    dinner with Anna to?" — "To Saturday, same time"): the time and day slots the answer
    filled in, not words of the request ("move the team meeting at 9")."""
    said = u.text.lower()
    answered = [s for s in u.slots if s.name in ("date", "time", "timeofday")
                and str(s.raw).lower() not in said]
    return find_when(replace(u, text="", slots=answered), ctx) if answered else (None, "")


@dataclass(frozen=True)
class Move:
    """A move asked for: the event's words, the new time's words, or a shift in minutes."""

    before: str
    after: str
    shift: int | None


def move_asked(text: str, language: str, now: datetime | None = None) -> Move | None:
    """The move ``text`` asks for, or None. English moves "to" a time are split at the
    last "to" ("move my dentist appointment to friday"); shifts ("push … back an hour")
    and the other languages ("verschieb den Zahnarzttermin auf Montag", "décale l'appel
    d'une heure") are read by :mod:`hark.nlu.move_requests`."""
    if language == "en":
        # "dinner with Anna, can you move it to 8pm": the thing first, then the move of "it"
        text = re.sub(r"^(.+?),\s*((?:(?:can|could|would) you\s+)?(?:please\s+)?(?:move|push|"
                      r"change|shift|reschedule|bring))\s+(?:it|that)\b", r"\2 \1", text,
                      flags=re.I)
        # "make the bins reminder an hour earlier" is a shift too
        text = re.sub(r"\bmake\b(?=.*\b(?:earlier|later)\b)", "move", text, flags=re.I)
        shifted = move_requests.find(text, language, now)
        if shifted is not None and shifted.shift_minutes is not None:
            return Move(shifted.event, "", shifted.shift_minutes)
    if language == "en" and _MOVE.search(clean(text)) and not _ADDING.match(clean(text)):
        # "…, they called and asked to push it": why, not what
        # (a reason before the request stays: "The surgery rang, they need me on Thursday
        # instead, so move my dentist appointment to Thursday" — the move is after it)
        # (nor one after a dash: "…, we're up at the hospital all morning — push that reminder
        # to Thursday")
        # ("…, tomorrow the cleaner is coming": why, with its own day and someone named)
        text = re.sub(rf",\s*(?:on\s+)?(?:{WEEKDAYS}|tomorrow|today|tonight)\s+(?:the|my|our|his|"
                      r"her|their)\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were|will|has|have|comes?)\b"
                      r"(?!.*\b(?:move|push|change|shift|reschedule|bring)\b).*$", "", text, flags=re.I)
        said = clean(re.sub(rf",\s*(?:(?:on\s+)?(?:{WEEKDAYS}|tomorrow|today|tonight)\s+"
                            r"(?=(?:they|he|she|we|i)\b))?"
                            # ("…, Friday I am going to the airport": why, with its own day)
                            r"(?:they|he|she|we|i|it|because|since|as|cause)\b(?!.*(?:\b(?:so|"
                            r"please|can you|could you)\s+|[—–]\s*)(?:move|push|change|shift|"
                            r"reschedule|bring)\b).*$", "", text, flags=re.I))
        said = re.sub(r"^.*,\s*(?:so|and so)\s+(?=(?:move|push|change|shift|reschedule|bring)\b)",
                      "", said)
        # nor one said with no comma: "move dinner with Anna to 6 pm on Friday so I've got
        # time to practise after"
        said = re.sub(r"\s+(?:so(?: that)?|because|cause|since)\s+(?:i|we|he|she|they|there)\b"
                      r"(?!.*\b(?:move|push|change|shift|reschedule|bring)\b).*$", "", said)
        said = re.sub(r",?\s+not\s+[\w:]+$", "", said)  # "…, not seven"
        # "… to Wednesday evening, same time": the day changes, the time stays
        same = re.search(r",?\s*(?:at\s+)?(?:the\s+)?same (?:time|hour)$", said)
        if same:
            said = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", said[:same.start()])
        said = re.sub(r",?\s+instead$", "", said)  # "… is now on Saturday instead, same time"
        # "… to wednesday instead of thursday": the old day names which one
        instead = re.search(r"\s+instead of\s+(.+)$", said)
        old = f" {instead.group(1)}" if instead else ""
        said = said[:instead.start()] if instead else said
        if " should be " in said:  # "the bins reminder should be at half six"
            before, _, after = said.partition(" should be ")
        else:
            cut = split_at_to(said)  # (not "quarter to seven")
            before, after = cut if cut else said.rpartition(" for ")[::2]
        return Move(before + old, after, None)
    asked = move_requests.find(text, language, now)
    if asked is None or (language == "en" and asked.shift_minutes is None):
        return None
    return Move(asked.event, asked.when or "", asked.shift_minutes)


def _said_of(events: list[CalendarEvent], words: str,
             ctx: SkillContext) -> list[CalendarEvent]:
    """The events on the day and at the time named in ``words`` ("my 9 o'clock meeting
    tomorrow", "my Wednesday appointment"); [] when neither narrows them."""
    words = words.replace("'s", "")
    found = find_value(words, "date", ctx, ("date", "datetime"), must=DAY_WORDS)
    hits = events
    if found is not None:
        v = found[0]
        day = (date.fromisoformat(v["date"][:10]) if v.get("kind") == "date" else
               datetime.fromisoformat(v["datetime"]).astimezone(ctx.tz).date())
        hits = [e for e in hits if e.start.astimezone(ctx.tz).date() == day]
    at = find_value(words, "time", ctx, ("time",), must=_CLOCK_WORD)
    if at is not None and at[0].get("time"):
        t = time.fromisoformat(at[0]["time"])
        hits = [e for e in hits
                if same_clock(e.start.astimezone(ctx.tz).time(), t, bool(at[0].get("ambiguous")))]
    return [] if hits is events else hits


_CLOCK_WORD = re.compile(r"\d|o'?clock|\b(?:noon|midday|half|quarter)\b")


def _ask_which(hits: list[CalendarEvent], u: Understanding, ctx: SkillContext) -> Outcome:
    """Which event: the answer ("the one with Anna", "the second") picks one by id."""
    labels = [say_event(e, ctx) for e in hits[:4]]
    return Outcome(lang.t(ctx.language, "cal_which",
                          choices=lang.join(labels, ctx.language, lang.OR)),
                   action="calendar.ask_which", expect_followup=True,
                   data={"choices": which_one.choices(labels, hits[:4], EVENT_ID_SLOT,
                                                      u.intent)})


# how long a thing lasts, asked: "How long is the dentist appointment booked for?", "wie
# lang geht mein Zahnarzttermin", "E quanto la dura?"
_LASTS = {"en": r"\bhow long\b|\bhow much time\b.*\b(?:take|last|booked)|\bduration\b|\blasts?\b",
          "de": r"\bwie lange?\b|\bdauer\w*\b", "fr": r"\bcombien de temps\b|\bdur[ée]e?\b",
          "es": r"\bcu[aá]nto (?:tiempo )?dura\b|\bduraci[oó]n\b|\bdura\b",
          "it": r"\bquanto (?:tempo )?(?:la |lo )?dura\b|\bdurata\b"}
# (not how long until it: "how long till my dinner with Anna?")
_UNTIL_IT = r"\b(?:until|till|til|before|to go|left|bis zum|bis dahin|avant|antes|prima)\b"


def _say_length(ev: CalendarEvent, ctx: SkillContext) -> str:
    """'Your dentist appointment is 30 minutes long, from 2 PM to 2:30 PM on Wednesday.'"""
    language = lang.pick(ctx.language)
    assert ev.end is not None
    length = lang.say_duration((ev.end - ev.start).total_seconds(), language)
    start, end = ev.start.astimezone(ctx.tz), ev.end.astimezone(ctx.tz)
    if language == "en":
        return lang.t(language, "cal_lasts", title=_say_title(ev, ctx), length=length,
                      start=say_time(start), end=say_time(end),
                      day=say_date(start.date(), ctx.clock().date()))
    return lang.capital(lang.t(language, "cal_lasts", title=ev.title, length=length,
                               day=lang.say_day(start.date(), ctx.clock().date(), language),
                               start=lang.say_time(start, language),
                               end=lang.say_time(end, language)))


# an event this long is said with its end when asked when it is ("the engineer is from 8
# AM to noon on Wednesday"): a visit's window, a class; a half-hour appointment is "at 2 PM"
_A_WINDOW = timedelta(hours=2)


def _say_when_is(ev: CalendarEvent, ctx: SkillContext) -> str:
    """'Your dentist appointment is at 3 PM tomorrow.', 'Your boiler engineer is from 8 AM
    to noon on Wednesday.', 'Zahnarzttermin: morgen um …'."""
    past = (ev.end or ev.start) < ctx.clock()
    when = _when(ev, ctx)
    if lang.pick(ctx.language) == "en":
        verb = "was" if past else "is"
        start = ev.start.astimezone(ctx.tz)
        end = ev.end.astimezone(ctx.tz) if ev.end is not None else None
        if end is not None and when.startswith("at ") and end.date() == start.date() \
                and end - start >= _A_WINDOW:  # "between 8 and 12": the window is told
            when = (f"from {say_time(start)} to {say_time(end)} "
                    f"{say_date(start.date(), ctx.clock().date())}")
        return f"Your {second_person(ev.title)} {verb} {when}.".replace("Your your ", "Your ")
    return lang.capital(lang.t(ctx.language, "cal_was" if past else "cal_is", title=ev.title,
                           when=when))


def _on_the_day(ev: CalendarEvent, day: date, ctx: SkillContext) -> str:
    """An event said as it is on ``day``: its time, or for one that began on a day before,
    "until 12 PM" or "all day" (:func:`agenda.still_on`)."""
    still = agenda.still_on(ev, day, ctx)
    return f"{_say_title(ev, ctx)} {still}" if still else say_event(ev, ctx, day=False)


def _say_events(hits: list[CalendarEvent], days: tuple[date, date] | None,
                ctx: SkillContext, part: str = "") -> str:
    """What is on a day ("You have one event tomorrow: ..."), a part of one ("on Friday
    afternoon"), in a range, or coming up."""
    language = lang.pick(ctx.language)
    one_day = bool(days) and days[0] == days[1]
    if days and one_day:
        scope, day = "day", lang.say_day(days[0], ctx.clock().date(), language)
        if language == "en":
            day = say_date(days[0], ctx.clock().date())
            if part:
                day = (("tonight" if part in ("night", "tonight") else f"this {part}")
                       if day == "today" else f"{day} {'night' if part == 'tonight' else part}")
    else:
        scope, day = ("range" if days else "upcoming"), ""
    if not hits:
        key = {"day": "cal_clear_day", "range": "cal_clear_range",
               "upcoming": "cal_nothing_upcoming"}[scope]
        return lang.capital(lang.t(language, key, day=day))
    items = lang.join([_on_the_day(e, days[0], ctx) if one_day and days else say_event(e, ctx)
                       for e in hits], language)  # (one_day holds only with days)
    key = f"cal_{'one' if len(hits) == 1 else 'many'}_{scope}"
    return lang.capital(lang.t(language, key, n=len(hits), day=day, items=items))


def _delete_many(db: Any, ids: list[int]) -> None:
    for i in ids:
        repo.delete(db, i)


async def export_ics_async(ctx: SkillContext) -> str:
    """:func:`export_ics` for the context's store and user, off the event loop."""
    from hark.skills.timers import store_of

    return await asyncio.to_thread(export_ics, store_of(ctx), ctx.user_id)
