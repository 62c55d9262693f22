"""A turn that leans on the request just before it, said in full (five languages).

- **A correction of the thing just made**: "no, sorry, 7:30" after "wake me at 7
  tomorrow" is "wake me at 7:30 tomorrow", and the 7 o'clock alarm is taken back once
  the new one is set (``FollowOn.replaces``); "I meant pears", "Sorry, I meant 50", "nee
  25", "Ach nein, mach Donnerstag draus", "non, pardon, 8h30", "mejor el jueves",
  "Anzi, facciamo giovedì".
- **Another of the same**: "and another one at 6:20", "and sugar", "same time
  Thursday", "And to call Dad at 7", "und noch einen um 6:20", "et du sucre", "y
  harina", "e un'altra alle 6:20".
- **The same question about another day, place or thing**: "und am Freitag?", "et à
  Montréal ?", "y el miércoles", "e venerdì", "and the laundry?".

The previous request's words are kept and the parts the turn says are swapped in: a
time for its time, a day for its day, a length for its length, a thing for its thing (a
list item, a reminder's errand, the place or timer asked about — what the last answer
was about, :mod:`hark.dialogue.focus`); a time or day the previous request did not say
is added at its end. A turn that is a request of its own ("and remind me to …") is left
alone, and so is anything said when the previous turn was not a request carried out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from hark.dialogue import but_for
from hark.dialogue.focus import of_made as focus_of_made
from hark.dialogue.list_meant import meant_list
from hark.dialogue.person_named import with_person
from hark.dialogue.pointing import KIND_NOUNS, kind_of_noun
from hark.dialogue.reason_after import QUESTION
from hark.dialogue.relative import STRAIGHT_AFTER, say_day
from hark.dialogue.state import DialogueState, about_at, about_read
from hark.dialogue.words import CALLED_OFF_DE, PRECISELY
from hark.nlu import day_overview
from hark.nlu.event_span import Said, said_span
from hark.nlu.event_span_other import length_alone
from hark.nlu.event_span_other import said_span as said_span_other
from hark.nlu.normalize import normalize, normalize_any
from hark.nlu.repeat_changes import day_names
from hark.nlu.said_times import alarm_hour, bare_alarm_hour
from hark.nlu.time_spans import DAY_NUMBER, find_time_spans
from hark.skills.providers.lang import AND
from hark.skills.timer_words import SAME_NAME
from hark.text import same_time
from hark.text.en_words import HOUR_WORDS, WEEKDAYS
from hark.text.item_corrected import corrected
from hark.text.which_ones import says_which
from hark.types import Slot

MAX_WORDS = 7  # a follow-on is short: "no, sorry, half past seven on Thursday"


def _alts(*words: str) -> str:
    return "|".join(words)


# words that open a correction; "strong" ones say a thing is meant instead by themselves
_FEW_FR = r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"
_STRONG = {
    "en": _alts(r"i mean", r"i meant", r"i said", r"make (?:it|that|the (?:reminder|alarm|timer|event|entry|appointment))(?: one(?! (?:o'?clock|am|pm|a\.m\.|p\.m\.|thirty|fifteen|forty|"
                r"fifty|twenty|ten|oh|in the|at night|tonight|tomorrow)\b))?(?: repeat)?",
                r"set (?:it|that)(?: one)? back to",
                # "let it be twelve noon" (not "let it be": leave it)
                r"let (?:it|that|am)(?: one)? be(?= (?:at |on |for )?(?:\d|half|quarter|noon|midday|"
                rf"{WEEKDAYS}|tomorrow|today|tonight|{HOUR_WORDS})\b)",
                r"(?:have|let) (?:it|that)(?: one)? repeat", r"repeat (?:it|that)",
                r"(?:change|move|put|switch) (?:it|that)(?: one)?(?: to| for| on)?",
                r"(?:change|switch|move) (?:it )?to",  # "sorry ah change to half past 8 tonight"
                r"scratch that", r"correction", r"rather", r"my bad", r"my mistake",
                # "take that off, it should go on the to-do list instead"
                r"take (?:it|that|them|those)(?: one)? off(?: (?:again|there|that list))?",
                # "Departure is 11:15, not 11:40"
                r"(?:the )?(?:departure|arrival|pick-?up|check-?in|start)(?: time)? (?:is|'s)",
                r"(?:replace|swap) (?:it|that) (?:with|for)",
                # "Hmm, do it Wednesday. Same time."
                rf"do (?:it|that)(?: one)?(?= (?:on |for |at )?(?:{WEEKDAYS}|tomorrow|today|tonight|\d))"),
    "de": _alts(r"ich mein(?:e|te)?", r"ich wollte sagen", r"ich hab mich vertan",
                r"mach(?:e)?(?: es| das| ihn| sie| dat| des| da)?", r"sagen wir",
                r"lieber", r"besser", r"korrektur",
                r"schreib(?: da| stattdessen| lieber)+",  # "…, schreib da Bergkäse hin"
                r"ersetz\w*(?: es| das| ihn| sie)? durch",
                r"(?:verschieb|verleg|leg|stell|setz)(?:e)? (?:es|das|ihn|sie)"
                r"(?=\s+(?:auf|um|lieber|doch|bitte|\d)\b)(?: auf| um)?"),
    "fr": _alts(r"je voulais dire", r"je veux dire", r"plutôt", r"mets plutôt", r"fais-en",
                r"remplace(?:[- ](?:le|la|les))? par", r"disons",
                rf"mets(?=\s+(?:\d|{_FEW_FR})\b)",  # "…, mets vingt-cinq"
                r"fais",
                r"change (?:pour|à)", r"finalement", r"je me suis trompée?",
                r"je me suis plantée?", r"je me suis gourée?", r"je me suis mélangée?",
                r"je me suis emmêlée?", r"erreur",
                # "mets-le", "décale la à 10h" — not "décale le rappel" (an article)
                r"(?:mets|déplace|deplace|change|décale|decale)(?:-(?:le|la)|\s(?:le|la)"
                r"(?=\s+(?:à|a|au|pour|plutôt|plutot|\d)\b))(?: plutôt)?(?: à| a| pour| au)?"),
    "es": _alts(r"quise decir", r"quer[ií]a decir", r"mejor que sean?", r"que sean?", r"mejor",
                r"(?:c[aá]mbia|reempl[aá]za|sustit[uú]ye)(?:lo|la) (?:por|con)", r"digamos",
                r"m[aá]s bien", r"digo",
                # ("…, que me he liado, que sean treinta": said with "que" too)
                r"(?:que )?me equivoqu[eé]", r"(?:que )?me he equivocado", r"(?:que )?me confund[ií]",
                r"(?:que )?me he confundido", r"(?:que )?me (?:he )?li(?:ado|[eé])",
                r"me (?:he )?hecho un l[ií]o",
                r"me hice un l[ií]o", r"que se repita", r"rep[ií]tela",
                r"rep[ií]telo",
                # "que es a las cinco y media, no a las cinco": what it is, told
                r"que (?:es|son|era|eran)(?= (?:a la|a las|el|para|mañana|pasado)\b)",
                r"(?:p[oó]n|p[oó]nga|p[aá]sa|c[aá]mbia|mu[eé]ve)(?:lo|la)(?: (?:a|para|al|en))?"),
    "it": _alts(r"volevo dire", r"intendevo", r"anzi", r"meglio", r"facciamo", r"fai",
                r"(?:sostituisci|cambia)(?:lo|la) con", r"scrivi(?: invece| piuttosto)?", r"diciamo",
                r"cioè", r"mi sono sbagliat[oa]", r"mi sono confus[oa]", r"ho sbagliato",
                r"mi sbagliavo", r"mi ero sbagliat[oa]",
                r"che si ripeta",
                r"ho detto male", r"mi sono espress[oa] male",
                r"ripetila", r"ripetilo",
                r"fal(?:lo|la) diventare",
                r"(?:metti|sposta|cambia|fal)(?:lo|la)(?: (?:a|per|alle|al))?"),
}
_WEAK = {
    "en": _alts(r"(?:sorry|no) o(?=\W|$)",  # Nigerian "Sorry o, …"
                r"no", r"nope", r"nah", r"naw", r"sorry", r"oops", r"whoops", r"wait", r"actually",
                r"on second thoughts?", r"(?:can|could) you do(?= (?:\d|half|quarter)\b)",
                r"oh no", r"ay", r"hang on", r"hold on",
                # "Um, say about nine pm." after one made for "tonight"
                r"(?:let's )?say(?: about| around)?(?= (?:\d|half|quarter|one|two|three|four|five|"
                r"six|seven|eight|nine|ten|eleven|twelve|noon|midday)\b)"),
    "de": _alts(r"nein", r"nee", r"ne", r"nö", r"nä", r"sorry", r"entschuldigung", r"pardon",
                r"warte", r"moment", r"doch", r"quatsch", r"falsch", r"halt",
                # Austrian and Bavarian "na" (no), "Blödsinn", "Schmarrn": "Na, Blödsinn, i
                # mein Donnerstag!"
                r"na(?=\s*[,!])", r"blödsinn", r"schmarrn", r"mist"),
    "fr": _alts(r"non", r"pardon", r"excuse(?:-moi)?", r"excusez(?:-moi)?", r"désolée?", r"oups",
                r"attends", r"en fait"),
    "es": _alts(r"no", r"perd[oó]n", r"perdona", r"uy", r"espera", r"en realidad", r"par[aá](?=\s*[,.!…])"),
    "it": _alts(r"no", r"scusa", r"scusami", r"aspetta", r"aspetti", r"in realtà"),
}
# words that open another of the same
_AND = {
    "en": _alts(r"and", r"also", r"plus", r"and also", r"another(?: one)?", r"one more",
                # "and put another one in for friday", "do me one for sunday as well"
                r"(?:(?:put|set|make|add|stick)(?: me| us)? (?:another|one more)|do (?:me|us) (?:one|"
                r"another))(?: one)?(?: in)?(?= (?:for|at|on)\b)",
                # "do another one same time on saturday"
                r"(?:do|make|set|add|put in)(?: me| us)? (?:another|one more)(?: one)?"
                r"(?= (?:the )?same\b)",
                r"one(?= (?:for|at|on|with)\b)",
                r"a (?:second|third|fourth|fifth) one", r"the same(?: thing)?(?: again)?",
                r"same(?: time| thing)?(?: again)?",
                r"what about", r"how about"),
    "de": _alts(r"und", r"ond", r"un", r"auch", r"noch", r"plus", r"dazu", r"sowie", r"dann",
                r"(?:noch )?(?:einen|eine|eins|einer)(?: mehr)?", r"dasselbe", r"das gleiche",
                # "mach mir noch einen um acht", "stell noch eine für Freitag"
                # (not "stell noch einen Timer für …": a request of its own)
                r"(?:mach|stell|setz|leg)(?: mir| uns)? (?:noch (?:einen|eine|eins)(?: mehr)?|"
                r"(?:noch )?(?:einen|eine|ein) (?:zweiten|zweite|zweites|dritten|dritte))"
                r"(?!\s+(?:wecker|timer|erinnerung|termin|alarm|kurzzeitwecker)\b)",
                r"genauso", r"ebenso", r"wie (?:ist|sieht) es mit", r"was ist mit",
                # one of a series by its place, then its time: "und die letzte um zehn abends"
                r"(?:die|der|den|das) (?:letzte|zweite|dritte|vierte)n?"
                r"(?= (?:um|am|gegen|für|dann|morgen|heute)\b)"),
    "fr": _alts(r"et", r"aussi", r"pis", r"puis", r"plus", r"(?:encore )?(?:un|une) autre",
                r"(?:un|une) (?:deuxième|second|seconde|troisième)",  # "et un deuxième à 7h10"
                r"encore (?:un|une)", r"pareil", r"la même chose", r"en plus", r"et pour",
                # "et le même pour jeudi" (the same one, on another day)
                r"(?:le|la) même(?= (?:pour|à|le|ce|cet|cette|demain)\b)",
                # "mets-en un autre à 15 heures", "programme-m'en une autre pour jeudi"
                r"(?:mets|mettez|ajoute|ajoutez|programme|crée)(?:-en|-m'en|-moi|-nous)?"
                r"(?: encore)? (?:un|une) (?:autre|deuxième|second|seconde|troisième)"
                r"(?!\s+(?:réveil|alarme|rappel|minuteur|rendez-vous)\b)",
                r"(?:la|le) (?:dernière|dernier|deuxième|troisième|quatrième)"
                r"(?= (?:à|vers|pour|demain|ce soir)\b)"),
    "es": _alts(r"y", r"tambi[eé]n", r"adem[aá]s", r"luego", r"otra(?: m[aá]s)?", r"otro(?: m[aá]s)?",
                r"lo mismo", r"igual", r"y para",
                r"(?:el|la) mism[oa](?= (?:para|a las|a la|el|esta|mañana)\b)",  # "y la misma para el jueves"
                # "ponme otro a las cinco", "haz otra igual el jueves"
                r"(?:pon|ponme|poné|poneme|haz|hazme|crea|créame|añade|agrega)(?: otro| otra|"
                r" una segunda| un segundo| una tercera| un tercero)(?: m[aá]s)?"
                r"(?!\s+(?:alarma|despertador|recordatorio|temporizador|cita)\b)",
                r"(?:la|el) (?:[uú]ltima|[uú]ltimo|segunda|segundo|tercera|tercero)"
                r"(?= (?:a las|a la|hacia|para|mañana|esta noche)\b)"),
    "it": _alts(r"e", r"ed", r"anche", r"pure", r"poi", r"un'altra", r"un altro", r"lo stesso",
                r"la stessa", r"e per",
                # "mettine un altro alle tre", "fammene una uguale per venerdì"
                r"(?:metti|mettimi|fammi|aggiungi|crea) (?:un altro|un'altra|una seconda|un secondo|"
                r"una terza|un terzo)"
                r"(?!\s+(?:sveglia|promemoria|timer|appuntamento|evento)\b)",
                r"(?:mettine|mettimene|fanne|fammene|aggiungine|creane) (?:un altro|un'altra|uno|una)"
                r"(?: (?:seconda|secondo|terza|terzo))?",
                r"(?:l'ultima|l'ultimo|la seconda|il secondo|la terza|il terzo)"
                r"(?= (?:alle|all'|verso|per|domani|stasera)\b)"),
}
_FILLER = {
    "en": _alts(r"um+", r"uh+", r"ugh+", r"argh+", r"hm+", r"er+m?", r"oh+", r"ooh+", r"ah", r"okay", r"ok", r"well",
                r"yeah", r"yep", r"yes", r"aye", r"right", r"cool",
                r"mate", r"pal", r"love", r"buddy", r"bro", r"man", r"dude",  # "sorry mate, …"
                r"only", r"just",  # "sorry, only half an hour": the length, less than said
                # a remark on the time first: "ooh bit late that 7 45 instead"
                r"(?:that's |it's )?(?:a )?(?:bit|too|way too|far too|little) (?:late|early)"
                r"(?: that| for me)?",
                r"(?:that|it) should (?:be|have been)", r"(?:that|it)(?:'s| is| was) (?:meant|supposed) to be",
                r"so", r"then", r"oh wait", r"it's", r"it is", r"that's", r"please", r"can you",
                r"could you", r"lah", r"the one (?:you|i) just (?:set|made|added|put in)",
                # "Actually, better make it 30.", "best do it Thursday", "maybe make it 8"
                r"(?:(?:i'd|we'd|you'd) )?(?:better|best|maybe|probably)"
                r"(?= (?:make|do|move|put|set|change|go for|say)\b)",
                r"what i just (?:added|put on)",
                r"that last one",
                # "do Saturday instead"
                rf"do(?: it| that)?(?= (?:on |for |at )?(?:{WEEKDAYS}|tomorrow|today|tonight|\d))",
                # a time put right as told: "it starts at 7, not 6:30", "they said 1 pm"
                r"(?:it|that|the \w+) (?:actually )?(?:starts|begins|kicks off)",
                r"(?:they|she|he|mum|dad|the \w+|[\w'-]+) (?:said|says|told me|want it|wants it)",
                # when someone comes: "he said he will come by eleven", "they'll be here at 4"
                r"(?:(?:he|she|they) (?:said|says) )?(?:he|she|they)(?:'ll| will| would| can| is going "
                r"to| are going to) (?:come|arrive|be here|be there|get here|turn up|show up)"),
    "de": _alts(r"äh+m?", r"ähm", r"ach", r"oh", r"ah", r"also", r"ok", r"okay", r"ja", r"na",
                r"gut", r"hm+", r"erst", r"schon", r"nur", r"bloß", r"bloss",
                r"gleich", r"sofort",  # "und gleich noch einen für die Küche": right away
                r"so(?=\s*[.!,…])",  # "So. Und für Freitag dasselbe": done with the one before
                # the thing said to come or be then: "sie kommt doch erst um halb fünf",
                # "er ist eigentlich schon am Donnerstag", "das geht erst ab 10"
                r"(?:sie|er|es|das|der|die)\s+(?:kommt|kommen|ist|sind|wird|geht|fängt|beginnt|"
                r"startet|läuft)(?:\s+(?:doch|erst|schon|aber|eigentlich|dann|wohl|ja|jetzt))*",
                r"den von eben", r"den (?:du )?(?:gerade|eben) gestellt hast",
                r"das(?: was ich)? (?:gerade|eben) (?:hinzugefügt|draufgesetzt|aufgeschrieben)"),
    "fr": _alts(r"euh", r"hum+", r"hm+", r"oh", r"ah", r"ouais", r"bon", r"bof", r"ok", r"okay", r"d'accord",
                r"alors", r"c'est", r"seulement", r"juste", r"tout de suite",
                r"(?:celui|celle) que tu viens de (?:mettre|créer|régler|noter)",
                r"ce que (?:je|tu) viens d'ajouter"),
    "es": _alts(r"eh", r"ay", r"uy", r"ah", r"oh", r"ya", r"listo", r"entonces", r"bueno", r"vale",
                r"ok",
                r"pues", r"es", r"po", r"dale", r"mejor", r"s[oó]lo", r"solamente", r"nom[aá]s",
                r"enseguida", r"en seguida",
                # the verb said again (Río de la Plata): "mejor poné queso cremoso"
                r"pon[eé]?", r"agreg[aá]", r"anot[aá]",
                r"este(?=\s*[…,])",
                r"el que acabas de poner", r"la que acabas de poner",
                r"lo que acabo de (?:a[nñ]adir|poner)"),
    "it": _alts(r"ehm", r"eh", r"oh", r"ah", r"allora", r"ok", r"okay", r"beh", r"boh", r"mah",
                r"uffa", r"mannaggia", r"accidenti",
                r"mh+", r"è", r"senta", r"solo", r"soltanto", r"solamente", r"subito",
                r"senti", r"va bene", r"metti", r"mettici",
                r"quell[oa] di prima", r"quell[oa] che hai appena messo", r"quello che ho appena aggiunto"),
}
# said after what is meant: "12 minutes, sorry", "mach Donnerstag draus"
_TAIL = {
    "en": _alts(r"instead", r"sorry", r"please", r"now", r"pls", r"then", r"thanks", r"thank you",
                r"too", r"as well", r"one", r"same time", r"pala", r"lah", r"la",
                r"on there", r"on that list", r"on the list",
                r"while you'?re at it",
                # the time kept, said again: "… Tuesday the 8th. Still 10 though."
                r"(?:it'?s )?still (?:at )?(?:the same time|[\w:.]+(?: ?[ap]\.?m\.?)?)(?: though)?"),
    "de": _alts(r"draus", r"daraus", r"bitte", r"stattdessen", r"auch", r"danke", r"hin",
                r"sorry", r"entschuldigung",
                r"mein(?:e|te|')? ich", r"wenn du schon dabei bist", r"wo du gerade dabei bist",
                r"au no", r"a no", r"auch noch"),
    "fr": _alts(r"plutôt", r"à la place", r"stp", r"s'il te plaît", r"svp", r"aussi",
                r"pile", r"tapantes?",  # "à midi pile": at noon sharp
                r"merci", r"pardon", r"désolée?", r"tant qu'(?:à|a) (?:faire|y être)",
                r"pendant que tu y es"),
    "es": _alts(r"mejor", r"por favor", r"en su lugar", r"tambi[eé]n", r"gracias", r"po",
                r"perd[oó]n", r"perdona",
                r"ya que est[aá]s"),
    "it": _alts(r"invece", r"per favore", r"piuttosto", r"anche", r"grazie", r"scusa(?:mi)?",
                r"gi[aà] che ci sei", r"correggil[oa]", r"correggi"),
}
# an aside after the thing, past a comma: "…, I nearly forgot", "…, tant que t'y es",
# "…, des hätt i fascht vergessa", "…, nun me lo fa' scordà"
_ASIDE = {
    "en": _alts(r"i (?:nearly|almost) forgot", r"don'?t let me forget", r"before i forget",
                r"we'?re (?:nearly |almost |all )?out", r"we'?ve (?:nearly )?run out",
                # why, after the change: "…, I'm going to swap the days round"
                r"i'?m (?:going to|gonna)", r"because", r"cos", r"'cause",
                # which of it, described: "…, the nice shiny stuff", "…, not the cheap ones"
                r"(?:not |none of )?the (?:[\w'-]+ ){0,3}(?:stuff|kind|sort|type|ones?|brand)"),
    "de": _alts(r"(?:des|das) hätt(?:e)? (?:i|ich)", r"hätt(?:e)? (?:i|ich) fa(?:st|scht)", r"sonst vergess\w*",
                r"man weiß (?:ja )?nie", r"sicherheitshalber", r"zur sicherheit", r"für alle fälle",
                r"(?:des|das) g'?hört", r"(?:i|ich) hätt(?:e)?'?s fast"),
    "fr": _alts(r"tant que t'y es", r"j'allais oublier", r"j'ai failli oublier",
                r"au cas où", r"on (?:ne )?sait jamais", r"par sécurité", r"pour être sûre?",
                r"(?:il )?(?:n')?y en a plus", r"on n'en a plus"),
    "es": _alts(r"che", r"que se me olvidaba", r"casi se me olvida", r"que no se me olvide",
                r"por si acaso", r"por si las moscas", r"nunca se sabe", r"por seguridad",
                r"no (?:hay|queda) m[aá]s"),
    "it": _alts(r"va'?", r"(?:nun|non) me lo fa'? scord\w*", r"non farmelo dimenticare",
                r"non si sa mai", r"per sicurezza", r"casomai", r"per ogni evenienza",
                r"(?:che )?me lo (?:stavo per )?scorda\w*", r"(?:che )?(?:è|e') finit\w*"),
}
_ASIDE_RE = {lang: re.compile(rf",\s*(?:{words})(?![\w']).*$", re.I) for lang, words in _ASIDE.items()}
# who just said so, between commas (de/fr/es/it): "mi ha appena scritto", "il vient de
# m'écrire", "me acaba de escribir", "er hat gerade geschrieben"
_HEARD_VERBS = (r"(?:scritto|detto|chiamato|telefonato|richiamato|écrit|dit|appelé|rappelé|"
                r"téléphoné|escrito|dicho|llamado|geschrieben|gesagt|angerufen|gemeldet|"
                r"écrire|appeler|dire|escribir|llamar|decir|avisar|avisado)")
_NEWS_HEARD = {lang: re.compile(rf",\s*{who}(?:\s+|(?<='))(?:\w+(?:\s+|')){{0,3}}?{_HEARD_VERBS}\s*,",
                                re.I)
               for lang, who in {
                   "it": r"(?:mi|m'|ci)\s*(?:ha|hanno)",
                   "fr": r"(?:il|elle|ils|elles|on)\s+(?:vient|viennent|m'a|m'ont|nous a)",
                   "es": r"(?:me|nos)\s+(?:acaba|acaban|ha|han)",
                   "de": r"(?:er|sie|die|der)\s+(?:hat|haben)(?:\s+mir|\s+uns)?"}.items()}
_DAY_NUMBER = re.compile(DAY_NUMBER, re.I)
# words before a thing that are not the thing: "to call Dad", "d'appeler", "du sucre"
_LEADING = {
    "en": r"(?:to|in|for|on|at|the|some|a|an|of|with|about|my|one|another)",
    "de": r"(?:in|für|am|um|an|auf|die|der|das|den|dem|noch|mit|zu|bei|ein|eine|einen|ab|bis|"
          r"so|gegen|etwa|ungefähr)",  # ("so um halb zwölf": about then)
    "fr": r"(?:à|a|au|aux|en|pour|le|la|les|l'|du|de|des|d'|un|une|avec|chez|"
          r"celui|celle|ceux|celles)",  # ("et celui de samedi ?": the one of Saturday)
    "es": r"(?:a|en|para|el|la|los|las|de|del|un|una|unos|unas|al|con|por)",
    "it": r"(?:a|in|per|il|lo|la|i|gli|le|l'|di|del|della|dei|delle|un|uno|una|un'|al|alla|alle|"
          r"allo|agli|ai|dalle|dal|dalla|con|quello|quella|quelli|quelle)",  # ("e quella di
    # sabato?")
}
# what is no thing: "no thanks", "never mind", "that's all"
_NO_THING = re.compile(r"^(?:thanks?|thank you|that's (?:it|all)|never ?mind|forget it|don'?t|"
                       r"stop|cancel|nothing|danke|merci|gracias|grazie|nichts|rien|nada|"
                       r"niente|lass(?: es)?|laisse|déjalo|lascia|doch nicht|"
                       r"one|it|that|this|same|the same|"
                       # a question of its own: "et il fait combien dehors là"
                       r"il fait|il y a|combien|quel(?:le)?s?|wie|was|wo|cu[aá]nto|qu[eé]|"
                       r"quanto|che|what|how|where)\b", re.I)
_AM_PM = re.compile(r"(?:\b[ap]\.?m\.?|\b(?:de la (?:tarde|noche|mañana|madrugada)|"
                    r"du (?:soir|matin)|de la nuit|de l'après-midi|di sera|del pomeriggio|"
                    r"di mattina|del mattino|di notte|della notte|abends|nachmittags|morgens|"
                    r"früh|nachts|am abend|am nachmittag|in der nacht))$", re.I)
_NUMBER = re.compile(r"^\d{1,3}$")
_HOUR_WORD = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                        r"(?: (?:o'?clock|thirty|fifteen|forty-five))?$", re.I)
# a length's unit: what says one is a shift, not a thing
_LENGTH_WORD = re.compile(r"(?<![\w'-])(?:hours?|minutes?|mins?|stunden?|minuten?|heures?|"
                          r"horas?|minutos?|ore|ora|minuti|mezz'ora|demi-heure|halbe)(?![\w'-])",
                          re.I)
# an English question about the user's own things
_STORED = re.compile(r"\b(?:reminders?|alarms?|timers?|lists?|events?|appointments?|calendar|"
                     r"diary|schedule|meetings?)\b", re.I)
# words that say what kind of thing, or that it is meant instead: not the thing
_KIND_WORDS = re.compile(r"(?<![\w'-])(?:alarm|reminder|timer|event|appointment|wecker|"
                         r"erinnerung|termin|réveil|reveil|alarme|rappel|minuteur|alarma|"
                         r"recordatorio|temporizador|sveglia|promemoria|lieber|plutôt|mejor|"
                         r"meglio|instead|rather)(?![\w'-])", re.I)


def _cue_re(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(rf"^(?:{words})(?![\w'])[\s,.!;:…-]*", re.I)
            for lang, words in table.items()}


_STRONG_RE = _cue_re(_STRONG)
_WEAK_RE = _cue_re(_WEAK)
_AND_RE = _cue_re(_AND)
_FILLER_RE = _cue_re(_FILLER)
_TAIL_RE = {lang: re.compile(rf"[\s,.!;:-]+(?:{words})$", re.I) for lang, words in _TAIL.items()}
_LEADING_RE = {lang: re.compile(rf"^(?:{words})(?:\s+|(?<=')\s*)", re.I)
               for lang, words in _LEADING.items()}
# the word before a repeat's day ("todos los domingos": the span found is "domingos")
_EVERY = (r"every|each|jeden|jede|jedes|alle|tous les|toutes les|chaque|todos los|todas las|"
          r"cada|ogni|tutti i|tutte le")
# requests that make a thing: a correction of one that found it already there makes it anew
_MAKES = {"alarm_set"}
# "I said apples, I meant oranges": what is meant, said after what was said
_MEANT_INSIDE = {"en": re.compile(r"\bi (?:meant|mean|wanted)\s+|\bi(?:'ve| have)? got (?:it|that|"
                                   r"the (?:time|day|date)) wrong[\s,.!;:]+(?:(?:it's|it is|it was)"
                                   r"\s+)?", re.I),
                 "de": re.compile(r"\bich (?:mein(?:t)?e|wollte)\s+", re.I),
                 "fr": re.compile(r"\bje (?:voulais dire|veux dire)\s+|\bj'ai dit\s+[\w']+(?:\s+[\w']+)?"
                                  r"\s*,?\s+mais\s+(?:c'est|c'était)\s+", re.I),
                 "es": re.compile(r"\b(?:quise decir|quer[ií]a decir)\s+|\bhe dicho\s+[\w']+(?:\s+[\w']+)?"
                                  r"\s*,?\s+pero\s+(?:es|era)\s+", re.I),
                 # "ho detto venerdì ma è mercoledì": what was said, then what is meant
                 "it": re.compile(r"\b(?:volevo dire|intendevo)\s+|\bho detto\s+[\w']+(?:\s+[\w']+)?"
                                  r"\s*,?\s+ma\s+(?:è|e'|era|intendevo)\s+", re.I)}
# "halb sechs hab ich gemeint": what is meant, said before "I meant"
_MEANT_AFTER = {"en": re.compile(r"\s*,?\s+(?:is what )?i meant\s*[.!]*$", re.I),
                "de": re.compile(r"\s*,?\s+(?:(?:hab|habe|hatte) ich (?:gemeint|sagen wollen)|"
                                 r"meinte ich|wollte ich sagen)\s*[.!]*$", re.I),
                "fr": re.compile(r"\s*,?\s+(?:(?:c'est ce )?que je voulais dire|je voulais dire)"
                                 r"\s*[.!]*$", re.I),
                "es": re.compile(r"\s*,?\s+(?:quise decir|quer[ií]a decir)\s*[.!]*$", re.I),
                "it": re.compile(r"\s*,?\s+(?:volevo dire|intendevo)\s*[.!]*$", re.I)}
# "Moment, nicht Freitag. Donnerstag.": what is not meant, said first
_NOT_THIS_FIRST = re.compile(r"^(?:not|nicht|pas|no|non)\s+(?:(?:just|einfach|nur|juste|solo)\s+)?"
                             # (its clock's word first: "Sorry, nicht um fünf, halb sechs")
                             r"(?:(?:at|um|à|a las?|alle)\s+)?"
                             r"(?:[\w'-]+\s*[.,;]\s*|(?:\w+day|\d{1,2})\s+(?=\w)|"
                             # with its article: "pas des serviettes, des nappes"
                             r"(?:des|du|les|los|las|unos|unas|gli|dei|delle|die|the)\s+[\w'-]+"
                             r"\s*[.,;]\s*|"
                             # "Sorry, not 2:50, 2:15."
                             r"\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*[,;]\s*|"
                             # "not the blue one, a steel flask"
                             r"the\s+[\w'-]+\s+ones?\s*[.,;]\s*|"
                             # "not airpods my big headphones"
                             r"[\w'-]+\s+(?=(?:my|the|a|an|some)\s+\w)|"
                             # "no sorry not that make it ask next door …"
                             r"that\s+(?=(?:make it|put|change it|i meant)\b))", re.I)
# what is not meant, then what is, each with its verb "to be": "no son servilletas, son
# manteles", "non sono tovaglioli, sono tovaglie", "c'est pas des serviettes, c'est des
# nappes" (read as "no servilletas, manteles")
_COPULA_NOT = re.compile(r"(?:^|(?<=[,.!]\s))(?:(?P<no>no|non)\s+(?:son|es|era|eran|sono|è|e')|c'est\s+pas|"
                         r"ce n'est\s+pas)\s+(?P<what>[^,.;]{1,40}?)\s*[,.;]\s*"
                         r"(?:son|es|sono|è|e'|c'est|ce sont)\s+(?=\w)", re.I)


def _copula_dropped(rest: str) -> str:
    """``rest`` with "no son X, son Y" said "no X, Y" (see above)."""
    return _COPULA_NOT.sub(lambda m: f"{m['no'] or 'pas'} {m['what']}, ", rest)
# "Sorry, it's next Monday, not Thursday": what is not meant, said after what is
_NOT_THIS = re.compile(r",?\s+(?:not|nicht|pas|no|non|instead of|rather than|statt|anstatt|"
                       r"au lieu d[eu]|en (?:lugar|vez) de|invece d[ie]\w*|al posto d\w*)"
                       r"\s+(?P<what>[^,.!?]+)$", re.I)


# the errand of another one said after its time, no why: ", to send Ottilie's library book
# in", ", pour récupérer mon badge", ", para firmar el contrato", ", per ritirare il pass"
_ERRAND_LEAD = {"en": r"\s*(?:to|about)\s+\w", "fr": r"\s*pour\s+(?!que\b|qu')\w+(?:er|ir|re)\b",
                "es": r"\s*para\s+(?!que\b)\w+(?:ar|er|ir)\b",
                "it": r"\s*per\s+(?!che\b)\w+(?:are|ere|ire)\b",
                "de": r"\s*(?:um\s+.*\bzu\s+\w+|zum\s+[A-ZÄÖÜ]\w+en)\s*[.!?]*$"}
# what things put on a list are for, said last: "… for the welcome basket"
_FOR_WHAT_LAST = re.compile(r"\s+for (?:the|my|our|his|her|their)\s+[\w' -]+[.!]?$", re.I)
# the time meant said after why, with "so": "…, so Thursday night, same time"
_SO_WHEN = re.compile(r",\s*(?:and\s+)?so\s+(?:make it\s+|it's\s+)?(?P<when>[^,.!?]+(?:,\s*(?:at\s+)?"
                      r"(?:the\s+)?same time)?)\s*[.!]?$", re.I)
# "right after", said before the time of another thing
_RIGHT_AFTER = re.compile(r"^(?:(?:just|right|straight|juste|tout de suite|gleich|direkt|justo|"
                          r"inmediatamente|subito|appena)\s+)?(?:after|afterwards|après|danach|"
                          r"anschließend|después|dopo)\s*,?\s*(?=\S)", re.I)


# a list named: "auf die To-do-Liste: …", "on the to-do list, …", "y de la lista del súper
# sacá la leche", "the checklist"
_A_LIST = re.compile(r"\b(?:lista|liste|list|listes|listas)\b|\w+(?:liste|list)\b", re.I)


@dataclass
class FollowOn:
    text: str  # the request said in full
    kind: str  # "correct" | "another" | "pointed" (:mod:`hark.dialogue.pointing`)
    replaces: dict[str, Any] | None = None  # the thing just made that it corrects


# said after what is meant, a correction's word: "7:45 instead", "lieber 8 Uhr stattdessen"
_INSTEAD_TAIL = {lang: re.compile(rf"\b(?:{words})[\s,.!?]*$", re.I) for lang, words in (
    ("en", r"instead|now|i meant"), ("de", r"stattdessen|mein(?:e|te|')? ich"),
    ("fr", r"à la place|je voulais dire"), ("es", r"en su lugar|quise decir|quer[ií]a decir"),
    ("it", r"invece|volevo dire|intendevo"))}


def _a_count(text: str, now: datetime, lang: str) -> bool:
    """Whether ``text`` is a number alone ("nueve", "25")."""
    value = normalize("number", text.strip(), now, lang) if len(text.split()) <= 2 else None
    return isinstance(value, dict) and isinstance(value.get("value"), int)


# which kind of the thing, said after it: "nipple cream, the lanolin one" (lanolin nipple
# cream)
_WHICH_KIND = re.compile(r"(?<![\w'-])(?P<x>(?:(?!(?:and|oh|also|plus|or|um|uh|add|put)\b)[\w'-]+\s+){0,2}"
                         r"[\w'-]+),\s*the\s+(?!(?:other|same|last|first|next|new|old|right|"
                         r"wrong|usual|little|big|small|large)\b)(?P<y>[\w'-]+(?:\s+[\w'-]+)?)"
                         r"\s+ones?\s*[.!]*$", re.I)


# a start said alone with "from" (no end): "from six in the evening" is "at six …"
_FROM_ALONE = re.compile(r"^(?:(?:oh|and|um|uh)\s+)*from\s+(?!.*\b(?:to|till|til|until)\b)"
                         r"(?=(?:\S+\s*){1,5}$)", re.I)


def _strip_cues(text: str, lang: str) -> tuple[str, str, bool]:
    """(the rest, which cue opened it — "strong", "weak", "and" or "" —, whether a strong
    correction word was said anywhere before the rest)."""
    rest = text.strip().lstrip("¿¡ ")  # (Spanish "¿y a la colada?" opens on its mark)
    kind, strong = "", False
    for _ in range(6):
        for name, table in (("strong", _STRONG_RE), ("weak", _WEAK_RE), ("and", _AND_RE),
                            ("filler", _FILLER_RE)):
            m = table[lang].match(rest)
            if m and name == "weak" and _NOT_THIS_FIRST.match(rest) and re.match(
                    r"\S+\s+[^,.;]+[,.;]", rest):
                m = None  # "no servilletas, manteles de papel": what is not meant, said
                # first, then a comma (the follow-on reads it; "no thursday same time" is
                # "no", then Thursday)
            if m and m.end() > 0:
                rest = rest[m.end():].lstrip(" —–")  # ("I got it wrong — it's on Wednesday")
                if name == "strong":
                    strong = True
                if name != "filler" and not kind:
                    kind = name
                if name == "strong" and kind == "weak":
                    kind = "strong"
                break
        else:
            break
    rest = _ASIDE_RE[lang].sub("", rest).strip(" ,.!?¿¡;:")
    if kind == "and":  # "and then a bone, no wait, a chew toy": the thing meant
        rest = corrected(rest)
    if not kind and _INSTEAD_TAIL[lang].search(rest) and not (
            text.rstrip().endswith("?") and QUESTION.search(rest)):  # "7:45 instead": a
        kind, strong = "strong", True  # correction ("How many things are on the shopping
        # list now?" asks)
    if lang == "en":  # Indian English "make it 10:30 only"
        rest = re.sub(r"(?<=\d)\s+only$", "", rest, flags=re.I)
    return _without_tail(rest, lang), kind, strong


def _without_tail(rest: str, lang: str) -> str:
    """``rest`` without the words said after what is meant ("… draus", "… plutôt")."""
    for _ in range(3):
        cut = _TAIL_RE[lang].sub("", rest).strip(" ,.!?;:")
        if cut == rest:
            break
        rest = cut
    return rest


def _split_when(span: Slot, now: datetime, lang: str) -> list[tuple[str, int, int]]:
    """A found time span as its parts: ("date"|"time"|"duration"|"repeat", start, end);
    a date with a time ("Thursday at 1 p.m.", "7 tomorrow") is cut in two."""
    kind = (span.value or {}).get("kind") if isinstance(span.value, dict) else None
    if span.start is None or span.end is None:
        return []
    if kind in ("date", "date_range"):
        return [("date", span.start, span.end)]
    if kind in ("time", "time_range"):
        return [("time", span.start, span.end)]
    if kind == "duration":
        return [("duration", span.start, span.end)]
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", span.raw)]
    if kind == "recurrence" and span.value.get("time"):  # "Sundays | at half seven"
        for k in range(1, len(words)):
            right = span.raw[words[k][0]:]
            if _LEADING_RE[lang].match(right) and not (normalize_any(
                    span.raw[:words[k - 1][1]].strip(" ,.!?"), now, lang) or {}).get("time") \
                    and (normalize_any(right.strip(" ,.!?"), now, lang) or {}).get("kind") in (
                        "time", "number"):  # ("todos los días | a las nueve", not "todos |
                # los días a las nueve")
                return [("repeat", span.start, span.start + words[k - 1][1]),
                        ("time", span.start + words[k][0], span.end)]
    if kind == "recurrence":
        return [("repeat", span.start, span.end)]
    for k in range(1, len(words)):
        left = span.raw[: words[k - 1][1]]
        right = span.raw[words[k][0]:]
        if lang == "en" and re.match(r"(?:to|past)\s", right, re.I):
            continue  # ("twenty to five tomorrow": no "twenty | to five tomorrow")
        kinds = []
        for part in (left, right):
            v = normalize_any(part.strip(" ,.!?"), now, lang)
            got = v.get("kind") if isinstance(v, dict) else None
            kinds.append("date" if got in ("date", "date_range") else
                         "time" if got in ("time", "number") else
                         "day" if got in ("datetime", "datetime_range", "time_range") else "")
        if sorted(kinds) == ["day", "time"]:  # "5:15 | Friday morning": the day is the date
            kinds = ["date" if k == "day" else k for k in kinds]
        if kinds == ["date", "day"] and len(words) == k + 1:  # "tomorrow | night": a day
            return [("date", span.start, span.end)]  # and its part, one day said
        if kinds == ["date", "time"] and not _LEADING_RE[lang].match(right):
            k = _day_number_kept(span.raw, words, k, now, lang)  # ("miércoles 9 | a las
            # cinco", not "miércoles | 9 a las cinco")
        if sorted(kinds) == ["date", "time"]:
            at = k  # the second part starts after its preposition ("at 4 p.m.")
            while at < len(words) - 1 and _LEADING_RE[lang].fullmatch(
                    span.raw[words[at][0]:words[at][1]] + " ") and _still_clock(
                        span.raw[words[at + 1][0]:], now, lang):
                at += 1  # (not the hour "une" of "à une heure et demie": an article too)
            cut = span.start + words[at][0]
            end_left = span.start + words[k - 1][1]
            return [(kinds[0], span.start, end_left), (kinds[1], cut, span.end)]
    return [("when", span.start, span.end)]


def _still_clock(rest: str, now: datetime, lang: str) -> bool:
    """Whether ``rest``, a time's words with its preposition or article left out, still
    says a clock time ("heure et demie" is a length: "une" was its hour)."""
    v = normalize_any(rest.strip(" ,.!?"), now, lang)
    return isinstance(v, dict) and v.get("kind") in ("time", "number")


def _day_number_kept(raw: str, words: list[tuple[int, int]], k: int, now: datetime,
                     lang: str) -> int:
    """Where a day and a time ``raw`` says are cut, ``k`` or a later cut whose time opens
    with its preposition and whose day still reads as one: "miércoles 9 | a las cinco de
    la tarde", "mercoledì 9 | alle 18" (the day's number kept with its weekday)."""
    for later in range(k + 1, len(words)):
        left = raw[:words[later - 1][1]].strip(" ,.!?")
        right = raw[words[later][0]:]
        if not _LEADING_RE[lang].match(right):
            continue
        if not re.search(r"\d", raw[words[k - 1][1]:words[later - 1][1]]):
            return k  # (only a day's number: "heute | Abend um 8" keeps its evening)
        day = normalize_any(left, now, lang)
        clock = normalize_any(right.strip(" ,.!?"), now, lang)
        if isinstance(day, dict) and day.get("kind") in ("date", "datetime") and isinstance(
                clock, dict) and clock.get("kind") in ("time", "number"):  # ("miércoles 9" reads as
            # 9 o'clock on Wednesday too)
            return later
        return k
    return k


