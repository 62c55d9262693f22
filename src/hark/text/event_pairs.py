"""Several calendar events put in with one request, each with its own day or time, in
English, German, French, Spanish and Italian: "add a year-end review on Thursday at eleven
for ninety minutes, and a VAT call with HMRC on Friday at three", "Schreib ma bitte zwei
Sachen ein: morgen um zwölf Essen mit der Hanni, und am Donnerstag um dreiviertel fünf
den Elternabend", "Mets-moi le baptême samedi à dix heures, et dimanche à seize heures le
match de foot", "segnami due cose: giovedì alle tre e mezza il pediatra, e sabato alle
otto la pizza coi cugini"; or several of one thing, counted, each at its own time: "Trag
mir morgen zwei Besichtigungen ein, um 17:30 und um 18:15", "add three fittings on
Saturday at 10, at 11 and at 12", "Segna due visite domani, alle 17 e alle 18".

:func:`events_paired` says each as a request of its own, joined as several requests are
("add … on Thursday at 11, and add … on Friday at 3"); other text is returned as it was.
Before, one event was made, named after both and timed by the first (the counted ones:
one, at the first time, its day lost to "morgen zwei" read as 2 o'clock).
"""

from __future__ import annotations

import re
from datetime import datetime

from hark.nlu.time_spans import find_time_spans
from hark.text.en_words import HOUR_WORDS, WEEKDAYS

# the request's verb, after a greeting or two ("Servus!", "Amunì,"), and "two things:"
_OPENER = r"^(?:[\w'!¡¿]+[\s,!]+){0,3}?"
_ADD = {
    "en": r"(?:add|put|book|schedule|pencil in|stick|pop)(?:\s+(?:in|me|down))?",
    "de": r"(?:trag|schreib|notier|setz)\w*(?:\s+(?:mir|ma|mal|bitte|doch))*",
    "fr": r"(?:mets|ajoute|note|inscris|bloque)(?:-moi|-nous)?",
    "es": r"(?:apunta|anota|agenda|añade|pon|ponme|apúntame|anótame|anotame|apuntame|agendame|"
          r"agéndame)",
    "it": r"(?:segna|segnami|metti|mettimi|aggiungi|aggiungimi|annota|annotami)",
}
_TWO_THINGS = (r"(?:\s+(?:zwei|drei|two|three|deux|trois|dos|tres|due|tre)\s+(?:sachen|dinge|"
               r"termine|things|events|appointments|choses|rendez-vous|cosas|citas|cose|"
               r"appuntamenti)(?:\s+ein)?\s*:)?")
_JOIN = {"en": r",?\s+and\s+", "de": r",?\s+und\s+", "fr": r",?\s+et\s+", "es": r",?\s+y\s+",
         "it": r",?\s+e\s+"}
_SAID = {"en": ("add {part}", ", and "), "de": ("trag {part} ein", " und "),
         "fr": ("ajoute à l'agenda {part}", " et "), "es": ("apunta {part}", " y "),
         "it": ("metti in agenda {part}", " e ")}
# words that name nothing: "and same on Friday also" is the same thing again
_NO_NAME = {"same", "also", "too", "again", "well", "one", "another", "the", "and", "auch",
            "gleiche", "gleichen", "dasselbe", "nochmal", "aussi", "même", "encore", "también",
            "mismo", "misma", "otra", "otro", "vez", "anche", "stesso", "stessa", "ancora"}
# other kinds of things: "put the alarm at 7 and the reminder at 8" is none of this
_OTHER_THINGS = re.compile(r"\b(?:alarms?|remind\w*|timers?|lists?|wecker|erinner\w*|liste|"
                           r"réveils?|rappel\w*|minuteurs?|listes?|alarmas?|recordatorios?|"
                           r"temporizador\w*|listas?|sveglie|sveglia|promemoria|timer|"
                           r"ricord\w*|recu[eé]rd\w*)\b", re.I)
