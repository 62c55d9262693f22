"""A sentence of news first, then the request, in German, French, Spanish and Italian: "Ach
Gott, Lisa hat wieder Fieber. Mach mir eine Erinnerung: …", "J'ai une grippe carabinée.
Annule le dîner avec Anna." — the request alone; so too a sentence of news after it
("Den Wecker unter der Woche … auf dreiviertel sechs, gell? Vom neuen Häusle aus brauch i
halt länger ins Geschäft.").

Read whole, the news was read with the request ("Lisa hat wieder Fieber" made it a list
entry). ``without_story(text, lang)`` keeps the sentences from the first one that asks
for something up to the news after it (news with no day, time or length), when the news
before it says no day or time and the request does not
point back at it ("… Trag das ein" is :mod:`hark.text.noted_after`'s); other text comes
back as it was. (English has its own readers of a reason told first.) ``without_news_after(text, lang)``
drops, in English, a sentence of news with a day of its own after a request that says its
own day or time ("Can you move the bins reminder to Wednesday, same time? Thursday
night's football now.": not Thursday).
"""

from __future__ import annotations

import re

from hark.dialogue.openers_other import LANGUAGES, Reader, reader
from hark.dialogue.reason_after import REMARK_SENTENCE
from hark.nlu.repeat_changes import day_names
from hark.text.reason_clause import CLOCK_WORDS

_SENTENCES = re.compile(r"(?<=[.!?…])\s+(?=\S)")
# a day or a time said in the news: it may be the request's own
_WHEN = re.compile(r"\d|\b(?:heute|morgen|übermorgen|demain|aujourd'hui|ce soir|mañana|hoy|"
                   r"esta noche|domani|oggi|stasera|uhr|heures?|horas?|ore|"
                   + "|".join(day_names()) + r")\b", re.I)
# a length said after the request: it may be the request's ("Der dauert eine Stunde")
_LENGTH = re.compile(r"\b(?:stunden?|minuten?|heures?|minutes?|hora|horas|minutos?|ora|ore|"
                     r"minuti|dur\w+|dauer\w*)\b|\b(?:bis|jusqu'?(?:à|a)|hasta|fino a)\s+(?:\d|"
                     r"ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|une?|"
                     r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|midi|minuit|las?|"
                     r"mezz\w+|medio\w*|le\s+\d|l'una)", re.I)
# the request pointing back at the news: "trag das ein", "note-le", "apúntalo", "segnalo"
_POINTS_BACK = re.compile(r"\b(?:das|des|dat|daran|dran|ça|cela|eso|esto|questo|quello)\b|"
                          r"-(?:le|la|les)\b|\b\w*[áéíó]\w*(?:lo|la|los|las)\b|"
                          r"\b(?:segna|metti|scrivi|ricorda|sposta|cancella|togli|annota)"
                          r"(?:me|ce|te)?(?:lo|la|li|le)\b", re.I)


# a correction said first: "Nee, nicht Hafermilch, …", "Non, pas le lait, …", "No, la leche
# no, …", "No, non il latte, …"
_PUT_RIGHT = re.compile(r"^\W*(?:(?:nee|nein|ne|non|no|nah|naw)\b[\s,.!]*)+(?:nicht|pas|not|non|"
                        r"no|mica)?\b"
                        # "Ah sorry, halb elf, nicht zehn.", "Pardon, dix heures et demie"
                        r"|^\W*(?:(?:ah|oh|äh|euh|eh)\b[\s,]*)?(?:sorry|pardon|entschuldigung|"
                        r"tschuldigung|désolée?|perdón|perdona|scusa|scusami)\b"
                        # "Halt, die Servietten nicht, …", "Espera, el zumo no, …": the thing
                        # just added, said not meant
                        r"|^\W*(?:(?:halt|stopp|warte|moment|ach|attends|espera|aspetta)\b[\s,.!]*)+"
                        r"(?:die|der|das|den|el|la|los|las|il|lo|i|gli|le)\s+[\w-]+\s+(?:nicht|no)\b",
                        re.I)