_MEAL = re.compile(r"(?:dinner|lunch|breakfast|tea|supper|brunch)", re.I)


def _a_time(text: str, now: datetime, lang: str) -> bool:
    """Whether ``text`` says a clock time."""
    return any(kind == "time" for kind, _, _ in _parts(text, now, lang))


def _parts(text: str, now: datetime, lang: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    spans = find_time_spans(text, now, lang)
    if lang == "de" and re.search(r"wecker", text, re.I):  # "stell meinen Wecker … auf sechs"
        spans = alarm_hour(spans, text, now, lang)
    if lang == "en":  # "set an alarm for 6 every weekday"
        spans = bare_alarm_hour(spans, text, now)
    for span in spans:
        if span.end is not None and _MEAL.fullmatch(span.raw or "") and re.match(
                r"\s+(?:money|box|boxes|bag|club|lady|ladies|hall|break|order|tray|party|"
                r"things|kit|pass|card|voucher)\b", text[span.end:], re.I):
            continue  # "pay the dinner money", "the lunch box": a thing, no time
        for kind, a, b in _split_when(span, now, lang):
            while b > a and text[b - 1] in ",.!?;:" and not re.search(
                    r"\b[ap]\.m\.$", text[a:b], re.I):
                b -= 1  # "tomorrow." ends before its full stop ("p.m." keeps its own)
            out.append((kind, a, b))
    return _range_whole(text, out, lang)


# a thing that happens at one time, not over hours: an alarm, a reminder
_AT_ONE_TIME = re.compile(r"\b(?:\w*wecker|\w*erinnerung|alarm\w*|réveil|rappel|despertador|"
                          r"recordatorio|sveglia|promemoria)\b", re.I)


def _range_whole(text: str, parts: list[tuple[str, int, int]], lang: str
                 ) -> list[tuple[str, int, int]]:
    """``parts`` with a clock range's pieces as one time: "dalle 9 alle 11 e mezza", "de 9
    a 11 y media" (the span finder reads no range, and the "e mezza" it leaves over is no
    thing)."""
    if lang == "en":
        return parts
    span = _span_said(text, lang)
    if span is None or span.range is None or span.at is None:
        return parts
    a, b = span.at
    while b > a and text[b - 1] in ",.!?;:":
        b -= 1
    if any(p[1] < b and a < p[2] and not (a <= p[1] and p[2] <= b + 1 and p[0] in (
            "time", "when", "duration")) for p in parts):
        return parts  # ("Sonntag von 8" read as one: left as it is)
    kept = [p for p in parts if not (p[1] < b and a < p[2])]
    if len(parts) - len(kept) > 1 and _AT_ONE_TIME.search(text):
        return parts  # two times of a thing that has one: a move from one to the other
        # ("pasa la alarma de las siete y cuarto a las ocho", "sposta la sveglia di sabato
        # delle 9 alle 10"); an event's are its hours ("facciamo dalle 14 alle 15 e mezza")
    return sorted([*kept, ("time", a, b)], key=lambda p: p[1])


# an article that is a length's amount: "for an hour", "di un quarto d'ora" ("a",
# "un" is one hour, one quarter: kept when the length is swapped for another)
_AMOUNT_ARTICLE = re.compile(
    r"^(?:an?|one|ein|eine|einen|einer|une?|una|uno|un')(?:\s+|(?<=')\s*)", re.I)


# the hour one said with an article's word: "a la una y media", "à une heure", "all'una"
_HOUR_ONE = re.compile(r"^(?:une?|una|un')(?:\s+|(?<=')\s*)", re.I)
# English "one" as the hour: "one o'clock", "one thirty", "one in the morning"
_HOUR_ONE_EN = re.compile(r"^one\s+(?:o'?clock|am|pm|a\.m\.|p\.m\.|thirty|fifteen|forty-five|"
                          r"in the|at night|tonight|tomorrow)\b", re.I)


def _unled(text: str, lang: str, amount: bool = False, clock: bool = False) -> str:
    """``text`` without the prepositions it opens with ("at 7" → "7", "a las 7" → "7");
    with ``amount`` (a length), an article stays: "for an hour" → "an hour"; with
    ``clock`` (a time), the hour one does: "a la una y media" → "una y media"."""
    for _ in range(3):
        m = _LEADING_RE[lang].match(text)
        if not m or m.end() >= len(text) or (amount and _AMOUNT_ARTICLE.match(text)) or (
                clock and lang in ("fr", "es", "it") and _HOUR_ONE.match(text)) or (
                clock and lang == "en" and _HOUR_ONE_EN.match(text)):
            break
        text = text[m.end():]
    return text


def _bare(text: str, lang: str) -> str:
    """``text`` without the words before a thing ("to", "du", "a las") and end marks."""
    text = text.strip(" ,.!?¿¡;:")
    for _ in range(4):
        m = _LEADING_RE[lang].match(text)
        if not m:
            break
        text = text[m.end():]
    words = text.split()
    while words and _LEADING_RE[lang].fullmatch(words[-1] + " "):
        words.pop()  # "to call Dad at" (its time taken out)
    return " ".join(words).strip(" ,.!?;:")


def _focus_names(state: DialogueState) -> list[str]:
    """The names of what the last answer was about: a list's items just added, or the
    alarm's, timer's, reminder's or event's name."""
    focus = state.focus or {}
    if focus.get("type") == "list":
        return [str(i) for i in focus.get("items") or []]
    return [str(focus["name"])] if focus.get("name") else []


_LIST_WORD = re.compile(r"\b(?:list|liste|lista|einkaufsliste|courses|compra|spesa)\b")


def _others_after_list(said: str, focus: dict[str, Any]) -> str:
    """``said`` without the items of ``focus`` named after its list ("stick marker pens on
    the shopping list, and bin bags": those were added already; only the first item's
    place takes the new one, :func:`_thing_in`)."""
    at = _LIST_WORD.search(said.casefold())
    if focus.get("type") != "list" or at is None:
        return said
    head, tail = said[:at.end()], said[at.end():]
    for item in [str(i) for i in focus.get("items") or []]:
        tail = re.sub(rf"(?:\s*,\s*|\s+)(?:and|an')\s+(?:the\s+|some\s+)?{re.escape(item)}\b[^,.;!?]*|"
                      rf"\s*,\s*(?:the\s+|some\s+)?{re.escape(item)}\b[^,.;!?]*", "", tail, flags=re.I)
    return head + tail


def _thing_in(prev: str, state: DialogueState, focus_only: bool = False
              ) -> tuple[int, int] | None:
    """Where ``prev`` names the thing it was about: what the answer was about
    (a list's items just added, the reminder's errand, the timer, the event), else a
    place or item the understanding found."""
    low = prev.casefold()
    names = [n.strip(" ,.!?") for n in _focus_names(state)]
    at = [low.find(n.casefold()) for n in names]
    if len(names) > 1 and (state.focus or {}).get("type") == "list" and min(at) >= 0:
        # "add nappies and baby wipes to …" — "and Calpol": the items said, all of them
        # (but not the list said between them: "stick parcel tape on the shopping list,
        # and bin bags" — the first alone)
        begin, end = min(at), max(a + len(n) for a, n in zip(at, names, strict=True))
        if not _LIST_WORD.search(low[begin:end]):
            return begin, end
        first = at.index(begin)
        return begin, begin + len(names[first])
    for name in _focus_names(state) + ([] if focus_only else [
            str(s.get("raw") or "") for s in state.last_slots
            if s.get("name") in ("item", "place_name", "time_zone", "timer_name",
                                 "event_name", "person")]):
        name = name.strip(" ,.!?")
        if len(name) < 2:
            continue
        at = low.find(name.casefold())
        if at >= 0:
            return at, at + len(name)
    if (state.focus or {}).get("type") == "timer":  # "el timer del lavarropas" was the
        # "colada" one
        name = str((state.focus or {}).get("name") or "").casefold()
        for other in (w for w, n in SAME_NAME.items() if n == name):
            hit = re.search(rf"\b{re.escape(other)}\b", low)
            if hit is not None:
                return hit.start(), hit.end()
    return None


def _its_clock(prev: str, times: list[tuple[str, int, int]], state: DialogueState,
               now: datetime, lang: str) -> list[tuple[str, int, int]]:
    """Of the ``times`` ``prev`` says, the one the thing talked about rings or starts at
    (its hour on either half of the day), alone; [] when not one of them is."""
    at = about_at(state.about, now.tzinfo)
    if at is None:
        return []
    hits = []
    for part in times:
        v = normalize_any(prev[part[1]:part[2]].strip(" ,.!?"), now, lang)
        clock = re.fullmatch(r"(\d{1,2}):(\d{2})", str(v.get("time") or "")) \
            if isinstance(v, dict) else None
        if clock is not None and (int(clock[1]) % 12, int(clock[2])) == (at.hour % 12, at.minute):
            hits.append(part)
    return hits if len(hits) == 1 else []


def _clock(prev: str, had: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The time ``prev`` says: a clock in digits before anything else read as a time
    ("lunch … at 12")."""
    times = [p for p in had if p[0] == "time"]
    return next((p for p in times if re.search(r"\d", prev[p[1]:p[2]])),
                times[0] if times else None)


# a time said from now, whose length a correction may change
_IN_LEAD = re.compile(r"(?:in|dans|en|dentro de|tra|fra)\s+\S", re.I)


# words said beside a day or time that name no thing ("as well, but")
_BESIDES = re.compile(r"\b(?:as well|too|also|but|then|instead|auch|aber|dann|aussi|mais|"
                      r"también|pero|anche|però|"
                      # how early or late, beside the time: "aber schon um fünf", "déjà à six"
                      r"already|schon|erst|bereits|déjà|ya|già|"
                      # "the same" with a day or time of its own: "e un'altra uguale ogni
                      # giovedì", "et une autre pareille à midi", "y otra igual el jueves"
                      r"the same|identical|genauso|gleiche[rns]?|dasselbe|dieselben?|denselben|"
                      r"pareil(?:le)?s?|identiques?|"
                      r"igual(?:es)?|idéntic[ao]s?|ugual[ei]|identic[aoei]|"
                      # a courtesy or "again" in the middle: "das Gleiche bitte auch für Donnerstag"
                      r"please|bitte|s'il te plaît|s'il vous plaît|stp|svp|por favor|per favore|"
                      r"again|nochmal|noch ?einmal|encore|otra vez|de nuevo|di nuovo|ancora)(?!\w)",
                      re.I)


_MINUTES_SAID = {"en": "for {n} minutes", "de": "für {n} Minuten", "fr": "de {n} minutes",
                 "es": "de {n} minutos", "it": "di {n} minuti"}
# the number of a length said: "25", "twenty-five", "twenty five", "vingt-cinq", "ten"
_UNITS = r"one|two|three|four|five|six|seven|eight|nine|et-un|un|deux|trois|quatre|cinq|six|sept|" \
         r"huit|neuf|dix"
_LENGTH_NUMBER = re.compile(rf"\d+|(?:twenty|thirty|forty|fifty)\s+(?:{_UNITS})\b|"
                            rf"\w+(?:-(?:{_UNITS})\b)*")

# a length with a fraction or two units, swapped whole for a number said alone
_LENGTH_AND = re.compile(r"\b(?:\d+|[a-z]+)(?:\s+(?P<unit>hours?|minutes?|mins?))?\s+and\s+"
                         r"(?:a\s+half|a\s+quarter|\d+\s+\w+|[a-z]+(?:-[a-z]+)?\s+(?:minutes?|"
                         r"seconds?|mins?|secs?))(?:\s+(?P<unit2>hours?|minutes?|mins?))?\b", re.I)


# a few words after a comma that only lead to a clock range: ", le créneau c'est", ", the
# slot's", ", es"
_RANGE_CLAUSE = re.compile(r",(?:\s+[\w']+){0,4}\s*$")


def _span_said(text: str, lang: str) -> Said | None:
    """The clock range or length an event is said with in ``text`` ("de 8h à midi", "il en
    a pour deux heures"), as :class:`hark.nlu.event_span.Said`, else None."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return said_span(lowered) if lang == "en" else said_span_other(lowered, lang)


# a day that is also the evening, and the parts of a day
# a reminder asked for with a time and nothing to remind about: "so remind me at 8:30"
_REMIND_AT = re.compile(r"^(?P<lead>(?:[\w']+[\s,]+){0,3}?)(?:so\s+|then\s+|just\s+)?remind me\s+"
                        r"(?P<when>(?:at|for)\s+(?:(?!\bto\b)[^,.!?])+?)(?:\s+instead)?[.!]?$", re.I)
# the event just made, asked for again by who or what it is: "book him again", "put it in again"
_BOOK_AGAIN = re.compile(r"\b(?:book|put|pop|stick|schedule|add|have)\s+(?:him|her|them|it|that)"
                         r"(?:\s+in)?\s+again\b", re.I)
# a day's part said last in a day: "Thursday afternoon", "Donnerstag Nachmittag"
_PART_LAST = re.compile(r"\s(morning|afternoon|evening|night|vormittag|nachmittag|abend|"
                        r"après-midi|matin|soir|mattina|pomeriggio|sera)$", re.I)
_TONIGHT = re.compile(r"tonight|this evening", re.I)
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|tonight|noon|midday|midnight)\b",
                          re.I)


_FOLLOWING = re.compile(rf"^(?:the\s+)?following\s+({WEEKDAYS})$", re.I)


def _week_after(old: str, new: str, now: datetime, lang: str) -> str | None:
    """"the following Tuesday" said of a request on a Tuesday: a week after that day,
    as a date ("the 15th of December"); None otherwise."""
    following = _FOLLOWING.match(new.strip()) if lang == "en" else None
    was = normalize_any(old.strip(" ,.!?"), now, lang) if following else None
    if not isinstance(was, dict) or was.get("kind") != "date" or not was.get("date"):
        return None
    day = datetime.fromisoformat(str(was["date"])[:10]).date()
    if day.strftime("%A").lower() != following.group(1).lower():  # type: ignore[union-attr]
        return None
    return say_day(day + timedelta(days=7)).removeprefix("on ")


_FROM_NOW = re.compile(r"\b(?P<length>(?:an?|half an?|\d+|one|two|three|four|five|ten|fifteen|"
                       r"twenty|thirty|forty|forty-five|fifty)\s+(?:and a half\s+)?(?:hours?|"
                       r"minutes?|mins?))\s+from(?:\s+now\b|\s*$)", re.I)  # ("now" may be taken off already)


def _swap(prev: str, rest: str, state: DialogueState, now: datetime, lang: str,
          allow_thing: bool, latest: bool = False, another: bool = False
          ) -> tuple[str, bool] | None:
    """``prev`` with what ``rest`` says swapped in; and whether a thing was swapped
    (``latest``: the last time or day ``prev`` says is the one put right, as in "from 7:15
    to 7:45"; ``another``: another thing at the time said, so a clock range ``prev`` says
    gives way to it whole: "… vendredi de 8h à midi" — "et l'électricien mardi à 13h30"
    is at 13h30, not from 13h30 to noon)."""
    rest = _FROM_NOW.sub(r"\g<length>", PRECISELY.sub("", rest)) if lang == "en" else \
        PRECISELY.sub("", rest)  # ("two hours from now": in two hours)
    said = _parts(rest, now, lang)
    had = _parts(prev, now, lang)
    span = _span_said(prev, lang) if another else None
    own = _span_said(rest, lang) if span is not None and span.range is not None else None
    rng = span.at if span is not None and span.range is not None and not (
        own is not None and own.range is not None) else None
    if rng is not None:  # (the range's ends are no times of their own to swap)
        had = [p for p in had if not (rng[0] <= p[1] and p[2] <= rng[1])]
    edits: list[tuple[int, int, str]] = []
    if another and span is not None and span.range is not None and span.at is not None \
            and own is not None and own.range is not None and own.at is not None:
        # "… on Tuesday from 4 to 5 pm" — "And another on Thursday, 8 till half nine in the
        # morning": its own hours, whole, in place of the first one's
        (pa, pb), (ra, rb) = span.at, own.at
        new_range = rest[ra:rb].strip(" ,.!?")
        if not re.match(r"(?:from|between)\b", new_range, re.I) and lang == "en":
            new_range = f"from {new_range}"
        edits.append((pa, pb, new_range))
        said = [p for p in said if not (p[1] < rb and ra < p[2])]
        had = [p for p in had if not (p[1] < pb and pa < p[2])]
        rest = rest[:ra] + " " * (rb - ra) + rest[rb:]  # (taken: no thing, no time left)
    alike = same_time.find(prev)
    if alike is not None and any(p[0] in ("time", "when") for p in had):
        alike = None  # (the time said is the one put right)
    left = _without(rest, said)
    if said:  # "for Sundays as well, but at half seven": nothing besides
        left = _BESIDES.sub(" ", left)
    if any(kind == "repeat" for kind, _, _ in said):  # "todos los" before "domingos"
        left = re.sub(rf"(?:^|\s)(?:{_EVERY})$", "", left, flags=re.I)
    what = _bare(_KIND_WORDS.sub(" ", left), lang)
    appended: list[str] = []
    number = normalize("number", what, now, lang) if what and not said and not _NUMBER.match(
        what) and len(what.split()) <= 3 else None
    if isinstance(number, dict) and isinstance(number.get("value"), int) \
            and 0 < number["value"] < 1000 and (not _HOUR_WORD.match(what) or (
                any(p[0] == "duration" for p in had) and _clock(prev, had) is None)):
        what = str(number["value"])  # "mach fünfzehn draus", "facciamo venticinque"; "no,
        # four" after a five-minute timer (an hour's word only where a length was said)
    if not said and _NUMBER.match(what):  # "sorry, I meant 50", "nee 25"
        length = next((p for p in had if p[0] == "duration"), None)
        clock = _clock(prev, had)
        whole = _LENGTH_AND.search(prev[length[1]:length[2]]) if length is not None else None
        if whole is not None and (whole["unit"] or whole["unit2"]):  # "four and a half minutes" — "make it six": six minutes
            unit = whole["unit"] or whole["unit2"]
            unit = unit if unit.endswith("s") or what in ("1", "one") else f"{unit}s"
            edits.append((length[1] + whole.start(), length[1] + whole.end(), f"{what} {unit}"))
        elif length is not None:
            m = _LENGTH_NUMBER.search(prev[length[1]:length[2]])  # ("twenty-five": whole)
            if m is None:
                return None
            edits.append((length[1] + m.start(), length[1] + m.end(), what))
        elif clock is not None:
            if latest:
                clock = [p for p in had if p[0] == "time"][-1]
            _, pa, pb = clock  # (after its "to", "at": "to 6:45" → "to 7")
            pa += len(prev[pa:pb]) - len(_unled(prev[pa:pb], lang, clock=True))
            edits.append((pa, pb, what + _am_pm(prev[pa:pb], what, lang)))
        elif (state.focus or {}).get("type") == "timer" and (state.focus or {}).get("seconds") \
                and lang in _MINUTES_SAID:  # its length given in the answer to "For how
            # long?": "set a timer for the pasties" — "25 minutes" — "make it thirty"
            appended.append(_MINUTES_SAID[lang].format(n=what))
        else:
            return None
        what = ""
    for kind, a, b in said:
        if kind == "time" and alike is not None and rng is None:  # "… à dimanche, même
            # heure" — "non, plutôt huit heures et demie": the time said instead of "the same"
            lead = re.search(rf"(?:^|\s)((?:(?:{_LEADING[lang]})\s+)+)$", rest[:a])
            edits.append((alike.start(), alike.end(),
                          rest[lead.start(1) if lead else a:b].strip(" ,.!?")))
            alike = None
            continue
        if kind == "time" and rng is not None:
            lead = re.search(rf"(?:^|\s)({_LEADING[lang]})\s+$", rest[:a])
            new = rest[lead.start(1) if lead else a:b].strip(" ,.!?")
            clause = _RANGE_CLAUSE.search(prev[:rng[0]])
            if clause is not None and not any(clause.start() <= p[1] < rng[0] for p in had):
                # ", le créneau c'est de 8h à midi": that clause, whole (not ", vendredi de …")
                edits.append((clause.start(), rng[1], f" {new}"))
            else:
                edits.append((rng[0], rng[1], new))
            rng = None
            continue
        every = re.search(rf"(?:{_EVERY})\s+$", rest[:a], re.I)
        if kind == "repeat" and every:  # "todos los domingos", the span being "domingos"
            a = every.start()
        new = _unled(rest[a:b].strip(" ,.!?"), lang, kind == "duration", kind == "time") \
            if kind != "repeat" else rest[a:b].strip(" ,.!?")
        same = [p for p in had if p[0] == kind or (p[0] == "when" and kind in ("date", "time"))]
        if not same and kind == "duration":  # "in 2 hours" — "actually make it 3 hours"
            same = [p for p in had if p[0] == "when" and _IN_LEAD.match(prev[p[1]:p[2]])]
        # a clock said in digits before a meal read as a time ("lunch … at 12")
        if not latest:
            same = [p for p in same if re.search(r"\d", prev[p[1]:p[2]])] or same
        if kind == "time" and len(same) > 1 and not latest:  # "Die Bäckerei liefert schon
            # um sechs, also weck mich um Viertel nach fünf": the clock of the thing made
            same = _its_clock(prev, same, state, now, lang) or same
        if same:
            _, pa, pb = same[-1] if latest else same[0]
            if _IN_LEAD.match(prev[pa:pb]) and kind != "duration":
                new = f"at {new}" if kind == "time" else new  # "in 3 hours" → "at half past 8"
            else:
                pa += len(prev[pa:pb]) - len(_unled(prev[pa:pb], lang, kind == "duration",
                                                    kind == "time"))
            if kind == "time":
                new += _am_pm(prev[pa:pb], new, lang,
                              event=(state.focus or {}).get("type") == "event")
            elif kind == "date" and _TONIGHT.fullmatch(prev[pa:pb]) and not _PART_OF_DAY.search(
                    new):  # "at 8 tonight" — "another one on Friday": Friday evening
                new += " evening"
            elif kind == "date" and (part := _PART_LAST.search(prev[pa:pb])) is not None \
                    and not _PART_OF_DAY.search(new) and not _AM_PM.search(rest):
                new += " " + part.group(1)  # "… quarter to six Thursday afternoon" — "and
                # another one Tuesday": Tuesday afternoon
            elif kind == "date" and (week_on := _week_after(prev[pa:pb], new, now, lang)):
                new = week_on  # "Tuesday the 8th" — "the following Tuesday": the 15th
            elif kind == "date" and lang == "en" and _DAY_NUMBER.fullmatch(new):
                # "What have I got tomorrow?" — "And on the 9th?": on the 9th
                new = ("the " if re.search(r"\bon\s*$", prev[:pa], re.I) else "on the ") + new
            earlier = next((i for i, e in enumerate(edits) if e[:2] == (pa, pb)), None)
            if earlier is not None:  # "half past 8 tonight" for "in 3 hours": both said
                edits[earlier] = (pa, pb, f"{edits[earlier][2]} {new}")
                continue
            edits.append((pa, pb, new))
        elif kind == "repeat" and any(p[0] == "date" for p in had):
            _, pa, pb = next(p for p in had if p[0] == "date")  # "tomorrow" → "every weekday"
            article = re.search(r"(?:^|\s)(?:on|this|next|el|la|le|am|il|lo|ce|este)\s+$",
                                prev[:pa], re.I)
            edits.append((pa - len(article.group(0).lstrip()) if article else pa, pb, new))
        elif kind in ("date", "time", "when", "repeat"):
            start = a
            m = re.search(rf"(?:^|\s)({_LEADING[lang]})\s+$", rest[:a])
            if m:
                start = m.start(1)
            appended.append(rest[start:b].strip(" ,.!?"))
        else:
            return None
    if what and (re.search(r"\d", what) or _HOUR_WORD.match(what)) and not said:
        # "1 o'clock", "move it to eleven": a time, not a thing
        v = normalize("time", what, now, lang)
        clock = _clock(prev, had)
        if not isinstance(v, dict) or clock is None:
            return None
        _, pa, pb = clock  # (its "at" kept: "at 6" → "at seven")
        pa += len(prev[pa:pb]) - len(_unled(prev[pa:pb], lang, clock=True))
        edits.append((pa, pb, what + _am_pm(prev[pa:pb], what, lang)))
        what = ""
    thing = False
    if what:
        # (a list's thing can be a whole errand: "and also book the puppy's insurance")
        # (and another reminder's, said with what it is for: "pour déposer les conserves à
        # la banque alimentaire")
        kind = (state.focus or {}).get("type")
        most = 8 if kind == "list" or (another and kind == "reminder"
                                       and _errand_for(rest, lang)) else 5
        if kind == "list" and lang == "en" and (what_for := _FOR_WHAT_LAST.search(what)):
            most += len(what[what_for.start():].split())  # ("… and a bottle of red for the
            # welcome basket": the things, and what they are for)
        if not allow_thing or _NO_THING.match(what) or len(what.split()) > most \
                or _LENGTH_WORD.search(what):  # "décale-le d'une heure": no thing
            return None
        where = _thing_in(prev, state)
        purpose = _FOR_WHAT.search(left) if another and where is None and (
            state.focus or {}).get("type") == "timer" else None
        if purpose is not None:  # "Mets un minuteur de 25 minutes" — "et un autre de cinq
            # minutes pour la pause": the new one's own name, said after its length
            appended.append(purpose.group(0).strip(" ,.!?"))
            what = ""
        elif where is None or any(a < where[1] and where[0] < b for a, b, _ in edits):
            return None
    if what:
        assert where is not None
        own = _COUNTED.search(left[:max(left.find(what), 0)]) if not _COUNTED.match(what) \
            else None
        what = f"{own.group(0).strip()} {what}" if own is not None else what
        article = _ARTICLE_BEFORE.search(prev[:where[0]]) if _COUNTED.match(what) else None
        if article is not None:  # "Añade una fiambrera …" — "y también un par de camisas":
            where = (article.start(), where[1])  # "un par de camisas", not "una par de"
        edits.append((where[0], where[1], _thing_words(prev, where, what)))
        thing = True
    if not edits and not appended or latest and appended:
        return None  # (a change put right says again only what it changed)
    out = prev
    for a, b, new in sorted(edits, key=lambda e: -e[0]):
        out = out[:a] + new + out[b:]
    if appended:  # said next to the day the request did say ("am Donnerstag um halb 4
        # eintragen"), else at its end
        at = max((b for _, _, b in had), default=None)
        days = [b for kind, _, b in had if kind == "date"]
        if len(days) > 1:  # the request's own day, said first: "mettimi un promemoria per
            # domani, devo prenotare il treno per Natale" — "alle undici": tomorrow at 11
            at = days[0]
        if at is None:
            out = out.rstrip(" .!?") + " " + " ".join(appended)
        else:
            at += sum(len(new) - (b - a) for a, b, new in edits if b <= at)
            out = out[:at] + " " + " ".join(appended) + out[at:]
    return out, thing


# what a timer is for, said with its lead: "for the break", "für die Pause", "pour la pause",
# "para el descanso", "per la pausa"
_FOR_WHAT = re.compile(r"(?<![\w'])(?:for|für|fürs|pour|para|per)\s+[^,.!?]+", re.I)
# an article before the thing said before, and a thing said with its own count or article
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(?:a|an|one|ein|eine|einen|un|une|una|uno)\s+$", re.I)
_COUNTED = re.compile(r"(?<![\w'])(?:a|an|one|two|three|four|some|ein|eine|einen|zwei|drei|vier|un|"
                      r"une|una|uno|dos|tres|cuatro|deux|trois|quatre|due|tre|quattro|\d+)\s+"
                      r"(?:(?:par|paio|paire|couple|paar)\s+(?:de|di|of)\s+)?$|"
                      r"^(?:a|an|one|two|three|four|some|ein|eine|einen|zwei|drei|vier|un|une|una|"
                      r"uno|dos|tres|cuatro|deux|trois|quatre|due|tre|quattro|\d+)\s", re.I)


def _thing_words(prev: str, where: tuple[int, int], what: str) -> str:
    """The words that take the thing's place: all of it, or from the word ``what``
    starts with ("llamar a mi mamá" + "mi papá" → "llamar a mi papá")."""
    a, b = where
    old = prev[a:b]
    first = what.split()[0].casefold()
    words = old.split()
    for i, w in enumerate(words[1:], 1):
        if w.casefold() == first:
            return " ".join(words[:i]) + " " + what
    if old[:1].islower() and "," not in old and all(w[:1].isupper() for w in what.split()) \
            and len(what.split()) <= 3:  # (an errand, not a list of names)
        # "send the invoice to the Hendersons" + "for the Okafors": the name alone
        names = [(m.start(), m.end()) for m in _NAME.finditer(old) if m.start() > 0]
        if names:
            start, end = names[-1]
            return old[:start] + what + old[end:]
    return what


_NAME = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


# "an hour later", "eine halbe Stunde früher", "une heure plus tard": +1 / -1
_LATER = {
    "en": (r"later|back|after", r"earlier|forward|sooner|before"),
    "de": (r"später|nach hinten|danach", r"früher|nach vorne|vorher|eher"),
    "fr": (r"plus tard|après", r"plus tôt|avant"),
    "es": (r"m[aá]s tarde|despu[eé]s", r"m[aá]s temprano|antes"),
    "it": (r"pi[uù] tardi|dopo", r"pi[uù] presto|prima"),
}
# how a clock time is said after a request ("at 11:00", "um 11:00", "à 11h00")
_AT = {"en": "at {h}:{m:02d}", "de": "um {h}:{m:02d}", "fr": "à {h}h{m:02d}",
       "es": "a las {h}:{m:02d}", "it": "alle {h}:{m:02d}"}


# (English) hours said alone, as a correction: "4 till 6", "from 10 to 11 am", "2-3 pm"
_CLOCK_EN = r"\d{1,2}(?:[:.]\d{2})?"
_AMPM = r"(?:\s*[ap]\.?m\.?)"
_HOURS_ALONE = re.compile(rf"^(?:(?:make it|it's|so|it should be|should be)\s+)?(?:from\s+)?"
                          rf"(?P<a>{_CLOCK_EN})(?P<aa>{_AMPM})?\s*(?:till|until|to|-|–)\s*"
                          rf"(?P<b>{_CLOCK_EN})(?P<bb>{_AMPM})?(?:\s+(?:instead|then))?\s*[.!]*$", re.I)
# the time an event was put in for, with its length or end: "at 2 pm for two hours", "from
# 9 to 10 am"
_HOURS_MADE = re.compile(rf"\b(?:at|from)\s+(?P<t>{_CLOCK_EN})(?P<tt>{_AMPM})?(?:\s*(?:till|until|"
                         rf"to|-)\s*{_CLOCK_EN}{_AMPM}?)?(?:\s+for\s+(?:an?|one|two|three|four|"
                         r"half an?|\d+)(?:\s+(?:and a half|hours?|minutes?|mins?|hrs?))+)?", re.I)


def _hours_put_right(made_by: str, rest: str) -> str | None:
    """The request that made an event, its hours put right by hours said alone ("4 till
    6"), or None. (The tagger reads "4 till 6" as "till 6", the 4 left as the event's name,
    and "10 till 11" as ten to eleven.)"""
    said = _HOURS_ALONE.match(rest.strip())
    made = _HOURS_MADE.search(made_by)
    if said is None or made is None:
        return None
    half = (said["bb"] or said["aa"] or made["tt"] or "").strip()
    if not (said["bb"] or said["aa"]) and half.lower().startswith("p") and \
            int(re.split(r"[:.]", said["a"])[0]) in (10, 11):
        half = "am"  # ("at 2 pm" — "no, 10 till 11": the morning, not 10 at night)
    start = f"{said['a']} {(said['aa'] or '').strip()}".strip()
    return f"{made_by[:made.start()]}from {start} till {said['b']} {half}".rstrip() + \
        made_by[made.end():]


def _shifted(rest: str, state: DialogueState, now: datetime, lang: str,
             made_by: str | None = None) -> str | None:
    """"at 11:00" for "an hour later" said of a thing made for 10:00 (when the last
    request's thing rings or starts: ``state.about``, or when ``made_by`` — the request
    that made it, questions asked since — said it would); None when ``rest`` shifts
    nothing."""
    about = _about_said(made_by, now, lang) if made_by else (state.about or {})
    later, earlier = _LATER[lang]
    sign = 1 if re.search(rf"\b(?:{later})\b", rest, re.I) else \
        -1 if re.search(rf"\b(?:{earlier})\b", rest, re.I) else 0
    at = about_at(about, now.tzinfo)
    if not sign or at is None:
        return None
    said = re.sub(rf"\b(?:{later}|{earlier})\b", " ", rest, flags=re.I)
    said = re.sub(r"^\s*(?:by|um|de|d'|di|of|par)\s+", "", said.strip(" ,.!?"), flags=re.I)
    length = normalize("duration", said.strip(" ,.!?"), now, lang)
    if not isinstance(length, dict) or not length.get("seconds"):
        return None
    moved = at + timedelta(seconds=sign * float(length["seconds"]))
    return _AT[lang].format(h=moved.hour, m=moved.minute)


def _about_said(text: str, now: datetime, lang: str) -> dict[str, Any]:
    """{"at": ISO} of the first day and time ``text`` says, or {}."""
    for span in find_time_spans(text, now, lang):
        value = span.value if isinstance(span.value, dict) else {}
        if value.get("datetime"):
            return {"at": value["datetime"]}
    return {}


# minutes said without their hour: "quarter past", "viertel nach", "et quart", "y media"
_NO_HOUR = {
    "en": r"(?:(?:a )?quarter|half|five|ten|twenty|twenty-five|twenty five) (?:past|to)",
    "de": r"viertel (?:nach|vor)|(?:fünf|zehn|zwanzig) (?:nach|vor)",
    "fr": r"(?:et )?quart|(?:et )?demie|moins le quart|moins (?:cinq|dix|vingt)",
    "es": r"(?:y )?cuarto|(?:y )?media|menos cuarto|y (?:cinco|diez|veinte)",
    "it": r"(?:e )?un quarto|(?:e )?mezza|(?:e )?mezzo|meno un quarto|e (?:cinque|dieci|venti)",
}
_PAST = {"fr": "et", "es": "y", "it": "e"}  # (taken off as "and" before: "et quart")


def _hour_filled(rest: str, state: DialogueState, now: datetime, lang: str) -> str:
    """``rest`` with the hour of the thing it corrects, when it says minutes without one
    ("put the roast in at 6" — "make it quarter past": quarter past 6)."""
    m = re.fullmatch(rf"(?:(?:at|um|à|a las|alle)\s+)?({_NO_HOUR[lang]})", rest.strip(" ,.!?"),
                     re.I)
    at = about_at(state.about, now.tzinfo)
    if m is None or at is None:
        return rest
    if lang == "en":
        return f"at {m.group(1)} {at.hour % 12 or 12}"
    if lang == "de":
        return f"um {m.group(1)} {at.hour % 12 or 12}"
    said = m.group(1)
    if not re.match(r"(?:et|y|e|moins|menos|meno)\s", said, re.I):
        said = f"{_PAST[lang]} {said}"
    return f"{_AT[lang].split('{')[0]}{at.hour} {said}"  # "à 18 et quart"


_PAST_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20,
                 "twenty-five": 25, "twenty five": 25, "half": 30}


