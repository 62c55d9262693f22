"""Requests in German, French, Spanish and Italian about what the user already has: a
timer, an alarm, a reminder or a list ("Gib dem Wäsche-Timer noch zehn Minuten drauf",
"Annule tous mes minuteurs", "Cámbiame la alarma de las 7:15 a las 7:30", "Togli le
banane dalla lista della spesa", "¿Para qué hora tengo el recordatorio de la tarjeta de
Sam?").

The model, taught on requests to set things, read many of these as setting a new timer,
alarm or reminder ("Ajoute trois minutes au minuteur des pâtes" started a 3-minute timer,
"Le minuteur de la lessive, remets-le à une demi-heure" went unread) and removals from a
list as adding to it. :func:`find` names the intent only, from the one kind of thing
named (its word: "Timer", "minuteur", "sveglia", "recordatorio", "Liste") and what is
asked of it (a question, taking it away, pausing, more or less time, a new time); the
skills read the same words for which one is meant. Moving an appointment or a reminder to
a new time is :mod:`hark.nlu.move_requests`'.
"""

from __future__ import annotations

import re

from hark.nlu.lexicon import APPOINTMENT_WORDS
from hark.text.clean import find_words
from hark.text.list_entry import ADDING

INTENTS = frozenset({"timer_query", "timer_remove", "timer_pause", "timer_resume",
                     "timer_adjust", "alarm_query", "alarm_remove", "alarm_change",
                     "calendar_query", "calendar_remove", "lists_query", "lists_remove"})

# the kinds of thing, by their words (a compound counts: "Nudel-Timer", "Werktagswecker",
# "Müll-Erinnerung"; a kitchen timer is a timer, not an alarm)
_KINDS = (
    ("timer", r"[\w-]*timers?|kurzzeitwecker|eieruhr|minuteurs?|minuteries?|"
              r"temporizador(?:es)?|cronometro|cronómetro|countdown|compte à rebours|"
              r"cuenta (?:atrás|regresiva)|conto alla rovescia"),
    ("alarm", r"[\w-]*wecker|réveils?|reveils?|cadrans?|alarmes?|alarmas?|despertador(?:es)?|"
              r"sveglie|sveglia"),
    ("reminder", r"[\w-]*erinnerung(?:en)?|rappels?|recordatorios?|promemoria"),
    ("list", r"[\w-]*(?:liste|lischte|zettel)|listes?|listas?|pendientes|to-?do|"
             r"cose da fare|choses à faire|"
             # the to-do list by its tasks: "streich das von meinen Aufgaben"
             r"aufgaben|erledigungen|tâches|tareas|quehaceres|faccende"),
    ("calendar", r"kalender|agenda|calendrier|calendario"),
)
# a hesitation, a greeting or an apology first: "Ähm, …", "Entschuldigen Sie, …",
# "Disculpe, ¿…?", "Mi scusi, …", "eh cuándo era …"
_OPENING = {
    "de": r"äh|ähm|öhm|hm|also|ey|hey|du|sag mal|entschuldigung|entschuldigen sie|verzeihung|"
          r"bitte|servus|hallo|grüß gott|grüezi",
    "fr": r"euh|heu|bon|alors|dis|dites|pardon|excusez-moi|excuse-moi|bonjour|salut|allô",
    "es": r"eh|ehm|este|pues|oye|oiga|mira|disculpe|disculpa|perdón|perdone|por favor|hola|che|"
          r"bueno|o sea|quillo|tío|tía|güey|wey|parce|parcero|chaval|colega|hombre|mija|mijo",
    "it": r"eh|ehm|mah|allora|senti|senta|scusa|scusi|mi scusi|per favore|ciao|uè|ehi|daje|ciò",
}
# asking to be told, before the question: "Kannst du mir sagen, wann …", "Tu peux me dire
# quels rappels …", "Könnten Sie bitte nachsehen, um wie viel Uhr …", "Pourriez-vous me
# rappeler à quelle heure …" (reminded of what is set, no new reminder), "¿Tendría usted la
# amabilidad de decirme qué …?", "Potrebbe ricordarmi quali promemoria …"
_TELL = {
    "de": r"(?:(?:kannst du|könntest du|können sie|könnten sie|würden sie|würdest du|wären sie "
          r"so (?:freundlich|nett)|sei so (?:gut|nett))(?: mir)?(?: bitte)?(?: mal)?,?(?: mir)?"
          r"(?: zu)? (?:sagen|nachsehen|nachschauen|schauen|verraten)|weißt du(?: noch)?|"
          r"sag mir|sagen sie mir|ich hätte gern gewusst|ich würde gerne? wissen|"
          r"ich möchte (?:kurz |gerne? |mal )?wissen|ich wüsste gerne?)",
    "fr": r"(?:(?:tu peux|peux-tu|tu pourrais|pourrais-tu|pouvez-vous|pourriez-vous|"
          r"auriez-vous l'amabilité de|voudriez-vous|est-ce que tu peux|est-ce que vous pouvez)"
          r" (?:me |bien me )?(?:dire|redire|rappeler|indiquer)|dis-moi|dites-moi|"
          r"rappelle-moi|rappelez-moi|tu sais|je voudrais savoir|j'aimerais savoir)",
    "es": r"(?:(?:me )?(?:puedes|podrías|podría|puede|podría usted|puede usted)(?: usted)? "
          r"(?:decir|recordar)(?:me)?|¿?tendría usted la amabilidad de (?:decirme|recordarme)|"
          r"sabes|dime|díganme|dígame|recuérdame|recuérdeme|quisiera saber)",
    "it": r"(?:mi (?:dici|sai dire|puoi dire|potrebbe dire|potresti dire|ricordi)|"
          r"(?:potrebbe|potresti|puoi|può) (?:dirmi|ricordarmi)|ricordami|sai|dimmi|mi dica|"
          r"vorrei sapere)",
}
# reading out what is stored: "Auriez-vous l'amabilité de me lire tous mes rappels",
# "Lies mir meine Erinnerungen vor", "léeme los recordatorios", "leggimi i promemoria"
_READ_OUT = (r"vorlesen|lies|lesen sie|lire|lis-moi|lisez-moi|me lire|relire|relis-moi|"
             r"relisez-moi|léeme|"
             r"leerme|léame|leggimi|leggermi|mi leggi|mi legga|"
             # listing: "pourriez-vous m'énumérer mes alarmes", "Gradirei che mi elencasse …
             # tutti i promemoria", "zähl mir meine Wecker auf", "enumérame las alarmas"
             r"aufzählen|zähl\w*(?: [\w-]+){1,4} auf|auflisten|list\w* (?:[\w-]+ ){1,4}auf|"
             r"m'énumérer|énumér\w*|enumer\w*|enumér\w*|elenc\w*|listar|lístame|listame")