# news, then "so" and a request that names its own thing: "Allora, domani devo andare a
# prendere mia cognata a Linate, atterra alle sette e dieci, quindi la sveglia delle sette e
# un quarto spostala alle cinque e mezza" (the news' times are not the request's)
_THING = (r"(?:(?:la|il|lo|le|el|los|las|den|die|das|les|meinen|mon|ma|mi)\s+)"
          r"(?:sveglia|promemoria|timer|riunione|appuntamento|despertador|alarma|recordatorio|"
          r"temporizador|cita|reunión|réveil|rappel|minuteur|réunion|rendez-vous|wecker|"
          r"erinnerung|timer|termin)\b[^?]*")
# a kind of thing named: the request before news after a comma says what it makes, or the
# list it changes ("Die Bananen kannst du von der Einkaufsliste runternehmen, die isst …")
_KIND_SAID = re.compile(r"\b(?:sveglia|promemoria|timer|despertador|alarma|recordatorio|"
                        r"temporizador|réveil|rappel|minuteur|wecker|erinnerung|liste|lista|"
                        r"\w+liste)\b", re.I)
_SO_THEN = re.compile(
    r"^(?P<news>[^?]{15,200}?),?\s+(?:quindi|perciò|per cui|donc|du coup|así que|asi que|"
    rf"entonces|deshalb|daher)\s+(?P<ask>{_THING})$", re.I)
# news said before a colon, then a request that names its own thing: "Ya tengo el
# cuadrante: la alarma de las 6:30 de entre semana pásala a las 5:10" (whole, it was read as
# a question about the alarm)
_COLON_THEN = re.compile(rf"^(?P<news>[^:?]{{10,160}}):\s+(?P<ask>{_THING})$", re.I)
# news said before a colon, then a question of its own: "Ich muss mal gucken, wie ich das
# ohne Auto hinkrieg: Was steht am Mittwoch im Kalender?" (whole, it was not understood)
_COLON_ASKED = re.compile(r"^(?P<news>[^:?]{10,160}):\s+(?P<ask>[¿]?[^:?]{3,160}\?)$")
# a request's own limit, no news: "Solo para mañana, pon la alarma de entre semana a las ocho"
_ONLY = re.compile(r"\W*(?:solo|sólo|solamente|soltanto|only|just|nur|seulement|juste)\b",
                   re.I)
# news, then after a comma (and maybe "so") a verb that changes a thing it names: "Da
# domani i muratori attaccano alle sette e mezza, anticipa la sveglia dei giorni feriali
# alle sei meno un quarto" (not 7:30), "Le carreleur vient samedi matin, donc décale le
# réveil natation à dimanche"
_CHANGE_THEN = re.compile(
    r"^(?P<news>[^?,]{15,200}),\s+(?:(?:quindi|perciò|donc|du coup|alors|así que|asi que|"
    r"entonces|also|deshalb|daher)\s+)?(?P<ask>(?:anticipa|posticipa|sposta|cambia|metti|"
    r"avanza|avance|recule|décale|déplace|change|mets|adelanta|atrasa|mueve|cambia|pasa|"
    rf"pon|stell|verschieb|leg)\s+{_THING})$", re.I)


