""""It" and "that" said of what the last answer was about, named (five languages).

"When's my dentist appointment?" — "Push it back an hour." is "Push the dentist
appointment back an hour."; after the pasta timer's time left, "Add 5 minutes." is "Add
5 minutes to the pasta timer."; "Verleg sie auf 11 Uhr", "Repousse-le d'une heure",
"Pásala una hora más tarde", "Spostalo un'ora più tardi" likewise. The thing is the
session's focus (:mod:`hark.dialogue.focus`): the one alarm, timer, reminder or event
the last request made, changed or asked about, or the list it read or added to.
"""

from __future__ import annotations

import re
from typing import Any

from hark.dialogue.words import TIME_ON
from hark.skills.providers.lang import join
from hark.text.clean import unaccented
from hark.text.day_looks import DAY_WORDS

MAX_WORDS = 12

# how each kind of thing is named, by language ({n}: its name, {t}: an alarm's time)
_NAMED = {
    "en": {"alarm": "the {n} alarm", "alarm_t": "the {t} alarm", "timer": "the {n} timer",
           "timer_": "the timer", "reminder": "the reminder to {n}", "event": "the {n}",
           "list": "the {n} list"},
    "de": {"alarm": "den Wecker für {n}", "alarm_t": "den Wecker von {t}",
           "timer": "den Timer {n}",
           "timer_": "den Timer", "reminder": "die Erinnerung {n}", "event": "den Termin {n}",
           "list": "die Liste {n}"},
    "fr": {"alarm": "l'alarme {n}", "alarm_t": "l'alarme de {t}", "timer": "le minuteur {n}",
           "timer_": "le minuteur", "reminder": "le rappel {n}", "event": "l'événement {n}",
           "list": "la liste {n}"},
    "es": {"alarm": "la alarma de {n}", "alarm_t": "la alarma de las {t}",
           "timer": "el temporizador de {n}", "timer_": "el temporizador",
           "reminder": "el recordatorio de {n}", "event": "el evento {n}",
           "list": "la lista {n}"},
    "it": {"alarm": "la sveglia {n}", "alarm_t": "la sveglia delle {t}", "timer": "il timer {n}",
           "timer_": "il timer", "reminder": "il promemoria {n}", "event": "l'evento {n}",
           "list": "la lista {n}"},
}
# an unnamed timer by its length
_LENGTH = {"en": "{m} minute", "de": "{m} Minuten", "fr": "de {m} minutes",
           "es": "{m} minutos", "it": "da {m} minuti"}
# removing what was just made is the context's (``item_ref``, by its id)
_REMOVE = re.compile(r"^(?:cancel|delete|remove|scrap|drop|stop|ditch|kill|take)$", re.I)
# "to it": where a timer gets its minutes ("Add 5 minutes" → "… to the pasta timer")
_TO = {"en": "to", "de": "zum", "fr": "au", "es": "al", "it": "al"}

# the verbs that carry "it" or "them" as a clitic ("pásala", "bórralos", "spostalo",
# "cancellali"), as their stems (:mod:`hark.dialogue.ordinals` reads the plural ones)
CLITIC_VERBS = {
    "es": r"pas|cancel|muev|mov|cambi|quit|borr|pon|par|paus|elimin|apag|retras|adelant|"
          r"desactiv|dej|corr",
    "it": r"spost|cancell|togli|lev|mett|ferm|paus|elimin|cambi|anticip|posticip|rimand|spegn|"
          r"disattiv|annull|fa(?=l(?:lo|la|li|le)\b)",
}
_EN_VERB = (r"(?:move|push|pull|bring|shift|change|set|turn|switch|pause|stop|resume|"
            r"restart|unpause|cancel|delete|remove|scrap|drop|snooze|put|take|tick|cross|"
            r"mark|reschedule|postpone|ditch|kill|clear|read|make|bump|nudge|slide|shove|give)")
# a new day said right after the French pronoun: "mets-le vendredi à dix-huit heures"
_FR_DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|après-demain|ce soir"
_PRONOUN = {
    "en": re.compile(rf"\b({_EN_VERB}|to|from|off)\s+(it|that|this)(?:\s+one(?!\s+(?:hours?|minutes?|"
                     r"days?|weeks?|more|and)\b))?\b(?!')", re.I),  # ("push it one hour later")
    "de": re.compile(r"\b((?:verleg|verschieb|schieb|lösch|losch|streich|stopp|pausier|beend|"
                     r"änder|ander|stell|setz|mach|nimm|gib|leg|trag|schalt|brich|brech)\w*"
                     r"(?:\s+sie)?)\s+(ihn|sie|es|das|den|dat|des|die)(?=\s+(?:auf|um|von|aus|nach|"
                     r"wieder|bitte|doch|mal|ma|halt|einfach|noch|eine|einen|'ne|ne|'n|ab|weg|runter|"
                     r"raus|an|vor|zurück|\d)(?!\w)|[\s.,!?]*$)", re.I),
    "fr": re.compile(r"^((?:[\w']+,?\s+){0,2}?[\wéèêàç]+)(?:-|\s)(le|la|les|l')(?=\s+(?:à|a|au|"
                     r"pour|de|d'|d’|jusqu|plutôt|plutot|en pause|\d|" + _FR_DAYS + r")|"
                     r"\s*[-.!?,]|$)", re.I),
    "es": re.compile(rf"^((?:[\w']+,?\s+){{0,2}}?(?:{CLITIC_VERBS['es']}|camb)[a-záéíóú]*?)"
                     r"(lo|la|los|las)\b", re.I),
    "it": re.compile(rf"^((?:[\w']+,?\s+){{0,2}}?(?:{CLITIC_VERBS['it']})[a-zàèéìòù]*?)"
                     r"(?<!g)(lo|la|li|le)\b", re.I),  # (not "levagli": to it)
}
# the thing's kind said with a demonstrative ("quella sveglia che ho appena messo falla alle
# otto e venti", "e quella sveglia me la metta mezz'ora prima", "ese recordatorio muévelo"):
# the focus, when its kind is the focus's
_KIND_NOUNS = {
    "alarm": r"alarm|wecker|réveil|reveil|alarme|alarma|sveglia",
    "reminder": r"reminder|erinnerung|rappel|recordatorio|promemoria",
    "timer": r"timer|minuteur|temporizador",
    "event": r"appointment|meeting|event|termin|rendez-vous|événement|evenement|cita|evento|"
             r"appuntamento|riunione",
}
KIND_NOUNS = "|".join(_KIND_NOUNS.values())
# a thing of another kind asked for, with its article: "pon una alarma a las siete" (not "y
# añade pedir cita con el médico", a to-do)
_OTHER_KIND = re.compile(rf"\b(?:un|una|uno|un'|une|a|an|einen|eine|ein|'nen|nouvelle|nouveau|nueva|"
                         rf"nuevo|nuova|nuovo|neuen|neue|new|another|otra|otro|autre|altra|altro)\s+"
                         rf"(?:{KIND_NOUNS}|despertador)\b|\b(?:calendario|kalender|calendrier|agenda|"
                         r"calendar|diary)\b", re.I)
DEMONSTRATIVES = {"en": r"that|this", "de": r"diese[nrms]?", "fr": r"ce|cet|cette",
                  "es": r"esa|ese|esta|este", "it": r"quella|quello|quel|questa|questo"}
