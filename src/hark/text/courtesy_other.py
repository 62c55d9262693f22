"""Courtesies and hesitations around a request in German, French, Spanish and Italian, said
plainly: a long polite opening becomes the short one the readers know ("Dürfte ich Sie
bitten, mich morgen … zu erinnern?" → "Kannst du mich morgen … erinnern?", "Auriez-vous
l'obligeance d'ajouter …" → "Peux-tu ajouter …", "¿Tendría usted la amabilidad de …" →
"¿Puedes …", "Le dispiacerebbe impostare …" → "Puoi impostare …"), a hesitation first is
left out ("ähm erinner mich …", "bueno eh temporizador …"), so is an apology set off by a
comma ("Mi scusi, potrebbe dirmi che ore sono?", "Entschuldigung, wann …"), and so is the
thanks after it, and a "namely" before what is said of the thing ("einen Wecker, und zwar
für jeden Werktag")
("… zu setzen? Besten Dank.", "… je vous prie ? Je vous en remercie infiniment.",
"Grazie mille, molto gentile.") — the reminder's text had been "Das wäre äußerst
liebenswürdig von Ihnen", and "Wären Sie so nett" an item on the shopping list.

``plainly_other(text)`` returns ``text`` said so, or unchanged.
"""

from __future__ import annotations

import re

# a long polite opening, and the short one said for it
_OPENINGS = (
    (re.compile(r"^(?:dürfte|darf|könnte|kann) ich sie bitten,?\s+|^(?:wären|wärst) (?:sie|du) so "
                r"(?:nett|freundlich|lieb|gut),?\s+(?:und\s+)?|^(?:würden|könnten) sie (?:bitte )?so "
                r"(?:nett|freundlich|lieb|gut) sein,?\s+(?:und\s+)?|^sei so (?:nett|lieb|gut),?\s+"
                r"(?:und\s+)?", re.I), "Kannst du ", True),
    (re.compile(r"^(?:auriez|aurais)-(?:vous|tu) (?:l'|la )(?:amabilité|obligeance|gentillesse|"
                r"bonté) d(?:e\s+|')|^(?:seriez|serais)-(?:vous|tu) (?:assez )?(?:aimable|"
                r"gentil|gentille) (?:pour|de)\s+|^vous serait-il possible d(?:e\s+|')|"
                r"^(?:voudriez|voudrais)-(?:vous|tu) bien\s+|^(?:pourriez|pourrais|voudriez|"
                r"voudrais)-(?:vous|tu) avoir la (?:gentillesse|bonté|amabilité|obligeance) "
                r"d(?:e\s+|')", re.I), "Peux-tu ", False),
    (re.compile(r"^¿?\s*(?:tendría|tendrías) (?:usted )?la (?:amabilidad|bondad|gentileza) de\s+|"
                r"^¿?\s*(?:sería|serías) (?:usted )?tan (?:amable|gentil) de\s+|^¿?\s*(?:le|te) "
                r"importaría\s+|^¿?\s*(?:me )?(?:haría|harías) (?:usted )?el favor de\s+|"
                r"^¿?\s*(?:podría|podrías) (?:usted )?tener la (?:amabilidad|bondad) de\s+", re.I),
     "¿Puedes ", False),
    (re.compile(r"^(?:le|ti) dispiacerebbe\s+|^(?:potrebbe|potresti|può|puoi) (?:gentilmente|"
                r"cortesemente|per cortesia)\s+|^(?:sarebbe|saresti) così (?:gentile|cortese) da\s+|"
                r"^(?:mi )?(?:farebbe|faresti) la cortesia di\s+|^(?:potrebbe|potresti) avere la "
                r"(?:gentilezza|cortesia) di\s+", re.I), "Puoi ", False),
)
# German puts "zu" before the verb at the end after such an opening: "… zu erinnern?"
_ZU_LAST = re.compile(r"\s+zu\s+(\w+)(\s*[?.!]*)\s*$")

# a hesitation first (not "este", "this" in Spanish; not "bon" before a noun)
_HESITATION = re.compile(r"^(?:(?:äh|ähm|äähm|öhm|hm+|euh|heu|bah|eh|ehm|emm|mmm|pues|bueno|"
                         r"allora|tipo|cioè|ecco)\b[\s,.!:…]*)+(?=\S)", re.I)  # ("Allora: …")
