"""Find times, dates, durations and repeats in text of any supported language.

The CRF slot tagger (:mod:`hark.nlu.slots`) learnt from English data; on a German or
Italian sentence it marks whole phrases as ``event_name``. For those languages the model
path takes its slots from here instead: the longest word spans that the normalisers
(:mod:`hark.nlu.normalize`, en/de/fr/es/it) read as a time, date, duration or repeat,
from a filler or known word to a known word (numbers, units, weekdays, "tomorrow"…),
trimmed of leading fillers that do not change the value ("für sieben Uhr" → "sieben Uhr").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from hark.nlu.lexicon import word_class
from hark.nlu.normalize import normalize
from hark.nlu.normalize.lexicon import lexicon
from hark.nlu.normalize.numbers import Num
from hark.nlu.normalize.tokens import analyse
from hark.types import Slot

MAX_WORDS = 12  # "todos los martes y jueves a las seis y media de la mañana"
# a word, as the span finders here and in date_questions / move_requests split text
WORD = re.compile(r"[^\s,;!?¿¡()\"]+")
# normaliser kind → slot name the skills read (alarms: time/date/general_frequency,
# timers: duration, reminders: time/date)
_SLOT_OF_KIND = {"time": "time", "time_range": "time", "datetime": "time",
                 "datetime_range": "time", "date": "date", "date_range": "date",
                 "duration": "duration", "recurrence": "general_frequency"}
# try a combined date+time first; a bare hour ("um sieben") only reads as a time
_TRIES = ("datetime", "time", "duration")
# words that make a bare number a clock time: "um sieben", "à sept", "a las siete",
# "alle sette" — but not "die fünf besten Lieder"
CLOCK_WORDS = {
    "en": {"at", "around", "by", "till", "until"},
    "de": {"um", "gegen", "bis", "ab"},
    "fr": {"à", "a", "vers", "jusqu'à", "dès"},
    "es": {"a", "las", "la", "sobre", "hasta", "desde"},
    "it": {"alle", "all'", "le", "verso", "per", "fino", "dalle"},
}


_IN_FIGURES = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?")


def _known(tokens: list) -> bool:
    """A number, a clock time ("19:00"), a date in figures ("15/12", "8.1.") or one of the
    lexicon's symbols (units, weekdays, "tomorrow", "o'clock"…)."""
    return any(isinstance(t, Num) or str(t).startswith("@") or _IN_FIGURES.fullmatch(str(t))
               for t in tokens)


def known_word(word: str, lang: str) -> bool:
    """Whether ``word`` can carry a time value in ``lang`` (not a filler like "about")."""
    return _known(analyse(word, lexicon(lang).lang))


# a day of the month written as an English ordinal: "11th", "2nd"
DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)"
_ON_THE = re.compile(rf"on\s+the\s+{DAY_NUMBER}$", re.I)


def _value(span: str, now: datetime, lang: str) -> dict | None:
    toks = analyse(span, lang)
    if len(toks) == 1 and isinstance(toks[0], Num):
        first = span.split()[0].casefold()
        if first not in CLOCK_WORDS.get(lang, set()) and not (
                lang == "en" and toks[0].ordinal and _ON_THE.match(span)):
            return None  # a bare number ("sieben", "die fünf") is not a time (but "on the
            # 11th" is that day)
    amounts = [t for t in toks if t != "@and" and not str(t).startswith("@u:")]
    if not amounts and all(t == "@and" for t in toks):
        return None  # "è" (is) folds to "e" (and): no value
    value = _value_of(span, now, lang)
    if value is not None and value.get("kind") == "duration" and not amounts:
        return None  # a bare unit ("wie viele Tage", "che giorno") is no length of time
    return value


def _value_of(span: str, now: datetime, lang: str) -> dict | None:
    for kind in _TRIES:
        v = normalize(kind, span, now, lang)
        if v is not None and v.get("kind") in _SLOT_OF_KIND:
            return v
    return None