_THIS_KIND = {lang: re.compile(rf"\b(?:{lead}(?:{DEMONSTRATIVES[lang]}))\s+(?P<noun>rendez-vous|\w+)"
                               rf"(?:-là)?(?P<rel>\s+(?:{rel})\s+(?:{made}))?\b(?:\s*,|\s+and\b)?", re.I)
              for lang, lead, rel, made in (
    ("en", r"(?:(?:go(?:ing)? back to|back to)\s+)?", r"(?:i|you)(?:\s+just)?",
     r"set|made|added|put in|booked|created"),
    ("de", "", r"d(?:en|ie|as)\s+(?:ich|du)(?:\s+(?:grad|gerade|eben))?",
     r"gestellt|gemacht|eingetragen"),
    ("fr", "", r"que\s+(?:je\s+viens\s+de|j'ai)", r"mettre|mis|créer|créé|ajouter|ajouté"),
    ("es", "", r"que\s+(?:acabo\s+de|he)", r"poner|puesto|crear|creado"),
    ("it", "", r"che\s+(?:ho\s+appena|ho)", r"messo|messa|creato|creata|fatto"),
)}
# a timer told when to ring, from now: "have it go off in half an hour", "change it to go off
# in 20 minutes", "ponle que termine en veinte minutos" — its time left, not a new timer
_RINGS_IN = {
    "en": (re.compile(r"\b(?:have|make|change|set|get|let)\s+(?:it|that)\s+(?:to\s+)?(?:go off|ring|"
                      r"finish|end|be done|beep)\s+in\s+(?P<len>.+?)(?:\s+(?:from now|instead|please|"
                      r"can|lah|then|actually))*[\s.!?]*$", re.I), "change {t} to {n} left"),
    "es": (re.compile(r"\b(?:(?:ponle|hazle|haz)\s+que\s+(?:termine|suene|acabe)\s+en|que\s+(?:falten|queden))"
                      r"\s+(?P<len>.+?)"
                      r"(?:\s+(?:nomás|nada más|no más|por favor|mejor|justos|exactos))*[\s.!?]*$", re.I),
           "cambia {t} a {n}"),
}
# "that one" said by a demonstrative of its own ("enlève celui-là aussi")
_THAT_ONE = {"fr": re.compile(r"\b(?:celui|celle)-là\b|(?<=\w\s)ça(?=\s+(?:à|a|au|pour|de|d'|"
                              + _FR_DAYS + r")\b)", re.I)}  # ("Décale ça à 20h30", "mets ça
# vendredi soir")
# a weak "put" of a thing that exists is a move: "mettila alle otto e mezza"
_SET_NOT_MOVE = {"it": re.compile(r"metti|metta", re.I), "fr": re.compile(r"mets|mettez", re.I), "es": re.compile(r"pon|ponga|pone", re.I)}
_MOVE = {"it": "sposta", "es": "cambia", "fr": "change"}


def _to_day(rest: str, lang: str) -> str:
    """French: a new day said right after the thing, led by "à" as its readers know it
    ("mets-le vendredi à dix-huit heures": "… à vendredi à dix-huit heures")."""
    if lang == "fr" and re.match(rf"\s+(?:{_FR_DAYS})\b", rest, re.I):
        return " à" + rest
    return rest


# a thing named first, before the comma: "et la réunion d'équipe, mets-la jeudi"
_THING_FIRST = re.compile(r"^\W*(?:(?:et|and|y|und|e|pis|puis|also)\s+)?(?:la|le|les|l'|el|los|"
                          r"las|il|lo|der|die|das|den)\s*\w", re.I)


def _move_verb(lang: str, focus: dict[str, Any]) -> str:
    """The verb that moves the thing ``focus`` is about ("déplace" an event in French;
    English: "change" an alarm or timer, "move" a reminder or event)."""
    if lang == "en":
        return "change" if focus.get("type") in ("alarm", "timer") else "move"
    if lang == "fr" and focus.get("type") in ("event", "reminder"):
        return "déplace"
    return _MOVE[lang]
# "it" said before its verb: German after "kannst du", French before an infinitive
_NEVER = re.compile(r"(?!)")
_BEFORE_VERB = {
    "de": re.compile(r"\b(?:kannst du|könntest du|würdest du|kannste|können sie|könnten sie|"
                     r"würden sie|könnt ihr)(?:\s+mir)?\s+(den|die|das|ihn|sie|"
                     r"es)(?=\s+(?:um|auf|nach|wieder|bitte|doch|mal|noch|vor|zurück)\b)", re.I),
    "fr": re.compile(r"\b(le|la|l')\s*(mettre|déplacer|deplacer|décaler|decaler|changer|annuler|"
                     r"supprimer|repousser|avancer|reculer|enlever|retirer)\b", re.I),
    # Italian with "Lei": "me lo sposta a giovedì?", "la cancelli pure"
    "it": re.compile(r"\b((?:me |mi |te |ce )?(?:lo|la|li|le|l'))\s*(sposta|sposti|metta|"
                     r"cancelli|tolga|anticipi|posticipi|cambi|rimandi|spenga|elimini|"
                     r"annulli)\b", re.I),
}
# what "make it" is made into: a time, a day, "an hour later"
_MADE = re.compile(r"(?:\d|an? (?:hour|\w+ minutes?)|half an hour|\w+ minutes|\w+day\b|"
                   r"tomorrow|tonight|noon|midday|midnight|half (?:past )?\w+|quarter (?:past|to) "
                   r"\w+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
                   re.I)
# minutes added to or taken off a timer without naming it
_MINUTES = {
    "en": re.compile(r"^(?:please\s+)?(?:add|take|knock|give it)\b.*\b(?:minutes?|mins?|seconds?|"
                     r"secs?|hours?)\b(?:\s+(?:off|more|extra))?[\s.!]*$", re.I),
    "de": re.compile(r"\b(?:minuten?|min|sekunden?|stunden?)\b.*\b(dazu|drauf|weg|ab)\b", re.I),
    "fr": re.compile(r"^(?:ra)?(?:joutes?|ajoutes?|enlèves?|enleves?|retires?|mets|donnes?)"
                     r"(?:-(?:y|lui|en))?\b.*\b"
                     r"(?:minutes?|min|secondes?|heures?)\b[\s.!]*$", re.I),
    "es": re.compile(r"^(?:ponle|agr[eé]gale|a[nñ][aá]dele|qu[ií]tale|dale|s[uú]male|"
                     r"r[eé]stale|pon|agrega|a[nñ]ade|quita|qu[ií]tele|p[oó]ngale|agr[eé]guele|"
                     r"a[nñ][aá]dale|s[uú]mele|r[eé]stele|dele)\b.*\b(?:minutos?|min|segundos?|"
                     r"horas?)\b(?:\s+m[aá]s)?[\s.!]*$", re.I),
    "it": re.compile(r"^(?:aggiungi|togli|metti|dagli|levagli|aggiungigli|togligli)\b.*\b"
                     r"(?:minuti|minuto|min|secondi|ore|ora)\b(?:\s+in più)?[\s.!]*$", re.I),
}
# more time put on the timer talked about: "throw another 3 minutes on there", "ok put
# another 5 on it lah"
_PUT_ON = re.compile(
    r"^(?:(?:uh|um|ok|okay|so|oh|right|yeah|grand|great|good|cool|alright|and)[\s,]+)*"
    r"(?:put|throw|stick|chuck|pop|whack|bung|add)\s+"
    r"(?P<len>(?:another|an extra|a further|one more|\d+ more|\w+ more|\d+ extra|\w+ extra)"
    r"(?:\s+(?:\d+|\w+))??(?P<unit>\s+(?:minutes?|mins?|seconds?|secs?|hours?))?|"
    r"(?:an?|\d+|one|two|three|four|five|ten)\s+(?:minutes?|mins?|seconds?|secs?))\s+(?:on|onto)"
    r"(?:\s+(?:there|it|that|that one))?(?:\s+(?:lah|please|then|mate|for me))*[\s.!]*$", re.I)
# a move told, to be made: "they moved it to thursday same time can you update it"
_TOLD_MOVED = re.compile(
    r"^(?:(?:oh|ah|so|ok|okay|right|um|uh)[\s,]+)*(?:they(?:'ve| have)?|she(?:'s| has)?|he(?:'s| has)?|"
    r"it(?:'s| has)? been|it got|it was)\s+(?:moved|changed|pushed|shifted|rescheduled|put)\s+"
    r"(?:it\s+)?(?P<rest>(?:to|back|forward|till|until|on)\b.*?)(?:\s*,?\s*(?:so\s+)?(?:can you|could you|"
    r"would you|please)?\s*(?:update|change|fix|move)\s+(?:it|that|my calendar|mine)(?:\s+please)?)?"
    r"[\s.!?]*$", re.I)