# "okay" said before a Spanish question, set off by a comma: "Vale, ¿y a qué hora me lo vas a
# recordar?" (had been read as "what time is it")
_OK_THEN_ASKED = re.compile(r"^(?:(?:vale|ok|okay|bueno|venga|perfecto|genial|listo|dale|"
                            r"sale|órale|orale)\s*[,.!]\s*)+(?=¿)", re.I)

# a word that calls out to the listener first, set off by a comma or "!": "Senti, nella
# lista …" (had put "Senti" on the list), "Quillo, apúntame …", "Sach ma, kannste mir …",
# "Bon, tu me bloques …" (had been the event's title)
_CALLED_OUT = re.compile(
    r"^(?:(?:o senti|senti|sentite|ascolta|guarda|uè|ue|ué|amunì|talìa|talè|guagliò|guagliù|uagliò|biloute|eh biloute|adieu|ehi|oye|mira|mirá|"
    r"illo|quillo|sumercé|hola|buenas|écoute|hé|allez|ben|salut|coucou|tiens|bon|"
    # Provençal "peuchère" (my, my), "vé" (look), "té" (here): "Bon, vé, rappelle-moi …"
    r"peuchère|peuchere|vé|té|"
    # a moment asked first: "Espérate tantito — …, ¿cuándo …?"

    r"du|sach ma|sag mal|sag amal|hör mal|nu gugge|servus|moin|hoi|grüß dich|ah jo|"
    # "ach weißt du was, lösch den wieder"
    r"(?:ach |oh |ah |bah |pues |beh )?(?:weißt du was|weisst du was|weißte was|tu sais quoi|"
    r"sabes qué|sabes que|sai che|sai cosa)|"
    r"(?:jetzt |nu |na )?pass (?:mal |ma |ens |emol )?(?:auf|op|uff)|oh|eh|"
    # a favour asked first: "famme 'na cortesia: leva il latte …", "hazme un favor: …"
    r"(?:fammi|famme|mi fai|fatemi) (?:un favore|(?:una|'na|na) cortesia|un piacere)|"
    r"(?:hazme|hágame|me haces) (?:un|el) favor|rends-moi (?:un )?service|"
    r"tu mir (?:mal |bitte )?(?:einen|'nen|nen) gefallen|"
    # "while you're at it": "e già che ci sei, a che ora …"
    r"(?:e |et |y |und )?(?:già che ci sei|gia che ci sei|ya que estás|pendant que tu y es|"
    r"tant qu'à faire|wo du (?:gerade|grad) dabei bist|wenn du schon dabei bist|"
    r"già che ci siamo|ya que estamos|tant qu'on y est|wenn wir schon dabei sind))"
    r"\s*[,!:]\s*|(?:grüß gott|grüezi|gruezi|servus|moin moin|moin|hallo|bonjour|buongiorno|"
    r"buenos días|buenas tardes)\s*[.!]\s+)+(?=\S)", re.I)

# a word said to the listener last (or "une fois", Belgian, to soften): "pon …, y un par de
# botellas de fino, mi arma", "…, acheter des essuies, une fois."
_CALLED_LAST = re.compile(
    r",\s*(?:mi arma|mi alma|mi niñ[oa]|mi amor|cariño|corazón|tí[oa]|chaval|chavala|güey|wey|"
    r"che|boludo|mijo|mija|ma belle|mon chou|mon grand|ma grande|mon cœur|une fois|hein|"
    r"tesoro|amore|cara|caro|bello|bella|schatz|schatzi|gell|gelle|gö|oder)"
    r"\s*[.!?]*\s*$", re.I)

# a moment asked for first: "Espérate tantito ¿cuándo …?" (after words said to a child)
_A_MOMENT = re.compile(r"^(?:espérate tantito|esperate tantito|un momentito|aspetta un attimo|"
                       r"attends une seconde|warte mal kurz)\s*[,.!:]*\s*(?=[¿\w])", re.I)

# "and" before a question of its own: "E quand'è la cena con Anna?", "Und wann ist …?"
_AND_ASKED = re.compile(r"^(?:e|und|et|y)\s+(?=(?:quand'è|quando|a che ora|wann|wie|was|c'est quand|"
                        r"quand|à quelle|cuándo|cuando|a qué hora|qué)\b)", re.I)

