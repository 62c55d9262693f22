"""Regional words for the things Hark does, said in the standard word its readers know:
Québec "cadran" (an alarm clock: "Mets-moi un cadran à 5h30"), "fais-moi penser à …"
(remind me to …), Latin American "porfa" (please), Mexican "los pendientes" (the to-do list), French
typed "c quand" (c'est quand), Roman "pe'" (per), Bavarian and
Austrian "stell mir an Wecker" (einen) and "d'Einkaufsliste" (die), spoken "verschieb's" (es), British "my diary"
(the calendar: "anything in my diary for friday night"; a diary bought or found is left),
Latin American "pa las diez", "pal pollo" (para), Chilean "po", Peruvian "pe", Río de la Plata "dale", Sardinian "ajò" and Swiss
"ça joue" at the end of a request (dropped), Belgian "vous savez annuler …" (pouvez) and
"mettez une fois …" (dropped), diminutives of a length ("cinco minuticos": minutos) and of "igual" ("otra igualita"),
school days (weekdays: "an jedem Schultag"), Spanish "el lunes que viene" (el próximo lunes), spoken "ich brauch" (brauche), Bavarian "läuten" (klingeln), Swiss "Kehricht" (Müll),
Australian "arvo" (afternoon), Scots "gie" (give), Indian English "itself" and
"only" after a time ("at 10 itself": dropped).

``in_standard_words(text)`` returns ``text`` so said, or unchanged.
"""

from __future__ import annotations

import re