def without_news_then_so(text: str, lang: str) -> str:
    """``text`` without news said before "quindi" / "donc" / "así que" (or a colon) and a
    request that names its own thing (or, after a colon, a question), or before a comma and a change of a thing it names
    (whole, the news' times were read as the request's)."""
    if lang not in LANGUAGES:
        return text
    read = reader(lang)
    so = _SO_THEN.match(text.strip())
    if so is not None and read.asks(so["ask"]):
        return so["ask"]
    colon = _COLON_THEN.match(text.strip())
    if colon is not None and len(colon["news"].split()) >= 3 and read.asks(colon["ask"]) \
            and not (_WHEN.search(colon["news"]) or _KIND_SAID.search(colon["news"])
                     or read.asks(colon["news"])):
        return colon["ask"]
    asked = _COLON_ASKED.match(text.strip())
    if asked is not None and len(asked["news"].split()) >= 4 and read.asks(asked["ask"]) \
            and not (_WHEN.search(asked["news"]) or _KIND_SAID.search(asked["news"])
                     or read.asks(asked["news"])):
        return asked["ask"]
    change = _CHANGE_THEN.match(text.strip())
    news = change["news"] if change is not None else ""
    if change is not None and len(news.split()) >= 4 and not _ONLY.match(news) \
            and (_WHEN.search(news) or CLOCK_WORDS.search(news)) and read.asks(change["ask"]) \
            and not read.opens(change["news"].lower(), after_free_text=True):
        # (a weak opener is news: "da domani …" is no "da' …")
        return change["ask"]
    return text


def without_story(text: str, lang: str) -> str:
    """``text`` from its first sentence that asks for something (see the module)."""
    if lang not in LANGUAGES:
        return text
    parts = _SENTENCES.split(text.strip())
    read = reader(lang)
    if len(parts) < 2:
        alone = _without_news_clause(text, read)
        return alone if alone != text else _day_then_asked(text, read)
    first = next((i for i, p in enumerate(parts) if read.asks(p)), None)
    if first is None:
        return text
    def told(p: str) -> bool:  # asks, or says a day, a time or a length
        return read.asks(p) or bool(_WHEN.search(p) or _LENGTH.search(p))

    end = first + 1  # a sentence of news after the request goes too ("Den Wecker unter
    # der Woche … auf dreiviertel sechs, gell? Vom neuen Häusle aus brauch i halt länger")
    while end < len(parts) and told(parts[end]):
        end += 1
    if any(told(p) for p in parts[end:]):
        end = len(parts)  # news, then something asked again: all kept
    before, after = " ".join(parts[:first]), " ".join(parts[end:])
    if before and _PUT_RIGHT.match(before):  # "Nee, nicht Hafermilch, normale Vollmilch,
        return text  # drei Liter. Und die Bananen …": a correction first, not news
    if not (before or after) or _WHEN.search(before) or (before and _POINTS_BACK.search(
            " ".join(parts[first:end]))):
        return text
    return " ".join(parts[first:end])


def _without_news_clause(text: str, read: Reader) -> str:
    """``text`` without news said after its last comma, when what is before it asks for a
    thing by its own words and the news says no day, time or length and asks nothing:
    "Mettimi una sveglia per giovedì, passa il camion a prendere il cassone", "Ich brauch
    am Donnerstag 'nen Wecker, da kommt der Laster und holt den Container ab"."""
    head, comma, news = text.strip().rpartition(",")
    if not comma or len(head.split()) < 3 or len(news.split()) < 3 or _WHEN.search(news) \
            or _LENGTH.search(news) or read.asks(news) or not read.asks(head) \
            or _POINTS_BACK.search(head) or not _KIND_SAID.search(head):
        return text
    if _REMINDER_SAID.search(head) and (_ERRAND[read.lang].search(news.strip(" .!"))
                                        or _THAT_CLAUSE.match(news)):
        return text  # "… ne Erinnerung für morgen um 10, dem Vermieter die Fotos schicken":
        # what to be reminded of, not news
    return head.rstrip(" ,") + ("." if text.rstrip().endswith(".") else "")