# ringing, asked about with no alarm named: "wann klingelt das Ding?", "à quelle heure ça
# sonne ?"
_RINGS = r"klingel\w*|läutet|sonne|sonnera|suena|sonará|suona|suonerà|squilla"
# the verb of reminding, in a question with no reminder named: "wann wollten Sie mich noch
# einmal an den Müll erinnern?"
REMINDS = r"erinner\w*|rappeler|rappelle\w*|recordar\w*|recuerd\w*|ricordar\w*|ricord\w*"
# a question word anywhere in a sentence ending with a question mark ("Le rappel pour les
# poubelles, c'est à quelle heure déjà ?")
_WHEN_ASKED = r"wann|um wie viel uhr|quand|quelle heure|cuándo|qué hora|quando|quand'è|che ora"
_WHEN_FIRST = (r"wann|um wie viel uhr|quand|à quelle heure|cuándo|cuando|a qué hora|para qué hora|"
               r"quando|quand'è|a che ora|per che ora|"
               # French "it is when": "C'est quand déjà, le dîner avec Anna ?"
               r"c'est quand|c'est à quelle heure|(?:il|elle) est à quelle heure")
# "is"/"was" and "the", after "when": "Wann war der Müll?", "¿Cuándo era la basura?",
# "Quand sont les poubelles ?", "Quando era la spazzatura?"
_BE_THING = {"de": r"ist|war|sind|waren", "fr": r"est|sont|était|étaient",
             "es": r"es|era|son|eran", "it": r"è|era|sono|erano"}
_THE = {"de": r"der|die|das|mein|meine", "fr": r"le|la|les|l'|mon|ma|mes",
        "es": r"el|la|los|las|mi|mis", "it": r"il|lo|la|i|gli|le|l'|il mio|la mia|i miei|le mie"}
# ready, done: a timer's food ("Quando è la pasta pronta?")
_READY = (r"fertig|gar|durch|prêt\w*|pr[eê]te?s?|cuit\w*|fini\w*|termin\w*|list[oa]s?|hech[oa]s?|"
          r"pront[oaie]|cott[oaie]|finit[oaie]|ready|done")
# how long a thing lasts, asked first: "Wie lange dauert …", "Combien de temps dure …",
# "¿Cuánto dura …?", "Quanto dura …"
_HOW_LONG = {"de": r"wie lange? (?:dauert|geht|läuft)", "fr": r"combien de temps (?:dure|va durer)",
             "es": r"cu[aá]nto (?:tiempo )?dura", "it": r"quanto (?:tempo )?dura"}
# appointments by the meal they are ("a che ora è la cena con Anna")
_MEALS = r"abendessen|mittagessen|dîner|diner|déjeuner|dejeuner|cena|comida|almuerzo|pranzo"
# a question, by its first word (after any asking to be told)
_ASKING = {
    "de": r"wann|wie|wieviel|was|welche\w*|ist|sind|hab|habe|hast|gibt|gibt's|steht|stehen|"
          r"läuft|klingelt|um wie viel uhr|bis wann",
    "fr": r"quand|quel|quelle|quels|quelles|combien|est-ce|est-ce que|qu'est-ce|"
          r"qu'est-ce qu'il|c'est|dis|j'ai|ai-je|y a-t-il|il (?:me |nous )?reste|"
          r"(?:me |nous )?reste-t-il|à quelle heure|jusqu'à quelle heure|"
          r"(?:il|elle) est à quelle heure",
    "es": r"cuándo|cuando|cuánto|cuanto|cuánta|qué|que|cuál|cuáles|hay|tengo|a qué hora|"
          r"para qué hora|ya|falta|faltan|queda|quedan|está|están|hasta qué hora|sigue|siguen|"
          r"todavía|aún",
    "it": r"quando|quand'è|quanto|quanta|che|cosa|quale|quali|c'è|ci sono|ho|a che ora|manca|"
          r"mancano|è|sono|a che punto|fino a che ora",
}
# no longer needed: "den Wecker … den brauch ich nicht mehr", "j'en ai plus besoin", "ya
# no la necesito", "non mi serve più"
_NOT_NEEDED = {"de": r"brauch\w*(?: \w+){0,2} nicht mehr|nicht mehr (?:nötig|gebraucht)",
               "fr": r"(?:en )?ai (?:plus|pas) besoin|plus besoin",
               "es": r"ya no (?:lo|la|los|las|me) (?:necesito|hace falta)|no (?:lo|la) necesito más",
               "it": r"non (?:mi )?serv\w* più"}
