"""What opens a request in German, French, Spanish and Italian, for finding where one
sentence holds several (:mod:`compound_other`): a verb said to the assistant, with its
pronouns ("stell", "mets-en", "bórrame", "toglilo"), a polite "kannst du", "peux-tu",
"¿puedes", "puoi", a question word, a new thing said without its verb ("noch einen Timer
…", "un'altra sveglia …"), or in German a command whose verb comes last ("… und Milch auf
die Liste setzen"). Verbs are compared without accents, but a participle or a past said
with one ("annulé", "cancelé") is no command.

``reader(lang)`` gives the language's :class:`Reader` (its patterns, built once).
"""

from __future__ import annotations

import re

from hark.nlu.scope_frames import WHEN_FIRST
from hark.text.clean import unaccented

LANGUAGES = ("de", "fr", "es", "it")


def _words(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


# joining words between two requests (any run of them)
_JOINERS = {
    "de": _words("und", "dann", "danach", "anschließend", "außerdem", "zusätzlich", "auch",
                 "noch", "ach ja", "ach", "ok", "okay", "äh", "ähm"),
    "fr": _words("et", "puis", "ensuite", "après ça", "après", "aussi", "également", "enfin",
                 "alors", "ah", "oh", "euh", "ok", "d'accord", "pis", "pi"),
    "es": _words("y", "e(?= [hi])", "luego", "después", "además", "también", "entonces",
                 "ah", "eh", "vale", "pues", r"ya(?! que est)"),
    "it": _words("e", "ed", "poi", "dopo", "inoltre", "anche", "pure", "quindi", "allora",
                 "ah", "eh", "ok", "ecco"),
}

# The verbs said to the assistant, compared without accents; Spanish and Italian verbs
# carry their pronouns ("bórrame", "quítalo", "toglilo", "mettine"), French ones after a
# hyphen ("mets-en", "supprime-le").
_VERBS = {
    "de": _words(
        r"(?:stell|setz|schreib|trag|fug|losch|streich|entfern|notier|weck|erinner|pausier|"
        r"stopp|verschieb|schieb|ruck|verleg|ander|deaktivier|aktivier|beend|start|schalt|dreh|pack|"
        r"plan|buch)(?:e|t)?(?:(?<=[^e])e?n\s+sie)?",
        r"nimm", r"nehmen sie", r"brich", r"lies", r"merk dir",
        r"mach(?:e|en)?(?=\s+(?:\w+\s+){0,3}(?:\w*(?:wecker|timer|erinnerung|termin|alarm|licht|"
        r"lampe|liste)\b|an\b|aus\b))",
        r"halt(?:e|en)?(?=\s+(?:\w+\s+){0,4}an\b)", r"sag(?:e|en)?(?: sie)? mir",
        # "…, des sagst ab": cancel it
        r"(?:das|des|den|die|dat)\s+sag(?:st|e)?(?:\s+\w+)?\s+ab", r"sag(?:st|e)?\s+(?:\w+\s+){1,3}ab",
        r"zeig(?:e|en)?(?: sie)? mir"),
    "fr": _words(
        r"(?:re)?mets", r"mettez", r"(?:r)?ajout(?:e|es|ez)", r"not(?:e|es|ez)", r"inscri(?:s|vez)",
        r"programm(?:e|es|ez)", r"regl(?:e|es|ez)", r"rappel(?:le|lez)", r"reveill(?:e|ez)",
        r"annul(?:e|es|ez)", r"supprim(?:e|es|ez)", r"effac(?:e|es|ez)", r"enlev(?:e|es|ez)",
        r"retir(?:e|es|ez)", r"deplac(?:e|es|ez)", r"decal(?:e|es|ez)", r"repouss(?:e|es|ez)",
        r"report(?:e|es|ez)", r"modifi(?:e|es|ez)", r"coch(?:e|es|ez)", r"ray(?:e|es|ez)",
        r"barr(?:e|es|ez)", r"cre(?:e|es|ez)", r"prevoi[sz]", r"prevoyez", r"desactiv(?:e|ez)",
        r"di(?:s|tes)-moi", r"montr(?:e|ez)-moi", r"li(?:s|sez)-moi", r"fai(?:s|tes)-moi",
        r"pense a me"),
    "es": _words(
        r"pon(?:e|ga)?", r"anad(?:e|a)", r"agreg(?:a|ue)", r"apunt(?:a|e)", r"anot(?:a|e)",
        r"met(?:e|a)", r"recuerd(?:a|e)", r"record(?:a)", r"acuerd(?:a)", r"despiert(?:a|e)",
        r"despert(?:a)", r"cancel(?:a|e)", r"borr(?:a|e)", r"elimin(?:a|e)", r"quit(?:a|e)",
        r"sac(?:a|ame)(?=\s+(?:el|la|los|las|de)\b)",
        r"program(?:a|e)", r"inici(?:a|e)", r"arranc(?:a)", r"empiez(?:a)", r"deten(?:ga)?",
        r"paus(?:a|e)", r"muev(?:e|a)", r"move", r"cambi(?:a|e)", r"retras(?:a|e)",
        r"atras(?:a|e)", r"adelant(?:a|e)", r"sum(?:a|e)", r"desactiv(?:a|e)", r"apag(?:a|ue)",
        r"di(?:me)", r"deci(?:me)", r"dig(?:ame)", r"muestr(?:ame)", r"mostr(?:ame)",
        r"le(?:eme)", r"cre(?:a)", r"agend(?:a)", r"tach(?:a|e)", r"marc(?:a)",
        r"corr(?:e)(?=(?:la|lo|las|los)\b)",  # "córrela al lunes": move it
        r"pas(?:a|e)(?=(?:me|te|se|nos)?(?:la|lo|las|los)\b)",  # "pásamela al martes": move it
        r"par(?:a|e)(?=\s+(?:el|la|los|las|mi|mis|todos)\s+(?:\w+\s+)?(?:temporizador|alarma|"
        r"timer|cronometro|reloj)\b)"),
    "it": _words(
        r"mett(?:i|ete|a)", r"aggiung(?:i|a)", r"segn(?:a)", r"scriv(?:i)", r"annot(?:a)",
        r"impost(?:a|i)", r"programm(?:a)", r"ricord(?:a|ate)", r"svegli(?:a|ate)(?=mi|ci)",
        r"annull(?:a|i)",
        r"cancell(?:a|i)", r"elimin(?:a|i)", r"togli", r"tolga", r"lev(?:a|i)", r"rimuov(?:i|a)",
        r"ferm(?:a|i)", r"stopp(?:a|i)", r"sospend(?:i|a)", r"spost(?:a|i)", r"cambi(?:a)?",
        r"anticip(?:a|i)", r"posticip(?:a|i)", r"rimand(?:a|i)", r"disattiv(?:a|i)",
        r"dim", r"leggi", r"crea", r"fa(?:i|mmi|nne|lla|llo)? (?:ri)?partire", r"fammi",
        r"avvi(?:a|i)", r"spunt(?:a|i)", r"depenn(?:a|i)"),
}
# a verb's pronouns after it
_CLITICS = {
    "de": "",
    "fr": r"(?:-(?:le|la|les|moi|nous|en|y|lui|toi|vous))*",
    "es": r"(?:me|te|le|lo|la|los|las|nos|se){0,2}",
    "it": r"(?:mi|ti|ci|vi|lo|la|li|le|ne|gli|glie|me|te|ce|se){0,2}",
}
# a verb's pronoun for a thing said before it: "il passaporto l'ho rinnovato toglilo" and "Il
# timer della lavatrice, toglici cinque minuti" are one request each
_IT_SAID = {
    "de": r"(?=\s+(?:den|die|das|ihn|sie|es|ihm)\b)",
    "fr": r"-(?:le|la|les|en|y|lui)",
    "es": r"(?:me|te|se|nos)?(?:lo|la|los|las|le|les)",
    "it": r"(?:me|te|ce|se|glie)?(?:lo|la|li|le|ne|ci|gli|vi)",
}
# the other ways a request opens: asking politely, a question, a new thing without a verb
_ASKS = {
    "de": _words(
        r"(?:kannst|konntest|wurdest) du", r"(?:konnen|konnten|wurden) sie",
        r"wann", r"was(?:\s+steht|\s+hab|\s+habe|\s+ist|\s+gibt|\s+lauft|\s+fur)",
        r"wie(?:\s+lange?|\s+viel|\s+spat)", r"welche[rsnm]?", r"wieviel", r"hab(?:e)? ich",
        r"gibt es", r"steht", r"stehen", r"lauft", r"klingelt",
        r"(?:ich\s+)?brauch(?:e)?(?:\s+ich)?\s+(?:noch\s+)?(?:einen|eine|ein|nen)\b",
        r"(?:noch\s+)?(?:einen|ein|eine|nen|ne|an)\s+(?:(?:neuen|neue|weiteren|weitere|zweiten|"
        r"zweite|anderen|andere)\s+)?\w*(?:wecker|timer|erinnerung|termin|alarm)\b",
        r"(?:noch\s+)?(?:einen|eine) (?:neuen|neue|weiteren|weitere|zweiten|zweite|anderen|"
        r"andere)\b", r"neue[rnms]?\s+\w*(?:wecker|timer|erinnerung|termin|alarm)\b"),
    "fr": _words(
        r"(?:peux|pourrais|veux|voudrais)-tu", r"(?:pouvez|pourriez|voulez|voudriez)-vous",
        r"tu (?:peux|pourrais|veux)", r"vous (?:pouvez|pourriez|voulez)",
        # "tu me le mets à neuf heures", "vous me la supprimez"
        r"(?:tu|vous) (?:me |m'|nous )?(?:le |la |les |l'|en |y )?(?:mets|mettez|ajoutes|ajoutez|"
        r"supprimes|supprimez|enleves|enlevez|deplaces|deplacez|decales|decalez|annules|"
        r"annulez|notes|notez|regles|reglez|programmes|programmez|changes|changez|repousses|"
        r"repoussez|avances|avancez|retires|retirez|effaces|effacez)",
        r"quand", r"quel(?:le)?s?", r"qu'est-ce", r"combien", r"est-ce qu", r"a quelle heure",
        r"ai-je", r"y a-t-il", r"il (?:me )?reste", r"reste-t-il",
        r"(?:aussi\s+|encore\s+)?(?:un|une)\s+(?:(?:autre|nouveau|nouvelle|deuxieme|second|"
        r"seconde)\s+)?(?:reveil|alarme|minuteur|rappel|rendez-vous|timer|chrono)\b",
        r"(?:un|une) autre\b", r"(?:nouveau|nouvelle|nouvel)\s+(?:reveil|alarme|minuteur|rappel|"
        r"rendez-vous|timer)\b"),
    "es": _words(
        r"me (?:pones|apuntas|anades|agregas|anotas|recuerdas|recordas|despiertas|despertas|"
        r"quitas|borras|cancelas|cambias|mueves|moves|dices|decis|programas)",
        r"(?:me )?(?:puedes|podrias|puede|podria|podes)",
        r"qu[e] (?:tengo|hay|hora|alarmas|recordatorios|temporizadores)", r"cuando",
        r"que me (?:queda|quedan|toca)",  # "¿Y qué me queda entonces el sábado?"
        r"cuant[oa]s?", r"a que hora", r"cual(?:es)?",
        r"(?:otra|otro|una|un)\s+(?:(?:nueva|nuevo|segunda|segundo)\s+)?(?:alarma|"
        r"temporizador|recordatorio|cita|evento|timer|despertador)\b",
        r"(?:otra|otro)\b", r"(?:nueva|nuevo)\s+(?:alarma|temporizador|recordatorio|cita|timer)\b"),
    "it": _words(
        r"mi ricordi", r"mi svegli", r"mi dici", r"mi dica",
        r"(?:mi )?(?:puoi|potresti|puo|potrebbe)",
        r"quando", r"che cosa", r"cosa", r"che (?:ore|ora|tempo|cosa|c'e|ho)", r"quant[oaie]",
        r"a che ora", r"qual(?:e|i)", r"c'e", r"ci sono",
        r"(?:anche\s+)?(?:un'altra|un altro|un'|una|un)\s*(?:(?:nuova|nuovo|seconda|secondo)\s+)?"
        r"(?:sveglia|timer|promemoria|appuntamento|evento|allarme|conto alla rovescia)\b",
        r"(?:un'altra|un altro)\b", r"(?:nuova|nuovo)\s+(?:sveglia|timer|promemoria|appuntamento)\b"),
}
# verbs a person also says of themselves: a request only after one that is not a reminder
_WEAK = {
    "de": _words(r"ruf(?:e)?", r"spiel(?:e)?", r"mach(?:e)?", r"gib", r"geben sie",
                 r"ich (?:brauche|brauch|mochte|will|hatte gern(?:e)?)",
                 # a question ("ist die Milch noch auf der Liste?"), not a remark ("…, ist
                 # schon spät")
                 r"ist (?:der|die|das|mein|meine|noch|heute|morgen)", r"sind (?:die|meine|noch)",
                 r"wo"),
    "fr": _words(r"lanc(?:e|es|ez)", r"demarr(?:e|es|ez)", r"arret(?:e|es|ez)", r"stopp(?:e|ez)",
                 r"coup(?:e|es|ez)", r"allum(?:e|es|ez)", r"eteins", r"eteignez",
                 r"chang(?:e|es|ez)", r"avanc(?:e|es|ez)", r"recul(?:e|es|ez)", r"jou(?:e|es|ez)",
                 r"fai(?:s|tes)", r"donn(?:e|ez)", r"lis", r"je (?:veux|voudrais)", r"j'aimerais",
                 r"il me faut", r"j'ai besoin d", r"ou", r"c'est quand",
                 # a question ("j'ai quoi demain ?"), not a remark ("…, j'ai froid")
                 r"j'ai (?:quoi|un|une|des|encore|deja|rien)"),
    "es": _words(r"pas(?:a)", r"haz", r"hace", r"lee", r"enciend(?:e)", r"baj(?:a)", r"sub(?:e)",
                 r"llam(?:a)", r"da(?:le|me)", r"quiero", r"quisiera", r"necesito", r"me gustaria",
                 r"tengo (?:algo|alguna|algun|alarmas?|recordatorios?|citas?|planes|pendiente)",
                 r"hay", r"queda(?:n)?", r"esta(?:n)? (?:el|la|los|las|mi|mis)", r"donde"),
    "it": _words(r"accend(?:i)", r"spegn(?:i)", r"abbass(?:a)", r"alz(?:a)", r"chiam(?:a)",
                 r"d(?:a|ai)", r"vorrei", r"voglio", r"mi serve", r"ho bisogno di",
                 r"ho (?:qualcosa|impegni|appuntamenti|sveglie|una sveglia|promemoria|un)",
                 r"manca(?:no)?", r"resta(?:no)?", r"dove"),
}
# said before the request itself: "bitte", "s'il te plaît", "por favor", "per favore"
# (and "while you're at it": "…, e già che ci sei fammi partire un timer …")
POLITE = {
    "de": r"(?:bitte|mal|auch|noch|doch|jetzt|dann|und|geh|servus|hey|"
          r"(?:wo|wenn) du (?:gerade |grad |schon )*dabei bist)",
    "fr": r"(?:s'il (?:te|vous) pla[iî]t|stp|svp|aussi|maintenant|alors|et|"
          r"(?:pendant|tant) que (?:tu y|t'y) es|tant qu'[aà] faire)",
    "es": r"(?:ya que est[aá](?:s|mos)|por favor|porfa|porfis|tambi[eé]n|ahora|ahorita|y|ya|oye)",
    "it": r"(?:per favore|per piacere|per cortesia|anche|adesso|ora|pure|e|poi|daje|aho|u[eè]|"
          r"gi[aà] che ci (?:sei|siamo))",
}
# a request whose words after it are what to remember (a reminder, a note)
_FREE_TEXT = {
    "de": r"\b(?:erinner(?:e|n|st)?\s+(?:sie\s+)?(?:mich|uns)|merk dir|notier\w*|vergiss nicht)\b",
    "fr": r"\b(?:rappel(?:le|lez)-(?:moi|nous)|(?:me|nous) rappeler|fais-moi penser|"
          r"faites-moi penser|pense a me|note[sz]? que)\b",
    "es": r"\b(?:recuerd(?:a|e)(?:me|nos)|(?:me|nos) recuerdas|recordame|acuerdame|"
          r"recordarme|no me dejes olvidar)\b",
    "it": r"\b(?:ricord(?:a|ate)(?:mi|ci)|ricordame|mi ricordi|ricordarmi)\b",
}
# German puts a command's verb last: "… und Milch auf die Liste setzen"
VERB_LAST = re.compile(
    r"(?<!\bzu )\b(?:stellen|setzen|schreiben|eintragen|hinzufugen|draufsetzen|loschen|"
    r"streichen|entfernen|starten|stoppen|anhalten|pausieren|verschieben|verlegen|andern|"
    r"wecken|notieren|ausmachen|abbrechen|abhaken|machen|erinnern|eintragen|aufschreiben|"
    r"draufschreiben|rausnehmen|pausieren|wegmachen|rausmachen|absagen|wegnehmen|"
    r"runternehmen|umstellen)\s*[.!?]*$")
# a thing said done or not needed, which asks for it to go: "… und Reisepass verlängern
# ist erledigt", "c'est fait", "ya está hecho", "l'ho fatto"
_DONE = {
    "de": r"\b(?:(?:ist|sind) erledigt|kann weg|konnen weg|brauch(?:e)? ich nicht mehr)\s*[.!]*$",
    "fr": r"\b(?:c'est fait|est fait|c'est bon)\s*[.!]*$",
    "es": r"\b(?:(?:ya )?(?:esta|estan) hech[oa]s?|ya lo hice)\s*[.!]*$",
    "it": r"\b(?:(?:e|e') fatt[oa]|l'ho fatt[oa])\s*[.!]*$",
}
# where a later clause of a piece starts: after a mark, "so", or a polite modal
_CLAUSE = {
    "de": r"[,;.!?]\s*|\b(?:also|deshalb|dann)\s+|\s(?=(?:kannst du|konntest du|bitte)\s)",
    "fr": r"[,;.!?]\s*|\b(?:donc|alors|du coup)\s+|\s(?=(?:tu peux|peux-tu|vous pouvez|"
          r"pouvez-vous)\s)",
    "es": r"[,;.!?]\s*[¿¡]?|\b(?:asi que|entonces|o sea)\s+|\s(?=(?:puedes|podrias|me puedes)\s)",
    "it": r"[,;.!?]\s*|\b(?:quindi|allora|percio|cosi)\s+|\s(?=(?:puoi|potresti|mi puoi)\s)",
}
_NAMES_THING = {
    "de": r"\w*(?:liste|kalender|wecker|timer|erinnerung|termin|alarm)\b|\berinner|\bweck|"
          r"\b(?:meine|meinen) aufgaben\b",
    "fr": r"\b(?:liste|agenda|calendrier|reveil|alarme|minuteur|rappel|rendez-vous|timer)\b|"
          r"\brappel|\breveill|\b(?:mes taches|aux courses|choses a faire)\b",
    "es": r"\b(?:lista|agenda|calendario|alarma|temporizador|recordatorio|cita|timer|"
          r"despertador)\b|\brecuerd|\bdespiert|\b(?:la compra|las tareas|mis tareas)\b",
    "it": r"\b(?:lista|agenda|calendario|sveglia|timer|promemoria|appuntamento|allarme)\b|"
          r"\bricord|\bsvegli|\b(?:alla spesa|cose da fare)\b",
}
# a participle or a past said with its accent, which the verbs (compared without accents)
# would take for a command: "… mercredi est annulé", "ya cancelé la cita" (not Spanish
# "qué", "¿Qué tengo el sábado?", a question)
_PAST_SAID = re.compile(r"^(?!qu[eé]\b)[\w'-]*(?:é|ée|és|ées)(?![\w'-])")
# where a request cannot end (before a cut): an article, a preposition, a pronoun
OPEN_ENDED = {lang: re.compile(rf"(?<![\w'-])(?:{words})$", re.I) for lang, words in {
    "de": r"und|oder|der|die|das|den|dem|eine|einen|für|auf|am|zu|mit|von|mir|mich",
    "fr": r"et|ou|le|la|les|un|une|de|du|des|à|au|pour|sur|moi|me",
    "es": r"y|o|el|la|los|las|una|uno|un|para|a|al|en|con|me|de|del",
    "it": r"e|o|il|lo|la|le|l'|gli|i|di|del|della|per|alla|al|da|con|mi|che|un|una|uno|un'",
}.items()}


# a place said first with "from": "de la lista del súper quita la leche", "von der
# Einkaufsliste nimm die Milch", "dalla lista della spesa togli il latte"
_FROM_FIRST = re.compile(r"^\W*(?:(?:y|e|et|und|ah|oh|pis|puis)\W+)*(?:de|del|desde|von|vom|aus|du|"
                         r"des|dalla|dalle|dal|dallo|da|della|sur)\s+(?:la\s+|le\s+|der\s+|ma\s+|mi\s+|"
                         r"mia\s+)?(?:lista|liste|einkaufsliste|to-?do)", re.I)


# a list said first as where things go, then them, no verb: "… Und auf die To-do-Liste noch
# Zugbillette lösen", "et sur la liste de courses des bougies", "y en la lista de la compra
# unas servilletas", "e nella lista della spesa il regalo" (compared without accents)
_LIST_FIRST = {
    "de": r"(?:auf|in|zu|zur)\s+(?:die|meine|unsere|der|meiner|den|dem)\s+[\w-]*(?:liste|zettel)\s+\S",
    "fr": r"(?:sur|dans|a)\s+(?:la|ma|notre)\s+liste\b[^?]*\s\S",
    "es": r"(?:en|a)\s+(?:la|mi)\s+lista\b[^?]*\s\S",
    "it": r"(?:nella|sulla|alla|in)\s+(?:mia\s+)?lista\b[^?]*\s\S",
}


# a day and time said before a request's verb (compared without accents)
# (not the end of a time: "… per un'ora | e mezza, e togli …")
_WHEN_FIRST = re.compile(r"(?!(?:e|y|et|und|mezza|mezzo|media|cuarto|quart|demie|heures?|h|uhr|"
                         r"de|del|di|della|du)\b)" + unaccented(WHEN_FIRST), re.I)


class Reader:
    """One language's patterns, built once."""

    def __init__(self, lang: str) -> None:
        joiner = _JOINERS[lang]
        self.lang = lang
        self.boundary = re.compile(
            rf"(?:\s*[,;]\s*|\s*[.!?]+\s+)[¿¡]?(?:{joiner}\b[\s,]*)*(?=\S)|"
            rf"\s+(?:{joiner}\b[\s,]*)+(?=\S)", re.I)
        self.space = re.compile(r"\s+(?=\S)")
        self.polite = re.compile(rf"^(?:[¿¡\s]+|{POLITE[lang]}\b[\s,]*)*", re.I)
        self.verb = re.compile(rf"^(?:{_VERBS[lang]}){_CLITICS[lang]}(?![\w'-])", re.I)
        self.bare_verb = re.compile(rf"(?:{_VERBS[lang]})", re.I)  # (with nothing after it)
        self.asks_first = re.compile(rf"^(?:{_ASKS[lang]})(?![\w'-])", re.I)
        self.said_of_it = re.compile(rf"^(?:{_VERBS[lang]}){_IT_SAID[lang]}(?![\w'-])", re.I)
        self.weak = re.compile(rf"^(?:{_WEAK[lang]}){_CLITICS[lang]}(?![\w'-])", re.I)
        self.free_text = re.compile(_FREE_TEXT[lang], re.I)
        self.names_thing = re.compile(_NAMES_THING[lang], re.I)
        self.list_first = re.compile(_LIST_FIRST[lang], re.I)
        self.done = re.compile(_DONE[lang], re.I)
        self.clause = re.compile(_CLAUSE[lang], re.I)

    def said(self, piece: str) -> str:
        """``piece`` without the courtesy before its request."""
        m = self.polite.match(piece.lower())
        return piece[m.end():] if m else piece

    def opener(self, piece: str) -> str:
        """``piece`` lower-cased, without its accents and the courtesy before its request."""
        return unaccented(self.said(piece).lower())

    def opens(self, piece: str, after_free_text: bool) -> bool:
        """Whether ``piece`` starts the way a new request starts."""
        if _PAST_SAID.match(self.said(piece).lower()):
            return False  # "annulé", "cancelé": said of a thing, not asked
        head = self.opener(piece)
        if self.verb.match(head) or self.asks_first.match(head):
            return True
        when = _WHEN_FIRST.match(head)  # "martedì 8 alle dieci mettimi in calendario …"
        if when is not None and when.end() > 0 and self.verb.match(head[when.end():]):
            return True
        if self.lang == "de" and VERB_LAST.search(head):
            return True
        return not after_free_text and bool(self.weak.match(head))

    def clauses(self, plain: str) -> list[int]:
        """Where the clauses of ``plain`` start, the first at 0."""
        return [0, *(m.end() for m in self.clause.finditer(plain) if 0 < m.end() < len(plain))]

    def asks(self, piece: str) -> bool:
        """Whether ``piece`` asks for something: one of its clauses opens a request, it is
        said to be done ("… ist erledigt"), it names a thing the assistant keeps ("timer
        drei Minuten für den Tee", "die Erinnerung … eine Stunde später"), or a verb in it
        carries the pronoun of what is said before it ("La cena … spostala a sabato")."""
        return self.asks_itself(piece) or bool(
            self.names_thing.search(unaccented(piece.lower())))

    def verb_on_it(self, piece: str) -> bool:
        """Whether a verb in ``piece`` carries the pronoun of the thing said before it ("il
        promemoria del dentista spostalo a giovedì"); never in German."""
        plain = unaccented(piece.lower())
        return self.lang != "de" and any(self.said_of_it.match(plain[m.end():])
                                         for m in re.finditer(r"\s", plain))

    def asks_itself(self, piece: str) -> bool:
        """Whether ``piece`` asks for something by its own words, not only by naming a
        thing ("Den Nudeltimer, …" is what the words after it are about)."""
        plain = unaccented(piece.lower())
        if self.verb_on_it(piece):
            return True  # "La cena con Anna di venerdì spostala a sabato"
        return bool(self.done.search(plain) or self.free_text.search(plain)) or any(
            self.opens(plain[at:].strip(), after_free_text=False) for at in self.clauses(plain))

    def tail_opens(self, tail: str, after_free_text: bool) -> bool:
        """Whether ``tail`` is a new request: it opens like one, or (after a request that
        is no reminder) it says a thing is done."""
        if self.opens(tail, after_free_text) or self.named_then_verb(tail):
            return True
        head = self.opener(tail)
        if not after_free_text and self.list_first.match(head) and not head.rstrip().endswith("?"):
            return True  # "… Und auf die To-do-Liste noch Zugbillette lösen"
        return not after_free_text and bool(self.done.search(unaccented(tail.lower())))

    def named_then_verb(self, said: str) -> bool:
        """A thing named first, then its verb after a comma: "le minuteur des pâtes,
        rajoute trois minutes"."""
        thing, comma, rest = said.partition(",")
        thing = self.said(thing).strip()
        return bool(comma) and 0 < len(thing.split()) <= 8 and not re.search(r"[.;!?]", thing) \
            and not self.opens(thing, False) \
            and bool(self.names_thing.search(unaccented(thing.lower()))) \
            and self.opens(self.said(rest).strip(), False)

    def complete_de(self, head: str, tail: str) -> bool:
        """German: whether ``head`` is a whole request when ``tail`` does not open with a
        verb ("… und Milch auf die Liste setzen", "… und noch Äpfel drauf") — a clause of
        it opens with one, or it ends on one; "Kannst du Kaffeebohnen" is waiting for the
        verb at the end of the tail."""
        said = self.opener(tail)
        if self.verb.match(said) or self.asks_first.match(said) or self.weak.match(said):
            return True
        plain = unaccented(head.lower())
        return bool(VERB_LAST.search(plain)) or any(
            self.verb.match(self.opener(plain[at:])) for at in self.clauses(plain))

    def bare_opens(self, head: str, tail: str) -> bool:
        """A cut at a bare space: a request of three words or more before, not ending on
        a word that wants more, and a verb said to the assistant after."""
        opener = self.opener(tail)
        if _FROM_FIRST.match(head):  # "de la lista del súper | quita la leche": where from,
            return False  # said first, is the request's own
        return (len(head.split()) >= 3 and not OPEN_ENDED[self.lang].search(head)
                and not self.free_text.search(unaccented(head.lower()))
                and bool(self.verb.match(opener)) and not self.said_of_it.match(opener))


_READERS: dict[str, Reader] = {}


def reader(lang: str) -> Reader:
    """The patterns of ``lang`` (de/fr/es/it), built once."""
    if lang not in _READERS:
        _READERS[lang] = Reader(lang)
    return _READERS[lang]