# a clock time said as one ("at three", "um zwölf", "alle otto"), not a length read as
# one ("la dura un'ora e mezzo")
_AT_WORD = r"\b(?:at|um|à|a|a las|alle|all'|verso le|gegen|vers|sobre las|las|le|ore)"
_AT = re.compile(_AT_WORD + r"\s+(?=\S)", re.I)
_AT_END = re.compile(_AT_WORD + r"\s*$", re.I)
# a word that names the thing, not its time: three letters or more, no time word
_WORD = re.compile(r"[^\W\d_]{3,}")


def _timed(part: str, lang: str, now: datetime) -> bool:
    """Whether ``part`` says a day or a time, and something besides it."""
    spans = [s for s in find_time_spans(part, now, lang)
             if isinstance(s.value, dict) and (s.value.get("kind") in ("date", "datetime") or (
                 s.value.get("kind") == "time" and (_AT.match(s.raw) or _AT_END.search(
                     part[:s.start or 0]))))]
    if not spans:
        return False
    rest = part
    for s in spans:
        rest = rest.replace(s.raw, " ")
    return any(w.lower() not in _NO_NAME for w in _WORD.findall(rest))


# the end of the same event, said after "and": "checking in Saturday at 4 p.m. and checking
# out Monday the 7th at 11", "beginning Wednesday at 8 and ending Friday at 5:30"
ITS_END = r"checking out|check out|ending|finishing"
_ITS_END = re.compile(rf"(?:{ITS_END}|leaving|back|home|returning|bis|jusqu|hasta|fino)\b", re.I)


# (English) several of one thing on a day at two clock times: "put viewings in on Saturday
# at 10 and 11 am", "book two lessons for Friday at 9 and 2" (it had been one at 10:11)
_CLOCK = rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?|{HOUR_WORDS})"
_MANY_AT = re.compile(
    r"^(?P<verb>(?:(?:can|could) you\s+)?(?:please\s+)?(?:put|add|book|schedule|pencil|pop|stick))"
    r"(?:\s+in)?\s+(?:(?P<n>two|2|both)\s+)?(?P<thing>(?:[\w'-]+\s+){0,2}?[\w'-]+s)\s+(?:in\s+)?"
    rf"(?P<day>(?:on|for)\s+(?:{WEEKDAYS}|tomorrow)\b|tomorrow\b),?\s+at\s+(?P<t1>{_CLOCK})"
    rf"(?P<a1>\s*[ap]\.?m\.?)?\s*,?\s+and\s+(?:at\s+)?(?P<t2>{_CLOCK})(?P<a2>\s*[ap]\.?m\.?)?"
    r"(?P<rest>\s*(?:please)?\s*[.!]*)$", re.I)


def _one_of(things: str) -> str:
    """"viewings" -> "viewing", "lessons" -> "lesson" ("classes" stays as said)."""
    return things[:-1] if re.search(r"(?<![se])s$", things, re.I) else things


# a later request of the sentence: "Move the swimming alarm to Sunday and put viewings in …"
_LATER = re.compile(r"(?:,\s*|\s+)and\s+(?=(?:put|add|book|schedule|pencil|pop|stick)\b)", re.I)


def _many_at(text: str) -> str:
    text = text.strip()
    for at in [0, *(j.end() for j in _LATER.finditer(text))]:
        m = _MANY_AT.match(text[at:])
        if m is None or m["thing"].split()[0].lower() in ("alarms", "reminders", "timers") \
                or (m["n"] or "both").lower() != "both":  # (counted: ``_counted``)
            continue
        thing, day = _one_of(m["thing"]), m["day"]
        a1, a2 = (f"{x.strip()[0].lower()}m" if x else "" for x in (m["a1"], m["a2"]))
        first = f"{m['t1']} {a1 or a2}".strip()
        second = f"{m['t2']} {a2 or a1}".strip()
        return f"{text[:at]}add {thing} {day} at {first}, and add {thing} {day} at {second}."
    return text