REMOVE = {  # (the list skill's too: no item's words)
    "de": r"lösch\w*|entfern\w*|streich\w*|abbrech\w*|brich|brech\w*|stopp\w*|hak\w*|"
          r"abhaken|storn\w*|cancel\w*|weg|aus|ausmachen|abstellen|leer\w*|"
          # "nimm Milch und Eier von der Einkaufsliste" (not "nimm … auf die Liste")
          r"nimm(?=\s.*\b(?:von|aus)\s+(?:der|dem|meiner|meinem|unserer|unserem)\s)|"
          # a thing dropped: "vergiss den Badetimer", "laisse tomber le bain", "lascia
          # perdere il bagnetto", "olvídate del baño" (not "lass es", "laisse tomber" alone)
          r"vergiss(?=\s+(?:den|die|das|meinen|meine)\s)",
    "fr": r"annul\w*|supprim\w*|effac\w*|enl[eè]v\w*|retir\w*|coch\w*|ray\w*|barr\w*|"
          r"arrêt\w*|vid\w*|désactiv\w*|couper|coupez|vire|virez|virer|"
          r"laiss(?:e|ez) tomber(?=\s+(?:le|la|les|l'|ce|cette|mon|ma|mes)\b)|"
          # "coupe le minuteur" (not "une coupe de cheveux")
          r"coupe(?=\s+(?:le|la|les|l'|ce|cette|mon|ma|mes|tous|toutes)\b)",
    "es": r"cancel\w*|cancél\w*|b[oó]rr\w*|elim[ií]n\w*|qu[ií]t\w*|t[aá]ch\w*|vac[ií]\w*|"
          r"s[aá]ca(?:me|le)?(?=\s.*\bde\s+(?:la|mi|nuestra)\s+lista\b)|"
          # "sacá ese timer": take it away
          r"s[aá]c[aá](?:l[oa])?(?=\s+(?:ese|este|el|mi)\s+(?:timer|temporizador|contador)\b)|"
          r"m[aá]rc(?!has?\b)\w*|desactiv\w*|ap[aá]g\w*|an[uú]l\w*|olv[ií]date(?=\s+del?\s)",
    "it": r"annull\w*|cancell\w*|elimin\w*|togli\w*|rimuov\w*|spunt\w*|svuot\w*|lev\w*|"
          r"ferm\w*|disattiv\w*|spegn\w*|"
          r"lascia(?: pure)? perdere(?=\s+(?:il|lo|la|i|gli|le|l'|quel\w*)\b)",
}
_PAUSE = {"de": r"pausier\w*|pause|anhalten|halt\w*(?: [\w-]+){1,4} an|halt an",
          "fr": r"pause|suspend\w*", "es": r"paus\w*", "it": r"paus\w*|sospend\w*"}
_RESUME = {"de": r"weiterlaufen|fortsetzen|setz\w* \w+ fort|lass\w* \w+ weiter\w*",
           "fr": r"repren\w*|relanc\w*|redémarr\w*|repart\w*", "es": r"reanud\w*|contin[uú]\w*",
           "it": r"riprend\w*|riavvi\w*|continu\w*|ripart\w*"}
# a length of time said: with the words for more or a new length, a change of the timer
LENGTH = (r"\b(?:\d+|ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
           r"fünfzehn|zwanzig|dreißig|halbe|paar|un|une|deux|trois|quatre|cinq|six|sept|huit|"
           r"neuf|dix|onze|douze|quinze|vingt|trente|demi|quelques|uno|una|dos|tres|cuatro|"
           r"cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|media|unos|"
           r"unas|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|"
           r"venti|trenta|mezz'|mezza|mezzo|qualche)\b[^.?!]{0,12}?"
           r"(?:minute\w*|minuto\w*|minutit\w*|minuti|min|stunde\w*|heures?|horas?|or[ae]|"
           r"sekunde\w*|secondes?|segundos?|secondi|heure|ora)\b")
# a new time said for an alarm or reminder: a change ("Stell meinen Werktagswecker auf
# sechs Uhr", "Décale le réveil … à 10 h", "Cámbiame la alarma … a las 7:30")
_CHANGE = {
    "de": r"stell\w*|umstell\w*|verschieb\w*|verleg\w*|änder\w*|mach\w*|setz\w*|später|"
          r"früher|vorzieh\w*|vorverleg\w*|zieh\w*(?=[^.?!]*\bvor\b)",
    "fr": r"mets|mettez|mettre|change\w*|décal\w*|decal\w*|avanc\w*|recul\w*|retard\w*|pass(?:e|es|ez)|"
          r"déplac\w*|modifi\w*|plus tôt|plus tard|remets|règle\w*",
    "es": r"c[aá]mbi\w*|mu[eé]v\w*|mover|pon|ponla|ponlo|ponme|poner\w*|pasa|pásame|pasame|"
          r"p[áa]s[áa](?:me)?l[oa]s?|p[oó]nmel[oa]|atras\w*|atrás\w+|"
          r"retras\w*|retrás\w+|adelant\w*|adelánt\w+|modific\w*",
    "it": r"spost\w*|cambi\w*|metti\w*|mett\w*|anticip\w*|posticip\w*|ritard\w*|port\w*|"
          r"modific\w*",
}

CHANGE = _CHANGE  # (read by day_overview: a change asked is no overview)