# Québec "asteure" (now), also spelt "astheure", "asteur", "à c't'heure"
_NOW_QC = r"(?:\bast?h?eure?\b|(?<!\w)(?:à|a) c't'heure(?![\w']))"
_WORDS = (
    (re.compile(r"\bcadran(s?)\b", re.I), r"réveil\1"),
    # Australian "arvo" (afternoon): "Thursday arvo", "this arvo"
    (re.compile(r"\barvo\b", re.I), "afternoon"),
    # Indian English "itself" and "only" after a time, for emphasis: "Saturday morning
    # itself", "at 10 itself", "remind me at 8:30 only"
    (re.compile(r"(\b(?:morning|afternoon|evening|night|today|tomorrow|tonight|o'clock|"
                r"[ap]\.?m\.?)|\d)\s+(?:itself|only)\b", re.I), r"\1"),
    # Scots "gie" (give): "Gie the laundry another twenty minutes"
    (re.compile(r"\bgie(?=\s+(?:me|us|it|the|that|this|her|him|them|my|another|an?)\b)", re.I),
     "give"),
    # "el lunes que viene" (next Monday), said last or before its clock: "el próximo lunes"
    # (not "el sábado que viene el alicatador": the Saturday the tiler comes)
    (re.compile(r"\b(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\s+que\s+viene"
                r"(?=\s*(?:[,.;:!?]|$)|\s+(?:a\s+las?|sobre\s+las?|por\s+la|temprano)\b)", re.I),
     r"próximo \1"),
    # "fais-moi penser à demain à 9 h d'appeler Luc": a day first, the errand later
    (re.compile(r"\b(?:fais|faites)[- ]moi penser (?:à|a)\s+(?=(?:demain|ce soir|cet? |lundi|mardi|"
                r"mercredi|jeudi|vendredi|samedi|dimanche)\b)", re.I), "rappelle-moi "),
    (re.compile(r"\b(?:fais|faites)[- ]moi penser (?:à|a|de)\s+(?![aeéèêiouyh])", re.I), "rappelle-moi de "),
    (re.compile(r"\b(?:fais|faites)[- ]moi penser (?:(?:à|a|de)\s+|d['’]\s*)", re.I), "rappelle-moi d'"),
    # "peux-tu me faire penser à demain …": asked with a modal
    (re.compile(r"\b(?:me|nous) faire penser\s+(?:(?:à|a)\s+)?", re.I), "me rappeler "),
    (re.compile(r"\bporfa\b", re.I), "por favor"),
    # Mexican "los pendientes" (the to-do list) after a preposition: "agrega a los
    # pendientes contestar …" (not earrings put on a list: "añade pendientes a la lista")
    (re.compile(r"\b(a|en|de)\s+(?:los|mis)\s+pendientes\b", re.I), r"\1 la lista de tareas"),
    # French typed short: "c quand deja le rappel …", "c quoi les rappels" (c'est)
    (re.compile(r"^(?:(?:bon|alors|euh|dis)\s+)?c\s+(?=(?:quand|quoi|combien|à quelle|a quelle|"
                r"quel|quelle)\b)", re.I), "c'est "),
    (re.compile(r"(?<=\s)pe'\s+(?=[\w'])", re.I), "per "),
    # Austrian "bittschön" (bitte): "Stell ma bittschön an Wecker …"
    (re.compile(r"\bbitt(?:e)?\s?schön\b", re.I), "bitte"),
    # Bavarian and Austrian "an Wecker" (einen), "d'Einkaufsliste", "für d'Semmeln" (die)
    # (and said to "Sie": "Machen S' ma bitte an Timer")
    (re.compile(r"\b((?:stell|setz|mach|gib|trag|geb(?=en\s))(?:en\s+(?:sie|s'))?(?:\s+(?:mir|ma|mal|uns|bitte|"
                r"doch|noch)){0,3})\s+[ae]n\s+(?=(?:wecker|timer|termin|alarm)\b)", re.I), r"\1 einen "),
    (re.compile(r"\bd'(?=[\w-]*(?:liste|zettel)\b)", re.I), "die "),
    # spoken "Verschieb's", "Mach's", "Stell's" (… es): the thing talked about
    (re.compile(r"\b(verschieb|schieb|mach|leg|stell|setz|trag|schreib|lösch|nimm|pack|tu|"
                r"streich|änder|beweg)e?['’]s\b", re.I), r"\1 es"),
    # "Erinner mich bitte dran, dass …" (daran)
    (re.compile(r"\b(erinner\w*\s+(?:mich|uns)(?:\s+(?:bitte|doch|mal|noch))*)\s+dran\b", re.I),
     r"\1 daran"),
    # British "diary": the calendar ("anything in my diary for friday night")
    (re.compile(r"(?<!\bbuy )(?<!\bget )(?<!\border )(?<!\bfind )(?<!\bpick up )"
                r"\b(my|the|our|your) diary\b", re.I), r"\1 calendar"),
    (re.compile(r"\b(für|auf|in) d'(?=\w)", re.I), r"\1 die "),
    # Latin American and Canarian "pa las diez", "pal pollo" (para), Chilean "po" and
    # Sardinian "ajò" said at the end
    (re.compile(r"\bpa(?:'|\s+)(?=(?:las?|los?|el|mañana|luego|cuando)\b)", re.I), "para "),
    # (not English "sorry pal, …", "thanks pal")
    (re.compile(r"(?<!\bsorry )(?<!\bthanks )(?<!\bcheers )(?<!\bmy )(?<!\bhey )(?<!\bold )"
                r"\bpa'?l\b(?=\s+[^\W\d])", re.I), "para el"),
    (re.compile(r"\bpa'\s+(?=\w+(?:ar|er|ir)(?:me|te|se|lo|la|le|nos)?\b)", re.I), "para "),
    # the days children go to school are the working week's: "every school day",
    # "an jedem Schultag", "chaque jour d'école", "todos los días de cole", "ogni giorno di
    # scuola"
    (re.compile(r"\bschool ?(days?)\b", re.I), r"week\1"),
    (re.compile(r"\bschultag(e|en)?\b", re.I), r"Werktag\1"),
    (re.compile(r"\bjours? d'école\b", re.I), "jour de semaine"),
    (re.compile(r"\bd[ií]as? de (?:colegio|cole|escuela)\b", re.I), "día laborable"),
    (re.compile(r"\bgiorn[oi] di scuola\b", re.I), "giorno feriale"),
    (re.compile(r"\ban jedem\s+(?=\w*tag\b)", re.I), "jeden "),  # "an jedem Werktag"
    # Swiss "Kehricht", Austrian "Mistkübel" (the rubbish, the bin)
    (re.compile(r"\b(?:den|der|dem)\s+kehricht\b", re.I), "den Müll"),
    (re.compile(r"\bkehricht\b", re.I), "Müll"),
    (re.compile(r"\bmistkübel\b", re.I), "Mülltonne"),
    # Bavarian and Swabian "an Wecker", "an Timer" (einen), "stell ma" (mir), a courtesy
    # between: "stell ma bittschön an Wecker für morgen früh"
    (re.compile(r"\b(stell|setz|mach|leg)((?:\s+(?:mir|ma|mal|bitte|bittschön|bitteschön|"
                r"schnell|uns|stattdessen|dafür)){0,3})"
                r"\s+an (Wecker|Timer)\b", re.I), r"\1\2 einen \3"),
    (re.compile(r"\b(stell|mach|schreib|setz|trag|lösch) ma\b", re.I), r"\1 mir"),
    # ... and said with no verb, after "und": "Ah, und an Timer auf zehn Minuten" (einen)
    (re.compile(r"\b(und(?:\s+(?:noch|no|dann|bitte)){0,2})\s+an\s+(?=(?:Wecker|Timer)\b)", re.I),
     r"\1 einen "),
    # Latin American "un cuarto para las seis", "diez para las ocho" (minutes before the
    # hour): "las seis menos cuarto"
    # (not a number of people: "una mesa para cinco para las nueve")
    (re.compile(r"(?<!\bpara )(?<!\bde )\b(?:a\s+)?(?:un\s+)?(cuarto|cinco|diez|veinte|veinticinco)"
                r"(?:\s+minutos)?"
                r"\s+para\s+(la|las)\s+(una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|"
                r"doce|\d{1,2})\b", re.I), r"a \2 \3 menos \1"),
    # Roman "de sera", "de mattina" (di)
    (re.compile(r"\bde (sera|mattina|notte|pomeriggio)\b", re.I), r"di \1"),
    (re.compile(r"\b(ricord|segn|svegli|spost|lev|cancell)ame\b", re.I), r"\1ami"),
    (re.compile(r"\b(mett|togl|aggiung|scriv)(?:ame|ime)\b", re.I), r"\1imi"),
    # Roman and Neapolitan articles and words: "'a sveglia" (la), "'o brodo" (il), "'na" (una),
    # "'nu timer" (un), "d'a spazzatura" (della), "n'ato" (un altro), "co'" (con)
    (re.compile(r"(?<![\w'])'a\s+(?=\w)", re.I), "la "),
    (re.compile(r"(?<![\w'])'o\s+(?=\w)", re.I), "il "),
    (re.compile(r"(?<![\w'])'na\s+(?=\w)", re.I), "una "),
    (re.compile(r"(?<![\w'])'nu\s+(?=\w)", re.I), "un "),
    (re.compile(r"\bd'a\s+(?=\w)", re.I), "della "),
    (re.compile(r"\bd'o\s+(?=\w)", re.I), "del "),
    (re.compile(r"\bn'ato\b", re.I), "un altro"),
    (re.compile(r"\bn'ata\b", re.I), "un'altra"),
    # Roman "n'altro uguale" (un altro), "famo alle nove" (facciamo), "so' ancora lì" (sono)
    (re.compile(r"(?<![\w'])n'altro\b", re.I), "un altro"),
    (re.compile(r"(?<![\w'])n'altra\b", re.I), "un'altra"),
    (re.compile(r"\bfamo\b", re.I), "facciamo"),
    # Neapolitan "facimmo venticinque" (facciamo)
    (re.compile(r"\bfacimm[oe]\b", re.I), "facciamo"),
    (re.compile(r"(?<![\w'])so'(?=\s)", re.I), "sono"),
    (re.compile(r"(?<=\s)co'\s+(?=\w)", re.I), "con "),
    # Roman "er" (il) after a verb or preposition of Italian's: "A che ora c'ho er promemoria
    # pe' portà fori la spazzatura?", "sposta er dentista" (not German "er")
    (re.compile(r"\b(c'ho|ho|è|per|pe'|de|di|co'|con|sposta|spostame|togli|leva|levame|metti|"
                r"cancella|cancellame)\s+er\s+(?=\w)", re.I), r"\1 il "),
    # Swiss "Velo" (Fahrrad) in a compound: "das Velolicht"
    (re.compile(r"\bvelo(?=licht|schloss|reifen|helm)", re.I), "Fahrrad"),
    # Swabian "erinner mi", "dass i": "mich", "ich"
    (re.compile(r"\b(erinner\w*|weck)\s+mi\b", re.I), r"\1 mich"),
    (re.compile(r"\b(dass|wenn|weil|wo)\s+i\b(?=\s+\w)", re.I), r"\1 ich"),
    # Bavarian and Austrian "i" before its verb: "Na, Blödsinn, i mein Donnerstag!", "i hab"
    (re.compile(r"(?<![\w'])i(?=\s+(?:mein|meine|meint|meinte|moan|hab|hob|bin|muss|brauch|"
                r"wollt|wollte|hätt|kann|geh)\b)", re.I), "ich"),
    # Bavarian and Austrian "a Stund" (eine Stunde): "Erinner mi a Stund vorher"
    (re.compile(r"(?<![\w'])(?:a|oa)\s+(halbe\s+|viertel|dreiviertel\s*)?stund(?:e|n)?\b", re.I),
     lambda m: f"eine {m[1] or ''}Stunde"),
    # Bavarian and Austrian "läuten" for an alarm's ringing ("wann läutet mein Wecker")
    (re.compile(r"\bläutet\b", re.I), "klingelt"),
    (re.compile(r"\bläuten\b", re.I), "klingeln"),
    # diminutives of a length: "quítele cinco minuticos", "dos minutitos", "una horita"
    (re.compile(r"\bminut(?:it|ic|ill)(os?)\b", re.I), r"minut\1"),
    (re.compile(r"\bhorit(as?)\b", re.I), r"hor\1"),
    # ... and of "the same": "otra igualita para el jueves", "uno igualito" (igual)
    (re.compile(r"\bigualit[oa](s?)\b", re.I), r"igual\1"),
    (re.compile(r"(?:,\s*|\s+)(?:po|pe|ajò|ajo)(?=\s*[,.!?]|\s*$)", re.I), ""),
    # Mexican "neta" (really) set off last: "La que compré está bien fea, neta."
    (re.compile(r",\s*neta(?=\s*[.!?]*\s*$)", re.I), ""),
    # Río de la Plata "dale" (come on, OK) said between commas or last: "Y otro para el
    # miércoles, dale, a la misma hora" (not "dale cinco minutos más": give it)
    (re.compile(r",\s*dale(?=\s*,|\s*[.!?]*\s*$)", re.I), ""),
    # "gell?" asks nothing: "weck mich morgen um halb acht, gell?" is a request
    (re.compile(r"(?:,\s*|\s+)(?:gell|gelle|gä)\s*[?!.]*\s*$", re.I), "."),
    (re.compile(r"(?:,\s*|\s+)(?:gell|gelle|gä)(?=\s*,)", re.I), ""),
    # Swiss and Québec "souper" (dinner: "Le souper avec Anna vendredi, c'est à quelle
    # heure ?"), Québec "asteure" (now), "pis" (and), "cancelle" (annule), "j'ai-tu de
    # quoi" (do I have anything)
    # (a new one keeps its own word: "Note le souper chez Sophie vendredi à 19h.")
    (re.compile(r"^(?!.*\b(?:mets|mettez|mettre|note|notez|ajoute|ajoutez|inscris|crée|planifie|"
                r"prévois|réserve|bloque)\b)(.*?)\b(le|du|au|mon|ton|votre|notre|un) souper\b", re.I),
     r"\1\2 dîner"),
    # (now: said to say nothing; spelt "astheure", "asteur", "à c't'heure" too)
    (re.compile(rf"(?:\s*,)?\s*{_NOW_QC}(?=\s*[?!.]*\s*$)", re.I), ""),  # (said last, its comma too)
    (re.compile(rf"\s*{_NOW_QC}(?:\s*,)?", re.I), ""),
    (re.compile(r"(?<=\w)\s+pis\s+(?=(?:des|du|de la|les|le|la|un|une|lundi|mardi|mercredi|"
                r"jeudi|vendredi|samedi|dimanche|demain)\b)", re.I), " et "),
    (re.compile(r"^pis\s+(?=(?:les|le|la|l'|des|du|ma|mon|mes)\b)", re.I), "et "),  # ("Pis ma
    # liste de choses à faire?")
    (re.compile(r"\bcancell?e-(les|le|la)\b", re.I), r"enlève-\1"),
    (re.compile(r"\bj'ai-tu de quoi\b", re.I), "est-ce que j'ai quelque chose"),
    (re.compile(r"\bj'ai-tu\b", re.I), "est-ce que j'ai"),
    # Berlin "eenen", "eene" (einen, eine): "Und noch eenen für den Brokkoli"
    (re.compile(r"\bee(nen|ne)\b", re.I), r"ei\1"),
    # spoken German "'nen Pizza-Timer", "'n Wecker" (einen)
    (re.compile(r"(?<![\w'])'(?:nen|n)\s+(?=[\w-]*(?:timer|wecker|termin|alarm|erinnerung)\b)", re.I),
     "einen "),
    # ... and "'ne Erinnerung" (eine): "Und so 'ne Erinnerung nochmal für Freitag"
    (re.compile(r"(?<![\w'])'ne\s+(?=[\w-]*(?:erinnerung|liste)\b)", re.I), "eine "),
    # Berlin "wat" (was): "Und wat steht jetzt am Sonntag drin?"
    (re.compile(r"\bwat(?=\s+(?:steht|stehen|is|ist|hab|habe|hat|gibt|hast|kommt|läuft)\b)", re.I), "was"),
    # Belgian "savoir" for "pouvoir" ("Vous savez annuler le rendez-vous … ?", "tu sais le
    # mettre à six heures ?") and "une fois" said after a verb to soften it ("mettez une
    # fois du papier collant")
    (re.compile(r"\b(?:vous savez|savez-vous)(?=\s+(?:(?:me|m'|le|la|les|l'|lui|y|en)\s*)?"
                r"\w+(?:er|ir|re)\b)", re.I), "vous pouvez"),
    (re.compile(r"\b(?:tu sais|sais-tu)(?=\s+(?:(?:me|m'|le|la|les|l'|lui|y|en)\s*)?"
                r"\w+(?:er|ir|re)\b)", re.I), "tu peux"),
    (re.compile(r"\b((?:mets|mettez|mets-moi|mettez-moi|ajoute|ajoutez|dis|dites|dis-moi|"
                r"dites-moi|regarde|regardez|note|notez|enlève|enlevez|retire|retirez|"
                r"supprime|supprimez)(?:-(?:le|la|les))?)\s+une fois\b,?", re.I), r"\1"),
    # "each" said again before the second day: "chaque mardi et chaque samedi", "every
    # Tuesday and every Thursday", "cada lunes y cada viernes" (one rule, both days)
    (re.compile(r"\b(every|each|chaque|tous les|cada|todos los|ogni|jeden|jede)(\s+\w+\s+"
                r"(?:and|et|y|e|und)\s+)(?:every|each|chaque|tous les|cada|todos los|ogni|"
                r"jeden|jede)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?:lun|mar|"
                r"mercre|jeu|vendre|same|diman)(?:di|che)s?\b|(?:lunes|martes|miércoles|jueves|"
                r"viernes|sábados?|domingos?)\b|(?:lunedì|martedì|mercoledì|giovedì|venerdì|"
                r"sabato|domenica)\b|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                r"sonntag)\b)", re.I), r"\1\2"),
    # days said once with "every week" after them: "un réveil à huit heures pour le samedi et
    # le dimanche, toutes les semaines" (every Saturday and Sunday)
    (re.compile(r"\b(?:pour\s+)?le\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+et\s+"
                r"le\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s*"
                r"(?:toutes les semaines|chaque semaine)\b", re.I), r"tous les \1s et \2s"),
    # Rioplatense "el turno con el dentista" (la cita)
    # (said of one the user has: a new one keeps its word, "Anotame … el turno con el médico")
    (re.compile(r"\b(?:el\s+)?turno(?=\s+(?:con|en|del|de)\s+(?:el|la)\s+(?:dentista|médico|medico|"
                r"doctor|doctora|peluquer\w+|oculista|pediatra|kinesiólogo|kine)\b[^.?!]*?\b(?:cancel|"
                r"borr|quit|elimin|mov|muev|p[aá]s[ae]l|p[aá]same|cambi|cuándo|cuando|qué hora|"
                r"que hora)\w*)", re.I),
     "la cita"),
    # Italian, the verb first and the thing last: "e finisce a che ora, la riunione?"
    (re.compile(r"^(?P<e>e\s+)?(?P<v>finisce|comincia|inizia|è)\s+a che ora\s*,\s*(?P<x>(?:la|il|lo|l')"
                r"[^,?]{2,40})\?\s*$", re.I), r"\g<e>a che ora \g<v> \g<x>?"),
    # Southern and Roman "che sveglie ci stanno?" (ci sono)
    (re.compile(r"\b(?:ci|ce)\s+stanno\b", re.I), "ci sono"),
    (re.compile(r"\b(?:ci|ce)\s+sta\b(?=\s*(?:\?|$|\s+(?:in|nella|sulla|per|domani|oggi)\b))", re.I),
     "c'è"),
    # Southern Italian "levami il pane", "leva le uova" (togli)
    (re.compile(r"\blevami\b", re.I), "toglimi"),
    (re.compile(r"\bleva(?=\s+(?:il|lo|la|i|gli|le|l')\b)", re.I), "togli"),
    # Tuscan "'un" (non), "icché" (che cosa), "i'" (il); Venezuelan "cambur" (banana)
    (re.compile(r"(?<!\w)'un\b(?=\s+(?:mi|ti|ci|lo|la|è|serve|ho|c'è)\b)", re.I), "non"),
    (re.compile(r"\bicché\b", re.I), "che cosa"),
    (re.compile(r"\bcambures\b", re.I), "plátanos"),
    # North German "inn Kalender" (in den), "auf'n Einkaufszettel" (the shopping list),
    # Berlin "ooch" (auch), Swabian "Lischt" (Liste)
    (re.compile(r"\bin(?:n|'n)\s+(?=kalender\b)", re.I), "in den "),
    (re.compile(r"\bauf(?:'n|n|m|'m)\s+(?=einkaufszettel\b)", re.I), "auf die "),
    (re.compile(r"\beinkaufszettel\b", re.I), "Einkaufsliste"),
    (re.compile(r"\booch\b", re.I), "auch"),
    # Swiss and Austrian "nochmals" (nochmal): "und am Freitag nochmals, gleiche Zeit"
    (re.compile(r"\b(n)ochmals\b", re.I), r"\1ochmal"),
    (re.compile(r"\bkannste\b", re.I), "kannst du"),
    # Bavarian and Austrian "kannst" with its "du" left out before the verb: "des Brot kannst
    # wegtun" (the verb small: "kannst Eier" is no such)
    (re.compile(r"\b([Kk]annst)\s+(?=[a-zäöü]+en\b)"), r"\1 du "),
    # ... and before whom it is for: "kannst mir bitte eine Erinnerung machen" (du)
    (re.compile(r"\b([Kk]annst)\s+(?=(?:mir|mich|uns)\b)"), r"\1 du "),
    # Austrian and Bavarian "Machen S' ma an Timer", "Sagen S'", "Tragen S' ma das ein"
    (re.compile(r"\b(\w+en) S'(?=\s|,)"), r"\1 Sie"),
    (re.compile(r"\b(Sie|du) ma\b"), r"\1 mir"),
    (re.compile(r"\b[Ii] (?=(?:hab|hob|bin|muss|mog|geh|brauch|woaß|hätt|kann)\b)"), "ich "),
    # spoken "ich brauch" (brauche), its e left off: "Ich brauch einen Wecker für Donnerstag"
    (re.compile(r"\b([Ii]ch\s+)brauch\b"), r"\1brauche"),
    (re.compile(r"\b([Bb])rauch(?=\s+ich\b)"), r"\1rauche"),
    (re.compile(r"\bmei (?=(?:nächste|Erinnerung|Wecker|Termin|Liste|Einkaufsliste)\b)", re.I), "meine "),
    # "den Schwimmwecker kannste wegmachen": delete it (of a thing the assistant keeps)
    (re.compile(r"^(?=.*\b\w*(?:wecker|erinnerung|termin|alarm|timer)\b)(.*)\bweg(?:zu)?machen\b",
                re.I), r"\1löschen"),
    (re.compile(r"(?<![-\w])lischt(e?)\b", re.I), r"Liste"),
    # Swabian "Mach mr a neue Liste, die soll Apotheke heiße", "Do kommt … druff ond …"
    (re.compile(r"\b(mach|stell|schreib|gib|setz|trag)\s+mr\b", re.I), r"\1 mir"),
    (re.compile(r"\b(mir|mal|bitte)\s+a\s+(?=neue\b|Erinnerung\b|Liste\b)", re.I), r"\1 eine "),
    (re.compile(r"\b(soll|sott|tät)(\s+[\w-]+)\s+heiße\b", re.I), r"\1\2 heißen"),
    (re.compile(r"^(\W*)do\s+kommt\b", re.I), r"\1da kommt"),
    # a new list named after a comma: "eine neue Liste, die soll Apotheke heißen", "…, die
    # heißt Apotheke"
    (re.compile(r"\b(liste),?\s+die\s+(?:soll|sollte)\s+([\w-]+)\s+heißen\b", re.I), r"\1 namens \2"),
    (re.compile(r"\b(liste),?\s+die\s+heißt\s+(?:einfach\s+|nur\s+|bloß\s+)?(?=[\w-]+\s*[.!,]?\s*$)",
                re.I), r"\1 namens "),  # ("…, die heißt einfach Garten")
    (re.compile(r"\bfascht\b", re.I), "fast"),
    (re.compile(r"\bau\s+(?=oine\b|eine\b|einen\b|oin\b|no\b)", re.I), "auch "),
    # Ruhr "Getz mach mir ma 'n Wecker" (jetzt, einen), French "d'la" (de la), Venetian "xe"
    (re.compile(r"^(\W*)getz\s+(?=(?:mach|stell|setz|schreib|trag|lösch|erinner)\w*\b)", re.I), r"\1"),
    (re.compile(r"\bgetz\b", re.I), "jetzt"),
    (re.compile(r"\bnich\b", re.I), "nicht"),
    # Bavarian "des Gleiche nochmal" (das): the same again
    (re.compile(r"\bdes(?=\s+(?:gleiche|selbe)\b)", re.I), "das"),
    (re.compile(r"\bwart ma\b", re.I), "warte mal"),
    (re.compile(r"(?<![\w'])'n\s+(?=(?:Wecker|Timer|Termin|Erinnerung)\b)"), "einen "),
    # spoken "'ne Stunde vorher" (eine), Berlin "dass ick" (ich)
    # (only before how long before or after: "mach lieber 'ne Stunde draus" reads as it is)
    (re.compile(r"(?<![\w'])'ne\s+(?=(?:Stunde|Viertelstunde|halbe Stunde|Minute)\s+(?:vorher|davor|"
                r"früher|nachher|danach|später)\b)", re.I), "eine "),
    (re.compile(r"\b(dass|wenn|weil|da|wo|damit|ob)\s+ick\b", re.I), r"\1 ich"),
    (re.compile(r"\bd'la\b", re.I), "de la"),
    (re.compile(r"(?<=,\s)xe\s+(?=per\b)", re.I), "è "),
    (re.compile(r"\boine\b", re.I), "eine"),
    (re.compile(r"\b(jeden|am|jede[nm]?)\s+morge\b", re.I), r"\1 Morgen"),
    # (and after "bis", "ab" …: "Ab vier am Nachmittag, bis sechse am Abend")
    (re.compile(r"\b(um|bis|ab|von|gegen|nach|vor)\s+(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
                r"zehn|elf|zwölf)e\b", re.I), r"\1 \2"),
    (re.compile(r"\bcambur\b", re.I), "plátano"),
    # Río de la Plata "sacá los huevos" (take them off), "poné una nueva" (put)
    (re.compile(r"\bsacá(?=\s+(?:el|la|los|las|lo)\s+(?!timer|temporizador|contador)\w)", re.I), "quita"),
    # the other imperatives of "vos", as "tú" says them: "poné cercar el jardín", "tachá …"
    (re.compile(r"\b(pon)é\b|\b(agreg|anot|apunt|tach|borr|quit|cambi|marc)á\b", re.I),
     lambda m: m[1] if m[1] else m[2] + "a"),
    # Saxon and Hessian "uff de" (auf die), "druff" (drauf), "en Wecker" (einen), "viertel
    # sechse" (viertel sechs), "ni vergessen" (nicht)
    (re.compile(r"\buff de\b", re.I), "auf die"),
    (re.compile(r"\buff\b", re.I), "auf"),
    (re.compile(r"\bdruff\b", re.I), "drauf"),
    (re.compile(r"\b((?:stell|setz|mach)(?:\s+(?:mir|mal|ma|bitte)){0,2})\s+en\s+(?=(?:wecker|timer)\b)",
                re.I), r"\1 einen "),
    (re.compile(r"\b(viertel|dreiviertel|halb)\s+(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|"
                r"zehn|elf|zwölf)e\b", re.I), r"\1 \2"),
    (re.compile(r"\b(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)e\b(?=\s+(?:uhr|"
                r"früh|morgens)\b|\s*[,.!?]|\s*$)", re.I), r"\1"),
    (re.compile(r"\bni vergessen\b", re.I), "nicht vergessen"),
    # Bavarian and Austrian "grad no einen" (gerade noch einen): one more
    (re.compile(r"\b(?:grad|grade)\s+no\s+(?=(?:einen|eine|einer|an|a)\b)", re.I), "noch "),
    (re.compile(r"\b(und)\s+no\s+(?=(?:einen|eine|einer)\b)", re.I), r"\1 noch "),
    # Roman and Southern "cose da fa'" (fare), "aspe'" (aspetta), "sbajato" (sbagliato)
    (re.compile(r"\bcose da fa'(?!\w)", re.I), "cose da fare"),
    (re.compile(r"(?<![\w'])aspe'(?!\w)", re.I), "aspetta"),
    (re.compile(r"\b(s)bajat([oa])\b", re.I), r"\1bagliat\2"),
    # Provençal "peuchère", "té" (my!, well) said between commas or last: "Et à quelle
    # heure, peuchère ?", "…, il m'en reste deux à la cave, té."
    # (not Spanish tea: "leche, pan, té." — "té" only last after a comma of a French clause)
    (re.compile(r"(?:,\s*|\s+)(?:peuchère|peuchere)(?=\s*[,.!?]|\s*$)", re.I), ""),
    (re.compile(r"^(?=.*\b(?:je|j'|il|ils|elle|c'est|ça|m'en|t'en|pas|est|sont|au|aux|du)\b)"
                r"(.*?\w),\s*té(?=\s*[.!?]*\s*$)", re.I), r"\1"),
    # Swiss "ça joue" (that's fine) said after the request
    (re.compile(r"(?:,\s*|\s+)ça (?:joue|jouera)(?=\s*[.!?]*\s*$)", re.I), ""),
)


def in_standard_words(text: str) -> str:
    """``text`` with its regional words said in the standard ones (see the module)."""
    for said, standard in _WORDS:
        text = said.sub(standard, text)
    return text
