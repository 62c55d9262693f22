"""Something said first as news, then "put that in the calendar" (five languages): "I have to
go to the GP on Wednesday at half eight in the morning. Put that in the calendar.", "I've
got physio on Thursday at 3, can you put that in my diary?", "Am Mittwoch muss ich zum
Hausarzt, um halb neun in der Früh. Tragen Sie mir das bitte ein.", "J'ai le kiné jeudi à
15 heures, mets-le dans l'agenda.", "Tengo médico el jueves a las once, apúntalo.",
"Giovedì alle undici ho il medico, segnalo in agenda."

Read as said, the news became the event's title whole ("On Wednesday I have to go to the
GP", "j'ai le kiné mets-le") or, with no thing named in the request, Hark asked what to
put in. ``noted_after(text)`` says it as the calendar's own request, the news without
the speaker's "I have to go to" ("Put the GP on Wednesday at half eight in the morning in
my calendar"); other text comes back as it was.
"""

from __future__ import annotations

import re

from hark.nlu.repeat_changes import day_names
from hark.text.en_words import HOUR_WORDS, WEEKDAYS
from hark.text.length_told import LENGTH

_END = r"\s*(?:please|bitte|s'il (?:te|vous) pla[iî]t|por favor|per favore|for me|thanks)?\s*[.!?]*\s*$"

# the request after the news, pointing back at it with "that", "das", "le", "lo"
_ASK = {
    "en": r"(?:(?:and\s+)?(?:can|could|would|will) you\s+|please\s+|just\s+)*(?:put|add|pop|stick|"
          r"write|note|get|pencil|bung|chuck)\s+(?:(?:that|it|this)\s+)?(?:down\s+)?(?:in|into|on|to)\s+"
          r"(?:(?:the|my)\s+)?(?:calendar|diary)(?:\s+for me)?"
          # its clock said after it: "…, please put it in calendar for six pm"
          rf"(?:\s+(?:for|at)\s+(?P<clock>(?:\d{{1,2}}(?:[:.]\d\d)?|{HOUR_WORDS})(?:\s*(?:am|pm|a\.m\.|"
          r"p\.m\.|o'clock))?))?",
    "de": r"(?:kannst du\s+|können sie\s+|bitte\s+)?(?:trag|trage|tragen sie|tragt|schreib|notier)"
          r"(?:\s+(?:mir|ma|mia|uns))?\s+(?:das|des|dat|den|ihn|es)(?:\s+(?:bitte|mal|ma|doch|noch))*"
          r"\s+(?:ein|in (?:den |meinen )?kalender(?: ein)?)",
    "fr": r"(?:(?:tu peux|vous pouvez|peux-tu|pouvez-vous)\s+(?:le|la|me le|me la)\s+"
          r"(?:mettre|noter|ajouter|inscrire)|(?:mets|mettez|note|notez|ajoute|ajoutez|inscris|"
          r"inscrivez)-(?:le|la)(?:-moi)?|(?:mets|mettez|note|notez)(?:-moi)?\s+ça)"
          r"(?:\s+(?:dans|à|sur)\s+(?:l'|mon\s+|ton\s+|votre\s+)?(?:agenda|calendrier))?",
    "es": r"(?:ap[uú]nta|an[oó]ta|ag[eé]nda|p[oó]n|gu[aá]rda|ap[uú]nte|an[oó]te)(?:me)?(?:lo|la)"
          r"(?:\s+(?:en\s+(?:el|mi|la)\s+(?:calendario|agenda)))?",
    "it": r"(?:segna|metti|scrivi|aggiungi|segnate|mettete)(?:lo|la|melo|mela|celo)"
          r"(?:\s+(?:in|nel|nell'|all'|sul|sull')\s*(?:agenda|calendario))?",
}
# how long it lasts, said after the request (de/fr/es/it): "…, trag ma den bitte ein, der
# dauert zwei Stunden", "…, note-le, ça dure une heure"
_LASTS = (r"(?:\s*[.,;]\s*(?P<lasts>(?:(?:der|die|das|er|sie|es|ça|ca|il|elle|e|y)\s+)?"
          r"(?:dauert|geht|dure|durera|dura|durará|durerà)\s+[^.,;!?]{2,40}?))?")
_ASKED = {lang: re.compile(rf"^(?P<news>\S.{{4,200}}?)\s*[.,;!]\s+(?:{ask})"
                           rf"{_LASTS if lang != 'en' else ''}{_END}", re.I)
          for lang, ask in _ASK.items()}