# the thing is one the user has: said with "the", "my", "this" (an adjective may come
# between: "die komplette Einkaufsliste"), or as a compound naming it ("Nudeltimer")
_DEFINITE = {
    "de": r"der|die|das|den|dem|des|mein|meine|meinen|meinem|meiner|dein|deine|deinen|"
          r"deinem|deiner|vom|beim|im|am|zum|zur|alle|diesen|diese|diesem|welche|an|viele|"
          r"wieviele",
    "fr": r"le|la|les|l'|au|aux|du|des|mon|ma|mes|ton|ta|tes|ce|cet|cette|ces|tous|quels|"
          r"quelles|combien|comme",
    "es": r"el|la|los|las|al|del|mi|mis|tu|tus|ese|esa|este|esta|todos|qué|cuáles|cu[aá]nt[oa]s",
    "it": r"il|lo|la|i|gli|le|l'|al|allo|alla|ai|agli|alle|del|dello|della|dei|degli|delle|"
          r"mio|mia|miei|mie|sul|sulla|nel|nella|dal|dalla|quel|quella|questo|questa|tutti|"
          r"quali|quanti|quante",
}
# ticking off is only ever done to a list item ("Fahrradlicht ist endlich repariert, kannst
# du das abhaken?" had switched the lights off)
_TICK = {"de": r"abhaken|abgehakt|hak\w*(?: \w+){0,3} ab|abhake|durchstreich\w*|"
               r"streich\w*(?: [\w-]+){0,6} durch|"
               r"markier\w*(?: [\w-]+){0,6} als erledigt|als erledigt markier\w*",
         # (striking through: "raye prendre rendez-vous chez le coiffeur, c'est fait")
         # (not "rayé", "une barre de céréales": a striped thing, a bar)
         "fr": r"coch\w*|ray(?:e|es|ez|er)|barr(?:ez|er)|"
               r"marqu\w*(?: [\w'-]+){0,6} comme (?:fait|faite|terminée?)",
         "es": r"tach\w*|t[aá]chal[oa]|m[aá]rc\w*(?: \w+){0,6} como (?:hech[oa]|terminad[oa]|"
               r"complet[oa]|list[oa])",
         "it": r"spunt\w*|depenn\w*|segn\w*(?: [\w']+){0,6} come (?:fatt[oa]|completat[oa]|finit[oa])"}
# asking to make a new one: left to the model
_CREATE = (r"erstell\w*|anleg\w*|einricht\w*|neue\w*|crée\w*|créer|nouve\w*|crea\w*|"
           r"nuev(?!e\b)\w*|nuov\w*|imposta(?!t[aeio]\b)\w*|programm(?!at[aeio]\b)\w*|"
           # whether the last request was kept: a confirmation ("Est-ce que le rappel a
           # bien été enregistré ?")
           r"enregistr\w*|gespeichert|guardad\w*|registrad\w*|salvat\w*|registrat\w*|"
           r"memorizzat\w*")
# a thing said with "a"/"an" is a new one, even as a compound ("Starte einen Nudel-Timer
# für 8 Minuten")
_INDEFINITE = (r"ein|eine|einen|einem|nen|'nen|ne|'ne|un|une|una|uno|noch einen|otro|otra|"
               r"un altro|un'altra")


# more time, said with no timer named by its word: on a timer the user has ("Ponle cinco
# minutos más a la colada", "Gib den Nudeln noch zwei Minuten", "encore trois minutes pour
# les pâtes", "altri due minuti alla pasta")
_MORE_TIME = {
    "de": rf"\bnoch\s+{LENGTH}|{LENGTH}\s+(?:mehr|länger|dazu|drauf)\b",
    "fr": rf"\b(?:encore|rajoute\w*|ajoute\w*)\s+{LENGTH}|{LENGTH}\s+de plus\b",
    "es": rf"{LENGTH}\s+más\b|\botros?\s+{LENGTH}",
    "it": rf"\b(?:altri|altre|ancora)\s+{LENGTH}|{LENGTH}\s+in più\b",
}
# words of something else than a running timer: a reminder, an alarm, a new timer
_NEW_THING = (r"erinner\w*|rappelle\w*|rappel\w*|recu[ée]rd\w*|record\w*|ricord\w*|"
              r"promemoria|weck\w*|réveill\w*|despiért\w*|svegli\w*|einen|un|une|una|uno|"
              r"schlaf\w*|dorm\w*|duerm\w*")


# a timer named by what it times: a compound ("Nudeltimer", "Wäsche-Timer") or the word
# with "of the …" after it ("le minuteur des pâtes", "el temporizador de la pasta")
_NAMED_TIMER = re.compile(
    r"\b\w+-?timer\b|(?:timer|minuteur|minuterie|temporizador)\s+(?:de|des|du|del|de la|"
    r"della|dello|dei|degli|delle|di|vom|von)\s+(?=\w)")


# more or less time for a timer the user has
MORE_OR_LESS = (r"\b(?:noch|mehr|dazu|drauf|weniger|ajout\w*|rajout\w*|de plus|de moins|"
                 r"encore|más|menos|añad\w*|agreg\w*|aggiung\w*|togli\w*|in più|in meno|"
                 r"altri|altre|zieh\w*|abzieh\w*|kürz\w*|enl[eè]v\w*|retir\w*|qu[ií]t\w*|"
                 r"rest\w*|lev\w*|s[uú]m[aáe]\w*)\b"
                 # typed short: "timer nudeln +2 min", "timer pasta più 3 minuti"
                 r"|(?<![\w+])\+\s*(?=\d)|\bpiù\s+(?=\d)")