# an indefinite article is "one" too: "Klingelt am Samstag ein Wecker?", "¿Suena el sábado
# una alarma?" name no one o'clock; it is an hour only after a clock's preposition ("um
# ein Uhr" ends on "Uhr"; "a la una", "alle una")
_ARTICLES = {"de": {"ein", "eine", "einen", "einem"}, "fr": {"un", "une"},
             "es": {"un", "una", "uno"}, "it": {"un", "una", "uno"}}
_CLOCK_BEFORE = {"um", "gegen", "à", "vers", "la", "las", "a", "alle", "verso"}


def _article_alone(text: str, words: list[tuple[int, int]], i: int, j: int, lang: str) -> bool:
    """Whether the span of ``words[i:j]`` ends on an article said as one, not as an hour."""
    last = text[words[j - 1][0]:words[j - 1][1]].casefold().rstrip(":.")  # ("… Uhr ein: …")
    if last not in _ARTICLES.get(lang, ()):
        return False
    return j - 1 == i or text[words[j - 2][0]:words[j - 2][1]].casefold() not in _CLOCK_BEFORE


# a repeat said in words whose last is no time word alone: "am Wochenende immer"
_REPEATS = frozenset({"@weekends", "@weekdays", "@daily", "@weekly", "@monthly", "@yearly"})


def _repeat_at(text: str, words: list[tuple[int, int]], k: int, lang: str,
               step: int) -> bool:
    """Whether a repeat of two or three words starts (``step`` 1: "unter der Woche") or
    ends (``step`` -1: "am Wochenende immer") at ``words[k]``."""
    for n in (1, 2):
        other = k + step * n
        if 0 <= other < len(words):
            a, b = sorted((k, other))
            said = analyse(text[words[a][0]:words[b][1]], lang)
            if len(said) == 1 and said[0] in _REPEATS:
                return True
    return False


# a second clock time said with its own "at": "um 8 und um 20 Uhr", "à 9 heures et à 21
# heures", "a las ocho y a las diez", "alle sette e alle nove", "at 8 and at 8"
_TWO_CLOCKS = re.compile(r"\b(?:and|und|et|y|e)\s+(?:at|um|à|a las|a la|alle|all')\s", re.I)


# "one" said for another thing, then its time: "e uno alle diciannove e trenta" (not 1:19)
_ONE_MORE_AT = re.compile(r"(?:one|uno|una|un|une|eins|einen)\s+(?:at|um|à|a las|a la|alle|all')\s",
                          re.I)


_JOINED_NOUN = re.compile(r"(?<=\d)-(?=[A-ZÄÖÜ])")


# a clock range, "from" one clock "to" another: "dalle 9 alle 10", "de las tres a las cuatro",
# "de 9h à 10h" — two times, not one (9:10, 3:04) nor a length (19 hours)
_CLOCK_RANGE = re.compile(r"(?:^|(?<=[\s,]))(?:dalle|dall'|delle|della|dalla|de las|de la|desde las|"
                          r"de|dès|von)\s+(?P<a>\w+(?:[:.h]\d\d)?h?)(?:\s+(?:y|e|et|und)\s+\w+)?"
                          r"\s+(?P<to>alle|all'|a las|a la|a|à|jusqu'à|hasta las|bis)\s+(?=\w)", re.I)


def _clock_range_tos(text: str, lang: str) -> list[tuple[int, int]]:
    """Where each "to" of a clock range is in ``text`` (the "from" side a number)."""
    return [m.span("to") for m in _CLOCK_RANGE.finditer(text)
            if any(isinstance(t, Num) for t in analyse(m.group("a").rstrip("h"), lang))]


