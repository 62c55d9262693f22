"""When a calendar event ends, as said with it in German, French, Spanish or Italian: a
clock range ("von 9 bis 11", "de 14 h à 16 h", "de cuatro a cinco de la tarde", "dalle
tre alle quattro del pomeriggio", "zwischen zwei und vier") or a length ("eine Stunde
lang", "pendant une heure", "durante hora y media", "per due ore").

``said_span(text, lang)`` finds the words and reads them into :class:`event_span.Said`
(its ``Range.times`` picks the clock times as for English: "de cuatro a cinco de la
tarde" is 16:00–17:00, "von 9 bis 11" the morning). Each end is read by the language's
time normaliser, so "halb vier", "quinze heures", "las cinco y media" all count.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from hark.nlu.event_span import Clock, Range, Said
from hark.nlu.normalize import normalize

_HOURS = {
    "de": r"eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|"
          r"vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|einundzwanzig|"
          r"zweiundzwanzig|dreiundzwanzig|mittag|mitternacht",
    # (the joined hours before their first word: "dix-sept" is no "dix")
    "fr": r"dix-sept|dix-huit|dix-neuf|vingt et une|vingt-deux|vingt-trois|une|deux|trois|"
          r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
          r"midi|minuit",
    "es": r"una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
          r"quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiuna|veintiuno|"
          r"veintidós|veintitrés|mediodía",
    "it": r"una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|"
          r"quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|ventuno|"
          r"ventidue|ventitré|ventitre|mezzogiorno|mezzanotte",
}
# minutes said after the hour, and the hour's own word
_AFTER = {
    "de": r"(?:\s+uhr)?(?:\s+(?:\d{1,2}|fünfzehn|dreißig|fünfundvierzig|zehn|zwanzig|vierzig))?",
    "fr": r"(?:\s*(?:heures?|h))?(?:\s+(?:et demie|et quart|moins le quart|moins quart|"
          r"trente|quinze|quarante-cinq|\d{1,2}))?",
    "es": r"(?:\s+(?:y media|y cuarto|menos cuarto|y treinta|y quince|y \d{1,2}))?",
    "it": r"(?:\s+(?:e mezza|e mezzo|e un quarto|e trenta|e quindici|meno un quarto|e \d{1,2}))?",
}
# a clock time's "half"/"quarter" before the hour (German)
_BEFORE = {"de": r"(?:(?:halb|viertel nach|viertel vor|viertel|dreiviertel)\s+)?"}
# the part of the day said after the end, which both ends share
_PART = {
    "de": r"(?:\s+(?:uhr\s+)?(?P<part>morgens|früh|vormittags|mittags|nachmittags|abends|nachts|"
          r"am morgen|am vormittag|am nachmittag|am abend|in der nacht))?",
    "fr": r"(?:\s+(?P<part>du matin|de l'après-midi|de l'aprem|du soir|de la nuit))?",
    "es": r"(?:\s+(?P<part>de la mañana|de la tarde|de la noche|del mediodía))?",
    "it": r"(?:\s+(?P<part>del mattino|di mattina|della mattina|del pomeriggio|di pomeriggio|"
          r"di sera|della sera|di notte|della notte))?",
}
_PARTS = {"morgens": "morning", "früh": "morning", "vormittags": "morning", "am morgen": "morning",
          "am vormittag": "morning", "du matin": "morning", "de la mañana": "morning",
          "del mattino": "morning", "di mattina": "morning", "della mattina": "morning"}
# the words before the start, between, and before the end
_JOIN = {
    "de": (r"(?:von|zwischen)\s+(?:(?:um|ca\.?|etwa)\s+)?", r"\s+(?:bis(?:\s+um)?|und|-)\s+"),
    "fr": (r"(?:de|entre|depuis)\s+", r"\s+(?:à|a|jusqu'à|jusqu'a|et|-)\s+"),
    "es": (r"(?:de|desde|entre)\s+(?:las?\s+)?", r"\s+(?:a|hasta|y|-)\s+(?:las?\s+)?"),
    "it": (r"(?:dalle|dall'|da|tra le|fra le|tra|fra)\s*", r"\s+(?:alle|all'|a|fino alle|e le|-)\s*"),
}
# what is said in the range's place, so the start's day is read with a time of its own
_AT = {"de": "um {a}", "fr": "à {a}", "es": "a las {a}", "it": "alle {a}"}
_LENGTH = {
    "de": r"(?:(?:für|dauert|dauer(?:t)? etwa)\s+)?(?P<d>{D})\s+lang\b|(?:dauert|dauer|geht|"
          r"braucht|rechne|rechnen sie|mach|mache|"
          # "ab 8 Uhr für zwei Stunden"
          r"für)\s+(?:(?:so|etwa|ungefähr|ca\.?|wohl|mal|ma|aber|doch|diesmal|nur|halt|eben|"
          r"allerdings)\s+)*(?P<d2>{D})",  # ("die geht aber anderthalb Stunden")
    "fr": r"(?:pendant|durant|pour|ça dure|qui dure|dure|compte|comptez|mettons|prévois|"
          # "il en a pour deux heures", "on en aura pour une heure": how long it takes
          r"prévoyez|(?:(?:il|elle|ils|elles|on|ça)\s+)?en (?:a|aura|ont|auront|avons|aurons)"
          r" pour)\s+(?:environ\s+|bien\s+)?(?P<d>{D})(?:\s+(?:à peu près|environ))?",
    "es": r"(?:durante|por|dura|eso es|es|son)\s+(?:unas?\s+|como\s+)?(?P<d>{D})",
    "it": r"(?:per|della durata di|dura|la dura)\s+(?:(?:circa|però|invece|stavolta)\s+)*"
          r"(?P<d>{D})",  # ("questa dura però un'ora e mezza")
}
# a length said alone between commas or last, after the event ("einen Videocall mit Marcus
# ein, eine Stunde, und …", "una chiamata con Marcus martedì alle 15, mezz'ora", "…, sempre
# mezz'ora"): said of the event, not part of its title
_ALONE = (r",\s*(?:(?:sempre|ancora|circa|immer|wieder|so|etwa|ungefähr|ca\.?|toujours|encore|"
          r"environ|siempre|unos|unas|como|más o menos)\s+)?(?P<d3>{D})(?=\s*(?:[,;.!?]|$))")
# (the tens of minutes spelt out: "zwanzig Minuten", "quarante minutes", "treinta minutos")
_TENS = (r"fünfundvierzig|fünfzehn|zwanzig|dreißig|vierzig|neunzig|zehn|quarante-cinq|quinze|"
         r"vingt|trente|quarante|cinquante|dix|cuarenta y cinco|quince|veinte|treinta|cuarenta|"
         r"cincuenta|diez|quarantacinque|quindici|venti|trenta|quaranta|cinquanta|dieci")
# (tens only of minutes: "vingt heures", "quince horas" are clock times)
_DURATION = (rf"(?:(?:{_TENS})\s*(?:minuten?|minutes?|minutos?|minuti)(?!\w)|"
             r"(?:(?:eine?|einer|'ne|un|une|una|un'|uno|zwei|drei|vier|fünf|deux|trois|quatre|dos|"
             r"tres|cuatro|due|tre|quattro|anderthalb|eineinhalb|\d+|media|mezza|mezz'|demi-|"
             r"dreiviertel|halbe?)\s*)+(?:stunden?|minuten?|heures?|minutes?|horas?|horitas?|"
             r"minutos?|ore|ora|minuti)(?!\w)(?:\s+(?:und|et|y|e)\s+(?:demie|media|mezza|mezzo|"
             r"un quarto|quart|"
             r"cuarto|\d+\s+\w+|eine halbe))?)")

# a verb of setting a length, before the length said alone: "Mets une demi-heure", "Mach
# eine Stunde", "Ponle hora y media", "Facciamo mezz'ora"
_SET_LENGTH = {
    "de": r"(?:mach|mache|machen sie|rechne|rechnen sie|plan|sagen wir|sag|nimm|setz)"
          r"(?:\s+(?:mal|ma|lieber|doch|bitte|einfach|dafür|mir))*",
    "fr": r"(?:mets|mettez|compte|comptez|prévois|prévoyez|disons|note|notez)"
          r"(?:-en|-lui|-y|-le|-la)?(?:\s+(?:plutôt|juste|lui|en))*",
    "es": r"(?:pon|ponle|ponme|póngale|calcula|cuenta|digamos|que sea|déjalo en|déjala en)"
          r"(?:\s+(?:mejor|solo|le))*",
    "it": r"(?:metti|mettici|mettile|facciamo|fai|calcola|diciamo|conta|segna)"
          r"(?:\s+(?:pure|solo|ci))*",
}


def length_alone(text: str, lang: str) -> str | None:
    """The words of a length said alone for an event, at most a verb of setting it before
    ("Mets une demi-heure." → "une demi-heure", "Facciamo un'ora"), else None."""
    verbs = _SET_LENGTH.get(lang)
    if verbs is None:
        return None
    m = re.fullmatch(rf"\W*(?:(?:{verbs})\s+)?(?P<d>{_DURATION})[\s.!?]*", text.strip(), re.I)
    return m["d"] if m else None


# German: a range said without "von", its ends joined by "bis": "Samstag, zehn bis zwölf
# Uhr" (not a length: "zehn bis fünfzehn Minuten")
_BARE = {"de": (r"", r"\s+bis(?:\s+um)?\s+")}
_NOT_CLOCK = r"(?!\s*(?:minuten|min|stunden|sekunden|tage|wochen)\b)"


def _built(lang: str, joins: tuple[str, str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    clock = (rf"(?:\d{{1,2}}(?:[:.h]\d{{2}})?|{_BEFORE.get(lang, '')}(?:\d{{1,2}}(?![:.h]\d)|"
             rf"{_HOURS[lang]})){_AFTER[lang]}")  # ("bis halb 12")
    before, between = joins
    apart = _PART[lang].replace("(?P<part>", "(?P<apart>")  # "de huit heures du soir à minuit"
    rng = re.compile(rf"(?<![\w'])(?:{before})(?P<a>{clock}){apart}(?P<join>{between})"
                     rf"(?P<b>{clock}){_PART[lang]}(?![\w']){_NOT_CLOCK}", re.I)
    length = re.compile(rf"(?<![\w'])(?:{_LENGTH[lang].format(D=_DURATION)})(?![\w'])|"
                        rf"{_ALONE.format(D=_DURATION)}", re.I)
    return rng, length


_PATTERNS = {lang: _built(lang, _JOIN[lang]) for lang in _HOURS}
_BARE_RANGES = {lang: _built(lang, joins)[0] for lang, joins in _BARE.items()}


def _clock(words: str, lang: str) -> Clock | None:
    v = normalize("time", words, datetime.now(UTC), lang)
    if v is None or v.get("kind") != "time":
        return None
    hour, minute = (int(x) for x in v["time"].split(":"))
    if v.get("ambiguous"):
        return Clock(hour % 12 or 12, minute, None)
    return Clock(hour, minute, None)


def said_span(text: str, lang: str) -> Said | None:
    """The first clock range or length said in ``text`` (lower-cased, in ``lang``)."""
    patterns = _PATTERNS.get(lang)
    if patterns is None:
        return None
    rng, length = patterns
    bare = _BARE_RANGES.get(lang)
    found_ranges = [*rng.finditer(text), *(bare.finditer(text) if bare else [])]
    for m in found_ranges:
        a, b = _clock(m["a"], lang), _clock(m["b"], lang)
        if a is None or b is None:
            continue
        if m["apart"] and a.meridiem is None and a.hour <= 12:  # the start's own part
            a = Clock(a.hour, a.minute, "am" if _PARTS.get(m["apart"].lower()) else "pm")
        part = m["part"]  # "de cuatro a cinco de la tarde": both ends' part of the day
        found = Range(a, b, _PARTS.get(part.lower(), "afternoon") if part else None)
        if found.ok():
            return Said(found, None, m.span(), _AT[lang].format(a=m["a"]))
    for m in length.finditer(text):
        said = next(w for w in m.groupdict().values() if w)
        v = normalize("duration", said, datetime.now(UTC), lang)
        if v is not None and v.get("kind") == "duration" and 0 < v["seconds"] <= 31 * 86400:
            return Said(None, timedelta(seconds=v["seconds"]), m.span())
    return None