def _after_it(filled: str, state: DialogueState, now: datetime) -> str:
    """``filled`` ("at quarter past 6", of another one) at the next hour when that time is
    not after the one just made (6:45): another is later, not earlier."""
    m = re.fullmatch(r"at ((?:a )?\w+(?:[- ]five)?) past (\d{1,2})", filled)
    at = about_at(state.about, now.tzinfo)
    if m is None or at is None or _PAST_MINUTES.get(m.group(1).lower(), 60) > at.minute:
        return filled
    return f"at {m.group(1)} past {int(m.group(2)) % 12 + 1}"


_HOUR_WORDS = HOUR_WORDS.split("|")
_BARE_HOUR = re.compile(rf"(?:at\s+)?(?P<h>\d{{1,2}}|{HOUR_WORDS})(?:\s*o'?clock)?", re.I)


def _clock_after_it(first: str, state: DialogueState, now: datetime) -> str:
    """``first`` ("at five", of another alarm) said with its half of the day: the first
    such hour after the alarm just made ("two o'clock tonight" — "and another at five":
    5 am, not 5 pm)."""
    m = _BARE_HOUR.fullmatch(first.strip(" ,.!?"))
    at = about_at(state.about, now.tzinfo)
    if m is None or at is None or not (state.last_intent or "").startswith("alarm"):
        return first
    said = m["h"].lower()
    hour = _HOUR_WORDS.index(said) + 1 if said in _HOUR_WORDS else int(said)
    if not 1 <= hour <= 12:
        return first
    start = at.replace(minute=0, second=0, microsecond=0)
    after = min(c for c in (start.replace(hour=hour % 12) + timedelta(days=d, hours=half)
                            for d in (0, 1) for half in (0, 12)) if c > at)
    return f"at {hour} {'am' if after.hour < 12 else 'pm'}"