def find_time_spans(text: str, now: datetime, lang: str) -> list[Slot]:
    """Non-overlapping slots, left to right, each with its normalised value."""
    # "den 6:30-Wecker": the time a word of its own before the noun it is joined to
    words = [(m.start(), m.end()) for m in WORD.finditer(_JOINED_NOUN.sub(" ", text))]
    lang = lexicon(lang).lang
    # a value starts at a filler ("um", "à", "alle") or a known word and ends at a known
    # word: numbers and the lexicon's symbols (units, weekdays, "tomorrow", "o'clock"…)
    toks = [analyse(text[a:b], lang) for a, b in words]
    known = [_known(ts) or _repeat_at(text, words, k, lang, -1) for k, ts in enumerate(toks)]
    for k in range(1, len(words)):  # the last word of a name in two ("Christmas Eve")
        if not known[k] and known[k - 1] and len(toks[k]) == 1 and _joined(
                analyse(text[words[k - 1][0]:words[k][1]], lang)):
            known[k] = True
    for k in range(2, len(words)):  # the last of two words said as one after a time: "alle
        # 5 in punto" (o'clock), not known apart ("in", "punto")
        if not known[k] and not known[k - 1] and known[k - 2] and len(toks[k]) == 1 and \
                any(not isinstance(t, str) for t in toks[k - 2]) and \
                _joined(analyse(text[words[k - 1][0]:words[k][1]], lang)):  # (after a
            # number: not "del sábado que viene el alicatador", the tiler comes that day)
            known[k] = True
    for k in range(2, len(words)):  # "next" said after a day in two words, at the end or
        # before a clock or a mark: "el lunes que viene.", "el lunes que viene a las ocho"
        # (still not "el sábado que viene el alicatador")
        if not known[k] and not known[k - 1] and known[k - 2] and any(
                str(t).startswith(("@wd:", "@u:")) for t in toks[k - 2]) and analyse(
                    text[words[k - 1][0]:words[k][1]], lang) == ("@next",) and (
                k + 1 == len(words) or known[k + 1]
                or re.match(r"\s*[,.;:!?]", text[words[k][1]:])):
            known[k - 1] = known[k] = True
    opens = [k or not ts or _repeat_at(text, words, i, lang, 1)
             for i, (k, ts) in enumerate(zip(known, toks, strict=True))]
    out: list[Slot] = []
    joins = [m.span() for m in _TWO_CLOCKS.finditer(text)]  # ("à 9 heures et à 21 heures":
    tos = _clock_range_tos(text, lang)  # ("dalle 9 alle 10": "alle 10" a time, not "9 alle 10")
    i = 0  # two times, not 9:21)
    while i < len(words):
        found = None
        start = words[i][0]
        for j in range(min(len(words), i + MAX_WORDS), i, -1) \
                if opens[i] and not _ONE_MORE_AT.match(text, start) else ():
            if not known[j - 1] or _article_alone(text, words, i, j, lang) \
                    or any(start <= a and b <= words[j - 1][1] for a, b in joins) \
                    or any(start < a and b <= words[j - 1][1] for a, b in tos):
                continue
            v = _value(text[words[i][0] : words[j - 1][1]], now, lang)
            if v is not None and v.get("kind") in ("time", "datetime") and j < len(words) \
                    and toks[j] in (("@u:min",), ("@u:s",)):
                continue  # "viernes quince | minutos antes": fifteen minutes, no hour
            if v is not None:
                found = (i, j, v)
                break
        if found is None:
            i += 1
            continue
        a, b, v = found
        # the span ends on a known word; drop leading fillers that do not change the
        # value ("für sieben Uhr" → "sieben Uhr")
        while (b - a > 1 and not known[a]
               and _value(text[words[a + 1][0] : words[b - 1][1]], now, lang) == v):
            a += 1
        start, end = words[a][0], words[b - 1][1]
        raw = text[start:end]
        if (b < len(words) and text[words[b - 1][1]:words[b][0]].isspace() and (
                holiday_of_thing(raw, text[words[b][0]:words[b][1]], lang)
                or ordinal_of_thing(raw, text[words[b][0]:words[b][1]], lang))) or (
                a > 0 and holiday_meal_of(raw, text[words[a - 1][0]:words[a - 1][1]], lang)):
            i = found[1]  # "the Christmas cards", "the new year party": which ones, no day
            continue
        if b == a + 1 and weekday_of_topic(text, start, lang):
            i = b  # "ring Bev about the Saturday roster": what it is about, not when
            continue
        if b < len(words) and day_part_of_thing(
                text[words[max(a - 1, 0)][0]:end], raw, text[words[b][0]:words[b][1]], lang):
            i = b  # "la soirée scène ouverte vendredi": a thing's name, then the day
            continue
        if meal_of_thing(text, words, a, lang):
            i = a + 1  # "the rehearsal dinner on Friday": a thing's name, then the day
            continue
        v = _length_said(text[:start], raw, v, now, lang)
        out.append(Slot(_SLOT_OF_KIND[v["kind"]], raw, v, start, end))
        i = found[1]
    return _without_feast_of(text, out, lang)