# Spanish "pa" for "para": "córrela pa las diez y media", "pa la cena del viernes"
_PA = re.compile(r"\bpa(?=\s+(?:las|la|el|los|mañana|hoy|que)\b)", re.I)
# "let me know" said for "remind me": "avísame media hora antes", "avisame mañana a las
# 8" (not "avísame si llueve", "avísame cuando llegue": a condition)
_LET_ME_KNOW = re.compile(r"\bav[ií]s(ame|anos)\b(?!\s+(?:si|cuando|cu[aá]ndo|c[oó]mo|qu[eé])\b)",
                          re.I)

# an apology first, set off by a comma or a full stop: "Mi scusi, potrebbe dirmi che ore
# sono?" had fallen below the confidence threshold ("non ho capito")
_APOLOGY = re.compile(r"^(?:(?:entschuldig(?:ung|en sie|e)|verzeihung|verzeihen sie|pardon|"
                      r"excuse[sz]?-moi|excusez-moi|désolée?(?: de vous déranger| de te déranger)?|"
                      r"perd[oó]n(?:e|a|ame|eme)?|disculp(?:a|e|ame|eme)|con permiso|"
                      r"(?:mi )?scus(?:i|a|ami|ate)|perdon(?:i|a|ami)|"
                      r"(?:mi )?(?:perdon[ia]|scus[ia]) (?:il|per il|se) disturbo)[\s]*[,.!]\s*)+(?=\S)",
                      re.I)

# thanks after the request: a last sentence or clause of nothing else
_THANKS = re.compile(
    r"(?:[,.?!]\s*|\s+)(?:(?:vielen|besten|herzlichen|tausend) dank(?: auch)?|dank(?:e)?(?: schön| "
    r"sehr| vielmals)?(?: im voraus)?|merci vielmal|merci viumau|das wäre (?:\w+ ){0,3}(?:nett|lieb|liebenswürdig|freundlich)"
    r"(?: von (?:ihnen|dir))?|merci(?: beaucoup| bien| infiniment| d'avance)?|je vous (?:en )?"
    r"remercie(?: \w+)?|je vous prie|(?:muchas |mil )?gracias(?: de antemano| por adelantado)?|"
    r"se lo agradezco(?: mucho)?|te lo agradezco(?: mucho)?|grazie(?: mille| tante| in anticipo)?"
    r"(?:,? (?:molto |davvero )?gentil[ei]ssim[oa]|,? (?:molto |davvero )?gentile)?|"
    r"(?:la|ti) ringrazio(?: \w+){0,3}|(?:molto )?gentil[ei]ssim[oa]|molto gentile)"
    r"(?:[,.!?]*\s*(?:(?:vielen|besten|herzlichen) dank|danke|merci|gracias|grazie(?: mille)?"
    r"|(?:molto |davvero )?gentile|je vous (?:en )?remercie(?: \w+)?|(?:la|ti) ringrazio"
    r"(?: \w+){0,3}))*[\s.!?]*$", re.I)


# German's formal command said as the informal one the readers know best: "Erinnern Sie
# mich bitte morgen …" → "Erinnere mich bitte morgen …" (it had fallen below the threshold)
_FORMAL = {"stellen": "stell", "setzen": "setz", "erinnern": "erinnere", "schreiben": "schreib",
           "tragen": "trag", "löschen": "lösch", "machen": "mach", "wecken": "weck",
           "notieren": "notier", "streichen": "streich", "entfernen": "entfern",
           "verschieben": "verschieb", "legen": "leg", "sagen": "sag", "zeigen": "zeig",
           "starten": "start", "stoppen": "stopp", "fügen": "füg", "nehmen": "nimm"}
_FORMAL_COMMAND = re.compile(rf"^({'|'.join(_FORMAL)})\s+sie\b\s*", re.I)


def _informal(said: str) -> str:
    m = _FORMAL_COMMAND.match(said)
    if m is None or m.end() == len(said):
        return said
    verb = _FORMAL[m.group(1).lower()]
    verb = verb[0].upper() + verb[1:] if m.group(1)[0].isupper() else verb
    return f"{verb} {said[m.end():]}"


