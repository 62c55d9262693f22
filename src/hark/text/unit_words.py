"""Unit conversions asked in German, French, Spanish and Italian: "Wie viele Gramm sind ein
Pfund?", "convertis 5 miles en kilomètres", "¿cuántos centímetros hay en una pulgada?",
"quanti grammi ci sono in un chilo". Text only: which amount, from which unit to which
(pint's unit names), and each unit's name in the language. The NLU uses it to route such
questions, the knowledge skill to answer them. English keeps its own, looser parser
(``hark.skills.providers.units``), which accepts any unit pint knows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("de", "fr", "es", "it")

# pint unit -> language -> (singular, plural, other ways to say or write it)
_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "kilometer": {"de": ("Kilometer", "Kilometer", "km", "kilometern"),
                  "fr": ("kilomètre", "kilomètres", "km"),
                  "es": ("kilómetro", "kilómetros", "km"),
                  "it": ("chilometro", "chilometri", "km")},
    "meter": {"de": ("Meter", "Meter", "metern", "m"), "fr": ("mètre", "mètres", "m"),
              "es": ("metro", "metros", "m"), "it": ("metro", "metri", "m")},
    "centimeter": {"de": ("Zentimeter", "Zentimeter", "cm", "zentimetern"),
                   "fr": ("centimètre", "centimètres", "cm"),
                   "es": ("centímetro", "centímetros", "cm"),
                   "it": ("centimetro", "centimetri", "cm")},
    "millimeter": {"de": ("Millimeter", "Millimeter", "mm", "millimetern"),
                   "fr": ("millimètre", "millimètres", "mm"),
                   "es": ("milímetro", "milímetros", "mm"),
                   "it": ("millimetro", "millimetri", "mm")},
    "mile": {"de": ("Meile", "Meilen"), "fr": ("mile", "miles"), "es": ("milla", "millas"),
             "it": ("miglio", "miglia")},
    "yard": {"de": ("Yard", "Yards"), "fr": ("yard", "yards"), "es": ("yarda", "yardas"),
             "it": ("iarda", "iarde", "yard", "yarde")},
    "foot": {"de": ("Fuß", "Fuß", "fuss"), "fr": ("pied", "pieds"), "es": ("pie", "pies"),
             "it": ("piede", "piedi")},
    "inch": {"de": ("Zoll", "Zoll", "inch", "inches"), "fr": ("pouce", "pouces"),
             "es": ("pulgada", "pulgadas"), "it": ("pollice", "pollici")},
    "gram": {"de": ("Gramm", "Gramm", "g"), "fr": ("gramme", "grammes", "g"),
             "es": ("gramo", "gramos", "g"), "it": ("grammo", "grammi", "g")},
    "kilogram": {"de": ("Kilogramm", "Kilogramm", "kilo", "kilos", "kg"),
                 "fr": ("kilogramme", "kilogrammes", "kilo", "kilos", "kg"),
                 "es": ("kilogramo", "kilogramos", "kilo", "kilos", "kg"),
                 "it": ("chilogrammo", "chilogrammi", "chilo", "chili", "kg")},
    "milligram": {"de": ("Milligramm", "Milligramm", "mg"),
                  "fr": ("milligramme", "milligrammes", "mg"),
                  "es": ("miligramo", "miligramos", "mg"),
                  "it": ("milligrammo", "milligrammi", "mg")},
    "pound": {"de": ("Pfund", "Pfund", "lb", "lbs"), "fr": ("livre", "livres", "lb", "lbs"),
              "es": ("libra", "libras", "lb", "lbs"), "it": ("libbra", "libbre", "lb", "lbs")},
    "ounce": {"de": ("Unze", "Unzen", "oz"), "fr": ("once", "onces", "oz"),
              "es": ("onza", "onzas", "oz"), "it": ("oncia", "once", "oz")},
    "tonne": {"de": ("Tonne", "Tonnen"), "fr": ("tonne", "tonnes"),
              "es": ("tonelada", "toneladas"), "it": ("tonnellata", "tonnellate")},
    "liter": {"de": ("Liter", "Liter", "l", "litern"), "fr": ("litre", "litres", "l"),
              "es": ("litro", "litros", "l"), "it": ("litro", "litri", "l")},
    "milliliter": {"de": ("Milliliter", "Milliliter", "ml", "millilitern"),
                   "fr": ("millilitre", "millilitres", "ml"),
                   "es": ("mililitro", "mililitros", "ml"),
                   "it": ("millilitro", "millilitri", "ml")},
    "centiliter": {"de": ("Zentiliter", "Zentiliter", "cl"),
                   "fr": ("centilitre", "centilitres", "cl"),
                   "es": ("centilitro", "centilitros", "cl"),
                   "it": ("centilitro", "centilitri", "cl")},
    "deciliter": {"de": ("Deziliter", "Deziliter", "dl", "dezilitern"), "fr": ("décilitre", "décilitres", "dl"),
                  "es": ("decilitro", "decilitros", "dl"),
                  "it": ("decilitro", "decilitri", "dl")},
    "gallon": {"de": ("Gallone", "Gallonen"), "fr": ("gallon", "gallons"),
               "es": ("galón", "galones"), "it": ("gallone", "galloni")},
    "pint": {"de": ("Pint", "Pints"), "fr": ("pinte", "pintes"), "es": ("pinta", "pintas"),
             "it": ("pinta", "pinte")},
    "cup": {"de": ("Tasse", "Tassen", "cup", "cups"), "fr": ("tasse", "tasses"),
            "es": ("taza", "tazas"), "it": ("tazza", "tazze")},
    "tablespoon": {"de": ("Esslöffel", "Esslöffel", "el"),
                   "fr": ("cuillère à soupe", "cuillères à soupe", "cuillere a soupe"),
                   "es": ("cucharada", "cucharadas"), "it": ("cucchiaio", "cucchiai")},
    "teaspoon": {"de": ("Teelöffel", "Teelöffel", "tl"),
                 "fr": ("cuillère à café", "cuillères à café"),
                 "es": ("cucharadita", "cucharaditas"), "it": ("cucchiaino", "cucchiaini")},
    "degree_Celsius": {"de": ("Grad Celsius", "Grad Celsius", "celsius"),
                       "fr": ("degré Celsius", "degrés Celsius", "celsius"),
                       "es": ("grado Celsius", "grados Celsius", "celsius", "centígrados",
                              "grados centígrados"),
                       "it": ("grado Celsius", "gradi Celsius", "celsius", "centigradi",
                              "gradi centigradi")},
    "degree_Fahrenheit": {"de": ("Grad Fahrenheit", "Grad Fahrenheit", "fahrenheit"),
                          "fr": ("degré Fahrenheit", "degrés Fahrenheit", "fahrenheit"),
                          "es": ("grado Fahrenheit", "grados Fahrenheit", "fahrenheit"),
                          "it": ("grado Fahrenheit", "gradi Fahrenheit", "fahrenheit")},
    "kelvin": {"de": ("Kelvin", "Kelvin"), "fr": ("kelvin", "kelvins"),
               "es": ("kelvin", "kelvin"), "it": ("kelvin", "kelvin")},
    "mile / hour": {"de": ("Meile pro Stunde", "Meilen pro Stunde", "mph"),
                    "fr": ("mile par heure", "miles par heure", "mph", "miles à l'heure"),
                    "es": ("milla por hora", "millas por hora", "mph"),
                    "it": ("miglio orario", "miglia orarie", "mph", "miglia all'ora",
                           "miglia orari")},
    "kilometer / hour": {"de": ("Kilometer pro Stunde", "Kilometer pro Stunde", "km h",
                                "stundenkilometer"),
                         "fr": ("kilomètre par heure", "kilomètres par heure", "km h",
                                "kilomètres heure", "kilomètres à l'heure"),
                         "es": ("kilómetro por hora", "kilómetros por hora", "km h"),
                         "it": ("chilometro orario", "chilometri orari", "km h",
                                "chilometri all'ora")},
    "meter ** 2": {"de": ("Quadratmeter", "Quadratmeter", "qm", "m2", "quadratmetern"),
                   "fr": ("mètre carré", "mètres carrés", "m2"),
                   "es": ("metro cuadrado", "metros cuadrados", "m2"),
                   "it": ("metro quadrato", "metri quadrati", "metri quadri", "m2")},
    "foot ** 2": {"de": ("Quadratfuß", "Quadratfuß", "quadratfuss"),
                  "fr": ("pied carré", "pieds carrés"), "es": ("pie cuadrado", "pies cuadrados"),
                  "it": ("piede quadrato", "piedi quadrati")},
    "hectare": {"de": ("Hektar", "Hektar"), "fr": ("hectare", "hectares"),
                "es": ("hectárea", "hectáreas"), "it": ("ettaro", "ettari")},
    "acre": {"de": ("Acre", "Acres"), "fr": ("acre", "acres"), "es": ("acre", "acres"),
             "it": ("acro", "acri")},
    "second": {"de": ("Sekunde", "Sekunden"), "fr": ("seconde", "secondes"),
               "es": ("segundo", "segundos"), "it": ("secondo", "secondi")},
    "minute": {"de": ("Minute", "Minuten"), "fr": ("minute", "minutes"),
               "es": ("minuto", "minutos"), "it": ("minuto", "minuti")},
    "hour": {"de": ("Stunde", "Stunden"), "fr": ("heure", "heures"), "es": ("hora", "horas"),
             "it": ("ora", "ore")},
    "day": {"de": ("Tag", "Tage", "tagen"), "fr": ("jour", "jours"), "es": ("día", "días"),
            "it": ("giorno", "giorni")},
    "week": {"de": ("Woche", "Wochen"), "fr": ("semaine", "semaines"),
             "es": ("semana", "semanas"), "it": ("settimana", "settimane")},
}

# What makes a sentence with two units a conversion: a "how many/much" word, a verb of
# converting, or "… in/en/a UNIT" closing it ("130 km/h ça fait combien en mph").
_HOW_MANY = {"de": r"wie ?viel\w*|wieviel\w*",
             "fr": r"combien(?: y a t il| il y a)?(?: de| d')?",
             "es": r"cuant[oa]s?", "it": r"quant[ieoa]"}
_CONVERT = {"de": r"\w*rechne\w*|konvertier\w*|umwandeln|wandle",
            "fr": r"convert\w*", "es": r"convert\w*|conviert\w*|pasa|pasame|pasar",
            "it": r"convert\w*"}
_TO = {"de": r"in|nach", "fr": r"en", "es": r"a|en", "it": r"in"}
# an article that stands for "one" right before a unit ("ein Pfund", "una taza")
_ONE = {"de": r"ein|eine|einem|einer|einen|eins", "fr": r"un|une",
        "es": r"un|una|uno", "it": r"un|uno|una|un'"}
_HALF = {"de": r"halbe?[nrs]?", "fr": r"demi", "es": r"medio|media", "it": r"mezzo|mezza"}
_THREE_QUARTERS = {"de": r"drei ?viertel", "fr": r"trois quarts", "es": r"tres cuartos",
                   "it": r"tre quarti"}
# "… und ein halb", "… et demie", "… y cuarto" after a number or its unit: what to add
_AND_PART = {"de": {r"und (?:ein )?halb": "half", r"und ein viertel": "quarter"},
             "fr": {r"et demie?": "half", r"et quart": "quarter"},
             "es": {r"y medio|y media": "half", r"y cuarto": "quarter"},
             "it": {r"e mezzo|e mezza": "half", r"e un quarto": "quarter"}}
_PART = {"half": 0.5, "quarter": 0.25}
_MINUS = r"minus|moins|menos|meno"
_DE_HALVES = {"anderthalb": "1.5", "eineinhalb": "1.5", "zweieinhalb": "2.5",
              "dreieinhalb": "3.5", "viereinhalb": "4.5", "fünfeinhalb": "5.5",
              "sechseinhalb": "6.5", "siebeneinhalb": "7.5", "achteinhalb": "8.5",
              "neuneinhalb": "9.5", "zehneinhalb": "10.5"}
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

# A quantity said in two units, the larger first ("5 feet 10 inches", "1 Meter 80
# Zentimeter", "in Fuß und Zoll"): how many of the smaller make one of the larger.
COMPOUNDS: dict[tuple[str, str], int] = {
    ("foot", "inch"): 12, ("yard", "foot"): 3, ("meter", "centimeter"): 100,
    ("pound", "ounce"): 16, ("stone", "pound"): 14, ("kilogram", "gram"): 1000,
    ("liter", "milliliter"): 1000, ("hour", "minute"): 60, ("minute", "second"): 60,
}
_AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e"}


def split(value: float, big: str, small: str) -> tuple[int, float]:
    """A non-negative ``value`` in ``big`` as whole ``big`` units and the rest in ``small``,
    to a tenth: 5.9 feet -> (5, 10.8), 5.999 feet -> (6, 0.0)."""
    ratio = COMPOUNDS[(big, small)]
    whole = int(value + 1e-9)
    rest = round((value - whole) * ratio, 1)
    if rest >= ratio:
        whole, rest = whole + 1, rest - ratio
    return whole, abs(rest)


def joined(big_amount: float | None, big: str, small_amount: float | None, small: str,
           *, strict: bool = False) -> float | None:
    """"5 feet 10 inches" as feet (5.83…); None unless the two make one quantity: a known
    pair and no negative amount; ``strict`` (the smaller unit not said: "5 feet 10"), the
    smaller part under one of the larger."""
    ratio = COMPOUNDS.get((big, small))
    if ratio is None or big_amount is None or small_amount is None:
        return None
    if big_amount < 0 or small_amount < 0 or (strict and small_amount >= ratio):
        return None
    return big_amount + small_amount / ratio


@dataclass(frozen=True)
class UnitRequest:
    amount: float
    src: str  # pint unit name
    dst: str
    src_small: str | None = None  # said in two units: "1 Meter 80 Zentimeter"
    dst_small: str | None = None  # asked in two units: "in Fuß und Zoll"


@dataclass(frozen=True)
class _Mention:
    unit: str
    start: int
    end: int
    amount: float | None  # the number said right before it, if any
    small: str | None = None  # the second unit of a quantity said in two


def _fold(text: str) -> str:
    """Lower case without accents, "°C" spelt out, punctuation gone: how both the
    lexicon and the question are compared."""
    text = text.lower().replace("’", "'").replace("°c", " celsius").replace("°f", " fahrenheit")
    text = text.replace("ß", "ss").replace("/", " ")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)  # decimal comma
    text = re.sub(r"[^\w\s.'-]|(?<!\d)\.|\.(?!\d)|-(?!\d)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def _lexicon(language: str) -> tuple[dict[str, str], re.Pattern[str]]:
    """Folded unit word -> pint unit, and a regex finding them (longest first; an
    apostrophe ends no word: the "l" of "l'huile" is no litre)."""
    words: dict[str, str] = {}
    for unit, names in _UNITS.items():
        for said in names.get(language, ()):
            words[_fold(said)] = unit
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return words, re.compile(rf"(?<!\w)(?:{alternation})(?![\w'])")


@cache
def _height(language: str) -> re.Pattern[str]:
    """"1 mètre 80": a number of metres followed by two digits of centimetres."""
    words, _ = _lexicon(language)
    meter = "|".join(re.escape(w) for w, unit in words.items() if unit == "meter" and len(w) > 1)
    return re.compile(rf"\b(\d) ({meter}) (?:e |und |y |et )?(\d\d)\b")


def _digits(said: str, language: str) -> str:
    """Numbers and halves as digits: "zweieinhalb Unzen" -> "2.5 unzen", "dos libras y
    media" -> "2.5 libras", "una media taza" -> "0.5 taza", "1 mètre 80" -> "1.8 metre"."""
    from hark.text.numbers import words_to_digits

    text = said.lower().replace("’", "'")  # accents kept: text2num needs "fünf", "trois"
    if language == "de":
        text = re.sub(r"\b(?:" + "|".join(_DE_HALVES) + r")\b",
                      lambda m: _DE_HALVES[m.group()], text)
    if language == "it":
        text = re.sub(r"\bun'(?=\w)", "un ", text)  # "un'oncia"
    # before text2num, which reads "cuarto" as "4º": fractions as words it leaves alone
    for said_part, part in _AND_PART[language].items():
        text = re.sub(rf"\b(?:{said_part})\b", f"and{part}", text)
    text = re.sub(rf"\b(?:{_THREE_QUARTERS[language]})\b", "0.75", text)
    text = _fold(words_to_digits(text, language))
    # a height: "1 mètre 80", "un metro e settanta" -> 1.8 metres
    _, finder = _lexicon(language)
    text = _height(language).sub(lambda m: m.group() if finder.match(text, m.end() + 1)
                      else f"{m.group(1)}.{m.group(3)} {m.group(2)}", text)
    text = re.sub(rf"\b(?:{_MINUS}) (?=\d)", "-", text)  # "moins 40" -> "-40"
    # "2 onces et demie", "2 horas y cuarto": add the part to the number before
    text = re.sub(r"(-?\d+(?:\.\d+)?)((?: [a-z']+){0,3}?) and(half|quarter)\b",
                  lambda m: f"{float(m.group(1)) + _PART[m.group(3)]:g}{m.group(2)}", text)
    # "eine halbe Tasse", "une demi tasse", "media taza", "mezzo litro": a half
    return re.sub(rf"\b(?:(?:{_ONE[language]}|1) )?(?:{_HALF[language]})\b", "0.5", text)