# told when it should begin or ring: "and have it start at seven instead of half past",
# "make it go off at 6 tomorrow" — a move (its old time said after "instead of" dropped)
_STARTS_AT = re.compile(
    r"^(?:(?:oh|ah|so|ok|okay|right|um|uh|and|actually|then)[\s,]+)*(?:(?:can|could) you\s+)?"
    r"(?:(?:have|make|let|get)\s+(?:it|that)(?:\s+one)?\s+(?:start|begin|kick off|go off|ring|be)|"
    # "I want to begin it at seven", "I'd like it to start at 7"
    r"i\s+(?:want|wanna|would like|'d like|need)\s+(?:to\s+(?:start|begin)\s+(?:it|that)|(?:it|that)\s+to\s+"
    r"(?:start|begin|be))|i'd\s+like\s+(?:it|that)\s+to\s+(?:start|begin|be))\s+"
    r"(?:at|on|from)\s+(?P<rest>.+?)(?:,?\s+(?:instead(?:\s+of\s+.+)?|not\s+.+))?(?:\s+please)?[\s.!?]*$",
    re.I)
# a change asked for (English)
_EN_CHANGE = re.compile(r"^(?:(?:uh|um|ok|okay|so|oh|and|actually|can you|could you|please)[\s,]+)*"
                        r"(?:move|push|shift|bring|change|reschedule|postpone|cancel|delete|"
                        r"remove)\b", re.I)
# a reason said before the request (English): someone and what they are doing
_SAID_WHY = re.compile(r"\b(?:i|i'm|we|we're|she|she's|he|he's|they|they're|it's|that's)\s+\w", re.I)
# a timer's length doubled: "uh double that", "verdopple das", "double-le", "duplícalo",
# "raddoppialo"
_DOUBLE = {lang: re.compile(rf"^(?:(?:{lead})[\s,]+)*(?:{verb})[\s.!]*$", re.I) for lang, lead, verb in (
    ("en", r"uh|um|oh|ok|okay|actually|no|wait|just", r"double (?:it|that)(?: up)?(?: please)?"),
    ("de", r"äh|ach|oh|ok|nee|nein", r"verdopp(?:le|el) (?:das|den|ihn|es)(?: bitte)?|mach (?:das )?doppelt"),
    ("fr", r"euh|oh|ah|bon|non", r"double[- ]le|mets le double"),
    ("es", r"eh|ay|oh|bueno|no", r"dupl[ií]ca(?:lo|la)|ponle el doble"),
    ("it", r"ehm|eh|oh|no", r"raddoppia(?:lo)?"))}
_ADD_MINUTES = {"en": "add {m} minutes {to}", "de": "gib {m} Minuten {to} dazu",
                "fr": "ajoute {m} minutes {to}", "es": "añade {m} minutos {to}",
                "it": "aggiungi {m} minuti {to}"}
# the verbs of "usted" said as "tú": "quítele cinco minutos" → "quita"
_USTED = {"quite": "quita", "ponga": "pon", "agregue": "agrega", "anada": "anade",
          "sume": "suma", "reste": "resta", "de": "da"}
# a thing named in the turn itself: nothing to point at
_NAMES_ONE = {
    "en": re.compile(r"\b(?:timer|alarm|reminder|meeting|appointment|list)\b", re.I),
    "de": re.compile(r"(?:timer|wecker|erinnerung|termin|liste)\b", re.I),
    "fr": re.compile(r"\b(?:minuteur|minuterie|alarme|réveil|rappel|rendez-vous|liste)\b", re.I),
    "es": re.compile(r"\b(?:temporizador|alarma|recordatorio|cita|evento|lista)\b", re.I),
    "it": re.compile(r"\b(?:timer|sveglia|promemoria|appuntamento|evento|lista)\b", re.I),
}


# German "it" said first, its verb after it (a request, not "das mach ich"): "Okay, den stell
# bitte auf 5:45", "die verschieb mal auf Donnerstag", "und das schieb um 'ne Stunde"
_FRONTED_DE = re.compile(
    r"^(?P<lead>(?:(?:und|also|ok|okay|ja|gut|dann|ach|oh|ah|äh|ähm|hm+|mhm|na|so)[\s,]+)*)"
    r"(?P<it>den|die|das|ihn|es)\s+(?P<verb>(?:verleg|verschieb|schieb|lösch|streich|stopp|"
    r"pausier|änder|stell|setz|leg|mach)\w*)\b(?!\s+(?:ich|wir|du|er|sie|man)\b)", re.I)
# a question about "it": "What time's it set for now?", "When is it now?", "whats left on it"
_ASKS_IT = re.compile(r"^((?:(?:sweet as|sweet|great|cool|nice|lovely|cheers|thanks|ta|choice|sound|"
                      r"perfect|brilliant),\s*)?(?:so|and|okay|ok|then)?[\s,]*(?:when(?:'s| is| does| will)|"
                      r"what(?:'s|s| is)(?: now| still| then)? (?:on|left on|in|still on)|"
                      r"how long(?:'s| is)?(?: left)?(?: on)?|how much time(?:'s| is) left on|"
                      # "what time's it set for now?" — "what time is it?" asks the time
                      r"what time(?:'s| is| does| will)(?=\s+(?:it|that|(?:that|this)\s+one)\s+(?:set|go|going|"
                      r"ring|ringing|start|starting|due|scheduled|booked|for|on|finish|"
                      r"finishing|end|ending|wrap|over)\b)|"
                      # "what time's it at", "what time it will ring"
                      r"what time(?:'s| is)(?=\s+(?:it|that|(?:that|this)\s+one)\s+at(?:\s+now)?[\s?.!]*$)|"
                      # "what's it on now?" (an alarm just changed)
                      r"what(?:'s| is)(?=\s+(?:it|that)\s+(?:on|at|set for|set to|set at)(?:\s+now)?[\s?.!]*$)|"
                      r"what time(?=\s+(?:it|that|(?:that|this)\s+one)\s+(?:will|would|is going to|is gonna|'ll)\s+"
                      r"(?:ring|go off|start|finish|end|be)\b)|"
                      # "What time is that?" said of a thing just made or moved
                      r"what time(?:'s| is)(?=\s+that(?:\s+one)?(?:\s+(?:now|then|again))?[\s?.!]*$))\s+)"
                      r"(it|that(?:\s+one)?|this\s+one)\b(?!')", re.I)
# said after a question about what just changed: "When is it now?" asks when, not now
_NOW_AFTER = re.compile(r"\s+(?:now|then)(?=[\s?.!]*$)", re.I)
_ASKS_IT_DE = re.compile(r"^((?:und|also|ok)?[\s,]*(?:wann|wie lange?|wie spät|um wie viel uhr)\b"
                         r"(?:\s+\w+){0,2}?\s+)(er|sie|es|der|die|das)\b(?=\s+(?:jetzt|noch|nun|"
                         r"dann|genau)\b|[\s?.!]*$)", re.I)
_NOMINATIVE_DE = {"alarm": "der Wecker {n}", "timer": "der Timer {n}",
                  "reminder": "die Erinnerung {n}", "event": "der Termin {n}"}