# several of one thing, counted: "zwei Besichtigungen", "three fittings", "deux visites"
_COUNTS = {"two": 2, "three": 3, "four": 4, "zwei": 2, "drei": 3, "vier": 4, "deux": 2,
           "trois": 3, "quatre": 4, "dos": 2, "tres": 3, "cuatro": 4, "due": 2, "tre": 3,
           "quattro": 4, "2": 2, "3": 3, "4": 4}
_COUNT = re.compile(rf"(?<![\w'])(?P<n>{'|'.join(_COUNTS)})\s+(?=[^\W\d_]{{3,}})", re.I)
# "one" before each of their times: "eine um 17:30 und eine um 18:15"
_ONE = r"(?:(?:one|eine?n?|une?|una|uno)\s+)?"


def _clock_alone(piece: str, lang: str, now: datetime) -> bool:
    """Whether ``piece`` is a clock time alone ("um 17:30", "a las cinco y media")."""
    spans = find_time_spans(piece, now, lang)
    return len(spans) == 1 and isinstance(spans[0].value, dict) \
        and spans[0].value.get("kind") == "time" and not _WORD.findall(
            re.sub(_AT_WORD + r"(?![\w'])", " ", piece.replace(spans[0].raw, " "), flags=re.I))


def _counted(rest: str, lang: str, now: datetime) -> list[str] | None:
    """Each of several of one thing, counted and then timed one by one ("morgen zwei
    Besichtigungen ein, um 17:30 und um 18:15" → "morgen Besichtigungen um 17:30", …);
    None when ``rest`` says no such thing."""
    count = _COUNT.search(rest)
    if count is None:
        return None
    times = re.compile(rf"(?:^|[,:;]|\s)\s*{_ONE}(?={_AT_WORD}\s)", re.I)
    first = next((m for m in times.finditer(rest, count.end())), None)
    if first is None:
        return None
    head, tail = rest[:first.start()], rest[first.end():].strip(" .!?")
    joins = re.compile(rf"\s*(?:,|{_JOIN[lang].strip(',?')})\s*{_ONE}(?={_AT_WORD}\s|\d)", re.I)
    pieces = [p.strip(" ,") for p in joins.split(tail)]
    at = _AT.match(pieces[0])  # (said once: "at 10 and 11")
    pieces = [p if _AT.match(p) or at is None else f"{at.group(0)}{p}" for p in pieces]
    if len(pieces) != _COUNTS[count["n"].lower()] or not all(
            _clock_alone(p, lang, now) for p in pieces):
        return None
    thing = f"{head[:count.start()]}{head[count.end():]}".strip(" ,:")
    if lang == "de":  # "… zwei Besichtigungen ein, …"
        thing = re.sub(r"\s+ein$", "", thing)
    if not _WORD.search(thing):
        return None
    return [f"{thing} {p}" for p in pieces]


def events_paired(text: str, lang: str, now: datetime) -> str:
    """``text`` said as one request per event when it puts in several, each timed (see the
    module); ``text`` otherwise."""
    if lang == "en" and (many := _many_at(text)) != text:
        return many
    if lang not in _ADD or _OTHER_THINGS.search(text):
        return text
    m = re.match(_OPENER + r"(?:" + _ADD[lang] + r")\b" + _TWO_THINGS, text.strip(), re.I)
    if m is None:
        return text
    rest = text.strip()[m.end():].strip(" ,:")
    form, join = _SAID[lang]
    counted = _counted(rest, lang, now)
    if counted is not None:
        return join.join(form.format(part=p) for p in counted)
    if lang == "de":  # "… den Elternabend ein."
        rest = re.sub(r"\s+ein[\s.!]*$", "", rest)
    cuts = [j for j in re.finditer(_JOIN[lang], rest, re.I)]
    parts: list[str] = []
    at = 0
    for j in cuts:
        left = rest[at:j.start()]
        if _timed(left, lang, now) and _timed(rest[j.end():], lang, now) \
                and not _ITS_END.match(rest[j.end():]):
            parts.append(left)
            at = j.end()
    if not parts:
        return text
    parts.append(rest[at:])
    return join.join(form.format(part=p.strip(" ,.;")) for p in parts)