# "another" said in English, and in German, French, Spanish and Italian
ANOTHER_EN = re.compile(r"\b(?:another|a second|one more)\b", re.I)
_ANOTHER_WORDS = {
    "de": r"noch\s+(?:einen|eine|ein|nen|ne)|(?:einen|eine|ein)\s+(?:zweiten|zweite|weiteren|"
          r"weitere)",
    "fr": r"une?\s+(?:autre|deuxième|seconde?)",
    "es": r"otra|otro|una\s+segunda|un\s+segundo",
    "it": r"un'altra|un\s+altro|una\s+seconda|un\s+secondo",
}
_ANOTHER_WORD = {lang: re.compile(rf"\b(?:{words})\b", re.I)
                 for lang, words in _ANOTHER_WORDS.items()}


def _hour_filled_last(rest: str, state: DialogueState, now: datetime, lang: str) -> str:
    """``rest`` with the hour of the thing just made after the minutes it says last with
    none ("noch einen um Viertel nach" → "… um Viertel nach 5")."""
    m = re.search(rf"(?<![\w'])(?:um|à|a las|alle)\s+(?:{_NO_HOUR[lang]})[\s.!?]*$", rest, re.I)
    if m is None:
        return rest
    filled = _hour_filled(rest[m.start():], state, now, lang)
    return rest if filled == rest[m.start():] else f"{rest[:m.start()]}{filled}"