# when it is, or ends, asked without naming it: "a qué hora era", "wann ist das dann aus",
# "il finit à quelle heure du coup" ({t}: the thing; German in the nominative)
_WHEN_ASKED = {
    "en": ((re.compile(r"^(?:and|so|ok|okay)?[\s,]*how long (?:does|will|is) (?:it|that)(?: one)?"
                       r"(?: going to| gonna)? (?:last|take|go on|run|be|booked for)"
                       r"(?: for)?[\s?.!]*$", re.I), "how long does {t} last?"),
           # "Please confirm the new start time.", "what's the new time?"
           (re.compile(r"^(?:and|so|ok|okay)?[\s,]*(?:(?:please|can you|could you)\s+)*"
                       r"(?:confirm|tell me|repeat|read (?:me )?(?:back|out))\s+the\s+(?:new\s+)?"
                       r"(?:start(?:ing)?\s+)?(?:time|date|day)(?:\s+(?:now|again|please))*[\s?.!]*$|"
                       r"^(?:and|so|ok|okay)?[\s,]*what(?:'s| is)\s+the\s+new\s+(?:start(?:ing)?\s+)?"
                       r"(?:time|date|day)(?:\s+(?:now|then|again))*[\s?.!]*$", re.I),
            "when is {t}?")),
    "de": ((re.compile(r"^(?:und|also|ok)?[\s,]*wann (?:ist|geht) (?:das|der|die|er|sie|es)"
                       r"(?: \w+)?(?: dann| jetzt| denn| genau)* (?:aus|zu ende|vorbei|fertig)"
                       r"[\s?.!]*$", re.I), "wann endet {t}"),
           # "und um wie viel uhr bin ich da dann raus", "wie lange dauert das?"
           (re.compile(r"^(?:und|also|ok)?[\s,]*um wie ?viel uhr bin ich (?:da |dort )?(?:dann |denn )*"
                       r"(?:raus|fertig|durch|wieder draußen)[\s?.!]*$", re.I), "wann endet {t}"),
           (re.compile(r"^(?:und|also|ok)?[\s,]*wie lange? (?:dauert|geht) (?:das|der|die|er|sie|es)"
                       r"(?: \w+)?(?: dann| jetzt| denn| genau)*[\s?.!]*$", re.I),
            "wie lange dauert {t}")),
    "fr": ((re.compile(r"^(?:et|ok|alors)?[\s,]*(?:il|elle|ça|ca) (?:finit|termine|se termine)"
                       r" (?:à quelle heure|quand)(?: du coup| alors| maintenant| déjà)*[\s?.!]*$",
                       re.I),
            "à quelle heure finit {t}"),
           (re.compile(r"^(?:et|ok|alors)?[\s,]*(?:(?:ça|ca|il|elle) dure combien(?: de temps)?|"
                       r"combien de temps (?:ça|ca|il|elle) dure)[\s?.!]*$", re.I),
            "combien de temps dure {t}"),
           (re.compile(r"^(?:et|ok|alors|bon)?[\s,]*(?:c'était|c'est|il est|elle est|(?:il|elle|"
                       r"ça|ca) (?:commence|débute|sonne|tombe|est prévue?)) à quelle "
                       r"heure(?: déjà| du coup| alors| maintenant| finalement| une fois)*[\s?.!]*$",
                       re.I), "à quelle heure est {t}"),
           (re.compile(r"^(?:et|ok|alors|bon)?[\s,]*(?:c'est )?à quelle heure (?:(?:il|elle) "
                       r"(?:commence|débute|sonne|est)|(?:commence|débute|sonne)-t-(?:il|elle)|"
                       r"c'est|ça tombe)(?: déjà| du coup| alors| maintenant| finalement)*"
                       r"[\s?.!]*$", re.I), "à quelle heure est {t}"),
           # "Et à quelle heure ?" after the day of a thing was asked: its time
           (re.compile(r"^(?:(?:et|ok|alors|bon)[\s,]*)?à quelle heure(?: déjà| du coup| alors)*[\s?.!]*$",
                       re.I), "à quelle heure est {t}")),
    "es": ((re.compile(r"^¿?\s*(?:y|ok|vale)?[\s,]*¿?\s*(?:(?:a qu[eé] hora|cu[aá]ndo) "
                       r"(?:termina|acaba)|(?:termina|acaba) (?:a qu[eé] hora|cu[aá]ndo))(?: eso)?"
                       r"(?: entonces| ahora)*[\s?.!]*$", re.I), "a qué hora termina {t}"),
           (re.compile(r"^¿?\s*(?:y|ok|vale)?[\s,]*¿?\s*cu[aá]nto (?:tiempo )?dura(?: eso)?[\s?.!]*$",
                       re.I), "cuánto dura {t}"),
           (re.compile(r"^(?:y|ok|vale)?[\s,]*¿?\s*a qu[eé] hora (?:es|era|ser[aá]|suena|sonar[aá]|"
                       r"empieza|comienza|(?:me |te )?qued[oó]|(?:me |te )?queda)(?: eso| esa| ese| ahora)?"
                       r"(?:,? entonces|,? al final| ahora)*[\s?.!]*$", re.I), "a qué hora es {t}"),
           (re.compile(r"^¿?\s*(?:y|ok|vale)?[\s,]*¿?\s*a qu[eé] hora(?:,? entonces)?[\s?.!]*$", re.I),
            "a qué hora es {t}")),
    # (and the question word last: "e finisce quando?", "termina a che ora?")
    "it": ((re.compile(r"^(?:e|ok|allora)?[\s,]*(?:(?:a che ora|quando) (?:finisce|termina)|"
                       r"(?:finisce|termina) (?:a che ora|quando))(?: quell[oa])?"
                       r"(?: allora| adesso)*[\s?.!]*$", re.I), "a che ora finisce {t}"),
           (re.compile(r"^(?:e|ok|allora)?[\s,]*quanto (?:tempo )?(?:la |lo )?dura[\s?.!]*$",
                       re.I), "quanto dura {t}"),
           (re.compile(r"^(?:e|ok|allora)?[\s,]*a che ora (?:è|era|sarà|suona|inizia|comincia|"
                       r"l'hai (?:mess[oa]|segnat[oa]|impostat[oa]))(?: quell[oa])?"
                       r"(?: allora| adesso| ora)*[\s?.!]*$", re.I), "a che ora è {t}"),
           (re.compile(r"^(?:e[\s,]*)?a che ora(?: allora)?[\s?.!]*$", re.I), "a che ora è {t}")),
}
# how long a timer has left, asked without naming it
# how long is left, of the timer talked about, not naming it: "how much time still got"
_LEFT_EN = re.compile(r"^(?:(?:so|and|ok|okay|um|uh)[\s,]+)*how (?:much time|long)(?: (?:is|'s|has it|"
                      r"have i|'ve i|do i have|it))?(?: still)? (?:got|left|to go|remaining)"
                      r"(?: on it| now)?[\s?.!]*$|^(?:(?:wait|so|and|ok|um|uh)[\s,]+)*how long did i "
                      r"(?:say|set it for|ask for|put)[\s?.!]*$", re.I)
_LEFT = {
    "de": re.compile(r"^(?:und\s+)?wie lange? (?:noch|dauert(?:'s| es) noch|(?:hat|läuft|"
                     r"braucht|geht|dauert) (?:der|er|es|'s|das)(?: jetzt| denn| eigentlich)* "
                     r"(?:noch|no))(?:\s+jetzt)?[\s?.!]*$", re.I),
    "fr": re.compile(r"^(?:et\s+)?(?:il (?:lui |en )?reste combien(?: de temps)?|combien (?:de "
                     r"temps )?(?:il )?(?:lui |en )?reste(?:-t-il)?)(?:\s+(?:maintenant|encore|là|du coup))*"
                     r"[\s?.!]*$", re.I),
    "es": re.compile(r"^(?:y\s+)?¿?\s*cu[aá]nto (?:le )?(?:queda|falta)(?:\s+(?:ahora|"
                     r"todav[ií]a|a[uú]n))?[\s?.!]*$", re.I),
    "it": re.compile(r"^(?:e\s+)?quanto (?:gli )?(?:manca|resta)(?:\s+(?:adesso|ancora|ora))?"
                     r"[\s?.!]*$", re.I),
}
_LEFT_OF_LENGTH = {"de": "wie lange läuft der Timer {n} noch?",
                   "fr": "combien de temps reste-t-il sur le minuteur {n} ?",
                   "es": "cuánto le queda al temporizador de {n}?",
                   "it": "quanto manca al timer {n}?"}
# "on it" said of a list just changed or read
# (or "in it", or "the list" unnamed: "Cosa c'è dentro adesso?", "Qu'est-ce qu'il y a sur la
# liste maintenant ?", "dimmi che c'è in lista"; "now" may end it)
_NOW_LAST = r"(?=(?:,?\s+(?:jetzt|nun|grad|gerade|maintenant|là|ahora|ya|adesso|ora))?[\s?.!]*$)"
_ON_IT = {"de": re.compile(rf"\s(drauf|darauf|drin|darin|auf der liste){_NOW_LAST}", re.I),
          "fr": re.compile(rf"\s(dessus|dedans|sur la liste|dans la liste){_NOW_LAST}", re.I),
          "es": re.compile(rf"\s(en ella|ahí|ahi|dentro|en la lista){_NOW_LAST}", re.I),
          "it": re.compile(rf"\s(sopra|lì sopra|dentro|lì dentro|nella lista|sulla lista|in lista)"
                           rf"{_NOW_LAST}", re.I)}
_ONTO_ASKED = {"de": "auf der {w}", "fr": "sur la {w}", "es": "en la {w}", "it": "sulla {w}"}
_ON = {"de": "beim", "fr": "sur le", "es": "al", "it": "al"}