# "I need you to remind me …" said as "remind me …": "necesito que me recuerdes regar las
# plantas", "ho bisogno che mi ricordi di …", "j'ai besoin que tu me rappelles de …"
# (and asked, the thing to do after it: "Mi ricordi di pagare Dave?", "¿Me recuerdas
# llamar a mi madre?", "Tu me rappelles d'appeler le garage ?")
_NEED_YOU_TO = re.compile(
    r"\b(?:necesito|quiero|quisiera) que me (recuerdes|recuerde)|\b(?:ho bisogno|vorrei|voglio) "
    r"che mi (ricordi)|\bj'ai besoin que (?:tu|vous) me (rappelles|rappeliez)|"
    r"^\W*mi (ricordi)(?=\s+d(?:i\s|'))|^\W*me (recuerdas)(?=\s+[a-záéíóú]+(?:ar|er|ir)\b)|"
    r"^\W*tu me (rappelles)(?=\s+d(?:e\s|'))|"
    # (or its day first: "Mi ricordi giovedì alle sei di sera di scrivere al prof?",
    # "Erinnerst du mich am Donnerstag um sechs, …?")
    r"^\W*mi (ricordi)(?=\s+(?:domani|dopodomani|stasera|oggi|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|domenica|alle|all'|tra|fra)\b)|"
    r"^\W*(erinnerst) du mich(?=\s+(?:morgen|übermorgen|heute|am|um|in)\b)", re.I)
_ASK_SAID = {"recuerdes": "recuérdame", "recuerde": "recuérdeme", "ricordi": "ricordami",
             "rappelles": "rappelle-moi", "rappeliez": "rappelez-moi",
             "recuerdas": "recuérdame", "erinnerst": "erinnere mich"}


# a mild oath between commas: "No aspetta, mannaggia, alle dieci", "Nein, verflixt, um acht"
_OATH = re.compile(r",\s*(?:mannaggia|accidenti|cavolo|uffa|mamma mia|porca miseria|verflixt|"
                   r"mist|mince|zut|punaise|purée|caramba|caray|jolín|jo|ostras|vaya)\s*,\s*",
                   re.I)
# a word of thanks as a sentence of its own before what is asked: "Gut. Und wann …",
# "Bárbaro. ¿Y qué me queda …", "Parfait. Et …"
_THANKS_FIRST = re.compile(r"^\s*(?:gut|passt|super|prima|toll|perfekt|parfait|génial|très bien|"
                           r"bárbaro|genial|perfecto|estupendo|bene|perfetto|ottimo|benissimo)"
                           r"\s*[.!]+\s+(?=\S)", re.I)
# the new time said again after a shift: "…, also um halb sieben", "…, c'est-à-dire à
# huit heures", "…, o sea a las ocho", "…, cioè alle otto"
_SHIFTED = re.compile(r"\b(?:früher|später|plus tôt|plus tard|más temprano|más tarde|antes|"
                      r"prima|più tardi|più presto|dopo)\b", re.I)
_RESTATED = re.compile(r",\s*(?:also|sprich|das heißt|d\.\s?h\.|c'est-à-dire|soit|o sea|es decir|"
                       r"cioè|ossia)\s+(?:um|à|a las|a la|alle|all')\s+[^,.;!?]+", re.I)
# "a bit" before the new time said after a comma
_A_BIT_THEN = re.compile(r"\s+(?:un peu|un poquito|un poco|un po'|un pochino|ein bisschen|ein wenig|"
                         r"ein bissl|a bissl)\s*,\s*(?=(?:à|a|al|alle|auf|um)\b)", re.I)
# "in all" and "now" after a question how many: the count asked
_HOW_MANY = re.compile(r"\b(?:cu[aá]nt[oa]s|combien|wie viele?|quant[ie])\b", re.I)
_IN_ALL = re.compile(r"(?:\s+(?:ahora|jetzt|maintenant|adesso|ora|mo))?\s+(?:en total|en tout|"
                     r"au total|insgesamt|in tutto|in totale|alles in allem)(?=\s*[?.!]*$)", re.I)


# "I nearly forgot" said between: "Ond, des hätt i fascht vergesse, an Nasenspray", "et,
# j'allais oublier, du miel", "y, casi se me olvida, miel", "e, quasi dimenticavo, il miele"
_FORGOT = re.compile(r"\s*,\s*(?:(?:des|das|dat)\s+hätt(?:e)?\s+(?:i|ich|ick)\s+(?:fast|fascht|beinahe|"
                     r"bald)\s+vergess(?:e|en)|j'allais oublier|j'ai failli oublier|casi se me olvida|"
                     r"que se me olvidaba|quasi dimenticavo|stavo per dimenticare)\s*,\s*", re.I)