_MEALS = frozenset({"dinner", "supper", "lunch", "breakfast", "brunch"})
# what may stand between "the" and a meal that is still a time: "the Sunday lunch"
_MEAL_TIMED = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|"
                         r"tonight|same|usual|next|last|this|early|late)$", re.I)
_ARTICLES_EN = frozenset({"the", "a", "an", "our", "my", "your", "their", "his", "her"})


def meal_of_thing(text: str, words: list[tuple[int, int]], a: int, lang: str) -> bool:
    """Whether the word at ``a`` of ``text`` (``words``: their spans) is a meal named as a
    thing (:func:`meal_named`)."""
    return a >= 2 and meal_named(*(text[x:y] for x, y in words[a - 2:a + 1]), lang=lang)


def meal_named(article: str, before: str, meal: str, lang: str) -> bool:
    """Whether ``meal`` is a meal named as a thing with the word ``before`` it and an
    ``article`` before that: "the rehearsal dinner", "a team lunch", "my birthday
    breakfast" (not "after dinner", "the Sunday lunch"), English."""
    if lang != "en" or meal.lower() not in _MEALS:
        return False
    article = article.lower()
    return before.isalpha() and not _MEAL_TIMED.match(before) \
        and analyse(before, lang) == (before.lower(),) \
        and (article in _ARTICLES_EN or article.endswith("'s"))
# French "heure" is an hour long and an o'clock: after a word of lasting ("Ça dure une
# heure", "pendant deux heures et demie", "prévois une heure") it is the length
_LASTS_BEFORE = {"fr": re.compile(r"\b(?:dure|durent|durera|durer|pendant|prévois|prévoyez|"
                                  r"compte|comptez|prend|prendra|durée d'|durée de)\s*$", re.I)}
_HOURS_SAID = re.compile(r"^(?:une|deux|trois|quatre|cinq|six|\d)\s+heures?"
                         r"(?:\s+et\s+(?:demie|quart))?\W*$", re.I)


def _length_said(before: str, raw: str, v: dict, now: datetime, lang: str) -> dict:
    """``v``, or the length ``raw`` says when it is a clock time of hours said after a
    word of lasting (see above)."""
    lasts = _LASTS_BEFORE.get(lang)
    if lasts is None or v.get("kind") != "time" or not lasts.search(before) \
            or not _HOURS_SAID.match(raw):
        return v
    length = normalize("duration", raw.rstrip(" .,!?"), now, lang)
    return length if length is not None and length.get("kind") == "duration" else v


# a feast said as what a thing is of: "le spectacle de Noël", "la cena de Navidad", "il
# concerto di Natale", "die Feier von Weihnachten", "the nativity of Christmas"
_OF_BEFORE = re.compile(r"\b(?:de|du|des|di|del|della|dello|von|vom|zu|of)\s+$", re.I)


def is_feast(said: str, lang: str) -> bool:
    """Whether ``said`` names a feast and nothing else of when ("Noël", "Natale")."""
    toks = analyse(said, lexicon(lang).lang)
    return bool(toks) and all(str(t).startswith("@hol:") for t in toks)