def _mentions(text: str, language: str) -> list[_Mention]:
    words, finder = _lexicon(language)
    found = []
    for m in finder.finditer(text):
        words_before = text[: m.start()].split()[-2:]
        if len(words_before) == 2 and words_before[1] in ("de", "di", "d'"):
            words_before.pop()  # "0.75 de taza", "2 di farina"
        before = words_before[-1] if words_before else ""
        if _NUMBER.fullmatch(before):
            amount: float | None = float(before)
        elif re.fullmatch(_ONE[language], before):
            amount = 1.0
        else:
            amount = None
        if len(m.group()) == 1 and amount is None:
            continue  # "g", "l", "m" are units only after a number
        found.append(_Mention(words[m.group()], m.start(), m.end(), amount))
    return found


def _two_units(text: str, mentions: list[_Mention], language: str) -> list[_Mention]:
    """Mentions with the quantities said in two units made one ("1 meter 80 zentimeter"
    -> 1.8 meter, small "centimeter"), and "fuss und zoll" (no amounts) one target."""
    out: list[_Mention] = []
    number = rf" (?:{_AND[language]} )?{_NUMBER.pattern} "
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.small is None and (prev.unit, m.unit) in COMPOUNDS:
            between = text[prev.end : m.start]
            amount = joined(prev.amount, prev.unit, m.amount, m.unit)
            if amount is not None and re.fullmatch(number, between):
                out[-1] = _Mention(prev.unit, prev.start, m.end, amount, m.unit)
                continue
            if prev.amount is None and m.amount is None and \
                    between == f" {_AND[language]} ":
                out[-1] = _Mention(prev.unit, prev.start, m.end, None, m.unit)
                continue
        out.append(m)
    return out