# a new length for the timer, all told: "ponle nueve minutos en total"
IN_ALL = r"\b(?:en total|au total|en tout|insgesamt|in totale|in tutto)\b"


_KIND = dict(_KINDS)
KIND_WORDS = "|".join(_KIND.values())


def _timer_named(low: str) -> bool:
    """Whether a timer is named by what it times ("den Nudeltimer", "le minuteur des
    pâtes"), not by its length ("Timer di sette minuti")."""
    return any(not re.match(LENGTH, low[m.end():]) or m.group().endswith("timer")
               for m in _NAMED_TIMER.finditer(low))


# verbs that move or change and never set a new one
_MOVE = {
    "de": r"umstell\w*|verschieb\w*|verstell\w*|verleg\w*|änder\w*|später|früher|vorstell\w*|"
          r"vorzieh\w*|vorverleg\w*|zieh\w*(?=[^.?!]*\bvor\b)",  # ("… auf acht Uhr vorziehen": earlier, no new one)
    "fr": r"change\w*|décal\w*|decal\w*|avanc\w*|recul\w*|retard\w*|déplac\w*|modifi\w*|"
          r"plutôt|remets",
    "es": r"c[aá]mbi\w*|mu[eé]v\w*|mover|atras\w*|atrás\w+|retras\w*|retrás\w+|adelant\w*|adelánt\w+|modific\w*|p[áa]s[áa](?:me)?l[oa]s?",
    "it": r"spost\w*|cambi\w*|anticip\w*|posticip\w*|ritard\w*|modific\w*|invece",
}
# (German, no verb) an alarm named with its article and "von", and the clock it goes to:
# "den Wecker von morgen bitte auf halb acht"
_ALARM_OF_DE = re.compile(r"\b(?:den|meinen|mein|der)\s+(?:\w+\s+)?wecker\s+(?:von|vom)\b")
_TO_CLOCK_DE = re.compile(r"\bauf\s+(?:halb|viertel|dreiviertel|\d|ein|zwei|drei|vier|fünf|sechs|"
                          r"sieben|acht|neun|zehn|elf|zwölf)")
# an alarm named as one the user has: a compound ("Werktagswecker") or "of …" after it
_NAMED_ALARM = re.compile(
    r"\b\w+-?wecker\b|(?:wecker|réveil|alarme|alarma|despertador|sveglia)\s+(?:de|des|du|del|"
    r"de la|de las|de los|della|delle|dei|degli|di|von|vom|für)\s+\w"
    # or by its days: "stell meinen Wecker unter der Woche auf sechs"
    r"|(?:wecker|réveil|alarme|alarma|despertador|sveglia)\s+(?:unter der woche|werktags|en semaine|"
    r"entre semana|in settimana|nei giorni feriali)\b")
# an alarm asked about with the verb first, as German, Spanish and Italian ask: "klingelt der
# dann morgen schon um sechs", "¿suena mañana a las siete?", "suona domani alle sette?"
_RINGS_FIRST = {"de": r"(?:und\s+|also\s+|dann\s+)?(?:klingelt|läutet|weckt)\s+(?:der|er|mein\w*|"
                      r"dieser|das|es|die|sie|mich)\b",
                "fr": r"(?:et\s+)?(?:est-ce qu'il|il|ça|le réveil|l'alarme)\s+(?:sonne|va sonner|"
                      r"sonnera)\b.*\?\s*$",
                "es": r"¿?\s*(?:y\s+)?(?:suena|sonará|va a sonar)\b",
                "it": r"(?:e\s+)?(?:suona|suonerà)\b"}


def kind_of(text: str, lang: str) -> str | None:
    """The one kind of stored thing named in ``text`` (lowercase) as one the user has, or
    None."""
    kinds = []
    for kind, words in _KINDS:
        for m in re.finditer(rf"(?<![\w-])(?:{words})(?![\w-])", text):
            compound = "-" in m.group() or re.fullmatch(
                r"[\w-]+(?:timer|wecker|erinnerung|erinnerungen|liste|zettel)", m.group())
            before = text[:m.start()]
            if re.search(rf"(?:^|\s)(?:{_INDEFINITE})\s+(?:[\w-]+\s+)?$", before):
                continue
            definite = re.search(rf"(?:^|[\s'])(?:{_DEFINITE[lang]})\s*(?:[\w-]+\s+)?$", before)
            if compound or not before.strip() or definite:
                kinds.append(kind)
                break
    if kinds[:1] == ["timer"] and "alarm" in kinds:
        kinds.remove("alarm")  # "Kurzzeitwecker"
    return kinds[0] if len(kinds) == 1 else None


def new_timer(text: str, lang: str) -> bool:
    """Whether ``text`` asks for a new timer, said with "a" and a length anywhere in it
    ("Der Kuchen muss noch eine Dreiviertelstunde in den Ofen, stell also einen Timer für
    den Kuchen": not more time on one, nor a pause)."""
    if lang not in _ASKING:
        return False
    low = text.lower().replace("’", "'")
    timer = _KIND["timer"]
    return bool(re.search(rf"(?:^|\s)(?:{_INDEFINITE})\s+(?:{timer})\b", low)
                and re.search(LENGTH, low)
                # (a length right after the timer is the model's: "un minuteur d'une heure et
                # quart", whose slot reads it)
                and not re.search(rf"(?:{timer})\s+(?:de\s+|d'|di\s+|da\s+|von\s+|für\s+|auf\s+|"
                                  rf"pour\s+)?{LENGTH}", low)
                and not find_words(
                    rf"{REMINDS}|{_KIND['alarm']}|{_KIND['reminder']}|"
                    rf"{_PAUSE[lang]}|{_RESUME[lang]}|{REMOVE[lang]}", low)
                and not re.match(rf"(?:{_TELL[lang]},?\s*)?¿?(?:{_ASKING[lang]})\b", low))