def _without_feast_of(text: str, slots: list[Slot], lang: str) -> list[Slot]:
    """``slots`` without a feast named as what a thing is of when another day is said
    ("Ajoute le spectacle de Noël …, c'est le jeudi 10": Thursday the 10th, not Christmas
    day; the feast stays in the title)."""
    days = [s for s in slots if s.name in ("date", "time")]
    if len(days) < 2:
        return slots
    feasts = [s for s in days if s.start is not None and is_feast(s.raw, lang)
              and _OF_BEFORE.search(text[:s.start])]
    if not feasts or len(feasts) == len(days):
        return slots
    return [s for s in slots if s not in feasts]


def _joined(tokens: tuple) -> bool:
    """Whether two words read as one of the lexicon's names ("Christmas Eve")."""
    return len(tokens) == 1 and str(tokens[0]).startswith("@")


# what may follow a holiday said as a day: "at Christmas", "Christmas morning", "New Year's
# Eve at 8", "Easter, …" (any other word makes it a kind of thing: "Christmas cards")
_AFTER_A_DAY = frozenset(
    "at on in to for and or but then so please with from i we you me it my our this next "
    "morning afternoon evening night lunchtime eve day week weekend before after till "
    "until by when as is it's if too as well again instead".split())


def holiday_of_thing(span: str, after: str, lang: str) -> bool:
    """Whether ``span``, a holiday alone, names a kind of thing with ``after``, the word
    said straight after it ("the Christmas cards", "the new year party"), English."""
    if lang != "en":
        return False
    said = analyse(span, lang)
    after = after.lower().rstrip(".:")
    return bool(said) and all(str(t).startswith("@hol:") for t in said) \
        and after.isalpha() and after not in _AFTER_A_DAY


_ABOUT_THE = re.compile(r"\b(?:about|regarding|re|concerning)\s+the\s+$", re.I)
_WORD_AT = re.compile(r"([\w']+)(?:\s+([\w']+))?")


def weekday_of_topic(text: str, start: int, lang: str) -> bool:
    """Whether the word at ``start`` of ``text`` is a weekday that is part of what something
    is about, with "about the" before it and a thing's word after it: "ring Bev about the
    Saturday roster", "a reminder about the Friday collection" (not "about the Friday
    after next", "about the Sunday lunch"), English."""
    if lang != "en" or not _ABOUT_THE.search(text, 0, start):
        return False
    m = _WORD_AT.match(text, start)
    if m is None or not m[2]:
        return False
    said = analyse(m[1], lang)
    after = m[2].lower()
    return bool(said) and all(str(t).startswith("@wd:") for t in said) and after.isalpha() \
        and after not in _AFTER_A_DAY and word_class(after) is None and after not in _MEALS


# a part of the day said with an article as the kind of thing it is: "la soirée scène
# ouverte", "une matinée portes ouvertes", "la serata karaoke", "una velada flamenca"
_DAY_PART_THING = re.compile(r"(?:la|une|ma|notre|leur|una|nostra|mia|esta|nuestra)\s+"
                             r"(?:soir[ée]e|matin[ée]e|serata|mattinata|velada)", re.I)
# what still says when after it: "la soirée de vendredi", "la serata del 4", "la soirée à 20 h"
_DAY_PART_AFTER = frozenset(
    "de du des d à a au en et ou di del della dello dei al alle y o e entre tra fra vers "
    "verso hacia sur pour per para".split())


def day_part_of_thing(before: str, said: str, after: str, lang: str) -> bool:
    """Whether ``said``, a part of the day with its article ("une matinée") or after it
    (``before``: the word before it and it, "la soirée"), names a kind of thing with
    ``after``, the word said straight after it (see above), French, Italian, Spanish."""
    after = after.lower().rstrip(".:,")
    return lang in ("fr", "it", "es") and any(
        _DAY_PART_THING.fullmatch(w.strip()) for w in (said, before)) \
        and after.isalpha() and after not in _DAY_PART_AFTER and not _known(analyse(after, lang))


_ORDINAL_ALONE = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            rf"tenth|{DAY_NUMBER})", re.I)