def _clock_instead(rest: str, not_said: str, state: DialogueState, now: datetime) -> str:
    """The one clock of ``rest`` when what is "not" is the clock of the thing just made
    ("the flight lands at six now, not two" after an arrival put in for two): the news
    around it only tells why."""
    at = about_at(state.about, now.tzinfo)
    old = normalize("time", not_said.strip(" ,.!?"), now, "en")
    if at is None or not isinstance(old, dict) or not old.get("time") or \
            int(str(old["time"]).split(":")[0]) % 12 != at.hour % 12:
        return rest
    parts = _parts(rest, now, "en")
    if len(parts) != 1 or parts[0][0] != "time":
        return rest
    _, a, b = parts[0]
    return re.sub(r"^(?:at|for)\s+", "", rest[a:b], flags=re.I)


# the part of the day first, then its clock: "After work, so... half five"
_PART_THEN_CLOCK = re.compile(
    r"^(?P<lead>\W*(?:(?:um|er|erm|so|oh|ah|ok|okay|right)[\s,]+)*)(?:(?P<part>after work|after school|"
    r"in the (?:morning|afternoon|evening)|this (?:morning|afternoon|evening))|"
    # or what it must be before or after: "before the post office shuts, so half four"
    r"(?P<why>(?:before|after|once|when)\s+(?:the|my|our|i|we|they|he|she|it)\b[^,.!?…\d]{2,40}?))"
    r"[\s,.…]*"
    r"(?:(?:so|say|like|about|around|maybe|at|um|er|erm|em)[\s,.…]+)*(?P<clock>[^,.!?…]+?)"
    r"(?:,\s*(?:yeah|yes|please|thanks|ta))?[.!?]*$", re.I)