# (de/fr/es/it) the news' "is now on", before its day or time: "der Schiedsrichterkurs is
# jetzt am Mittwoch …", "la réunion est maintenant jeudi …" (and a word that opens the turn)
_IS_ON_OTHER = {
    "de": r"\s+(?:ist|is)\s+(?:jetzt\s+|nun\s+|doch\s+|diesmal\s+)?(?=(?:am|um|morgen|übermorgen|"
          r"heute|nächste\w*|diese\w*)\b)",
    "fr": r"\s+(?:est|sera)\s+(?:maintenant\s+|désormais\s+)?(?=(?:le|demain|à|ce|cette|lundi|mardi|"
          r"mercredi|jeudi|vendredi|samedi|dimanche)\b)",
    "es": r"\s+(?:es|está|será)\s+(?:ahora\s+)?(?=(?:el|a las|mañana|pasado|este|esta|lunes|martes|"
          r"miércoles|jueves|viernes|sábado|domingo)\b)",
    "it": r"\s+(?:è|sarà)\s+(?:adesso\s+|ora\s+)?(?=(?:il|alle|domani|dopodomani|questo|questa|lunedì|"
          r"martedì|mercoledì|giovedì|venerdì|sabato|domenica)\b)",
}
_OPENER_OTHER = re.compile(r"^(?:so|also|na|bon|alors|bueno|pues|allora|ok|okay)\b\s*,?\s*", re.I)

# the speaker's own words before the thing: "I have to go to", "muss ich", "j'ai"
_SPEAKER = {
    "en": re.compile(r"(?:^|(?<=\s))(?:(?:the|my|our)\s+[\w' -]{2,30}?\s+(?:says?|said|told me)\s+"
                     r"(?:that\s+)?(?=i\b))?"  # "the hall office say I must collect …"
                     r"\b(?:i(?:'ve| have)? got(?: to)?(?: go to| see)?|i have(?: to)?(?: go to| see)?|"
                     r"i need to(?: go to| see)?|i must(?: go to| see)?|i'm (?:going to|seeing|off to|on|working|doing)|"
                     r"i'll be (?:at|seeing)|i've|there's|we(?:'ve)? (?:have|got))\s+", re.I),
    "de": re.compile(r"\b(?:(?:muss|hab|habe|geh|gehe|soll|hätt|hätte)\s+(?:ich|i)|"
                     r"(?:ich|i)\s+(?:muss|hab|habe|gehe|geh|soll))\b\s*", re.I),
    "fr": re.compile(r"\b(?:j'ai|je dois (?:aller |voir )?|je vais (?:voir )?|il y a)\s*", re.I),
    "es": re.compile(r"\b(?:tengo(?: que ir a| que ver a)?|debo ir a|voy a)\s+", re.I),
    "it": re.compile(r"\b(?:ho|devo andare|devo vedere|vado)\s+", re.I),
}
# (English) the day said first: "On Wednesday the GP, at half eight in the morning"
_WHEN_FIRST = re.compile(r"^(?P<when>(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
                         r"today|tonight|this (?:morning|afternoon|evening))\s+(?P<rest>\S.*)$", re.I)
# (de/fr/es/it) a weekday said first: "Venerdì ho una cena dai Rossi" ("Venerdì una cena"
# had read "una" as one o'clock)
_DAY_FIRST = re.compile(r"^(?P<when>(?:am\s+|le\s+|el\s+)?(?:" + "|".join(day_names()) + r"))\s+(?P<rest>\S.*)$",
                        re.I)
# the calendar's own request, by language
_SAID = {"en": "Put {news} in my calendar.", "de": "Trag mir {news} ein.",
         "fr": "Note dans l'agenda {news}.", "es": "Apunta en el calendario {news}.",
         "it": "Segna in agenda {news}."}


# "remind me of that", pointing back at the news, and when: "Remind me about that at 9",
# "Erinnere mich um neun daran", "Rappelle-moi ça à neuf heures", "Recuérdamelo a las nueve",
# "Ricordamelo alle nove"
_REMIND = {
    "en": r"(?:(?:can|could|would|will) you\s+|please\s+|so\s+|just\s+)*remind me\s+(?:about|of)\s+"
          r"(?:that|it|this)\b|(?:(?:can|could|would|will) you\s+|please\s+|so\s+|just\s+)*remind me\s+"
          r"to do (?:that|it|this)\b",
    "de": r"(?:bitte\s+)?erinner(?:e|n sie)?\s+mich(?P<mid>(?:\s+[\w:.]+){0,5}?)\s+(?:daran|dran)\b",
    "fr": r"rappel(?:le|lez)-(?:le-)?moi(?:-le|\s+ça|\s+cela)?\b",
    "es": r"(?:recu[eé]rd(?:a|e)melo|recu[eé]rd(?:a|e)me\s+eso)\b",
    "it": r"(?:ricordamelo|ricordami\s+(?:questo|quello|di farlo))\b",
}
_REMINDED = {lang: re.compile(rf"^(?P<news>\S.{{4,200}}?)\s*[.,;!]\s+(?:{ask})(?P<rest>[^.!?]*){_END}",
                              re.I) for lang, ask in _REMIND.items()}