# a question by its first words: when, what time, which, how long ("A che ora finisce la
# cena con Anna venerdì?" is asked, not a removal)
_WH = {"de": r"wann|um wie viel uhr|bis wann|wie lange|wie spät|welche\w*|was",
       "fr": r"quand|à quelle heure|jusqu'à quelle heure|quel|quelle|quels|quelles|combien|"
             r"qu'est-ce",
       "es": r"cuándo|a qué hora|hasta qué hora|para qué hora|qué|cuál|cuáles|cuánto|cuánta",
       "it": r"quando|a che ora|fino a che ora|per che ora|che cosa|cosa|quale|quali|quanto|"
             r"quanta"}
# the removal words beyond REMOVE's: calling something off ("die Teambesprechung absagen")
_CALL_OFF = r"absag\w*|sag\w* \w+(?: \w+)* ab|déprogramm\w*|suspend\w*|disdic\w*|disdir\w*"
# what the user has to do, asked when: "wann ich den Müll rausbringen soll", "quando devo
# portare fuori la spazzatura" (a reminder asked about by its words)
_DUTY = {"de": r"soll|sollte|muss|musste|wollte",
         "fr": r"dois|devais|dois-je|faut-il|il faut que je",
         "es": r"tengo que|tenía que|debo|debía|me toca|me tocaba",
         "it": r"devo|dovevo|mi tocca"}
# when something ends, asked ("Bis wann geht das Abendessen?", "A che ora finisce la cena?")
ENDS = {"de": r"bis wann|endet|enden|zu ende|vorbei|dauert",
        "fr": r"finit|finissent|termine|terminent|jusqu'à quelle heure|dure",
        "es": r"termina|terminan|acaba|acaban|hasta qué hora|dura",
        "it": r"finisce|finiscono|termina|terminano|fino a che ora|dura"}
_UNTIL_WHEN = (r"wann|bis wann|um wie viel uhr|quand|à quelle heure|jusqu'à quelle heure|"
               r"cuándo|a qué hora|hasta qué hora|quando|a che ora|fino a che ora")
# a removal intent's question
ASKED_OF = {"calendar_remove": "calendar_query", "alarm_remove": "alarm_query",
            "timer_remove": "timer_query", "lists_remove": "lists_query"}


def _plain(text: str, lang: str) -> str:
    """``text`` lower-cased, without its opening marks and hesitations ("Ehm, ¿…")."""
    low = text.lower().replace("’", "'").strip(" ¿¡")
    return re.sub(rf"^(?:(?:{_OPENING[lang]})\b\s*[,.!]?\s*¿?)+(?=\w)", "", low)


# a removal said as done, in a question whether it still is ("¿…, o lo borré sin querer?",
# "oder hab ich sie gelöscht?", "ou je l'ai effacé ?", "o l'ho cancellato?")
_DONE_ALREADY = {"de": r"gelöscht|entfernt|gestrichen|storniert|abgesagt",
                 "fr": r"(?:annul|supprim|effac|enlev|retir|ray|vir)(?:é|ée|és|ées)",
                 "es": r"(?:borr|quit|elimin|cancel|tach|anul)(?:é|ó|aste|ado|ada|ados|adas)",
                 "it": r"(?:cancell|elimin|rimoss|tolt|annull)(?:ato|ata|ati|ate|o|a|i|e)"}


# verbs of moving a thing in time ("verleg den Termin um a Stund nach hinten"): a removal
# read by the model when it missed the new time is asked as a move
_MOVING = {"de": r"verschieb\w*|verleg\w*|umleg\w*|vorzieh\w*|nach hinten|nach vorne",
           "fr": r"d[ée]plac\w*|d[ée]cal\w*|report\w*|repouss\w*|retard\w*|recul\w*|"
                 r"reprogramm\w*",
           "es": r"mu[eé]v\w*|mover|aplaz\w*|pospon\w*|pospón|traslad\w*|retras\w*|"
                 r"retrás\w*|atras\w*|atrás\w+|adelant\w*|adelánt\w*|reprogram\w*",
           "it": r"spost\w*|rinvi\w*|rimand\w*|posticip\w*|anticip\w*|riprogramm\w*"}
# a shift said: "me la metta mezz'ora prima", "eine Stunde früher"
_SHIFTED = {"de": r"früher|später", "fr": r"plus tôt|plus tard", "es": r"más tarde|más temprano",
            "it": r"prima|dopo|più tardi|più presto"}
MOVED_OF = {"calendar_remove": "calendar_set", "alarm_remove": "alarm_change"}
# a new time said ("… a las seis y cuarto"): "no mejor ponga la alarma de las 06:00 a las
# seis y cuarto" is no removal, whatever its "no" made of it
_TO_A_TIME = {"de": r"\bauf\s+(?:\d|halb|viertel|dreiviertel|ein|zwei|drei|vier|fünf|sechs|"
                    r"sieben|acht|neun|zehn|elf|zwölf)",
              "fr": r"\b(?:à|pour)\s+\d{1,2}\s*(?:h|heures?)|\b(?:à|pour)\s+\w+\s+heures?",
              "es": r"\b(?:a|para)\s+las?\s+(?:\d|\w+)", "it": r"\b(?:alle|all')\s*(?:\d|\w+)"}