# putting on and taking off a list that the turn does not name ("togli le banane" after
# the shopping list was read)
_LIST_VERBS = {
    "en": (r"add|put|stick|throw|chuck|pop|bung|whack",
           r"remove|take|delete|cross|tick|scratch|strike|mark|(?:you can )?get rid of"),
    "de": (r"setz|schreib|pack|füg|fug|tu|trag|nimm (?:noch )?\w+ (?:mit )?auf",
           r"nimm|streich|lösch|losch|entfern|hak"),
    "fr": (r"ajoute|rajoute|mets|note|inscris", r"enlève|enleve|retire|supprime|raye|coche|efface"),
    "es": (r"añade|anade|agrega|pon|apunta|mete|incluye", r"quita|borra|elimina|tacha|marca|saca"),
    "it": (r"aggiungi|metti|segna|scrivi", r"togli|cancella|elimina|rimuovi|spunta|depenna"),
}
# the item said first, then what to do with it: "il parrucchiere già l'ho prenotato,
# cancellalo", "los plátanos ya los compré, quítalos", "le pain c'est bon, enlève-le", "die
# Bananen hab ich schon, streich die" (English: :mod:`hark.text.fronted`)
_ITEM_FIRST = {lang: re.compile(rf"^(?P<thing>[^,]{{3,60}}?)\s*,\s*(?:(?:{lead})\s+)*(?P<verb>{verb})"
                                rf"{clitic}\s*[.!]?$", re.I) for lang, lead, verb, clitic in (
    ("de", r"dann|also|bitte|kannst du|kannste", r"streich|nimm|lösch|losch|entfern|hak",
     r"\s+(?:die|den|das|sie|ihn|es)(?:\s+(?:bitte|mal|doch|gleich))*(?:\s+(?:runter|raus|weg|ab|"
     r"durch))?"),
    ("fr", r"alors|donc|du coup|tu peux|bon", r"enlève|enleve|retire|supprime|raye|coche|efface",
     r"(?:-|\s+)(?:le|la|les)"),
    ("es", r"así que|asi que|entonces|pues|bueno", r"quít|quit|bórr|borr|elimín|elimin|tách|tach|"
     r"sác|sac", r"a(?:lo|la|los|las)"),
    ("it", r"quindi|allora|dunque|e", r"togli|cancella|elimina|rimuovi|spunta|depenna",
     r"(?:lo|la|li|le)"))}
_ONTO = {"en": ("to the", "from the"), "de": ("auf die", "von der"), "fr": ("à la", "de la"),
         "es": ("a la", "de la"), "it": ("alla", "dalla")}
_A_LIST = re.compile(r"list|liste|lista|einkauf|courses|compra|spesa|to-?do", re.I)
# a time on the clock: "19:30", "19h30", "7.30", "8 Uhr", "7 pm"
_CLOCK = re.compile(r"\b\d{1,2}\s*(?:[:h.]\s*\d{2}\b|h\b|uhr\b|[ap]\.?m\b)", re.I)
_OPENING = re.compile(r"^(?:(?:and|also|oh|ah|eh|ok|okay|und|noch|ja|gut|dann|et|pis|puis|aussi|"
                      r"bon|y|"
                      r"también|tambien|vale|bueno|ya|oye|entonces|pues|e|anche|poi|allora)"
                      r"[\s,]+)*", re.I)


# "them" said of the items a question just found on the list ("are the bananas still on
# it?" — "take them off"; "¿están los plátanos?" — "bórralos")
_THEM = {"en": re.compile(r"\b(?:it|them|those|these|'em|em)\b", re.I),
         "de": re.compile(r"\b(?:sie|es|die|das|den|ihn)\b(?=\s+(?:runter|weg|ab|raus|von)\b)",
                          re.I),
         "fr": re.compile(r"-(?:les|le|la)\b", re.I)}


def _pronoun(text: str, lang: str) -> tuple[re.Match[str], str] | None:
    """Where ``text`` says "it" after its verb (``_PRONOUN``), and the verb; Spanish
    matched without accents ("Pásala", "cancélalo"), which keeps every position."""
    m = _PRONOUN[lang].search(unaccented(text) if lang == "es" else text)
    if m is None:
        return None
    verb = unaccented(m.group(1)) if lang == "es" else m.group(1)
    if lang == "it" and verb.lower().endswith("fal"):  # "falla"
        verb = verb[:-1]
    # "cámbiamela", "spostamela": the "me" before "it" is no part of the verb
    if lang in ("es", "it"):
        verb = re.sub(r"(?<=\w{4})(?:me|te|se|nos|mi|ti|ce|ve)$", "", verb, flags=re.I)
    if lang == "es":  # "córramela media hora": moved
        verb = re.sub(r"\bcorr\w*$", "mueve", verb, flags=re.I)
    return m, verb


def _with_items(text: str, focus: dict[str, Any], lang: str) -> str:
    """``text`` with "them" said as the focus list's items, when it has some."""
    items = [str(i) for i in focus.get("items") or []]
    if not items:
        return text
    said = join(items, lang)
    if lang in ("es", "it"):  # "bórralos" → "borra plátanos", "toglile" → "togli banane"
        found = _pronoun(text, lang)
        if found is None:
            return text
        m, verb = found
        return f"{text[:m.start(1)]}{verb} {said}{text[m.end():]}"
    m = _THEM[lang].search(text) if lang in _THEM else None
    if m is None:
        return text
    sep = " " if m.group().startswith("-") else ""
    return f"{text[:m.start()]}{sep}{said}{text[m.end():]}"


def _onto_list(text: str, focus: dict[str, Any], lang: str) -> str | None:
    """``text`` with the focus list named, when it puts something on or takes something
    off a list and names none; None otherwise."""
    from hark.dialogue.focus import list_words

    if _A_LIST.search(text) or _OTHER_KIND.search(text):
        return None  # ("pon una alarma a las siete" after a list was made: an alarm)
    if lang in DAY_WORDS and re.search(rf"\b(?:{DAY_WORDS[lang]})\b", text, re.I) \
            and _CLOCK.search(text):
        return None  # ("E segnami la prova del coro martedì, dalle 19:30 alle 21:30": a day
        # and its time, for the calendar)
    text = _with_items(text, focus, lang) if not focus.get("created") else text
    first = _ITEM_FIRST[lang].match(text.strip()) if lang in _ITEM_FIRST else None
    if first is not None and not focus.get("created"):
        thing = text.strip()[_OPENING.match(first["thing"]).end():first.end("thing")]  # type: ignore[union-attr]
        verb = unaccented(first["verb"]) + "a" if lang == "es" else first["verb"]
        text = f"{verb} {thing}"
    adds, removes = _LIST_VERBS[lang]
    said = text[_OPENING.match(text).end():]  # type: ignore[union-attr]
    which = 0 if re.match(rf"(?:{adds})\w*\b", said, re.I) else \
        1 if re.match(rf"(?:{removes})\w*\b", said, re.I) else None
    if which is None:
        return None
    onto = f"{_ONTO[lang][which]} {list_words(str(focus.get('name') or ''), lang)}"
    body = said.rstrip(" .!?")  # (without "and", "oh": "And add X" was read without slots)
    if lang == "en":  # "put pay the gas bill on there as well"
        body = re.sub(r"\s+(?:on|onto|off|from)\s+(?:there|it|that)\b", "", body, flags=re.I)
        # "stick a brush on too", "pop some oat milk on as well": "on" the list
        body = re.sub(r"\s+on(?=(?:\s+(?:too|as well|also|instead|then|please))*\s*$)", "",
                      body, flags=re.I)
    if lang == "de":  # "setz … drauf" → "… auf die Liste"; "nimm … runter" keeps "runter"
        m = re.search(r"\s(drauf|dazu|hinzu|rauf)$", body, re.I)
        if m:
            return f"{body[:m.start()]} {onto}"
        m = re.search(r"\s(runter|ab|weg|raus)$", body, re.I)
        if m:
            return f"{body[:m.start()]} {onto} {m.group(1)}"
    return f"{body} {onto}"