# "namely" set off after the thing, what it is said next: "einen neuen Wecker, und zwar für
# jeden Werktag" (its days had been lost), "un rappel, à savoir pour lundi", "una alarma, en
# concreto para los lunes", "una sveglia, e cioè per i giorni feriali"
_NAMELY = re.compile(r"(?<=\w)\s*,\s*(?:und zwar|à savoir|en concreto|concretamente|e cioè|cioè|"
                     r"ovvero)\s*,?\s+(?=\w)", re.I)

# several things announced before a colon, then said: "Okay, mehrere Sachen: Sojawachs auf
# die Einkaufsliste, …" (the announcement had been read as part of the first item)
_THINGS_FIRST = re.compile(
    r"^\W*(?:(?:okay|ok|also|so|gut|na|bon|alors|bueno|vale|pues|mira|allora|ecco|dunque)"
    r"\s*[,.!]?\s+)*(?:(?:ein paar|mehrere|einige|zwei|drei|vier)\s+(?:sachen|dinge)|"
    r"(?:plusieurs|quelques|deux|trois|quatre)\s+(?:choses|trucs)|(?:varias|algunas|unas|"
    r"un par de|dos|tres|cuatro)\s+cosas|(?:alcune|diverse|varie|più|un paio di|due|tre|"
    r"quattro)\s+cose)\s*:\s*(?=\S)", re.I)

# "let's say" before how long after or before: "Quand elle aura fini, mettons dix minutes
# après, rappelle-moi …" (had started a ten-minute timer)
_LETS_SAY = re.compile(
    r"(?<![\w'])(?:mettons|disons|digamos|pongamos|diciamo|mettiamo|sagen wir)\s+"
    r"(?=(?:[\w'-]+\s+){1,3}(?:après|avant|plus tard|plus tôt|después|antes|más tarde|dopo|"
    r"prima|più tardi|danach|vorher|später|früher)\b)", re.I)


def plainly_other(text: str) -> str:
    """``text`` with its courtesies and a first hesitation said plainly (see the module)."""
    said = _HESITATION.sub("", _APOLOGY.sub("", _HESITATION.sub("", _CALLED_OUT.sub("", text))))
    said = _CALLED_OUT.sub("", said)  # (after a hesitation: "Allora, famme 'na cortesia: …")
    said = _THINGS_FIRST.sub("", said)  # "Okay, mehrere Sachen: …"
    said = _OK_THEN_ASKED.sub("", said)  # "Vale, ¿y a qué hora …?"
    said = _LETS_SAY.sub("", said)  # "…, mettons dix minutes après, …"
    said = _AND_ASKED.sub("", said)
    said = _A_MOMENT.sub("", said)
    said = _CALLED_LAST.sub(lambda m: "?" if "?" in m.group(0) else "", said)  # "…, un par
    # de botellas de fino, mi arma"
    said = _PA.sub("para", said)  # "córrela pa las diez y media"
    said = _LET_ME_KNOW.sub(lambda m: f"{'R' if m.group(0)[0] == 'A' else 'r'}ecuérd{m[1]}",
                            said)
    said = _NEED_YOU_TO.sub(lambda m: _ASK_SAID[next(g for g in m.groups() if g).lower()], said)
    said = _A_BIT_THEN.sub(" ", _THANKS_FIRST.sub("", said))  # "avance-la un peu, à …"
    said = _OATH.sub(", ", said)  # "No aspetta, mannaggia, alle dieci"
    said = _NAMELY.sub(" ", said)
    said = _FORGOT.sub(" ", said)  # "Und, das hätt ich fast vergessen, einen Nasenspray"
    if _SHIFTED.search(said):  # "mach die 'ne halbe Stunde früher, also um halb sieben"
        said = _RESTATED.sub("", said)
    if _HOW_MANY.search(said):  # "¿cuántos recordatorios tengo ahora en total?"
        said = _IN_ALL.sub("", said)
    while True:  # "Besten Dank." after "… zu setzen? Das wäre nett."
        cut = _THANKS.search(said)
        if cut is None or cut.start() == 0:
            break
        asked = "?" in said[cut.start():]
        said = said[:cut.start()].rstrip(" ,") + ("?" if asked else "")
    for opening, short, zu in _OPENINGS:
        m = opening.match(said)
        if m is not None and m.end() < len(said):
            said = short + said[m.end():]
            if zu:
                said = _ZU_LAST.sub(r" \1\2", said)
            break
    said = _informal(said)
    return said if said.strip() else text