# the speaker's "I need to", "faut que je", "tengo que": the errand is what follows
_NEED = {
    "en": re.compile(r"^(?:so\s+|oh\s+|right\s+)?(?:i(?:'ve| have)? (?:got|need) to|i have to|i must|"
                     r"i(?:'ll| will) need to|i should|i'm supposed to)\s+", re.I),
    "de": re.compile(r"\b(?:(?:muss|soll|sollte)\s+(?:ich|i)|(?:ich|i)\s+(?:muss|soll|sollte))\s+", re.I),
    "fr": re.compile(r"^(?:(?:il\s+)?faut\s+que\s+(?:je\s+|j')|je\s+dois\s+|j'ai\s+besoin\s+d(?:e\s+|'))",
                     re.I),
    "es": re.compile(r"\b(?:tengo\s+que|debo|necesito)\s+", re.I),
    "it": re.compile(r"\b(?:devo|mi tocca|bisogna che)\s+", re.I),
}
_REMIND_SAID = {"en": "Remind me to {errand}{rest}.", "de": "Erinnere mich{rest} daran, {errand}.",
                "fr": "Rappelle-moi {errand}{rest}.", "es": "Recuérdame {errand}{rest}.",
                "it": "Ricordami di {errand}{rest}."}


def _remind_after(text: str, lang: str) -> str:
    """News, then "remind me of that" and when: one reminder of what the news said."""
    m = _REMINDED[lang].match(text.strip()) if lang in _REMINDED else None
    if m is None:
        return text
    need = _NEED[lang].search(m["news"])
    if need is None or (lang in ("en", "fr") and need.start() != 0):
        return text  # (news with no errand: "It's my sister's birthday. Remind me about it")
    errand = " ".join((m["news"][:need.start()] + " " + m["news"][need.end():]).split()).strip(" ,")
    rest = " ".join(((m.groupdict().get("mid") or "") + " " + m["rest"]).split())
    day = _DAY_FIRST.match(errand) if lang != "en" else None
    if day is not None:  # "am Freitag die Apotheke anrufen": the day with the time
        errand, rest = day["rest"], f"{day['when']} {rest}".strip()
    return _REMIND_SAID[lang].format(errand=errand, rest=f" {rest}" if rest else "")


def speaker_off(news: str, lang: str) -> str:
    """``news`` without the speaker's own words before the thing ("the hall office say I
    must collect …": "collect …")."""
    return _SPEAKER[lang].sub("", news, count=1) if lang in _SPEAKER else news


# (English) "add that", "put it in", the calendar unsaid: only after news with a day in it
# ("The skip collection is on Thursday, can you put it in?")
_ASKED_BARE = re.compile(
    r"^(?P<news>\S.{4,200}?)\s*[.,;!]\s+(?:(?:and\s+)?(?:can|could|would|will) you\s+|please\s+|"
    r"just\s+)*(?:put|add|pop|stick|pencil|bung)\s+(?:that|it|this)(?:\s+(?:in|down))?" + _END, re.I)
_EN_DAY = rf"(?:{WEEKDAYS}|tomorrow)\b"
_NEWS_DAY = re.compile(rf"\b{_EN_DAY}", re.I)
# what the news says of the thing before its day: "the skip collection is on Thursday",
# "the plumber's coming Friday at 10"
_IS_ON = re.compile(r"(?:\s+(?:is|are)|['’]s)\s+(?:(?:coming|due|booked|happening|arriving)\s+)?"
                    rf"(?=(?:on\s+|this\s+|next\s+)?{_EN_DAY})", re.I)


# (English) how long, said as a sentence after the request: "…, can you put that in? Half
# an hour."
_LENGTH_AFTER = re.compile(rf"(?<=[.?!])\s+(?:(?:it's|it is|it'll be|for)\s+)?(?:(?:about|around|"
                           rf"roughly|just)\s+)?(?P<length>{LENGTH})(?:\s+long)?\s*[.!]*$", re.I)
