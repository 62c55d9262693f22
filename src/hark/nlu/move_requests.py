"""Moving an appointment, asked in German, French, Spanish or Italian: "Verschieb den
Zahnarzttermin auf Montag", "Kannst du das Meeting von morgen auf 15 Uhr verlegen?",
"décale la réunion d'une heure", "adelanta la cita del médico al jueves", "rinvia
l'incontro con Marco alla settimana prossima".

A verb of moving plus either a new time (after "auf", "à", "al", "alle"…, read by the
normalisers as a time, date or both) or a shift by a length of time ("um eine Stunde nach
hinten", "d'une heure", "una hora", "di un'ora"; later unless the verb or a word says
earlier). The NLU routes such sentences to ``calendar_set``; the calendar skill reads the
same words to find the event and its new time. In English the skill keeps its own
reader for moves "to" a time and uses this one for shifts ("push my dentist appointment
back an hour"); the NLU uses this one for both (HWU64 has no examples of moving, and the
model read "push … back an hour" at 0.55, below what the dialogue acts on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from hark.nlu.lexicon import APPOINTMENT_WORDS
from hark.nlu.normalize import normalize
from hark.nlu.time_spans import WORD, known_word
from hark.text import same_time

_VERBS = {
    "en": r"move|reschedule|push|postpone|shift|bring|delay|put",
    "de": r"verschieb\w*|verschoben|verleg\w*|schieb\w*|umleg\w*|leg\w*|vorzieh\w*|zieh\w*|"
          r"änder\w*|später|früher|mach\w*(?=\s+(?:die|den|das|ihn|sie|es|dat|des)\s+auf\s)|"
          # the verb left out: "die Müll-Erinnerung vom Donnerstag bitte auf Mittwoch"
          r"bitte(?=\s+auf\s)",
    "fr": r"d[ée]plac(?:e|es|ez|er|é|ée|és)|d[ée]cal(?:e|es|ez|er|é|ée)|report(?:e|es|ez|er|é)|"
          r"repouss(?:e|es|ez|er)|avan[cç](?:e|es|ez|er)|retard(?:e|es|ez|er)|recul(?:e|es|ez|er)|"
          r"reprogramm(?:e|es|ez|er)|mets|mettez|mettre|mets-la|mets-le|change|tass(?:e|ez|er)|"
          r"pass(?:e|es|ez)(?:-le|-la)?",
    "es": r"mu[eé]v\w*|mover|c[aá]mbi\w*|aplaz\w*|pospon\w*|pospón|trasl\w*|pasa|pasar|p[áa]same|"
          r"retras\w*|retrás\w+|atras\w*|atrás\w+|adelant\w*|adelánt\w+|reprogram\w*|pon|ponla|ponlo|poner\w*|"
          r"p[oó]nmel[oa]|"
          r"p[áa]s[áa](?:me)?l[oa]s?|pase|mu[ée]vel[oa]|c[áa]mbial[oa]|retr[áa]sal[oa]|adel[áa]ntal[oa]|"
          r"c[oó]rr[eé]l[oa]|c[oó]rr[aá]l[oa]|corr[eé]|corra|c[oó]rr[eé]mel[oa]|c[oó]rramel[oa]",
    "it": r"spost\w*|rinvi\w*|rimand\w*|posticip\w*|anticip\w*|cambi\w*|riprogramm\w*|"
          r"metti|mettila|mettilo|mettimel[ao]|mettere|metterl[ao]",
}
# verbs that say nothing of moving by themselves ("leg", "mets", "cambia", "pon"): only
# with a word for an appointment in the sentence
_WEAK = {"en": r"push|bring|shift|put|move", "de": r"leg\w*|zieh\w*|änder\w*|später|früher",
         "fr": r"mets|mettez|mettre|mets-la|mets-le|change|tass(?:e|ez|er)|pass(?:e|es|ez)(?:-le|-la)?",
         "es": r"c[aá]mbi\w*|pasa|pasar|p[áa]same|pon|ponla|ponlo|poner\w*|p[áa]s[áa](?:me)?l[oa]s?|pase|p[oó]nmel[oa]|"
               r"c[áa]mbial[oa]",
         "it": r"cambi\w*|metti|mettila|mettilo|mettimel[ao]|mettere|metterl[ao]"}
# a verb carrying the pronoun of its thing: "pásalo", "ponla", "mettilo", "passe-le"
_ON_IT = re.compile(r"(?:l[oa]s?|-l[ea]s?)$")
# a day or a clock said after such a verb: "… pásalo al domingo", "… mettilo alle otto"
_FRONTED_WHEN = re.compile(r"\b(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|"
                           r"domingo|mañana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                           r"demain|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
                           r"domani|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
                           r"morgen|a las?|alle?|à \d|um \d|\d{1,2}\s*h)\b(?!.*\b(?:por ciento|"
                           r"pour cent|per cento|prozent)\b)", re.I)
_APPOINTMENT = re.compile(
    rf"\b(?:{APPOINTMENT_WORDS}|[ée]v[ée]nement|evento|training|abendessen|mittagessen|rdv|appel|d[îi]ner|"
    r"d[ée]jeuner|cours|llamada|comida|cena|clase|incontro|chiamata|lezione|pranzo|"
    r"kalender|agenda|calendario|call|dinner|lunch|breakfast|class|lesson|haircut|session|"
    r"interview|reminder|erinnerung|rappel|recordatorio|promemoria)\b"
    r"|\w+(?:besprechung|termin|treffen|sitzung|meeting|essen|erinnerung)\b",  # compounds
    re.IGNORECASE)
# "the time/date of …" after a weak verb also names an appointment ("cambia la hora de la
# revisión del coche al martes"); the words are no part of its name
_TIME_OF = {
    "en": r"(?:the )?(?:time|date|day) (?:of|for) ",
    "de": r"(?:die |das |den )?(?:uhrzeit|zeit|datum|tag) (?:von |vom |des |der |für |fürs )",
    "fr": r"(?:l'|le |la )?(?:heure|horaire|date|jour) (?:de |du |des |d')",
    "es": r"(?:la |el )?(?:hora|horario|fecha|d[ií]a) (?:de |del )",
    "it": r"(?:l'|la |il )?(?:ora|orario|data|giorno) (?:di |del |della |dello |dell'|dei |"
          r"degli |delle )",
}
# a weak verb with "in my calendar" adds an appointment ("pon en mi agenda la revisión …")
_ADDING = re.compile(
    r"\b(?:(?:en|a) (?:mi |el |tu )?(?:agenda|calendario)|in (?:den |meinen |deinen )?kalender|"
    r"dans (?:mon |ton |l'|le )?(?:agenda|calendrier)|(?:in|nel|nella|sul) (?:mio |mia )?"
    r"(?:agenda|calendario)|nell'agenda|(?:to|in|on|into) (?:my |the )?calendar)\b")
_TO = {"en": r"to|until|till", "de": r"auf|nach|zum|zur|zu", "fr": r"à|au|a|pour|plutôt",
       "es": r"a|al|para|hasta|pa'l|pa'|pal|pa", "it": r"a|al|alla|alle|all'|allo|per"}
# a shift: "um eine Stunde", "d'une heure", "una hora", "di un'ora"
_BY = {"en": r"by", "de": r"um", "fr": r"de|d'", "es": r"", "it": r"di|de"}
_EARLIER = {"en": r"forward|earlier|sooner|bring", "de": r"vor\b|früher|nach vorne|vorzieh\w*|zieh\w*", "fr": r"avanc\w*|plus tôt",
            "es": r"adelant\w*|adelánt\w+|antes|más temprano", "it": r"anticip\w*|prima|più presto"}
# a shift said as "eine Stunde später" (no "um" needed)
_LATER_EARLIER = {"en": r"later|earlier", "de": r"später|früher|nach hinten|nach vorne?",
                  "fr": r"plus tard|plus tôt",
                  "es": r"más tarde|más temprano|antes", "it": r"più tardi|più presto|prima"}
# words after the new time that belong to the verb, not the time
_TAIL = {"en": r"(?:\s+(?:please|instead|back|later|earlier|forward))+", "de": r"(?:\s+(?:bitte|verschieben|verlegen|umlegen|vorziehen|um|vor|legen))+",
         "fr": r"(?:\s+(?:s'il te plaît|s'il vous plaît|stp|svp))+",
         "es": r"(?:\s+(?:por favor))+", "it": r"(?:\s+(?:per favore|per piacere))+"}
# alarms and timers move in their own skills
_NOT_AN_EVENT = re.compile(r"\b(?:alarm|alarms|wecker|weckers|réveil|reveil|alarme|alarma|alarmas|"
                           r"despertador|sveglia|sveglie|timer|minuteur|temporizador|"
                           r"cronómetro|cronometro|podcast\w*|episod\w*|épisode\w*|lied|"
                           r"song|titel|chanson|morceau|canci[óo]n|canzone|brano|vid[ée]o)\b",
                           re.IGNORECASE)
# a new appointment, said with "a" right after a weak verb: "pon una cita …", "metti un
# promemoria …"
_A_NEW_ONE = re.compile(r"^\s+(?:(?:me|mi|moi|mir)\s+)?(?:un|una|uno|un'|une|ein|eine|einen|an?)\s+"
                        r"(?:\w+\s+)?(?:" + APPOINTMENT_WORDS + r"|cita|recordatorio|promemoria|"
                        r"rappel|erinnerung|reminder|appuntamento|rendez-vous|termin)\b", re.I)
# a new reminder asked for before the verb: its "pasa" is no move
_NEW_REMINDER = re.compile(r"\b(?:un|una|une|ein|eine|einen|uno)\s+(?:recordatorio|promemoria|rappel|"
                           r"erinnerung)\b", re.I)
_COURTESY = re.compile(r"(?:(?:sie|bitte|du|mal|doch|mir|ma|mr|uns|vous|s'il vous plaît|s'il te plaît|"
                       r"por favor|per favore|le|la|lo|die|den|das|ihn|es)\s*)*")
MAX_WORDS = 8  # "al sábado a las nueve de la noche"
@dataclass(frozen=True)
class MoveRequest:
    event: str  # the words naming the appointment, as said
    when: str | None  # the new time, as said ("auf Montag"), or None for a shift
    shift_minutes: int | None  # +60: an hour later, -30: half an hour earlier


_PART_BEFORE = re.compile(r"\s+(?:(?:di|la|le|am|por la|in der|del)\s+)?(?:sera|soir|matin|"
                          r"mattina|pomeriggio|après-midi|abend|abends|morgens|früh|noche|tarde|"
                          r"(?:por|de) la mañana|evening|morning|afternoon|night)\s*$")


# a German verb before "bitte auf": the request's own, not a move with its verb left out
_OTHER_VERB_DE = re.compile(r"\b(?:mach|stell|setz|tu|gib|nimm|schreib|trag|pack|erinner|leg)"
                            r"(?:e|en|t|st)?\b")


def find(text: str, lang: str, now: datetime | None = None) -> MoveRequest | None:
    """What to move and where to, or None when ``text`` asks for no move we can read."""
    verbs = _VERBS.get(lang)
    low = text.lower().replace("’", "'")
    # (with its object: "avance-le d'une heure")
    verb = re.search(rf"(?<![\w-])(?:{verbs})(?:-(?:le|la|les|lo))?(?![\w-])", low) \
        if verbs else None
    if verb is None or _NOT_AN_EVENT.search(low) or (
            verb.group() == "bitte" and _OTHER_VERB_DE.search(low, 0, verb.start())):
        return None  # ("Mach es bitte auf den Montag": the verb is "mach", no move's)
    # the time kept, the day changed: "mets-le jeudi à la même heure" (a move, even with a
    # weak verb; only the day is the new time)
    same = same_time.find(low, with_comma=True)
    if same is not None:  # (blanked, so the new day alone is read; a part of the day
        # said before it too: "a mercoledì sera, stessa ora" keeps its own clock)
        part = _PART_BEFORE.search(low[:same.start()])
        begin = part.start() if part is not None else same.start()
        blank = " " * (same.end() - begin)
        low = low[:begin] + blank + low[same.end():]
        text = text[:begin] + blank + text[same.end():]
    time_of = re.search(rf"(?<!\w){_TIME_OF[lang]}", low[verb.end():])
    # (a weak verb carrying the pronoun of a thing named before it: "Lo de la tarjeta …
    # para Sam, pásalo al domingo a las once", "le truc pour Sam, passe-le à dimanche")
    fronted = "," in low[:verb.start()] and _ON_IT.search(verb.group()) is not None \
        and _FRONTED_WHEN.search(low[verb.end():]) is not None  # (not "Hay demasiada luz,
    # ponla al veinte por ciento": a light)
    if re.fullmatch(_WEAK[lang], verb.group()) and (
            not (_APPOINTMENT.search(low) or time_of or same or fronted) or _ADDING.search(low)
            or _A_NEW_ONE.search(low[verb.end():])):
        return None  # (nor "pon una cita con el fisio el viernes": a new one)
    if re.fullmatch(_WEAK[lang], verb.group()) and _NEW_REMINDER.search(low, 0, verb.start()):
        return None  # "ponme un recordatorio … para sacar al perro, que luego … se me pasa"
    now = now or datetime.now(UTC)
    words = list(WORD.finditer(low))
    tail = re.compile(rf"(?:{_TAIL[lang]})?[\s.?!]*$")
    after_verb = not _verb_at_end(low, verb, lang)
    opens = [w for w in words if re.fullmatch(_TO[lang], w.group())
             and (w.start() >= verb.end() or not after_verb)]

    def when_after(w: re.Match[str], whole: bool) -> str | None:
        rest = low[w.end():]
        rest = rest[: tail.search(rest).start()]
        if whole:
            return rest.strip() if rest.strip() and len(rest.split()) <= MAX_WORDS and \
                reads_as_when(rest.strip(), lang, now) else None
        return _leading_when(rest, lang, now)

    # the first "auf/à/al/alle" whose words to the end read as the new time ("al viernes
    # a las ocho"), else the last one opening a time ("sposta alle 16 la riunione")
    found = next(((w, said) for w in opens if (said := when_after(w, True))), None) or \
        next(((w, said) for w in reversed(opens) if (said := when_after(w, False))), None)
    # (or said "later"/"earlier": "Le souper avec Anna, tasse-le d'une heure plus tard" is no
    # move to 1:00)
    shift = shift_in(low, lang, now) if _APPOINTMENT.search(low) or re.search(
        rf"\b(?:{_LATER_EARLIER[lang]})\b", low) else None
    if shift is not None and ((shift[1] >= verb.end() or not after_verb) and re.fullmatch(
            rf"\s*(?:(?:{_BY[lang]})\s*)?", low[verb.end():shift[1]]) or (
            found is not None and shift[2] <= found[0].start()
            and "," in low[shift[2]:found[0].start()])):
        # (or said before a reason with a time in it: "repousse le rappel d'une heure, je
        # serai pas rentrée à sept heures")
        found = None
    if found is None and shift is None and verb.end() < len(low):
        # the new day right after the verb: "mets-le dimanche, même heure"
        lead = _leading_when(low[verb.end():], lang, now)
        if lead is not None and low[verb.end():].lstrip().startswith(lead):
            start = verb.end() + low[verb.end():].index(lead)
            event = text[:verb.start()].strip(" ,")
            if event:
                return MoveRequest(_without_time_of(event, lang),
                                   text[start:start + len(lead)], None)
        if same is not None:  # "mets le truc des poubelles mercredi, même heure"
            for w in WORD.finditer(low, verb.end()):
                rest = low[w.start():].strip(" ,.?!")
                if len(rest.split()) <= MAX_WORDS and reads_as_when(rest, lang, now):
                    event = text[verb.end():w.start()].strip(" ,")
                    if event:
                        return MoveRequest(_without_time_of(event, lang),
                                           text[w.start():].strip(" ,.?!"), None)
                    break  # the shift said right after the verb: "Atrasa media hora …, que a las
        # siete todavía estoy en el curro" moves it by half an hour, not to seven
    if found is not None:
        w, said = found
        rest = low[w.end():]
        start = w.start() if w.group() != "plutôt" else w.end() + 1
        end = w.end() + len(rest) - len(rest.lstrip()) + len(said)
        event = _event(text, verb, w.start())
        between = low[verb.end():w.start()].strip(" ,")
        if between and verb.start() < w.start() and text[:verb.start()].strip(" ,") and \
                _leading_when(between, lang, now) == between:
            # the day between the verb and the hour: "el promemoria …, mettilo venerdì
            # alle sei" (the thing before the verb, the new time all after it)
            start, event = verb.end(), text[:verb.start()].strip(" ,")
        if _COURTESY.fullmatch(event.lower()) and verb.start() > 0:
            event = text[:verb.start()].strip(" ,")  # "Die Müll-Erinnerung, schieb die mal …"
        if not event:  # "sposta alle 16 la riunione": the event follows the time
            event = text[end:].strip(" ,.?!")
        return MoveRequest(_without_time_of(event, lang), text[start:end].strip(), None)
    if shift is not None:  # "um eine Stunde nach hinten": only for an appointment
        minutes, at, end = shift
        earlier = re.search(_EARLIER[lang], low) is not None
        event = _event(text, verb, at) or text[end:].strip(" ,.?!")
        if _COURTESY.fullmatch(low[verb.end():at].strip(" ,")):
            # nothing but courtesy between the verb and the shift: the thing is after the
            # shift ("anticipare di mezz'ora il promemoria …") or before the verb ("Den
            # Zahnarzttermin am Mittwoch legen Sie bitte eine halbe Stunde früher")
            after = text[end:].strip(" ,.?!")
            event = after if verb.start() < at and (re.match(
                r"(?:il|lo|la|le|les|l'|el|los|las|der|die|das|den|dem|mein\w*|mon|ma|mi|"
                r"mio|mia)\s*\w", after.lower()) or _APPOINTMENT.search(after)) \
                else text[:verb.start()].strip(" ,")
        return MoveRequest(_without_time_of(event, lang), None, -minutes if earlier else minutes)
    return None


# weak verbs that still ask for a move with no new time said ("move dinner with Anna",
# "tengo que cambiar la cena con Anna"); "put", "pon", "mets", "leg" do not
_UNSAID_WEAK = {"en": r"move|shift", "de": r"änder\w*", "fr": r"change",
                "es": r"cambi\w*|c[áa]mbial[oa]", "it": r"cambi\w*"}


def unsaid(text: str, lang: str, now: datetime | None = None, *,
           worded: bool = True) -> str | None:
    """The appointment's words of a move asked with no new time ("Ich muss das Abendessen
    mit Anna verschieben", "Il faut que je déplace le dîner avec Anna", "can you move the
    dentist appointment?"), so that the user is asked when to; None when ``text`` says a
    new time or a shift, or is no such move. ``worded``: only when a word for an
    appointment is said (the NLU routes on it; the calendar skill, which checks the words
    against the coming events, passes False)."""
    verbs = _VERBS.get(lang)
    low = text.lower().replace("’", "'").rstrip(" .?!")
    verb = re.search(rf"(?<![\w-])(?:{verbs})(?:-(?:le|la|les|lo))?(?![\w-])", low) \
        if verbs else None
    if verb is None or _NOT_AN_EVENT.search(low) or _ADDING.search(low) or \
            re.search(r"\b(?:list\w*|lista|liste|einkaufs\w*)\b", low):
        return None
    if re.fullmatch(_WEAK[lang], verb.group()) and not re.fullmatch(_UNSAID_WEAK[lang],
                                                                    verb.group()):
        return None
    if lang == "en" and re.match(r"\s+(?:it|that|this|them|on|in|out|house|home|over|up|"
                                 r"away|back|forward)\b", low[verb.end():]):
        return None  # "move it to …", "move on", "move house"
    if worded and not _APPOINTMENT.search(low):
        return None
    if re.search(rf"(?<![\w'])(?:{_TO[lang]})(?![\w'])", low[verb.end():]):
        return None  # a new time said, but not one read ("… to APN", misheard): not asked
    now = now or datetime.now(UTC)
    if find(text, lang, now) is not None or shift_in(low, lang, now) is not None:
        return None
    words = list(WORD.finditer(low))
    if any(_leading_when(low[w.start():], lang, now) for w in words
           if known_word(w.group(), lang)):
        return None  # a time or a day said somewhere ("move dinner with Anna on Friday")
    after = text[verb.end():].strip(" ,.?!")
    before = text[:verb.start()].strip(" ,.?!")
    event = after if after and (not worded or _APPOINTMENT.search(after.lower())) else before
    return event or None


def _without_time_of(event: str, lang: str) -> str:
    """"la hora de la revisión del coche" -> "la revisión del coche"."""
    cut = re.match(_TIME_OF[lang], event.lower().replace("’", "'"))
    return event[cut.end():] if cut and cut.end() < len(event) else event


def _leading_when(rest: str, lang: str, now: datetime) -> str | None:
    """The longest run of words opening ``rest`` that reads as a time or date."""
    words = list(WORD.finditer(rest))
    for j in range(min(len(words), MAX_WORDS), 0, -1):
        said = rest[words[0].start() : words[j - 1].end()]
        if known_word(words[j - 1].group(), lang) and reads_as_when(said, lang, now):
            return said
    return None


def _verb_at_end(low: str, verb: re.Match[str], lang: str) -> bool:
    """German puts the verb last ("… auf Montag verschieben"): the time comes before it."""
    return lang == "de" and (verb.end() >= len(low.rstrip(" .?!")) - 1
                             or re.match(r"\s*[,;–—]", low[verb.end():]) is not None
                             or verb.group() in ("verschoben", "verlegt"))  # "ist auf 10 Uhr
    # verschoben, trag das ein'


def reads_as_when(said: str, lang: str, now: datetime) -> bool:
    for kind in ("datetime", "time", "date"):
        value = normalize(kind, said, now, lang)
        if value is not None and value.get("kind") in ("datetime", "time", "date",
                                                       "date_range"):
            return True
    return False


def shift_in(low: str, lang: str, now: datetime) -> tuple[int, int, int] | None:
    """(minutes, where the shift's words start and end) for "um eine Stunde", "d'une
    heure", "una hora"."""
    words = list(WORD.finditer(low))
    for i, w in enumerate(words):
        for j in range(min(len(words), i + 6), i, -1):  # "an hour and a half"
            said = low[w.start() : words[j - 1].end()]
            value = normalize("duration", said, now, lang)
            if value is not None and value.get("kind") == "duration" and value.get("seconds"):
                by = _BY[lang]
                before = low[: w.start()].rstrip()
                at = w.start()
                if by and re.search(rf"(?:^|\s)(?:{by})$", before):
                    at = before.rfind(" ") + 1
                elif by and not re.match(rf"(?:{by})\b", said) and not (
                        lang == "en" and re.search(r"\b(?:back|later|earlier|forward|sooner)\b",
                                                   low)) and not re.match(
                        rf"\s*(?:{_LATER_EARLIER[lang]})\b", low[words[j - 1].end():]):
                    continue  # "in zwei Stunden" is no shift; "um zwei Stunden" is
                return int(value["seconds"]) // 60, at, words[j - 1].end()
    return None


def _event(text: str, verb: re.Match[str], cut: int) -> str:
    """The appointment's words: between the verb and the new time, else before the verb
    ("la partita di giovedì spostala a venerdì"), or before the new time when the verb
    comes last ("… auf Montag verschieben"), as written."""
    if verb.start() < cut:
        return text[verb.end() : cut].strip(" ,") or text[: verb.start()].strip(" ,")
    return text[:cut].strip(" ,")