def _part_then_clock(text: str, now: datetime) -> str:
    """``text`` with its clock said before the part of the day when that came first."""
    m = _PART_THEN_CLOCK.match(text.strip())
    said = normalize("time", m["clock"], now, "en") if m is not None else None
    if not isinstance(said, dict) or said.get("kind") != "time":
        return text
    return f"{m['lead']}{m['clock']} {m['part']}" if m["part"] else f"{m['lead']}{m['clock']}"


def _nearer_half(rest: str, state: DialogueState, now: datetime, lang: str) -> str:
    """``rest``, a bare English clock correcting the thing just made, with the half of the
    day nearer that thing's time ("twenty to five" tomorrow, 4:40 am — "sorry, I meant
    twenty to four": 3:40 am; a 2 pm meeting — "I meant eleven": 11 am)."""
    at = about_at(state.about, now.tzinfo)
    clock = rest.strip(" ,.!?")
    said = normalize("time", clock, now, lang) if lang == "en" and at is not None and (
        state.focus or {}).get("type") in ("alarm", "reminder", "event") else None
    if not isinstance(said, dict) or not said.get("ambiguous") or not said.get("time") \
            or re.search(r"\b(?:morning|afternoon|evening|night|tonight|noon|midday|"
                         r"midnight)\b", clock, re.I):
        return rest
    hour, minute = (int(x) for x in str(said["time"]).split(":")[:2])
    hour %= 12
    old = at.hour * 60 + at.minute
    am, pm = hour * 60 + minute, (hour + 12) * 60 + minute
    def apart(minutes: int) -> int:  # (round the clock: 11 pm and 1 am are two hours apart)
        return min(abs(minutes - old), 1440 - abs(minutes - old))

    return f"{clock} {'am' if apart(am) <= apart(pm) else 'pm'}"


def _am_pm(old: str, new: str, lang: str = "", event: bool = False) -> str:
    """" p.m." ("de la tarde", "du soir", "abends", "de la madrugada" …) when the old time
    said it and the new one, a bare clock in digits or words, does not ("6 de la tarde" —
    "y a mi papá a las 7"; "a las tres de la madrugada" — "mejor a las tres y media":
    3:30 at night, not in the afternoon). ``event``: an appointment said "9 am", then "at 2"
    for another, is in the afternoon; one said "3 pm", then "at 10", in the morning."""
    m = _AM_PM.search(old.rstrip(" ,!?"))
    if m is None:
        return ""
    clock = re.fullmatch(r"(\d{1,2})(?:[:h.]\d\d)?h?", new.strip())
    before = re.match(r"\d{1,2}", old.strip())
    if event and lang == "en" and clock and before and m.group(0).lower().startswith("a") \
            and 1 <= int(clock.group(1)) <= 6 < int(before.group(0)):
        return " pm"
    if event and lang == "en" and clock and before and m.group(0).lower().startswith("p") \
            and int(before.group(0)) <= 6 and 8 <= int(clock.group(1)) <= 11:
        return " am"  # (an appointment at 3 pm, then another "at 10": in the morning)
    if clock and 0 < int(clock.group(1)) <= 12:
        return " " + m.group(0)
    if clock is None and lang and not _AM_PM.search(new.rstrip(" ,!?")):
        said = normalize("time", new.strip(" ,.!?"), datetime(2026, 1, 1, tzinfo=UTC), lang)
        if isinstance(said, dict) and said.get("ambiguous"):  # a clock in words
            return " " + m.group(0)
    return ""


# when a thing is, asked of its own (not "und am Freitag?")
_WHEN_ASKED = re.compile(r"(?:quand'è|quando è|quando|a che ora|wann|um wie ?viel|c'est quand|quand|"
                         r"à quelle heure|cuándo|cuando|a qué hora|when|what time)\b", re.I)


def own_request(rest: str, lang: str) -> bool:
    """Whether ``rest`` opens a request of its own ("and remind me to …")."""
    if lang == "en":
        from hark.dialogue.compound import opens_request

        return opens_request(rest, False)
    from hark.dialogue.openers_other import LANGUAGES, reader

    # (or a verb in it carries the pronoun of the thing said before it: "il promemoria del
    # dentista spostalo a giovedì")
    return lang in LANGUAGES and (reader(lang).opens(rest, False)
                                  or reader(lang).verb_on_it(rest) or _entered_de(rest, lang)
                                  or (lang == "de" and _CALLED_OFF_DE.search(rest) is not None))


# German calling a thing off with its verb split: "den sagen S' ab", "den sagst du ab"
_CALLED_OFF_DE = re.compile(rf"\b(?:{CALLED_OFF_DE})\b", re.I)


def _entered_de(rest: str, lang: str) -> bool:
    """German: whether ``rest`` puts a thing in the calendar with its verb after the thing
    ("den Kurs selber trag bitte auch ein: Sonnabend, …"), a request of its own."""
    from hark.nlu.scope_frames import EVENT
    from hark.text.clean import find_words

    return lang == "de" and find_words(EVENT["de"], rest.lower()) is not None


# where a German command with its verb last puts the thing: "… auf die Liste schreiben",
# "… in den Kalender eintragen" (a to-do said as its verb has no such place: "Dankeskarten
# schreiben")
_PUT_WHERE = re.compile(r"\b(?:auf|in|ins|zu|zur|zum|an|aus|von|vom|für)\b", re.I)


def _tasks_said(rest: str, state: DialogueState, lang: str) -> bool:
    """Whether ``rest`` after "und" is more jobs for the list an item was just put on,
    said in German as jobs are, the verb last ("Und Kinderbett aufbauen und Dankeskarten
    schreiben" after a to-do was added), not a request of its own."""
    if lang != "de" or (state.focus or {}).get("type") != "list" \
            or state.last_intent != "lists_createoradd" or _PUT_WHERE.search(rest):
        return False
    from hark.dialogue.openers_other import reader

    said = reader(lang)
    return not said.verb.match(said.opener(rest)) and not said.asks_first.match(
        said.opener(rest))


# a new thing of a kind, with its article: "une alarme", "an alarm", "einen Wecker" (its
# kind read by :func:`hark.dialogue.pointing.kind_of_noun`; "despertador" is an alarm)
_A_NEW_KIND = re.compile(r"\b(?:un|una|une|a|an|einen|eine|ein|'nen|another|otra|otro|autre|"
                         r"altra|altro|new|nouvelle|nouveau|neue[nr]?|nueva|nuevo|nuova|nuovo)\s+"
                         rf"(?P<noun>{KIND_NOUNS}|despertador)\b", re.I)


def _new_of_other_kind(text: str, focus: dict[str, Any] | None) -> bool:
    """Whether ``text`` asks for a new alarm, reminder or timer, another kind than
    ``focus``'s (a timer just set, "Mets une alarme à sept heures")."""
    kind = (focus or {}).get("type")
    if kind not in ("alarm", "reminder", "timer"):
        return False
    said = next((k for m in _A_NEW_KIND.finditer(text)
                 if (k := "alarm" if m["noun"].lower() == "despertador" else kind_of_noun(m["noun"]))
                 in ("alarm", "reminder", "timer")), None)
    return said is not None and said != kind


def _names_then_it(text: str) -> bool:
    from hark.dialogue.pointing import TOPIC_IT

    return TOPIC_IT.match(text) is not None


# a list left hanging on its "and", the speaker cut off: "… due bottiglie di prosecco e"
_LEFT_HANGING = re.compile(r"[\s,](?:and|und|et|y|e|plus|also)\s*[.…-]*\s*$", re.I)
_AND_FIRST = re.compile(r"^\W*(?:and|und|et|y|e|plus|also|oh|ah|no|nein|non)\b", re.I)
# "and another one. Earplugs." (a short remark after it); "another one for it: ask Dave
# about the locker code", "one more thing for the list - plasters" (it: the list just added to)
_ANOTHER_THEN = re.compile(r"^\W*(?:and\s+)?(?:(?:another(?:\s+(?:one|thing|item))?|one more\s+(?:thing|item))"
                           r"(?:\s+for\s+(?:it|that|that list|the list|this list))?\s*(?:[.:!]|\s[-–—])"
                           # "Oh, and another thing, a phone holder for the dashboard."
                           r"|(?:another|one more|one other)\s+(?:thing|item)\s*,)"
                           r"\s*(?P<thing>[^.!?]{1,60})"
                           r"[.!]?(?:\s+[^.!?]{0,30}[.!?]?)?\s*$", re.I)
# a question word of its own after "and": "Et la lessive, il lui reste combien ?"
_HOW_MUCH = re.compile(r"\b(?:combien|wie viel|wieviel|wie lange?|cu[aá]nto|quanto|how much|"
                       r"how long|how many)\b", re.I)

# the thing just made made again: "start another just like it", "same again"
_SAME_AGAIN = re.compile(r"(?:^|[,.;]\s*|\b(?:and|so|then)\s+)(?:(?:please|just)\s+)?(?:(?:start|set|make|do|"
                         r"put on|add|give me)\s+)?(?:(?:the\s+)?same\s+again|another(?:\s+one)?\s+"
                         r"(?:just\s+|exactly\s+)?(?:like\s+(?:it|that|that one|this one)|the\s+same"
                         r"(?:\s+again)?|identical)|an(?:other)?\s+identical\s+one)(?:\s+please)?"
                         r"[\s.!]*$", re.I)
# the thing named, then a pronoun of it before its own verb: "…, des verschieb bitte auf …"
_PRONOUN_THEN_VERB = re.compile(r",\s*(?:das|des|den|die|dies|dat|ihn|es)\s+(\w.*)$", re.I)
# "the Saturday after that": the one after the day said before
_DAY_AFTER_THAT = re.compile(rf"\bthe\s+({WEEKDAYS})\s+after(?:\s+(?:that|it|this|next))?\b", re.I)


# the same day a week on, asked alone: "And the week after?" after "What's on this Friday?"
_WEEK_AFTER = re.compile(r"^(?P<lead>\W*(?:(?:and|so|ok|okay|what about|how about)[\s,]+)*)"
                         r"(?:the\s+)?(?:week\s+after(?:\s+that)?|following\s+week)"
                         r"(?P<tail>\s*[?.!]*)$", re.I)


def _week_after_said(text: str, before: str, now: datetime) -> str:
    """"And the week after?" said as "And the following Friday?" when the request before
    named one day (a week on from it), else ``text`` (it had been read as this week, and
    after a thing talked about as a move a week later)."""
    m = _WEEK_AFTER.match(text.strip())
    if m is None:
        return text
    spans = [s.value for s in find_time_spans(before, now, "en") if isinstance(s.value, dict)
             and s.value.get("kind") in ("date", "date_range")]
    if len(spans) == 1 and spans[0]["kind"] == "date_range" \
            and str(spans[0].get("start", ""))[:10] <= now.date().isoformat():
        return f"{m['lead']}next week{m['tail']}"  # ("What's on this week?")
    days = [v["date"] for v in spans if v["kind"] == "date"]
    if len(days) != 1 or len(spans) != 1:
        return text
    weekday = datetime.fromisoformat(str(days[0])[:10]).strftime("%A")
    return f"{m['lead']}the following {weekday}{m['tail']}"


# what another reminder is for, said after its day: "pour déposer …", "para llevar …",
# "per portare …", "um … zu bringen", "für die Tafel"
_FOR_ERRAND = {"de": re.compile(r"\b(?:um|für|fürs)\s", re.I),
               "fr": re.compile(r"\b(?:pour|d'|de)\s*\w+(?:er|ir|re)\b", re.I),
               "es": re.compile(r"\b(?:para|de)\s+\w+(?:ar|er|ir)\b", re.I),
               "it": re.compile(r"\b(?:per|di)\s+\w+(?:are|ere|ire)\b", re.I)}


# (English) what another reminder is for, said last: "…, for the sensors"
_FOR_THING = re.compile(r"(?:,\s*|\s+)for\s+(?P<thing>(?:the|her|his|my|our|their|some|more)\s+"
                        r"(?!(?:same|next|following|other|day|morning|evening|week)\b)[\w' -]{2,30}?)"
                        r"\s*[.!]*$", re.I)
# errands that fetch a thing ("collect", "pick up", "buy"); with those that take one along
# or back, the errands whose thing "for the …" names
_FETCHING = r"collect|pick up|buy|get|order|fetch|grab"
_FETCH = re.compile(rf"(?:{_FETCHING}|pack|renew|drop off)\b", re.I)


_ERRAND_IT = re.compile(r"\b(?P<to>to|tae)\s+(?P<verb>[a-z]+)\s+it\b", re.I)
_FETCHED = re.compile(rf"^(?:{_FETCHING})\s+(?P<thing>(?:the|her|his|my|our|\w+'s)\s+"
                      r"[\w' -]{2,40}?)(?=\s+(?:from|fae|at|in|for|on)\b|$)", re.I)


def it_fetched(rest: str, title: str) -> str:
    """``rest`` with "it" in another reminder's errand said as the thing the first one
    (``title``) fetches ("… tae drop it back" after "pick up Bella's spare key": drop Bella's spare
    key back)."""
    m = _ERRAND_IT.search(rest)
    thing = _FETCHED.match(title.strip())
    if m is None or thing is None:
        return rest
    return f"{rest[:m.start()]}{m['to']} {m['verb']} {thing['thing']}{rest[m.end():]}"


# whose thing the first one is, and what: "the Bakers' arrival", "Aarav's maths tuition"
_WHOSE = re.compile(r"^(?:the\s+)?(?:(?P<they>[A-Z][\w-]*s)'|(?P<one>[A-Z][\w-]*)'s)\s+(?P<what>\w.*)$")
_WHEN_THEY = re.compile(r"\b(?P<when>when|after|before|once)\s+(?P<who>they|he|she)\b")


def whose_said(rest: str, title: str) -> str:
    """``rest`` with "they" (or "he", "she") of another event said as whose the first one
    (``title``) is ("And another for when they leave" after "the Bakers' arrival": for when
    the Bakers leave)."""
    whose, said = _WHOSE.match(title.strip()), _WHEN_THEY.search(rest)
    if whose is None or said is None or (said["who"] == "they") != bool(whose["they"]):
        return rest
    who = f"the {whose['they']}" if whose["they"] else whose["one"]
    return f"{rest[:said.start()]}{said['when']} {who}{rest[said.end():]}"


# another event for someone else: "for his sister Diya", "for Noah"
_FOR_SOMEONE = re.compile(r"\bfor\s+(?:(?:his|her|their|my|our)\s+(?:(?:little|big|younger|older|"
                          r"twin)\s+)?(?:sister|brother|son|daughter|cousin|friend|mate)\s+)?"
                          rf"(?P<name>(?!(?:{WEEKDAYS}|Tomorrow|Today|Tonight)\b)(?-i:[A-Z])[\w-]++)"
                          r"(?!'s\b|\s+(?:(?-i:[A-Z])\w*|and)\b)", re.I)
# as long as the one just made: "straight after that, same duration"
_SAME_LENGTH = re.compile(r",?\s*(?:(?:for|with)\s+)?(?:the\s+)?same\s+(?:duration|length|amount of "
                          r"time)\b", re.I)


def _for_someone_else(rest: str, title: str) -> str:
    """``rest`` with another event's "for <name>" said as that one's own of the first one
    (``title``: "Aarav's maths tuition" — "for his sister Diya": "for Diya's maths
    tuition")."""
    whose, who = _WHOSE.match(title.strip()), _FOR_SOMEONE.search(rest)
    if whose is None or not whose["one"] or who is None:
        return rest
    return f"{rest[:who.start()]}{who['name']}'s {whose['what']}{rest[who.end():]}"