# (English) a change asked for first: "change the weekday alarm", "move my alarm"
_CHANGES_EN = re.compile(r"^\W*(?:(?:please|can you|could you|would you|will you|i want to|i'd like to|"
                         r"i need to)\s+)*(?:change|move|shift|adjust|update|reschedule|push|bring|"
                         r"reset|modify|alter|edit)\b", re.I)
_REMOVES_EN = re.compile(r"\b(?:delete|remove|cancel|turn off|switch off|get rid of|scrap|ditch|"
                         r"drop|kill|stop|disable|clear|off)\b", re.I)


def moved_not_removed(text: str, lang: str) -> bool:
    """Whether ``text`` says a verb of moving and no word of taking something away (in
    English, first: "change the weekday alarm" had been read as a removal, and the "yes"
    to "remove an alarm?" deleted it)."""
    if (lang or "en")[:2] == "en":
        return bool(_CHANGES_EN.match(text)) and not _REMOVES_EN.search(text)
    if lang not in _MOVING:
        return False
    low = _plain(text, lang)
    return bool(find_words(_MOVING[lang], low) or re.search(_TO_A_TIME[lang], low)
                or find_words(_SHIFTED[lang], low)) \
        and not find_words(rf"{REMOVE[lang]}|{_NOT_NEEDED[lang]}|{_CALL_OFF}", low)


# verbs of setting something to a value ("non attends, mets vingt-cinq": a timer put right)
_SETTING = {"de": r"stell\w*|setz\w*", "fr": r"mets(?! fin)|mettez(?! fin)|mettre|règle\w*",
            "es": r"pon|ponga|ponme|ponle|poner", "it": r"metti|metta|mettimi|imposta\w*"}


def set_not_removed(text: str, lang: str) -> bool:
    """Whether ``text`` (de/fr/es/it) says a verb of setting and no word of taking
    something away: no removal, whatever the model read."""
    if lang not in _SETTING:
        return False
    low = _plain(text, lang)
    if lang == "de" and re.search(r"\b(?:ab|aus)\s*[.!?]*$", low):
        return False  # "stell den Timer ab": switched off
    return bool(find_words(_SETTING[lang], low)) \
        and not find_words(rf"{REMOVE[lang]}|{_NOT_NEEDED[lang]}|{_CALL_OFF}", low)


# an entry's removal read as its setting: "Bórrame la reunión de equipo de mañana",
# "Cancélame la cena del viernes" (the model knew "borra", not the verb with its "me")
REMOVED_OF = {"calendar_set": "calendar_remove"}


def removed_not_set(text: str, lang: str) -> bool:
    """Whether ``text`` (de/fr/es/it) opens, after its hesitations, with a verb of taking
    something away and says no verb of setting."""
    if lang not in _SETTING:
        return False
    low = _plain(text, lang)
    first = re.match(r"[\w'-]+", low)
    return bool(first and re.fullmatch(rf"(?:{REMOVE[lang]})", first[0])) \
        and not find_words(_SETTING[lang], low)


def asked_not_removed(text: str, lang: str) -> bool:
    """Whether ``text`` (de/fr/es/it) opens with a question word and says no word of
    taking something away."""
    if lang not in _WH:
        return False
    low = _plain(text, lang)
    if not re.match(rf"(?:{_TELL[lang]},?\s*)?¿?(?:{_WH[lang]})\b", low):
        return False
    return not find_words(rf"{REMOVE[lang]}|{_NOT_NEEDED[lang]}|{_CALL_OFF}", low)