def named(focus: dict[str, Any], lang: str) -> str | None:
    """How ``lang`` names the thing ``focus`` is about, or None."""
    table = _NAMED.get(lang, _NAMED["en"])
    kind, name = focus.get("type"), str(focus.get("name") or "").strip()
    if kind == "alarm":
        if name:
            return table["alarm"].format(n=name)
        return table["alarm_t"].format(t=focus["time"]) if focus.get("time") else None
    if kind == "timer":
        if not name and focus.get("seconds"):
            name = _LENGTH[lang].format(m=round(float(focus["seconds"]) / 60))
        return table["timer"].format(n=name) if name else table["timer_"]
    if kind in ("reminder", "event", "list") and name:
        return table[kind].format(n=name)
    return None


def _points(text: str, lang: str) -> bool:
    """Whether ``text`` (de/fr/es/it) says "it" or "that one" with a verb."""
    return bool(_pronoun(text, lang) or _THAT_ONE.get(lang, _NEVER).search(text)
                or _BEFORE_VERB.get(lang, _NEVER).search(text))


# why the question is asked, said last after a comma: "¿Y a qué hora termina, que tengo
# que ir a la casa rural?", "et ça finit quand, parce que je dois partir ?"
_WHY_LAST = {"fr": r"parce que|parce qu'|car|vu que", "es": r"que|porque|ya que",
             "it": r"che|perché|visto che", "de": r"weil|denn|da"}


def _without_why(text: str, lang: str) -> str:
    """Question ``text`` without a reason said last after a comma."""
    why = _WHY_LAST.get(lang)
    if why is None:
        return text
    return re.sub(rf",\s*(?:{why})\s+[^,?!.]*(?=[?!.]*\s*$)", "", text, flags=re.I)