# a reminder asked for, and what to be reminded of said as an errand, with its verb not
# bent to anyone: "dem Vermieter die Fotos schicken", "d'appeler le plombier", "llamar al
# casero", "di chiamare il tecnico"
_REMINDER_SAID = re.compile(r"erinner|rappel|recordatorio|recu[eé]rd|promemoria|ricord", re.I)
# ... or said as what one is to do, after "that": "…, dass ich der Katze ihre Tablette
# geb", "…, que je sorte le chien", "…, que le saque la basura", "…, che devo innaffiare"
_THAT_CLAUSE = re.compile(r"\s*(?:dass|daß|que|qu'|che)\b", re.I)
_ERRAND = {
    "de": re.compile(r"^(?!(?:da|dann|weil|denn|es|er|sie|ich|wir|man)\b)"
                     r"(?:\S+\s+){1,8}(?:zu\s+)?\w+(?:en|ern|eln)$", re.I),
    "fr": re.compile(r"^(?:de\s+|d')?(?:(?:le|la|les|lui|leur|me|m'|se|s')\s*)?\w+(?:er|ir|re)\b",
                     re.I),
    "es": re.compile(r"^(?:de\s+|que\s+)?\w+(?:ar|er|ir)(?:le|la|lo|les|los|las|me|se)?\b", re.I),
    "it": re.compile(r"^(?:di\s+)?\w+(?:are|ere|ire)(?:l[oaie]|gli|mi|si)?\b", re.I),
}


# the one day a sentence of news says: a weekday or tomorrow, with the word said before a
# weekday in a request
_TOMORROW = re.compile(r"demain|mañana|morgen|domani|übermorgen|après-demain|pasado mañana|"
                       r"dopodomani", re.I)
_DAY = re.compile(r"\b(?:" + "|".join(day_names()) + rf")\b|\b(?:{_TOMORROW.pattern})\b", re.I)
_ON_DAY = {"de": "am {}", "es": "el {}", "fr": "{}", "it": "{}"}


def _day_then_asked(text: str, read: Reader) -> str:
    """``text`` as its request with the day said in the news before it, when the news says
    one day and no time and the request names a thing and no day or time: "Faut que je
    sois debout pour le camion de la benne mercredi, mets-moi un réveil" → "mets-moi un
    réveil mercredi" (then "Pour quelle heure ?")."""
    head, comma, ask = text.strip().rpartition(",")
    days = _DAY.findall(head)
    if not comma or len(head.split()) < 3 or len(set(d.lower() for d in days)) != 1 \
            or re.search(r"\d|\b(?:uhr|heures?|horas?|ore)\b", head, re.I) or _WHEN.search(ask) \
            or not _KIND_SAID.search(ask) or not read.asks(ask) \
            or read.asks_itself(head):
        return text
    day = days[0] if read.lang == "de" else days[0].lower()
    said = day if _TOMORROW.fullmatch(day) else _ON_DAY[read.lang].format(day)
    return f"{ask.strip(' .!')} {said}" + ("." if text.rstrip().endswith(".") else "")


# a question said after a clause of news, its question word first: "Moment, die Kinder
# schreien schon, wie lang brauchen die Nudeln noch?", "Les invités arrivent, combien de
# temps il reste sur le rôti ?", "Ya están aquí los primos, ¿cuánto le queda al arroz?",
# "Arrivano gli ospiti, quanto manca alla pasta?"
_QUESTION_WORD = {
    "de": r"wie|wann|was|welche\w*|wieviel\w*|um wie ?viel",
    "fr": r"quand|combien|quel\w*|qu'est-ce|à quelle|c'est quand|il reste",
    "es": r"¿?\s*(?:cu[aá]nt\w*|cu[aá]ndo|qu[eé]|a qu[eé]|cu[aá]l\w*)",
    "it": r"quanto|quanti|quando|a che|che|cosa|quale|quali",
}


# news, a dash, then a request said of what was just talked about: "Bon, la propriétaire
# de Rocky part samedi matin … — avance-le à sept heures", "… me quedo con la perra hasta
# las nueve — pásala a las nueve y media": two sentences, as if said with a full stop
_DASH_THEN = re.compile(r"\s+[—–]\s+(?=[^—–]+$)")