def find(text: str, lang: str) -> str | None:
    """The intent of a request about an existing timer, alarm, reminder or list in
    ``lang`` (de/fr/es/it), or None."""
    if lang not in _ASKING:
        return None
    low = _plain(text, lang)
    if lang == "de":  # "stell den Wecker … auf sieben um": the separable "umstellen"
        low = re.sub(r"^(.*\bstell\w*\b.*?)\s+um\s*([.!?]*)$", r"\1 umstellen\2", low)
    kind = kind_of(low, lang)
    if find_words(_TICK[lang], low):
        # ("Beim Zahnarzt hab ich grad schon angerufen, die Erinnerung dafür kannst du
        # abhaken": that reminder is done)
        return "calendar_remove" if kind == "reminder" else "lists_remove"
    asking = rf"(?:{_TELL[lang]},?\s*)?¿?(?:{_ASKING[lang]})\b"
    if kind is None and re.match(_RINGS_FIRST[lang], low):
        return "alarm_query"
    if kind is None and re.match(asking, low) and not find_words(_CREATE, low):
        # a question about a reminder or an alarm by its verb alone
        if find_words(REMINDS, low) and re.search(rf"\b(?:{_WHEN_ASKED})\b", low):
            return "calendar_query"
        if find_words(_RINGS, low) and re.search(rf"\b(?:{_WHEN_ASKED})\b", low):
            return "alarm_query"
        if find_words(_DUTY[lang], low) and re.search(rf"\b(?:{_WHEN_ASKED})\b", low):
            return "calendar_query"  # "Weißt du noch, wann ich den Müll rausbringen soll?"
        if re.match(rf"(?:{_TELL[lang]},?\s*)?¿?(?:{_UNTIL_WHEN})\b", low) and \
                find_words(ENDS[lang], low):
            return "calendar_query"  # "Wann endet die Teambesprechung am Dienstag?"
        if re.match(rf"(?:{_TELL[lang]},?\s*)?¿?(?:{_HOW_LONG[lang]})\b", low) and re.search(
                rf"(?<!\w)(?:\w*(?:termin|besprechung|treffen|essen)|{APPOINTMENT_WORDS}|"
                rf"{_MEALS})(?!\w)", low):
            return "calendar_query"  # "Combien de temps dure la réunion d'équipe ?"
        if re.match(rf"(?:{_TELL[lang]},?\s*)?¿?(?:{_WHEN_FIRST})\b", low) and re.search(
                rf"(?<!\w)(?:\w*(?:termin|besprechung|treffen|essen)|{APPOINTMENT_WORDS}|"
                rf"{_MEALS})(?!\w)", low) and not find_words(
                    rf"{REMOVE[lang]}|{_CHANGE[lang]}|{_MOVE[lang]}", low):
            return "calendar_query"  # "a che ora è la riunione di squadra domani"
        if re.match(rf"(?:{_TELL[lang]},?\s*)?¿?(?:{_WHEN_FIRST})\s+(?:{_BE_THING[lang]})\s+"
                    rf"(?:{_THE[lang]})(?:\s+|(?<=')\s*)\w", low) and not find_words(
                        rf"{REMOVE[lang]}|{_CHANGE[lang]}|{_MOVE[lang]}|{_READY}", low):
            return "calendar_query"  # "Quando era la spazzatura?": when a thing of the
            # user's is ("the bins": the reminder to take them out)
    if kind is None and re.search(_MORE_TIME[lang], low) and not find_words(
            rf"{_NEW_THING}|{KIND_WORDS}", low):
        return "timer_adjust"  # "Ponle cinco minutos más a la colada"
    if kind is None or find_words(_CREATE, low):
        return None
    taken = find_words(REMOVE[lang], low) or find_words(_NOT_NEEDED[lang], low)
    added = find_words(ADDING[lang], low) if kind == "list" else None
    # (a removing word after a verb of adding is the item's: "aggiungi svuotare la cantina
    # alla lista delle cose da fare")
    if taken is not None and low.rstrip().endswith("?") and re.fullmatch(
            _DONE_ALREADY[lang], taken.group()):
        taken = None  # "¿sigue puesto el recordatorio …, o lo borré sin querer?": asked
    removing = (taken is not None and not (added and added.start() < taken.start())) or (
        lang == "es" and re.match(r"(?:para(?!\s+(?:qu[eé]|cu[aá]ndo|cu[aá]nt\w*)\b)|pará|paren|detén|"
                                  r"deten|detener)\s", low) is not None)  # (not "¿Para qué hora …?")
    asked = not removing and (
        re.match(asking, low) is not None
        or find_words(_READ_OUT, low) is not None
        # "Le rappel pour les poubelles, c'est à quelle heure déjà ?", dictated with no
        # question mark: "il promemoria della spazzatura a che ora è"
        or ((low.rstrip().endswith("?") or re.search(
            r"\b(?:ist|war|est|c'est|es|era|è)\s*$", low.rstrip(" .!"))) and re.search(
                rf"\b(?:{_WHEN_ASKED})\b", low) is not None))
    if kind == "calendar":  # "Ich hätte gern gewusst, was für Mittwoch in meinem Kalender …"
        adding = find_words(rf"{ADDING[lang]}|{_CHANGE[lang]}|eintragen|trag\w*|ap[uú]nt\w*|"
                            r"an[oó]t\w*|not\w*|segn\w*|ag[ée]nd\w*", low)
        return "calendar_query" if asked and not adding else None
    if kind == "timer":
        if find_words(_PAUSE[lang], low):
            return "timer_pause"
        if find_words(_RESUME[lang], low):
            return "timer_resume"
        if re.search(rf"\b(?:{REMOVE[lang]})\s+(?:\w+\s+)?{LENGTH}(?!-)", low):
            return "timer_adjust"  # "¿podría quitarle cinco minutos al temporizador …?"
        if removing:
            return "timer_remove"
        if re.search(LENGTH, low) and not asked and (
                _timer_named(low) or re.search(rf"{MORE_OR_LESS}|{IN_ALL}", low)):
            # "den Nudeltimer auf zwölf Minuten", "le minuteur des pâtes": that one; "Pon el
            # temporizador en dos minutos y medio" sets a new one (left to the model)
            return "timer_adjust"
        return "timer_query" if asked else None
    if kind == "list":
        if removing:
            return "lists_remove"
        # ("Est-ce que vous pourriez ajouter un kilo de pommes à ma liste de courses ?")
        return "lists_query" if asked and not find_words(ADDING[lang], low) else None
    if kind == "alarm":
        if removing or (lang == "fr" and find_words(r"ferme|fermez|fermer", low)):
            # (Québec: "Peux-tu fermer mon cadran de demain matin …")
            return "alarm_remove"
        if asked:  # "Disculpe, ¿me podría decir a qué hora suena el despertador …?"
            return None if find_words(_MOVE[lang], low) else "alarm_query"
        if not find_words(_CHANGE[lang], low):
            # German with the verb left out: "den Wecker von morgen bitte auf halb acht"
            return "alarm_change" if lang == "de" and _ALARM_OF_DE.search(low) \
                and _TO_CLOCK_DE.search(low) else None
        # "setting" the alarm changes one only when it is named as one the user has ("Stell
        # meinen Werktagswecker auf sechs Uhr", "mettre le réveil de demain … plutôt à …");
        # "Me metti la sveglia sabato alle otto?" sets a new one
        weak = not find_words(_MOVE[lang], low)
        return "alarm_change" if not weak or _NAMED_ALARM.search(low) else None
    if removing:  # a reminder
        return "calendar_remove"
    return "calendar_query" if asked else None