def _right_after_it(rest: str, state: DialogueState, now: datetime) -> str:
    """``rest`` with "straight after that" said as the end of the event just made, and "same
    duration" as its length."""
    about = about_read(state.about, now.tzinfo) or {}
    if not isinstance(about.get("end"), datetime) or not isinstance(about.get("at"), datetime):
        return rest
    right_after = STRAIGHT_AFTER.search(rest)  # (often said as its clock already: "at 6:00
    out = rest if right_after is None else (  # pm on the 1st of December")
        f"{rest[:right_after.start()]}at {about['end']:%H:%M}{rest[right_after.end():]}")
    same = _SAME_LENGTH.search(out)
    minutes = round((about["end"] - about["at"]).total_seconds() / 60)
    if same is not None and 0 < minutes < 24 * 60:
        out = f"{out[:same.start()]}{out[same.end():]}, for {minutes} minutes"
    return out


def _errand_of_for(rest: str, text: str, title: str) -> str:
    """``rest`` (of the turn ``text``) with what another reminder is for said as the first
    one's errand done to it ("for the sensors" after "collect her test strips": "to
    collect the sensors")."""
    m = _FOR_THING.search(text)
    verb = _FETCH.match(title)
    if m is None or verb is None or re.search(
            r"\d|\b(?:am|pm|o'clock|minutes?|hours?)\b", m["thing"], re.I):
        return rest
    kept = _FOR_THING.search(rest)
    return f"{rest[:kept.start()] if kept else rest.rstrip(' .!')}, to {verb[0].lower()} {m['thing']}"


def _errand_for(rest: str, lang: str) -> bool:
    """Whether another reminder's words say what it is for (de/fr/es/it)."""
    return lang in _FOR_ERRAND and bool(_FOR_ERRAND[lang].search(rest))


_DASH = re.compile(r"\s+[—–]\s+")


def follow_on(text: str, state: DialogueState, now: datetime, lang: str) -> FollowOn | None:
    """``text`` said in full when it leans on the request just before it, else None."""
    if not state.last_text or not state.just_before():
        return None
    lang = lang if lang in _STRONG else "en"
    if state.last_language and state.last_language != lang and state.last_language in _STRONG:
        lang = state.last_language  # "25" or "Thursday" says nothing of its language
    if lang == "en":
        text = _WHICH_KIND.sub(lambda m: f"{m['y']} {m['x']}", text)
        text = _FROM_ALONE.sub("at ", text)
        text = _part_then_clock(text, now)
        text = _DAY_AFTER_THAT.sub(r"the following \1", text)
        text = _week_after_said(text, state.last_text, now)
        made = (state.focus or {}).get("type") if (state.focus or {}).get("created") else None
        bare = _REMIND_AT.match(text) if made == "reminder" else None
        if bare is not None:  # "…, so remind me at 8:30" right after a reminder was made:
            text = f"{bare['lead']}make it {bare['when']}"  # that one, at another time
        if made == "event":
            again = _BOOK_AGAIN.sub("again", text)  # "and book him again the Thursday after"
            if again != text and not re.search(r"\band\s+again\b", again, re.I):
                again = _BOOK_AGAIN.sub("and again", text)
            text = again
    elif lang in _NEWS_HEARD:  # "Anzi no, mi ha appena scritto, è lunedì prossimo": the
        text = _NEWS_HEARD[lang].sub(",", text)  # news of who said so is no part of it
    if lang != "en":  # "Um dreiviertel elf — und das dauert so eine halbe Stunde": a dash
        text = _DASH.sub(", ", text)  # between its clauses is a comma
    text = with_person(text, state.focus, lang)  # "E un'altra con lui venerdì", "And
    # another with him Thursday" after a call with Marcus: with Marcus (not an event "him")
    if lang == "en" and (state.focus or {}).get("created") and _SAME_AGAIN.search(text):
        return FollowOn(state.last_text, "another")  # "start another just like it"
    if lang == "en" and _names_then_it(text):
        return None  # "Oh and the dinner with Anna on Friday, bump it to Thursday": a
        # request of its own about the thing named
    length = _length_given(text, state, now, lang)
    if length is not None:
        return length
    if _new_of_other_kind(text, state.focus):
        return None  # "Mets une alarme à sept heures." after a timer was set: a new alarm
        # (it had made the timer 7 hours 10 minutes)
    if _LEFT_HANGING.search(state.last_text) and state.last_intent == "lists_createoradd" \
            and not _AND_FIRST.match(text):  # "… il panettone, due bottiglie di prosecco e"
        text = f"{AND[lang]} {text}"  # — "la pompa per il materasso gonfiabile": one more
    another = _ANOTHER_THEN.match(text) if lang == "en" else None
    if another is not None:  # "and another one. Earplugs. Hostel dorms, bro.": the thing,
        text = f"and {another['thing']}"  # and why left out
    rest, cue, strong = _strip_cues(_copula_dropped(text), lang)
    if lang == "en" and cue == "and" and (state.about or {}).get("kind") == "event":
        rest = _right_after_it(rest, state, now)  # "… straight after that, same duration"
    if (state.focus or {}).get("type") == "list" and says_which(rest.rpartition(",")[2]):
        rest = rest.rpartition(",")[0]  # "Et des gants. Ah, et un radiateur, le moins cher
        # possible": which one to buy, said of the last thing, no thing of its own
    right_after = _RIGHT_AFTER.match(rest)
    if right_after is not None and any(kind == "time" for kind, _, _ in _parts(
            rest[right_after.end():], now, lang)):  # "Et un autre juste après, à 15h30, pour
        rest = rest[right_after.end():]  # …": the time it says is when
    again_own = _PRONOUN_THEN_VERB.search(rest) if lang != "en" else None
    if again_own is not None and own_request(again_own.group(1), lang):
        return None  # "Und des Abendessen mit der Anna am Freitag, des verschieb bitte auf
        # Dienstag …": a request of its own about the thing named (not another entry)
    rest = same_time.drop(rest)  # "plutôt dimanche à la même heure": the day alone
    meant = _MEANT_INSIDE[lang].search(rest)
    if meant:  # "sorry I said apples I meant oranges": what is meant, after it
        rest, cue, strong = rest[meant.end():].strip(" ,.!?"), "strong", True
    meant_after = _MEANT_AFTER[lang].search(rest)
    if meant_after and rest[:meant_after.start()].strip(" ,.!?"):  # "halb sechs hab ich
        rest, cue, strong = rest[:meant_after.start()].strip(" ,.!?"), "strong", True  # gemeint"
    not_this = _NOT_THIS.search(rest)
    rest = _NOT_THIS.sub("", rest).strip(" ,.!?")
    if lang == "en" and not_this is not None:  # "it's at six now, not two": "now" says it
        rest = re.sub(r"^now\s+(?=\S)|\s+now$", "", rest, flags=re.I)  # changed, no time
        rest = _clock_instead(rest, not_this["what"], state, now)
    if not_this is not None and rest and not cue:  # "Viertel vor sieben, nicht halb":
        cue, strong = "strong", True  # what is meant, then what is not: a correction
    not_first = _NOT_THIS_FIRST.match(rest)
    if not_first:  # "nicht einfach Käse, schreib da Bergkäse hin": a correction
        rest, _, _ = _strip_cues(rest[not_first.end():], lang)
        cue, strong = cue or "strong", True
        head, _, why = rest.partition(",")
        not_meant = not_first.group(0).split()[-1].strip(" .,;").lower()
        if why and re.search(rf"\b{re.escape(not_meant)}\b", why, re.I):
            rest = head.strip()  # "…, airpods r dead lol": why, of what is not meant
    if lang == "en":  # "…, that's for my ID badge photo": what it is for, not why
        rest = _THATS_FOR.sub(" for ", rest)
        so = _SO_WHEN.search(rest)  # "collection's Friday down there, so Thursday night, same
        if so is not None and cue in ("strong", "weak") and (said := _parts(
                so["when"], now, lang)) and not _bare(
                re.sub(r"\bsame time\b", " ", _without(so["when"], said)), lang):
            rest = so["when"]  # time": why, then the time meant
    head, comma, _ = rest.partition(",")
    length = ""  # "Et l'électricien mardi à 13h30, il en a pour deux heures": another event,
    # and how long it takes
    if comma and state.last_intent == "calendar_set" and (state.focus or {}).get("type") \
            == "event":
        clause = rest.rpartition(",")[2].strip(" .!?")
        if lang == "en":  # (English reads a length said alone after its comma: ", about
            clause = f", {clause}"  # one hour")
        told = _span_said(clause, lang)
        if (told is not None and told.range is None and told.length is not None) or (
                length_alone(clause, lang) is not None):  # (or the length alone: "A las
            # cuatro de la tarde, una hora")
            rest, length = rest.rpartition(",")[0].strip(), clause
            if told is not None and told.length is not None:  # (from its verb: not "questo"
                length = clause[told.at[0]:]  # of "questo dura però tre ore")
            head, comma, _ = rest.partition(",")
    if comma and (_parts(head, now, lang) or _a_count(head, now, lang)) and not own_request(
            rest.partition(",")[2].strip(), lang) and not re.match(
            _ERRAND_LEAD.get(lang, r"(?!)"), rest.partition(",")[2], re.I):
        # (", to send Ottilie's library book in": the errand of another one, no why) "7:30, the
        # street sweepers come early", "nueve, que los quiero duros": why (but "for Sundays
        # as well, but at half seven, I'm not a machine" keeps its time; "la réunion
        # d'équipe de demain, annule-la" is a request of its own)
        for more in rest.split(",")[1:]:
            if re.match(_ERRAND_LEAD.get(lang, r"(?!)"), more, re.I):
                head = f"{head},{more}"  # ("for Saturday morning, half eight, to strip the
                break  # beds": its errand after its time)
            said = _parts(more, now, lang)
            alone = bool(said) and not _bare(_without(more, said), lang)  # ", um sieben"
            if said and not alone:  # ", 8 till half nine in the morning": hours
                hours = _span_said(more.strip(), lang)
                alone = hours is not None and hours.range is not None and hours.at is not None \
                    and not more.strip()[:hours.at[0]].strip() \
                    and not more.strip()[hours.at[1]:].strip(" .!?")
            if not alone and (not re.match(r"\s*(?:but|and|aber|und|mais|et|pero|y|ma|e)\s",
                                           more, re.I) or not said):
                break
            head = f"{head}, {more.strip()}"
        rest = _without_tail(head.strip(), lang)  # "mach lieber 16 Uhr draus, sonst wird's
        # zu knapp": the time, not "draus"
    elif comma and cue in ("strong", "weak"):  # "non attends c'est du riz complet, mets
        # vingt-cinq": why first
        tail, tail_cue, tail_strong = _strip_cues(rest.rpartition(",")[2], lang)
        if tail_cue == "strong" and tail:
            rest, strong = tail, strong or tail_strong
    when = _parts(rest, now, lang) if rest else []  # (a time alone counts as one word: "a
    # las once y media de la mañana")
    # (nor, for another event, the words before its thing: "… at 10 for my ID badge photo")
    counted = len(_bare(_BESIDES.sub(" ", _without(rest, when)), lang).split()) + len(when) \
        if rest and lang == "en" and (state.focus or {}).get("type") == "event" \
        and re.search(r"\bfor (?:my|the|our|a|an|his|her|their)\b", rest, re.I) else None
    if rest and lang == "en" and cue == "and" and (state.focus or {}).get("type") == "list" \
            and (what_for := _FOR_WHAT_LAST.search(rest)):  # ("… and a bottle of red for
        counted = len(_BESIDES.sub(" ", rest[:what_for.start()]).split())  # the welcome
        # basket": the things, not what they are for)
    if when and len(_bare(_without(rest, when), lang).split()) > 0:
        when = []
    limit = MAX_WORDS + 5 if ((strong or cue == "and") and (state.focus or {}).get("type")
                              == "list") or (cue == "and" and _errand_for(rest, lang)
                                             and (state.focus or {}).get("type")
                                             == "reminder") else MAX_WORDS
    # (a list's thing put right, or one more thing for it, can be long: "make it ask next
    # door to water the plants", "y también un par de camisas blancas para el trabajo"; so
    # can another reminder's errand: "Et pareil jeudi, pour déposer les conserves à la
    # banque alimentaire")
    said = len(_BESIDES.sub(" ", _without(rest, when)).split()) + len(when) if rest else 0
    if not rest or (said if counted is None else min(counted, said)) > limit:
        return None
    if cue == "and" and (state.focus or {}).get("type") == "list" and (
            _A_LIST.search(rest)):
        return None  # "Und auf die To-do-Liste: Bankdaten … schicken", "y de la lista del
        # súper sacá la leche": a list of its own
    if not cue and _put_right_alone(rest, text, state, now, lang):
        cue = "weak"  # "Scusa, alle nove e un quarto." after one at 9 ("Scusa," is left out
        # as a courtesy before this reads it): that time put right, not a new alarm
    if not cue:  # "Put a meeting in my calendar for Thursday." — "At 3 p.m."
        filled = _filled_in(rest, state, now, lang)  # ("8 am, for about an hour": and its
        return _with_length(filled, length) if filled is not None and length else filled  # length
    if not strong and own_request(rest, lang) and not _tasks_said(rest, state, lang):
        return None
    if cue == "and" and _WHEN_ASKED.match(rest) and len(rest.split()) >= 3:  # "E quand'è la
        return None  # cena con Anna?": a question of its own, not the move again
    if cue == "and" and text.rstrip().endswith("?") and _HOW_MUCH.search(rest):
        return None  # "Et la lessive, il lui reste combien ?": asked, not the change again
    if cue == "and" and text.rstrip().endswith("?") and QUESTION.search(rest) \
            and len(rest.split()) >= 5:  # "et vendredi, j'ai quoi d'autre ?": a question of
        return None  # its own
    focus = state.focus or {}
    created = bool(focus.get("created"))
    made_by, replaces = state.last_text, dict(focus)
    asked_since = _asked_since_made(state)
    if asked_since is not None and (cue in ("strong", "weak") or (cue == "and" and strong)):
        # "set an alarm for 5:30 on Friday" — "what time will it ring" — "make it 5:45
        # instead": the thing just made, put right
        made_by, replaces, created = asked_since
    if cue == "and" and strong:  # "And make it Wednesday.": a correction, not another
        from hark.dialogue.pointing import pointed

        if not created and pointed(text, state.focus, lang) is not None:
            return None  # "and move it to Sunday": a request of its own, about "it"
        cue = "strong"
    if cue in ("strong", "weak") and created and focus.get("type") == "event" and \
            _length_told(rest, lang):  # "Scusa, mi sono sbagliata: dura un'ora e mezza" right
        return FollowOn(rest, "pointed")  # after the event was made: its length put right
        # (it had become an event called "dura per un'ora e mezza")
    if cue in ("strong", "weak") and created and focus.get("type") == "event" and lang == "en":
        hours = _hours_put_right(made_by, rest)
        if hours is not None:  # "Put the tree in, Sunday at 2 pm for two hours" — "oh no, 4
            return FollowOn(hours, "correct", replaces)  # till 6": from 4 till 6 pm
    if cue in ("strong", "weak"):
        moved = meant_list(rest, replaces, lang) if created else None
        if moved:  # "oh sorry I meant the shopping list": the items onto that list
            return FollowOn(moved, "correct", replaces)
        change = None if created else _change_said(state, now)
        if change:  # "move the dentist to 3pm" — "actually, make it half 3": the same
            # change, to the time now said (its new time: "from 7:15 to 7:45" → 7:45)
            swapped = _swap(_without_from(change, now, lang, focus), _shifted(rest, state, now, lang)
                            or rest, state, now, lang, allow_thing=False, latest=True)
            return FollowOn(swapped[0], "correct") if swapped else None
        if not created and not (state.last_intent in _MAKES and focus.get("type") == "alarm"):
            return None
        if not created:  # "You already have an alarm for 7" — "no, 7:30": a new one, the
            # one there before kept
            swapped = _swap(state.last_text, _shifted(rest, state, now, lang) or rest, state,
                            now, lang, allow_thing=False)
            return FollowOn(swapped[0], "correct") if swapped else None
        gone = re.search(rf"(?<![\w']){re.escape(not_this['what'].strip())}(?![\w'])", made_by,
                         re.I) if not_this is not None and focus.get("type") != "list" \
            and not _a_time(rest, now, lang) else None  # ("six heures et quart, pas moins le
        # quart": a time put right, by the time said)
        if gone is not None and rest and len(rest.split()) <= 4:  # "it's my sister's, not my
            # brother's" after "… from my brother's": those words put right
            return FollowOn(f"{made_by[:gone.start()]}{rest}{made_by[gone.end():]}", "correct",
                            replaces)
        rest = _shifted(rest, state, now, lang, made_by if asked_since else None) or \
            _nearer_half(_hour_filled(rest, state, now, lang), state, now, lang)
        # ("make it an hour later", "make it quarter past")
        swapped = _swap(made_by, rest, state, now, lang,
                        allow_thing=strong or len(rest.split()) <= 3)
        if swapped is None:
            return None
        out, thing = swapped
        if focus.get("type") == "list":
            where = _thing_in(made_by, state)
            if not thing or where is None or len(focus.get("items") or []) != 1:
                return None
        return FollowOn(out, "correct", replaces)
    if cue == "and":
        from hark.dialogue.pointing import asked_of

        if asked_of(text, state.focus, lang) is not None:
            return None  # "Et ça dure combien ?": a question about the thing talked about
        # "and another one ten minutes later, just in case": at the time of the one just
        # made, shifted
        # (what the first clause says, without "just in case")
        first = re.sub(r"\s+(?:just\s+)?in case\b.*$", "", rest.split(",")[0], flags=re.I)
        shifted = None
        if (lang == "en" and re.search(r"\b(?:another|a second|a third|one more) one\b", text,
                                        re.I)) or (lang in _ANOTHER_ONE and _ANOTHER_ONE[lang].search(text)):
            shifted = _shifted(first, state, now, lang)
            rest = shifted or rest  # (not "y otra media hora antes": the same thing, shifted
            # again)
        if shifted is None and ANOTHER_EN.search(text) and lang == "en":
            filled = _after_it(_hour_filled(first, state, now, lang), state, now)
            if filled == first:
                filled = _clock_after_it(first, state, now)
            rest = filled if filled != first else rest  # "another at twenty past": past the
            # hour of the one just made (or the next: "at quarter past" after 6:45 is 7:15)
        elif shifted is None and lang in _ANOTHER_WORD and _ANOTHER_WORD[lang].search(text):
            rest = _hour_filled_last(re.sub(rf"^(?:{_ASIDE[lang]})\s+", "", rest, flags=re.I),
                                     state, now, lang)  # "Und (sicherheitshalber) noch
            # einen um Viertel nach": past the hour of the one just made
        if lang == "en" and (state.about or {}).get("kind") == "reminder":
            errand = _errand_of_for(rest, text, str(state.about.get("title") or ""))
            if errand != rest and _swap(state.last_text, errand, state, now, lang,
                                        allow_thing=True, another=True) is not None:
                rest = errand  # "And another on Friday, same time, for the sensors"
                # after "… to collect her test strips"
        if lang == "en" and (state.about or {}).get("kind") == "event":
            rest = _for_someone_else(rest, str(state.about.get("title") or ""))  # "One more
            # for his sister Diya …" after "Aarav's maths tuition from five to six"
        if lang == "en" and re.search(r"\bwith\b", state.last_text or "", re.I):
            rest = re.sub(r"\s*\bwith (?:him|her|them)\b", "", rest, flags=re.I)  # "and
            # another with her the Tuesday after" a meeting with the accountant: the same one
        but = but_for.said(text, lang) if lang != "en" and focus.get("type") in (
            "reminder", "event") else None
        if but is not None:  # "…, pero para el reporte de laboratorio": the same, for that
            cut = but_for.said(rest, lang)
            rest = f"{rest[:cut.start]}{rest[cut.end:]}" if cut is not None else rest
        swapped = _swap(state.last_text, rest, state, now, lang, allow_thing=but is None,
                        another=True)
        if swapped is not None and but is not None:
            title = str((state.about or {}).get("title") or focus.get("name") or "")
            swapped = (but_for.put_in(swapped[0], title, but, lang), True)
        if swapped is not None and length:  # (its own length, not the first one's: "…,
            # eine Stunde" — "Und noch eine am Donnerstag, …, die geht aber anderthalb Stunden")
            swapped = (f"{_without_length(swapped[0], lang).rstrip(' .!')}, {length}",
                       swapped[1])
        if swapped is None or (lang == "en" and not created and not _STORED.search(
                state.last_text) and not day_overview.asks(state.last_text, lang) and not (
                swapped[1] and _thing_in(state.last_text, state, focus_only=True))):
            return None  # English "and tomorrow?", "what about in Paris?": the context's
            # (but "what reminders do I have on Tuesday" — "and Thursday?" keeps reminders,
            # "what have I got on Saturday?" — "and on Friday?" asks all of Friday's)
        said = _others_after_list(swapped[0], focus)
        if (state.last_intent or "").endswith("_query") and not said.rstrip().endswith("?"):
            said = said.rstrip(" .!") + "?"  # "was hab ich am freitag" asks
        return FollowOn(said, "another")
    return None