def asked_of(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """A question about "it" said of ``focus`` (:func:`_asked`), or None."""
    return _asked(text, focus, lang if lang in _NAMED else "en") if focus else None


def _asked(text: str, focus: dict[str, Any], lang: str) -> str | None:
    """A question about "it" said of the focus ("When is it now?", "whats on it now",
    "Wie lange läuft er jetzt noch?"), or how long a timer has left asked without naming
    it ("cuánto le queda ahora", "il reste combien maintenant"); None otherwise."""
    if lang == "en":
        m = _ASKS_IT.match(text)
        if m:
            thing = named(focus, lang)
            if thing and re.fullmatch(r"\s+(?:at|on|set for|set to|set at)(?:\s+now)?[\s?.!]*",
                                      text[m.end(2):]):
                return f"when is {thing}?"  # "what time's that one at?" ("… bins out at")
            said = _NOW_AFTER.sub("", f"{text[:m.start(2)]}{thing}{text[m.end(2):]}")
            return said.replace("'s now ", "'s ").replace(" now on ", " on ") if thing else None
    asked = _without_why(text, lang)
    for pattern, said in _WHEN_ASKED.get(lang, ()):
        if focus.get("type") in ("alarm", "reminder", "event") and pattern.match(asked):
            unnamed_alarm = not focus.get("name") and focus.get("type") == "alarm" \
                and focus.get("time")  # ("la alarma de las 06:00")
            thing = (f"der Wecker um {focus['time']}" if unnamed_alarm else _NOMINATIVE_DE[
                str(focus["type"])].format(n=focus.get("name") or "")) if lang == "de" \
                else named(focus, lang)
            return said.format(t=thing.strip()) if thing and (focus.get("name") or unnamed_alarm) \
                else None
    if lang == "de":
        m = _ASKS_IT_DE.match(text)
        nominative = _NOMINATIVE_DE.get(str(focus.get("type")))
        if m and nominative and focus.get("name"):
            return f"{text[:m.start(2)]}{nominative.format(n=focus['name'])}{text[m.end(2):]}"
    if focus.get("type") == "list" and lang in _ON_IT and not TIME_ON.search(text):
        m = _ON_IT[lang].search(text)  # (not "beim Nudeltimer mach noch zwei Minuten drauf")
        if m and focus.get("name"):
            from hark.dialogue.focus import list_words

            on = _ONTO_ASKED[lang].format(w=list_words(str(focus["name"]), lang))
            return f"{text[:m.start()]} {on}{text[m.end():]}".strip()
    if lang == "en" and focus.get("type") == "timer" and _LEFT_EN.match(text):
        return f"how long is left on {named(focus, lang)}?"
    left = _LEFT.get(lang)
    if focus.get("type") == "timer" and left and left.search(text) \
            and not _NAMES_ONE[lang].search(text):
        thing = named(focus, lang)
        if thing and not focus.get("name") and focus.get("seconds"):  # one just set, by
            return _LEFT_OF_LENGTH[lang].format(  # its length: "der Timer 12 Minuten"
                n=_LENGTH[lang].format(m=round(float(focus["seconds"]) / 60)))
        if thing:
            return f"{text.rstrip(' ?.!')} {_ON[lang]} {thing.split(' ', 1)[1]}?"
    return None


def _to_timer(thing: str, lang: str) -> str:
    """Where a timer gets its minutes: "to the pasta timer", "al temporizador de pasta" (the
    named timer's article dropped after the preposition)."""
    return f"{_TO[lang]} {thing if lang == 'en' else thing.split(' ', 1)[1]}"


def _by_first_word(text: str, focus: dict[str, Any]) -> str | None:
    """(English) ``text`` with an event or reminder named by the first word of its name
    ("the drinks" of "drinks with raj") named in full, when it asks to change it."""
    name = str(focus.get("name") or "")
    words = name.split()
    if focus.get("type") not in ("event", "reminder") or len(words) < 2 or \
            name.lower() in text.lower() or not _EN_CHANGE.match(text):
        return None
    m = re.search(rf"\b(?:the|my)\s+{re.escape(words[0])}\b", text, re.I)
    if m is None:
        return None
    return f"{text[:m.start()]}{named(focus, 'en')}{text[m.end():]}"


_CONTRACT = {
    "fr": ((r"\bà le\b", "au"), (r"\bde le\b", "du"), (r"\bà les\b", "aux"), (r"\bde les\b", "des")),
    "es": ((r"\ba el\b", "al"), (r"\bde el\b", "del")),
    "it": ((r"\ba il\b", "al"), (r"\ba la\b", "alla"), (r"\ba l'", "all'"), (r"\bdi il\b", "del"),
           (r"\bdi la\b", "della"), (r"\bdi l'", "dell'"), (r"\bda il\b", "dal"),
           (r"\bda la\b", "dalla"), (r"\bsu il\b", "sul"), (r"\bsu la\b", "sulla")),
}


def contracted(text: str, lang: str) -> str:
    """A preposition and the article of a name joined as the language joins them ("a il
    timer" → "al timer", "à le minuteur" → "au minuteur")."""
    for rx, joined in _CONTRACT.get(lang, ()):
        text = re.sub(rx, joined, text, flags=re.I)
    return text


def kind_said(text: str, lang: str) -> str | None:
    """The kind of thing ``text`` points at with a demonstrative ("that reminder": "reminder"),
    or None."""
    this = _kind_match(text, lang)
    return kind_of_noun(this["noun"]) if this is not None else None


# English "the reminder" said of the one talked about ("ok set the reminder for 2 pm then"),
# not one named ("the reminder to call mum")
_THE_REMINDER = re.compile(r"\b(?:the|my|your)\s+(?P<noun>reminder)\b(?!\s+(?:to|about|for\s+"
                           r"(?!\d|noon|midday|midnight|half|quarter|one|two|three|four|five|six|"
                           r"seven|eight|nine|ten|eleven|twelve|tomorrow|tonight|\w+day)))", re.I)


# English "the alarm" changed, said of the one talked about: "Actually, make the alarm 9:30
# while you're at it" (a list item put on in between)
_THE_ALARM_CHANGED = re.compile(r"(?:(?<=make )|(?<=move )|(?<=change )|(?<=shift )|(?<=bring ))"
                                r"(?:the|my)\s+(?P<noun>alarm)\b"
                                r"(?!\s+(?:for|on|at)\s+(?:\w+day|tomorrow))", re.I)


def _kind_match(text: str, lang: str) -> re.Match[str] | None:
    """The kind of thing said with a demonstrative ("that reminder", "quella sveglia") or,
    in English, "the reminder" said of no other, or "the alarm" changed."""
    this = _THIS_KIND[lang].search(text) if lang in _THIS_KIND else None
    return this or (_THE_REMINDER.search(text) or _THE_ALARM_CHANGED.search(text)
                    if lang == "en" else None)


def kind_of_noun(noun: str) -> str | None:
    """The kind of thing ``noun`` names ("sveglia": "alarm"), or None."""
    return next((kind for kind, nouns in _KIND_NOUNS.items()
                 if re.fullmatch(nouns, noun, re.I)), None)


# (English) "make it on Friday evening at six instead of the Saturday": "make it Friday
# evening at six" (the day it had said as what it replaces)
_ON_DAY = re.compile(r"\b(make|move|put|change|set)\s+(it|that)\s+on\s+(?=\w+day\b|tomorrow\b|the\s+\d)",
                     re.I)
_INSTEAD_OF = re.compile(r"(?:\s+instead\s+of|,?\s+not)\s+(?:at\s+)?(?:the\s+)?(?:\w+day|tomorrow|today|\d{1,2}(?::\d\d)?"
                         r"(?:\s*[ap]\.?m\.?)?|(?:half|quarter)\s+(?:past|to)\s+\w+|half\s+\w+|\w+\s+o'clock)"
                         r"(?=[\s?.!,]*$)", re.I)


# a thing named first, then "it" (English): "Oh and the dinner with Anna on Friday, bump it
# to Thursday"
TOPIC_IT = re.compile(rf"^(?:[^.!?]{{0,30}}[.!?]\s+)?\W*(?:(?:oh|and|also|right|so|ok|okay|then)\W+)*(?:the|my|our)\s+"
                       # (a thing, not news of someone: "the Saturday girl wants to swap")
                       rf"(?P<thing>(?:(?!\b(?:wants?|needs?|is|are|was|were|has|have|had|can't|"
                       rf"cannot|won't|so|because|i'm)\b)[\w' -])+?),\s*"
                       rf"(?:(?:can you|could you|please|just)\s+)*"
                       rf"{_EN_VERB}\s+(?:it|that)\b", re.I)
_LITTLE = {"the", "my", "our", "on", "at", "with", "for", "a", "an", "of", "in", "to"}


def _other_topic(text: str, focus: dict[str, Any]) -> bool:
    """Whether ``text`` names a thing first that shares no word with ``focus``'s title."""
    m = TOPIC_IT.match(text)
    title = str(focus.get("title") or focus.get("name") or focus.get("label") or "")
    if m is None or not title:
        return False
    said = set(m["thing"].lower().split()) - _LITTLE
    return bool(said) and not said & set(title.lower().split())


# the words of a thing named first that say only when or what kind ("den Termin morgen früh")
_WHEN_OR_KIND = re.compile(rf"(?:{'|'.join(DAY_WORDS[lang] for lang in DAY_WORDS)}|früh|abend\w*|"
                           r"morgens|mittag\w*|nachmittag\w*|vormittag\w*|nacht|matin|soir|"
                           r"après-midi|tarde|noche|mattina|sera|pomeriggio|notte|prochain\w*|"
                           r"próxim\w*|prossim\w*|nächst\w*|heure|hora|\w*(?:timer|wecker|"
                           r"erinnerung|termin|liste|minuteur|minuterie|alarme|réveil|rappel|"
                           r"rendez-vous|temporizador|alarma|recordatorio|cita|evento|sveglia|"
                           r"promemoria|appuntamento|lista|événement))$", re.I)


def _other_topic_other(text: str, focus: dict[str, Any], lang: str) -> bool:
    """German, French, Spanish, Italian: whether ``text`` names a thing first, then says
    "it" of it after a comma, and the thing shares no word with ``focus``'s name ("Und die
    Teambesprechung morgen früh, schieb die bitte auf elf" after a reminder was set: the
    meeting is moved, not the reminder); not of a list, whose item is said first ("die
    Bananen hab ich schon, streich die")."""
    head, comma, clause = text.partition(",")
    name = str(focus.get("name") or "")
    if not comma or not name or focus.get("type") == "list" or not _THING_FIRST.match(head) \
            or _pronoun(clause.strip(), lang) is None:
        return False
    said = {w.lower() for w in re.findall(r"[^\W\d]{4,}", head)
            if not _WHEN_OR_KIND.fullmatch(w)}
    return bool(said) and not said & {w.lower() for w in re.findall(r"[^\W\d]{4,}", name)}


# (German) "make it into" a day or time, said of a thing that exists: "Mach Donnerstag um 15
# Uhr draus", "mach lieber halb acht daraus" (moved there: "verschieb es auf …")
_MADE_INTO_DE = re.compile(
    r"\b(?:mach|mache|macht|machen sie)\s+(?:(?:lieber|doch|mal|ma|bitte|halt|einfach|besser|"
    r"stattdessen|dann|jetzt)\s+)*(?P<to>[^,.!?;]*?(?:\d|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|morgen|übermorgen|halb|viertel|uhr|mittag|abend)[^,.!?;]*?)"
    r"\s+(?:draus|daraus)\b", re.I)


def _made_into(text: str, focus: dict[str, Any], lang: str) -> str:
    """``text`` with German "mach … draus" said as a move of the thing ``focus`` is about,
    when it was not just made (that one is put right: :mod:`hark.dialogue.follow_on`)."""
    if lang != "de" or focus.get("created") or focus.get("type") not in (
            "event", "alarm", "reminder"):
        return text
    return _MADE_INTO_DE.sub(lambda m: f"verschieb es auf {m['to']}", text)


def _after_echo(text: str, lead: int, lang: str) -> str:
    """The clause of ``text`` (after its opening words, the first ``lead`` characters)
    that points at the thing, when only a few words said back come before it ("neuf
    heures, Mets-la plutôt à huit heures, je dois …": "Mets-la plutôt à huit heures"),
    else ``text``."""
    clauses = [c.strip() for c in text[lead:].split(",")]
    for i, clause in enumerate(clauses[1:], 1):
        if any(len(c.split()) > 3 for c in clauses[:i]):
            break
        if _pronoun(clause, lang):
            return clause
    return text


def pointed(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """``text`` with "it"/"that" (or a timer's missing name) said as the thing ``focus``
    is about; None when it points at nothing."""
    if focus:
        text = _made_into(text, focus, lang)
    if lang == "en" and focus and _other_topic(text, focus):
        return None  # "Oh and the dinner with Anna on Friday, bump it to Thursday": "it" is
        # the dinner, not the trip just made
    if lang == "en":
        text = _INSTEAD_OF.sub(" instead", _ON_DAY.sub(r"\1 \2 ", text))
        told = re.search(rf",\s+(?={_EN_VERB}\s+(?:it|that)\b)", text, re.I)
        if told is not None and len(text.split()) > 8:  # "Oh, he's just texted, tomorrow's
            text = text[told.end():]  # no good for him, put it on Thursday instead": the
            # request after why
    if lang != "en" and focus and _other_topic_other(text, focus, lang):
        return None  # "Und die Teambesprechung morgen früh, schieb die bitte auf elf": "die" is
        # the meeting named first, not the reminder just set
    if lang == "de":  # "Okay, den stell bitte auf 5:45": "stell den bitte auf 5:45"
        text = _FRONTED_DE.sub(r"\g<lead>\g<verb> \g<it>", text)
    if lang in _NAMED and lang != "en":  # a remark, then the request in a sentence of its
        # own: "Oh peuchère, c'est bien trop tôt pour un samedi. Mets-le plutôt à 10 heures."
        # (kept whole when short and already pointing: "va bene. e quella sveglia me la …")
        ends = [e.end() for e in re.finditer(r"[.!?;]\s+(?=\S)", text)]
        last = text[ends[-1]:] if ends else ""
        if last and _points(last, lang) and (len(text.split()) > MAX_WORDS
                                              or not _points(text, lang)):
            text = last
        lead = _OPENING.match(text).end()  # type: ignore[union-attr]
        first = text[:lead] + text[lead:].split(",", 1)[0]  # ("Okay, den stell …, da …")
        if len(text.split()) > MAX_WORDS and first != text and _pronoun(first, lang):
            text = first  # "Dann schieb die ma 'ne halbe Stunde nach hinten, vorher krich
            # ich dat nich gebacken": the request, then why
        elif len(text.split()) > MAX_WORDS and first != text:
            text = _after_echo(text, lead, lang)  # "Ah, neuf heures… Mets-la plutôt à huit
            # heures, je dois …": what was just said, said back first
    if focus and len(text.split()) > MAX_WORDS:
        alone = _without_why(text, lang)  # (a question then why it is asked)
        if len(alone.split()) <= MAX_WORDS and (asked := _asked(alone, focus, lang)) is not None:
            return asked
    if not focus or len(text.split()) > MAX_WORDS:
        return None
    lang = lang if lang in _NAMED else "en"
    asked = _asked(text, focus, lang)
    if asked is not None or focus.get("type") == "list":
        return asked if asked is not None else _onto_list(text, focus, lang)
    thing = named(focus, lang)
    if thing is None:
        return None
    if focus.get("type") == "timer" and focus.get("seconds") and _DOUBLE.get(lang, _NEVER).match(text):
        to = _to_timer(thing, lang)
        return _ADD_MINUTES[lang].format(m=round(float(focus["seconds"]) / 60), to=to)  # "uh
        # double that": its length again
    if lang != "en" and "," in text and _pronoun(text, lang) is None \
            and not _BEFORE_VERB.get(lang, _NEVER).search(text) \
            and not _NAMES_ONE[lang].search(text.rsplit(",", 1)[0]) \
            and not _THING_FIRST.match(text):  # ("il timer del pane l'ho messo per sbaglio,
        # annullalo": that one, not the one talked about; "et la réunion d'équipe, mets-la
        # jeudi …": the one named first)
        clause = text.rsplit(",", 1)[1].strip()  # "oh fan de chichourle c'est trop tôt ça,
        if _pronoun(clause, lang) or (focus.get("type") == "timer" and _MINUTES[lang].search(
                clause[_OPENING.match(clause).end():])):  # type: ignore[union-attr]
            text = clause  # mets-le à onze heures", "ah c'est trop, enlève trois minutes"
    short = _by_first_word(text, focus) if lang == "en" else None
    if short is not None:  # "move the drinks to thursday" of "drinks with raj"
        return short
    told = _TOLD_MOVED.match(text) if lang == "en" else None
    if told is not None:
        text = f"move it {told['rest']}"
    starts = _STARTS_AT.match(text) if lang == "en" else None
    if starts is not None and focus.get("type") in ("event", "alarm", "reminder"):
        text = f"move it to {starts['rest']}"
    rings = _RINGS_IN[lang][0].search(text) if lang in _RINGS_IN else None
    if rings is not None and focus.get("type") == "timer":
        return _RINGS_IN[lang][1].format(t=thing, n=rings["len"])
    this = _kind_match(text, lang)
    kind = kind_of_noun(this["noun"]) if this is not None else None
    if kind is not None and kind != focus.get("type"):
        return None  # "move that reminder to 2" said of an event
    if this is not None and kind == focus.get("type"):
        rest = f"{text[:this.start()]}{text[this.end():]}".strip(" ,")
        rest = re.sub(r"\s{2,}", " ", rest)
        if _BEFORE_VERB.get(lang, _NEVER).search(rest) or _pronoun(rest, lang):
            text = rest  # "quella sveglia me la metta …": "it" says it again
        else:
            before, after = text[:this.start()], text[this.end():]
            if lang == "en" and not focus.get("created") and re.match(
                    r"\s*(?:at|to|for|on)\b", after) and re.search(r"\b(?:put|set)\s+$", before):
                # "set the reminder for 2 pm" of one that exists: moved, not made
                before = re.sub(r"\b(?:put|set)\s+$", f"{_move_verb(lang, focus)} ", before,
                                flags=re.I)
                after = re.sub(r"^\s*for\b", " to", after, flags=re.I)
            return contracted(f"{before}{thing}{after}", lang)
    m = _BEFORE_VERB.get(lang, _NEVER).search(text)  # "Kannst du den … schieben?",
    if m:  # "tu peux le mettre vendredi plutôt ?"
        if lang in ("fr", "it"):
            verb = m.group(2)
            if not focus.get("created") and _SET_NOT_MOVE.get(lang, _NEVER).fullmatch(verb):
                verb = _move_verb(lang, focus)  # "me la metta mezz'ora prima" of an alarm
            return f"{text[:m.start(1)]}{verb} {thing}{text[m.end(2):]}"
        return f"{text[:m.start(1)]}{thing}{text[m.end(1):]}"
    that = _THAT_ONE.get(lang, _NEVER).search(text)
    if that:  # "enlève celui-là aussi"
        return f"{text[:that.start()]}{thing}{_to_day(text[that.end():], lang)}"
    found = _pronoun(text, lang)
    if found:
        m, verb = found
        if not focus.get("created") and _SET_NOT_MOVE.get(lang, _NEVER).fullmatch(verb):
            verb = _move_verb(lang, focus)  # "mettila alle otto e mezza" of an alarm asked
            # about: moved
        if lang == "it":  # "falla alle otto e venti"
            verb = re.sub(r"\bfa$", _move_verb(lang, focus), verb, flags=re.I)
        if lang == "en" and focus.get("created") and _REMOVE.match(verb):
            return None
        if lang == "en" and (not focus.get("created") or re.search(r"\binstead\b", text, re.I)) \
                and verb.lower() in ("put", "set") \
                and re.match(r"\s*(?:at|to|for|on|\w+day|tomorrow|today|tonight)\b",
                             text[m.end():]):
            verb = _move_verb(lang, focus)  # "put it at 6 in the evening instead" of a
            # reminder that exists: moved, not made; "put it on Thursday, same time": to it
            if re.match(r"\s*(?:\w+day|tomorrow|today|tonight)\b", text[m.end():]):
                text = f"{text[:m.end()]} to{text[m.end():]}"
        if lang == "en" and verb.lower() in ("bump", "nudge", "slide", "shove", "shift"):
            # "bump it to 11", "can you shove that to half seven instead?"
            verb = _move_verb(lang, focus)
        if lang == "en" and verb.lower() == "make":  # "make it 8:30", "… an hour later"
            rest = text[m.end():].lstrip()
            if not _MADE.match(rest):
                return None
            verb = _move_verb(lang, focus)
            to = "" if re.match(r"(?:an?|half an?)\s", rest, re.I) else "to "  # ("half 8")
            length = re.fullmatch(r"(\d+)(\s*(?:minutes?|mins?|hours?|seconds?))?(?:\s+(?:actually|"
                                  r"instead|then|please))*[\s.!]*", rest, re.I)
            if focus.get("type") == "timer" and length and (length[2] or not focus.get("name")):
                rest = f"{length[1]}{length[2] or ' minutes'} left"  # "the 60 minute timer to
                # 50 minutes left": its time left, not a new timer; "make it 15 actually"
            return f"{text[:m.start(1)]}{verb} {thing} {to}{rest}"
        before = text[:m.start(1)]
        if lang == "en" and _SAID_WHY.search(before) and re.fullmatch(_EN_VERB, verb, re.I):
            # "actually she's running late push it
            before = ""  # a further 30 minutes": the request alone
        return f"{before}{verb} {thing}{_to_day(text[m.end():], lang)}"
    if focus.get("type") == "timer" and not _NAMES_ONE[lang].search(text):
        on = _PUT_ON.match(text) if lang == "en" else None
        if on is not None:
            unit = on["unit"] or re.search(r"\b(?:minutes?|mins?|seconds?|secs?)$", on["len"])
            return f"add {on['len']}{'' if unit else ' minutes'} to {thing}"
        text = text[_OPENING.match(text).end():] if lang != "en" else text  # type: ignore[union-attr]
        mm = _MINUTES[lang].search(text)
        if mm:  # "… to the pasta timer", "… al temporizador de pasta" (its article dropped)
            to = _to_timer(thing, lang)
            if lang == "de":  # before the particle: "gib 5 minuten zum Timer Nudeln dazu"
                return f"{text[:mm.start(1)]}{to} {text[mm.start(1):]}"
            if lang == "es":  # "ponle" → "pon", "quítele" → "quita"
                text = re.sub(r"^(\w+?)le\b", lambda v: _USTED.get(
                    unaccented(v.group(1)).lower(), unaccented(v.group(1))), text)
            if lang == "fr":  # "ajoutes-y" → "ajoute"
                text = re.sub(r"^(\w+?)s?-(?:y|lui|en)\b", r"\1", text)
            return f"{text.rstrip(' .!')} {to}"
    return None