# (English) a piece that only says when: "Tuesday", "5:30 pm", "tomorrow at 10"
_WHEN_WORD = re.compile(rf"(?:{WEEKDAYS}|tomorrow|today|tonight|at|on|this|next|morning|"
                        rf"afternoon|evening|night|am|pm|a\.m\.|p\.m\.|noon|midday|half|"
                        rf"quarter|past|to|o'clock|{HOUR_WORDS}|\d{{1,2}}(?:[:.]\d{{2}})?"
                        rf"(?:am|pm)?)", re.I)


# (English) news with its day and clock, then the thing named put in with neither: "the
# clinic's just rung, they've moved us to Thursday at ten, can you put the clinic
# appointment in?"
_NAMED_PUT_IN = re.compile(
    r"^(?P<news>\S.{4,200}?)\s*[.,;!]\s+(?:(?:and\s+)?(?:can|could|would|will) you\s+|please\s+|"
    r"just\s+)*(?:put|add|pop|stick|pencil|bung)\s+(?P<thing>(?:the|a|an|my|our)\s+(?!(?:same|"
    r"new)\b)[\w' -]{2,40}?)\s+in(?:to)?(?:\s+(?:the|my)\s+(?:calendar|diary))?" + _END, re.I)
_NEWS_CLOCK = re.compile(rf"\bat\s+((?:half\s+(?:past\s+)?|(?:a\s+)?quarter\s+(?:past|to)\s+)?"
                         rf"(?:\d{{1,2}}(?:[:.]\d\d)?|{HOUR_WORDS})(?:\s*(?:am|pm|a\.m\.|p\.m\.|"
                         rf"o'clock))?)\b", re.I)


def _named_put_in(text: str) -> str | None:
    """"Put {thing} in my calendar on {day} at {clock}." when ``text`` is news with a day
    and a clock, then the thing it is put in as (see :data:`_NAMED_PUT_IN`), else None."""
    m = _NAMED_PUT_IN.match(text.strip())
    if m is None or re.search(r"\d|\bat\b|\b(?:on|for)\s+\w+day\b", m["thing"], re.I):
        return None
    days = list(re.finditer(rf"\b{_EN_DAY}", m["news"], re.I))
    clocks = list(_NEWS_CLOCK.finditer(m["news"]))
    if len(days) != 1 or len(clocks) != 1:
        return None
    day = days[0].group(0)
    on = "" if day.lower() == "tomorrow" else "on "
    return f"Put {m['thing']} in my calendar {on}{day} at {clocks[0].group(1)}."


def _when_first(news: str) -> str:
    """(English) ``news`` with the pieces before its thing that only say when put after it:
    "Tuesday, 5:30 pm, viewing for the flat" -> "viewing for the flat Tuesday 5:30 pm"."""
    pieces = [p.strip() for p in news.split(",")]
    when = []
    while len(pieces) > 1 and pieces[0] and all(_WHEN_WORD.fullmatch(w) for w in pieces[0].split()):
        when.append(pieces.pop(0))
    return f"{', '.join(pieces)} {' '.join(when)}" if when else news


def noted_after(text: str, lang: str) -> str:
    """``text`` with news, then "put that in the calendar" (or "remind me of that"), said
    as one request."""
    pattern = _ASKED.get(lang)
    length = _LENGTH_AFTER.search(text.strip()) if lang == "en" else None
    if length is not None:  # "…, can you put that in? Half an hour."
        said = noted_after(text.strip()[:length.start()], lang)
        return text if said == text.strip()[:length.start()] else \
            f"{said.rstrip(' .')} for {length['length']}."
    m = pattern.match(text.strip()) if pattern is not None else None
    if m is None and lang == "en":
        m = _ASKED_BARE.match(text.strip())
        if m is not None and not _NEWS_DAY.search(m["news"]):
            m = None
    if m is None and lang == "en":
        named = _named_put_in(text)
        if named is not None:
            return named
    if m is None:
        return _remind_after(text, lang)
    news = _IS_ON.sub(" ", speaker_off(_when_first(m["news"]), lang), count=1) if lang == "en" \
        else re.sub(_IS_ON_OTHER[lang], " ", _OPENER_OTHER.sub("", speaker_off(m["news"], lang)),
                    count=1, flags=re.I)
    news = " ".join(news.replace(",", " ").split()).strip(" .;")
    if len(news.split()) < 2:
        return text
    first = _WHEN_FIRST.match(news) if lang == "en" else _DAY_FIRST.match(news)
    if first is not None:  # "On Wednesday the GP at half eight": the thing first
        news = f"{first['rest']} {first['when']}"
    clock = m.groupdict().get("clock")
    if clock:
        news = f"{news} at {clock}"
    said = _SAID[lang].format(news=news)
    lasts = m.groupdict().get("lasts")
    return f"{said.rstrip('.')}, {lasts}." if lasts else said