# another one, then how far from the one just made, in German, French, Spanish and
# Italian: "Und noch einen zehn Minuten später", "Et une autre dix minutes plus tard", "Y
# otra diez minutos después", "E un'altra dieci minuti dopo" — "another" said of the
# thing, not of the length: its noun, a comma or a length of several after it ("y otra
# media hora antes" is the same thing shifted by another half hour)
_SEVERAL = {
    "de": r"zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig",
    "fr": r"deux|trois|quatre|cinq|dix|quinze|vingt|trente|quarante|cinquante",
    "es": r"dos|tres|cuatro|cinco|diez|quince|veinte|treinta|cuarenta|cincuenta",
    "it": r"due|tre|quattro|cinque|dieci|quindici|venti|trenta|quaranta|cinquanta",
}
_ANOTHER_ONE = {
    lang: re.compile(rf"\b(?:{_ANOTHER_WORDS[lang]})(?:\s+(?:{noun})\b|\s*,|"
                     rf"\s+(?:\d+|{_SEVERAL[lang]})\b)", re.I)
    for lang, noun in (
        ("de", r"\w*wecker|\w*erinnerung|\w*timer|\w*alarm"),
        ("fr", r"réveil|alarme|rappel|minuteur"),
        ("es", r"alarma|recordatorio|temporizador|despertador"),
        ("it", r"sveglia|promemoria|timer"))}


# what another one is for, said after it: "…, that's for my ID badge photo"
_THATS_FOR = re.compile(r",\s*(?:that's|that is|it's|it is|this one's|this one is)\s+for\s+"
                        r"(?=(?:my|the|a|an|our)\b)", re.I)
# "from" before the time a thing had: "from 7:15 to 7:45", "de las siete y cuarto a las ocho"
_FROM_WORDS = r"from|von|de las?|de|del|dalle|dalla|dall'|delle|della"
_FROM_FIRST = re.compile(rf"(?:{_FROM_WORDS})\s+", re.I)
_FROM = re.compile(rf"(?:^|\s)(?:{_FROM_WORDS})\s*$", re.I)


def _without_from(said: str, now: datetime, lang: str, focus: dict[str, Any]) -> str:
    """``said`` with the time the thing had before as it is now, an alarm's ("move my
    alarm from 7:15 to 7:45" → "… from 07:45 to 7:45"), or without it ("move dinner from
    7 to 8" → "move dinner to 8"): it has moved since."""
    times = [p for p in _parts(said, now, lang) if p[0] == "time"]
    if len(times) < 2:
        return said
    _, a, b = times[0]
    lead = _FROM.search(said[:a])
    if focus.get("type") == "alarm" and focus.get("time"):  # "change my 7:15 alarm to 7:30":
        # the first time names the alarm, whether said with "from" or not
        own = _FROM_FIRST.match(said[a:b])  # (the span said with its "from")
        start = a + (own.end() if own else len(said[a:b]) - len(_unled(said[a:b], lang)))
        return said[:start] + str(focus["time"]) + said[b:]
    if lead is None and not _FROM.match(" " + said[a:b].split()[0]):
        return said
    start = lead.start() if lead else a
    return " ".join((said[:start] + " " + said[b:]).split())


def _asked_since_made(state: DialogueState) -> tuple[str, dict[str, Any], bool] | None:
    """(the request that made it, the thing made as a focus, True) when the focus is the
    thing the session last made and only questions were asked since; None otherwise."""
    focus, item = state.focus or {}, state.last_item or {}
    if (state.last_intent or "").endswith("_query") and focus.get("type") == "list" \
            and focus.get("created") and focus.get("items"):  # an item just put on a list,
        change = state.last_change(within=3)  # the clock asked since
        if change is not None and str(change.get("intent")) == "lists_createoradd":
            return str(change.get("text") or ""), focus, True
        return None
    if not (state.last_intent or "").endswith("_query") \
            or item.get("id") is None or item.get("id") != focus.get("id") \
            or item.get("type") != focus.get("type"):
        return None
    change = state.last_change(within=3)
    made = focus_of_made(item)
    if change is None or change.get("intent") != item.get("intent") or made is None:
        return None
    return str(change.get("text") or ""), made, True


def _change_said(state: DialogueState, now: datetime) -> str | None:
    """The request that last moved the focus (an alarm, reminder or event) to a time or
    day it said ("move my dentist appointment to 3pm"; not "push it back an hour"), also
    with questions asked since ("wann ist das dann aus"); None when there is none."""
    focus = state.focus or {}
    if focus.get("type") not in ("alarm", "reminder", "event") or focus.get("id") is None:
        return None
    said, intent = state.last_text, state.last_intent or ""
    if intent.endswith("_query"):
        change = state.last_change(within=3)
        if change is None:
            return None
        said, intent = str(change.get("text") or ""), str(change.get("intent") or "")
    if intent.endswith("_query") or intent.endswith("_remove") or not said:
        return None
    spans = find_time_spans(said, now, state.last_language or "en")
    kinds = {(s.value or {}).get("kind") if isinstance(s.value, dict) else None for s in spans}
    return said if kinds and "duration" not in kinds else None


# a part of the day said without a clock: "tomorrow arvo", "morgen Nachmittag", "demain matin"
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|arvo|evening|night|tonight|lunchtime|vormittag|"
                          r"nachmittag|abend|früh|matin|après-midi|soir|mañana|tarde|noche|mattina|"
                          r"pomeriggio|sera)\b", re.I)
_DAY_WORD = re.compile(r"\b(?:tomorrow|today|this|the|in|on|morgen|heute|am|demain|ce|cet|cette|"
                       r"aujourd'hui|hoy|por|la|el|domani|oggi|di|del|nel|" + "|".join(
                           day_names()) + r")\b", re.I)


def _day_words(said: str) -> str:
    """``said`` without its day words: the part of the day alone ("tomorrow arvo": "arvo")."""
    return " ".join(_DAY_WORD.sub(" ", said).split())


def _filled_in(rest: str, state: DialogueState, now: datetime, lang: str) -> FollowOn | None:
    """A time or day alone, right after a thing was made from a request that did not say
    one: that request with it said, replacing the thing ("… for Thursday." — "At 3 p.m."
    is the meeting at 3 p.m., not an alarm)."""
    focus = state.focus or {}
    if not focus.get("created") or focus.get("type") not in ("event", "reminder"):
        return None
    if lang == "en":  # "(he will come) by eleven in the morning": then
        rest = re.sub(r"^by\s+(?=\S)", "at ", rest.strip(), flags=re.I)
    said = _parts(rest, now, lang)
    span = _span_said(rest, lang) if lang == "en" and focus.get("type") == "event" else None
    if span is not None and span.length and span.range is None and said:
        # "11 am, for about an hour" after "The inspector's coming on Friday, add that": the
        # time put right, with that length
        a, b = span.at
        inner = _filled_in(f"{rest[:a]} {rest[b:]}".strip(" ,.;"), state, now, lang)
        length = rest[a:b].strip()
        length = length if length.lower().startswith(("for ", "lasting ")) else f"for {length}"
        return _with_length(inner, length) if inner else None
    if not said or not _bare(_without(rest, said), lang) == "":
        return None
    had_parts = _parts(state.last_text, now, lang)
    had = {kind for kind, _, _ in had_parts}
    if all(kind == "time" for kind, _, _ in said) and had_parts and all(
            _PART_OF_DAY.fullmatch(_day_words(state.last_text[a:b])) for _, a, b in had_parts
            if _PART_OF_DAY.search(state.last_text[a:b])) and any(
            _PART_OF_DAY.search(state.last_text[a:b]) for _, a, b in had_parts):
        # "Remind me tomorrow arvo to …" — "3 o'clock": the clock within that part of the day
        at = "" if _LEADING_RE[lang].match(rest) else _AT[lang].split("{")[0]  # "at "
        end = max(b for _, a, b in had_parts if _PART_OF_DAY.search(state.last_text[a:b]))
        prev = state.last_text
        return FollowOn(f"{prev[:end]} {at}{rest.strip(' .!?')}{prev[end:]}", "correct",
                        dict(focus))
    if any(kind in had or "when" in had and kind in ("date", "time") for kind, _, _ in said):
        return None
    swapped = _swap(state.last_text, rest, state, now, lang, allow_thing=False)
    return FollowOn(swapped[0], "correct", dict(focus)) if swapped else None


def _put_right_alone(rest: str, text: str, state: DialogueState, now: datetime, lang: str
                     ) -> bool:
    """Whether ``rest`` (de/fr/es/it) is a time or day alone, said right after a reminder,
    event or alarm was made with a time or day of that kind: that one put right ("alle
    nove e un quarto." after "Ricordami … sabato alle 9"), not asked about nor a new one."""
    focus = state.focus or {}
    if lang == "en" or not focus.get("created") or focus.get("type") not in (
            "reminder", "event", "alarm") or text.rstrip().endswith("?"):
        return False
    said = _parts(rest, now, lang)
    if not said or _bare(_without(rest, said), lang) or any(
            kind not in ("date", "time") for kind, _, _ in said):
        return False
    had = {kind for kind, _, _ in _parts(state.last_text, now, lang)}
    return any(kind in had for kind, _, _ in said)


def _length_given(text: str, state: DialogueState, now: datetime, lang: str) -> FollowOn | None:
    """A length said alone right after an event was made, at most with a verb of setting it
    or words of putting it right before and why after ("Ajoute un appel … mercredi matin" —
    "Mets une demi-heure.", "Mach eine Stunde", "Facciamo un'ora"; "… eine Stunde lang" —
    "Sorry, nur eine halbe Stunde, ist ja in meiner Mittagspause"): that request with that
    length, in place of the one it said (it had been a timer, and "Une demi-heure." an event
    of its own)."""
    focus = state.focus or {}
    if lang == "en" or not focus.get("created") or focus.get("type") != "event" \
            or not state.last_text:
        return None
    had = _span_said(state.last_text, lang)
    if had is not None and (had.range is not None or had.length is None):
        return None  # (from one hour to another: not put right by a length alone)
    words = text.strip()
    for _ in range(4):  # "Sorry, nur …", "Non, juste …"
        m = _WEAK_RE[lang].match(words) or _FILLER_RE[lang].match(words)
        if not m or not m.end():
            break
        words = words[m.end():]
    length = length_alone(words, lang)
    head, comma, why = words.partition(",")
    if length is None and comma and not _parts(why, now, lang):  # (why, after it)
        length = length_alone(head, lang)
    if length is None:
        return None
    prev = _without_length(state.last_text, lang) if had is not None else state.last_text
    return FollowOn(f"{prev.rstrip(' ?.!')}, {length}", "correct", dict(focus))


def _length_told(rest: str, lang: str) -> bool:
    """Whether ``rest`` (de/fr/es/it) says only how long a thing lasts, with its verb
    ("dura un'ora e mezza", "il dure deux heures", "das dauert zwei Stunden")."""
    said = _span_said(rest.strip(" .!?"), lang) if lang != "en" else None
    if said is None or said.range is not None or said.length is None:
        return False
    a, b = said.at
    left = rest.strip(" .!?")
    return b == len(left) and len(left[:a].split()) <= 2


def _without_length(said: str, lang: str) -> str:
    """``said`` without the length it gives its event ("…, eine Stunde."), if it gives one."""
    span = _span_said(said, lang)
    if span is None or span.range is not None or span.length is None:
        return said
    a, b = span.at
    return f"{said[:a].rstrip(' ,')}{said[b:]}"


def _with_length(said: FollowOn, length: str) -> FollowOn:
    """``said`` with the event's length said after it: "…, for about an hour"."""
    return replace(said, text=f"{said.text.rstrip(' ?.!')}, {length}")


def _without(text: str, parts: list[tuple[str, int, int]]) -> str:
    """``text`` with the spans of ``parts`` taken out."""
    for _, a, b in sorted(parts, key=lambda p: -p[1]):
        text = text[:a] + " " + text[b:]
    return " ".join(text.split())