def dash_as_stop(text: str, lang: str) -> str:
    """``text`` with the dash between news (four words or more, asking nothing) and the
    request after it said as a full stop (see above); else as it is."""
    m = _DASH_THEN.search(text) if lang in LANGUAGES else None
    if m is None:
        return text
    before, after = text[:m.start()].strip(" ,;:"), text[m.end():].strip()
    read = reader(lang)
    if len(before.split()) < 4 or "?" in before or read.asks(before) \
            or not read.asks_itself(after):
        return text
    return f"{before.rstrip('.!')}. {after[:1].upper()}{after[1:]}"


_LAST_DASH = re.compile(r"\s+[—–]\s+(?=[^—–,]*\?\s*$)")


def question_after_news(text: str, lang: str) -> str:
    """``text`` as its question alone when a sentence or a clause of news before it asks
    nothing and says no day, time, length or thing the assistant keeps (whole, the news
    went with the question into what a follow-up carries over: "Und die Wäsche?" was
    then not understood); else as it is."""
    if lang not in _QUESTION_WORD:
        return text
    dashed = _LAST_DASH.sub(", ", text)  # "Ich steh hier im Regen — wie lang braucht die
    if dashed != text:  # Wäsche noch?": the news before a dash, as before a comma
        alone = question_after_news(dashed, lang)
        return alone if alone != dashed else text
    alone = _question_after_story(text, lang)
    if alone is not None:
        return alone
    head, comma, asked = text.strip().rpartition(",")
    asked = asked.strip()
    read = reader(lang)
    if not comma or "?" in head or not asked.endswith("?") or len(asked.split()) < 3 \
            or len(head.split()) < 2 or not re.match(rf"(?:{_QUESTION_WORD[lang]})\b", asked,
                                                     re.I) \
            or _WHEN.search(head) or _LENGTH.search(head) or _KIND_SAID.search(head) \
            or read.asks(head) or _POINTS_BACK.search(asked) or _AND_FIRST.match(head) \
            or not _SUBJECT.search(asked):
        return text  # ("Y la de las dos, ¿a qué hora termina?": the thing said first)
    return asked[:1].upper() + asked[1:]


def _question_after_story(text: str, lang: str) -> str | None:
    """The question said last, in a sentence of its own, after sentences of news that ask
    nothing and say no day, time, length or thing the assistant keeps: "J'ai les mains
    pleines de cire... ma réunion d'équipe demain, c'est à quelle heure?" (whole, it was
    not understood); else None."""
    parts = _SENTENCES.split(text.strip())
    if len(parts) < 2:  # (or a pause typed as dots, said as a comma: "…cire, ma réunion …")
        parts = [p.strip() for p in text.strip().split(",", 1)]
        if len(parts) < 2 or len(parts[0].split()) < 4 or re.match(
                rf"\W*(?:{_QUESTION_WORD[lang]})\b", parts[0], re.I) \
                or _TOPIC.match(parts[0]) or not _SUBJECT.search(parts[1]) \
                or not re.search(rf"(?<!\w)(?:{_QUESTION_WORD[lang]})\b", parts[1], re.I):
            return None  # ("Le dîner avec Anna, c'est à quelle heure …": what is asked of;
            # "Tu me rajoutes beurre, farine … sur la liste ?": no question word, a request)
    if not parts[-1].endswith("?"):
        return None
    before, asked = " ".join(parts[:-1]), parts[-1]
    if "?" in before or len(before.split()) < 3 or _WHEN.search(before) \
            or _LENGTH.search(before) or _KIND_SAID.search(before) \
            or reader(lang).asks(before) or _POINTS_BACK.search(asked) \
            or _AND_FIRST.match(asked):
        return None
    return asked[:1].upper() + asked[1:]


# a thing named first, with its article: what the question after the comma asks of
_TOPIC = re.compile(r"\W*(?:le|la|les|l'|el|los|las|il|lo|gli|der|die|das|den|dem|mon|ma|mes|"
                    r"mi|mis|mein\w*|unser\w*|notre|nos|nuestr\w+)\b", re.I)