def parse(text: str, language: str) -> UnitRequest | None:
    """The conversion asked for in ``text``, or None when it asks for none we know."""
    if language not in LANGUAGES:
        return None
    folded = _fold(text)
    _, finder = _lexicon(language)
    if len(finder.findall(folded)) < 2:  # cheap: most text names no two units
        return None
    text = _digits(text, language)
    mentions = _two_units(text, _mentions(text, language), language)
    if len({m.unit for m in mentions}) != 2:
        return None
    how = re.compile(rf"\b(?:{_HOW_MANY[language]}) ?$")
    to = re.compile(rf"\b(?:{_TO[language]}) $")
    # the target: named right after "how many", or after "in/en/a" with no number
    target = [m for m in mentions if how.search(text[: m.start])] or \
             [m for m in mentions if m.amount is None and to.search(text[: m.start])]
    numbered = [m for m in mentions if m.amount is not None]
    if not target and len({m.unit for m in numbered}) == 1 and \
            re.search(rf"\b(?:{_HOW_MANY[language]}|{_CONVERT[language]})\b", text):
        target = [m for m in mentions if m.amount is None]  # "wie viel Gramm … 2 Tassen"
    if not target:
        return None
    dst = target[0].unit
    sources = [m for m in mentions if m.unit != dst]
    said = next((m for m in sources if m.amount is not None), None)
    if said is None:
        return UnitRequest(1.0, sources[0].unit, dst, sources[0].small, target[0].small)
    return UnitRequest(said.amount or 0.0, said.unit, dst, said.small, target[0].small)


def name(unit: str, language: str, amount: float) -> str:
    """The unit as said after ``amount``: "1 Meile", "5 Meilen", "1,5 kilomètre"."""
    names = _UNITS[unit][language]
    # French uses the singular below 2 ("1,5 kilomètre"); the others only for exactly one
    singular = abs(amount) < 2 if language == "fr" else abs(amount) == 1
    return names[0] if singular else names[1]