def ordinal_of_thing(span: str, after: str, lang: str) -> bool:
    """Whether ``span``, an ordinal alone ("second", "3rd"), says which of a kind of thing
    with ``after``, the word said straight after it: "a possible second visit from the
    engineer", "the third fitting" (not "on the second at 10", "the 2nd of December"),
    English."""
    after = after.lower().rstrip(".:")
    return lang == "en" and bool(_ORDINAL_ALONE.fullmatch(span.strip())) and after.isalpha() \
        and after not in _AFTER_A_DAY and word_class(after) is None


_WHOSE = frozenset({"the", "a", "our", "my", "your", "their", "his", "her", "work", "office",
                    "team", "family", "school"})


def holiday_meal_of(span: str, before: str, lang: str) -> bool:
    """Whether ``span``, a holiday's meal ("Christmas dinner"), is a thing's name with
    ``before``, the word said before it: "the choir's Christmas dinner", "our Christmas
    lunch" (not "at Christmas dinner"), English."""
    if lang != "en":
        return False
    said = analyse(span, lang)
    before = before.lower()
    return len(said) == 2 and str(said[0]).startswith("@hol:") \
        and str(said[1]).startswith("@tod:") and (before in _WHOSE or before.endswith("'s"))


def with_repeat_time(slots: list[Slot]) -> list[Slot]:
    """"every Monday at six" said as one repeat: its clock time also fills ``time`` (the
    slot alarms require) when no time slot was found."""
    if any(s.name == "time" for s in slots):
        return slots
    for s in slots:
        v = s.value
        if s.name == "general_frequency" and isinstance(v, dict) and v.get("time"):
            t = {"kind": "time", "time": v["time"]}
            if v.get("ambiguous"):
                t["ambiguous"] = True
            return [*slots, Slot("time", s.raw, t, s.start, s.end)]
    return slots


# the parts of the day whose bare clock is the afternoon's or evening's: "lunchtime, say 12.30"
_PM_PARTS = frozenset({"lunch", "afternoon", "evening", "tonight", "night", "dinner"})


def one_when(spans: list[Slot]) -> list[Slot]:
    """Of the times in one answer to "when?", the one meant: a day and hour said in full
    over a part of the day said besides ("the night before the wedding, so Friday the 11th,
    at 8 pm"); a day's part made exact by a clock said after it ("Thursday the 10th,
    lunchtime... say 12.30"). ``spans`` as they are when neither."""
    timed = [s for s in spans if isinstance(s.value, dict)]
    exact = [s for s in timed if s.value.get("kind") == "datetime"
             and not s.value.get("part_of_day")]
    vague = [s for s in timed if s.value.get("part_of_day")]
    if len(exact) == 1 and vague:
        return [s for s in spans if s not in vague]
    clocks = [s for s in timed if s.value.get("kind") == "time" and s.value.get("time")]
    if exact or len(vague) != 1 or len(clocks) != 1 or vague[0].value.get("kind") != "datetime" \
            or (vague[0].start or 0) > (clocks[0].start or 0):
        return spans
    part, clock = vague[0].value, clocks[0].value
    day = datetime.fromisoformat(part["datetime"])
    hh, mm = (int(x) for x in clock["time"].split(":")[:2])
    if clock.get("ambiguous") and part.get("part_of_day") in _PM_PARTS and hh < 12:
        hh += 12 if not (part.get("part_of_day") == "lunch" and hh >= 11) else 0
    if clock.get("ambiguous") and part.get("part_of_day") == "morning" and hh > 12:
        hh -= 12  # "Saturday morning, at the ground, around ten": ten in the morning (read
        # as the next ten from now, tonight's)
    if part.get("part_of_day") == "lunch" and hh == 0:
        hh = 12  # "lunchtime, 12.30" read as half past midnight
    at = day.replace(hour=hh % 24, minute=mm) + timedelta(days=1 if hh >= 24 else 0)
    joined = Slot(vague[0].name, f"{vague[0].raw} {clocks[0].raw}",
                  {"kind": "datetime", "datetime": at.isoformat()}, vague[0].start, clocks[0].end)
    return [joined if s is vague[0] else s for s in spans if s is not clocks[0]]