# the question's own thing, with its article: "die Nudeln", "sur les pâtes", "alla pasta"
_SUBJECT = re.compile(r"\b(?:der|die|das|den|dem|vom|zum|zur|beim|im|am|mein\w*|le|la|les|"
                      r"au|aux|du|des|mon|ma|mes|el|los|las|al|del|mi|mis|il|lo|gli|i|alla|"
                      r"allo|ai|agli|alle|della|dello|dei|degli|delle|sul|sulla|nel|nella|"
                      r"mio|mia)\s+\w{3,}|\bl'\w{3,}", re.I)
# a turn opened by "and": a thing said first, then asked of
_AND_FIRST = re.compile(r"\W*(?:und|et|y|e|ed)\b", re.I)


# (not after "a.m.", "p.m.": "an alarm at 7:45 a.m. on Friday, I'm …" is one sentence)
_EN_SENTENCES = re.compile(r"(?<=[.!?…])(?<![ap]\.m\.)\s+(?=\S)", re.I)
_EN_DAY = re.compile(r"\d|\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)"
                     r"days?|weekends?|morning|evening|noon|midnight|same time)\b", re.I)
# a sentence that tells rather than asks: a verb of being or having in it
_TELLS = re.compile(r"\w's\b|\b(?:is|are|was|were|i'm|we're|he's|she's|they're|i've|we've|"
                    r"have|has|got|gets|starts?|moved)\b", re.I)
# a sentence that puts the request right or adds to it, not news
_PUT_RIGHT_EN = re.compile(r"^\W*(?:no|nah|sorry|actually|wait|i mean|make|and|also|oh|but|"
                           r"not|then|instead)\b|\b(?:it|that|them|instead|too|as well)\b", re.I)


_REMARK = re.compile(REMARK_SENTENCE, re.I)


# words that open a turn before its request: "Aye, well, shift it to the Saturday, …"
_OPENERS_EN = re.compile(r"^(?:(?:aye|well|ok|okay|right|so|yeah|yes|oh|um|erm|hmm|alright|och|ah|"
                         r"grand)[\s,]+)+", re.I)


def without_news_after(text: str, lang: str) -> str:
    """``text`` without the sentences of news after its request (English; see the
    module)."""
    if lang != "en":
        return text
    from hark.dialogue.compound import opens_request

    parts = _EN_SENTENCES.split(text.strip())
    if len(parts) < 2 or not opens_request(_OPENERS_EN.sub("", parts[0]), False) \
            or not _EN_DAY.search(parts[0]):
        return text
    news = parts[1:]
    if all(_TELLS.search(p) and _EN_DAY.search(p) and not _PUT_RIGHT_EN.search(p)
           and not opens_request(p, False) and not p.rstrip().endswith("?") for p in news):
        return parts[0]
    if _REMARK.match(" ".join(news)):  # "…, about the delivery slot. They have not
        return parts[0]  # confirmed only, till now."
    return text


# news with a day, then a question of "that day": "I've got to take Mum to the GP on
# Wednesday afternoon, what's on my calendar that day?"
_NEWS_DAY_ASKED = re.compile(
    r"^(?P<news>(?:i've got to|i have to|i've to|i need to|i'm|we're|i've got|we've got|"
    r"i'll be|we'll be)\b[^,?]*?\b(?P<day>(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"tomorrow)))(?:\s+(?:morning|afternoon|evening|night))?[^,?]*[,.;]\s*(?P<ask>(?:so\s+)?"
    r"(?:what|what's|whats|is|have|do|anything)\b[^?]*?\bthat day\b[^?]*\?)\s*$", re.I)


def news_day_asked(text: str, lang: str) -> str:
    """``text`` as the question of its news' day, when news with a day is followed by a
    question of "that day" (English); else as it is."""
    m = _NEWS_DAY_ASKED.match(text.strip()) if lang == "en" else None
    if m is None:
        return text
    day = m["day"] if m["day"].lower().startswith(("on ", "tomorrow")) else f"on {m['day']}"
    return re.sub(r"\bthat day\b", day, m["ask"], count=1, flags=re.I)

