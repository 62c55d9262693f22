"""Unit conversion with pint: "how many ounces in a pound", "convert 5 miles to km",
"20 celsius in fahrenheit" (offset temperature units handled as quantities); in German,
French, Spanish and Italian through ``hark.text.unit_words`` ("Wie viele Gramm sind ein
Pfund?"), answered in that language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hark.skills.providers import lang
from hark.skills.providers.calculator import fmt, say_number
from hark.skills.providers.slots import clean, words_to_digits
from hark.text import unit_words

_NAMES = {
    "celsius": "degC", "centigrade": "degC", "c": "degC", "fahrenheit": "degF", "f": "degF",
    "kelvin": "kelvin", "kelvins": "kelvin", "km": "kilometer", "kms": "kilometer",
    "kilometres": "kilometer", "kilometre": "kilometer", "metres": "meter", "metre": "meter",
    "centimetres": "centimeter", "centimetre": "centimeter", "millimetres": "millimeter",
    "millimetre": "millimeter", "litres": "liter", "litre": "liter", "millilitres": "milliliter",
    "millilitre": "milliliter", "ml": "milliliter", "kilos": "kilogram", "kilo": "kilogram",
    "lbs": "pound", "lb": "pound", "oz": "ounce", "fluid ounces": "fluid_ounce",
    "fluid ounce": "fluid_ounce", "fl oz": "fluid_ounce", "mph": "mile / hour",
    "miles per hour": "mile / hour", "kph": "kilometer / hour", "km h": "kilometer / hour",
    "kilometers per hour": "kilometer / hour", "kilometres per hour": "kilometer / hour",
    "stones": "stone", "square feet": "foot ** 2", "square foot": "foot ** 2",
    "square meters": "meter ** 2", "square metres": "meter ** 2", "square miles": "mile ** 2",
    "square kilometers": "kilometer ** 2", "square kilometres": "kilometer ** 2",
    "us gallons": "gallon", "gallons": "gallon", "imperial gallons": "imperial_gallon",
    "pints": "pint", "quarts": "quart", "tbsp": "tablespoon", "tsp": "teaspoon",
}
_SPOKEN = {"degree_Celsius": ("degree Celsius", "degrees Celsius"),
           "degree_Fahrenheit": ("degree Fahrenheit", "degrees Fahrenheit"),
           "kelvin": ("kelvin", "kelvin"), "foot": ("foot", "feet"), "inch": ("inch", "inches"),
           "fluid_ounce": ("fluid ounce", "fluid ounces"), "mile / hour": ("mile per hour",
                                                                          "miles per hour"),
           "kilometer / hour": ("kilometer per hour", "kilometers per hour"),
           "foot ** 2": ("square foot", "square feet"), "stone": ("stone", "stone")}
_NUM = r"(?P<n>-?\d+(?:\.\d+)?)"
_UNIT = r"[a-z][a-z ]*?"
_PATTERNS = [
    re.compile(rf"how many (?P<dst>{_UNIT}) (?:are )?(?:there )?(?:in|make|make up|per|to|"
               rf"equal|equals|is|are in|go into|fit in) (?:an? |one |{_NUM} )?(?P<src>{_UNIT})$"),
    re.compile(rf"{_NUM} ?(?P<src>{_UNIT}) (?:to|in|into|as|in to) (?P<dst>{_UNIT})$"),
]
_LEAD = re.compile(r"^(?:please |can you |could you |hey )*(?:convert|change|what is|what's|"
                   r"whats|how much is|tell me|what are|how much are)?\s*")


class ConversionError(ValueError):
    """A conversion we cannot do ("grams to litres"); says so in the user's language."""

    def __init__(self, src: str = "", dst: str = "") -> None:
        super().__init__(f"I can't convert {src} to {dst}.")
        self.src, self.dst = src, dst

    def speech(self, language: str = "en") -> str:
        return lang.t(language, "convert_failed", src=self.src, dst=self.dst)


@dataclass(frozen=True)
class Conversion:
    amount: float
    src: str  # the unit as said after the amount
    result: float
    dst: str
    language: str = "en"
    said_src: str = ""  # the whole quantity when in two units: "5 feet 10 inches"
    said_dst: str = ""

    def speech(self) -> str:
        src = self.said_src or f"{say_number(fmt(self.amount), self.language)} {self.src}"
        dst = self.said_dst or f"{say_number(fmt(self.result), self.language)} {self.dst}"
        return lang.t(self.language, "convert_result", src=src, dst=dst)


def say_in_two(value: float, big: str, small: str, language: str,
               name: Callable[[str, float], str]) -> str:
    """"5 feet 10.9 inches", "1 Meter 80 Zentimeter", "5 pies y 11 pulgadas" (only the
    larger unit when nothing is left over); ``name(unit, amount)`` says a unit."""
    whole, rest = unit_words.split(value, big, small)
    first = f"{say_number(fmt(whole), language)} {name(big, whole)}"
    if not rest:
        return first
    joiner = {"es": " y ", "it": " e "}.get(language, " ")
    return f"{first}{joiner}{say_number(fmt(rest), language)} {name(small, rest)}"


@lru_cache(maxsize=1)
def registry() -> Any:
    import pint  # ~0.3 s to build the registry: only when first needed

    return pint.UnitRegistry()


def _unit(name: str) -> Any:
    ureg = registry()
    n = re.sub(r"^(?:the|a|an|one|of|degrees?)\s+", "", name.strip())
    n = re.sub(r"\s+(?:please|now|exactly|roughly|approximately)$", "", n)
    key = _NAMES.get(n, n)
    for candidate in (key, key.replace(" ", "_"), key.rstrip("s")):
        try:
            return ureg.parse_units(candidate)
        except Exception:  # noqa: BLE001 - pint raises several kinds of errors
            continue
    raise ConversionError(name, name)


def _spoken(unit: Any, amount: float) -> str:
    key = str(unit)
    one = abs(amount) == 1
    if key in _SPOKEN:
        return _SPOKEN[key][0 if one else 1]
    word = key.replace("_", " ")
    if one or word.endswith("s"):
        return word
    return word + ("es" if word.endswith(("ch", "sh")) else "s")


# "5'10", "5' 10\"", "5 ft 10 in": feet and inches as written
_FEET_INCHES = re.compile(r"\b(\d)\s*(?:'|’|ft\.?)\s*(\d{1,2})\s*"
                          r"(?:\"|”|''|in\b\.?(?=\s*(?:in|to|into|as)\b|\s*$))?")
# "5 feet 10 inches", "1 meter 80", "12 stone and 3 pounds": one quantity in two units
_TWO_UNITS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?) ([a-z]+) (?:and )?(\d+(?:\.\d+)?)"
                        r"(?: ([a-z]+))?(?= |$)")
# the smaller unit understood after "5 feet 10", "1 meter 80", "12 stone 3"
_IMPLIED = {"foot": "inch", "meter": "centimeter", "stone": "pound"}


def _two_units(t: str) -> tuple[str, str | None]:
    """``t`` with a quantity said in two units as one number in the larger unit, and the
    smaller unit's name (None when there is none)."""
    m = _TWO_UNITS.search(t)
    if m is None:
        return t, None
    n1, w1, n2, w2 = m.groups()
    try:
        big = str(_unit(w1))
    except ConversionError:
        return t, None
    # "5 feet 10 inches", else "5 feet 10" with the smaller unit understood (the word
    # after it may be no unit, or "in" meaning into: "1 meter 80 in feet")
    named, implied = (_named(w2), m.end(), False), (_IMPLIED.get(big), m.end(3), True)
    # "5 foot 10 in centimeters": that "in" is into
    tries = (implied, named) if w2 == "in" and m.end() < len(t) else (named, implied)
    for small, end, strict in tries:
        amount = unit_words.joined(float(n1), big, float(n2), small or "", strict=strict)
        if small is not None and amount is not None:
            return f"{t[: m.start()]}{amount!r} {w1}{t[end:]}", small
    return t, None


def _named(words: str | None) -> str | None:
    try:
        return str(_unit(words)) if words else None
    except ConversionError:
        return None


def parse(text: str) -> tuple[float, str | tuple[str, str], str] | None:
    """(amount, source unit words, target unit words) or None; the source is (words of
    the larger unit, the smaller unit) when said in two ("5 feet 10 inches")."""
    text = _FEET_INCHES.sub(r"\1 feet \2 inches ", text)
    t = words_to_digits(clean(text).replace("°", " degrees "))
    t = _LEAD.sub("", t.rstrip("?. ")).strip()
    t = re.sub(r"\b(?:minus|negative) (?=\d)", "-", t)
    t, small = _two_units(t)
    for pattern in _PATTERNS:
        m = pattern.search(t)
        if m:
            n = float(m.group("n")) if m.group("n") else 1.0
            src = m.group("src").strip()
            return n, ((src, small) if small and m.group("n") else src), m.group("dst").strip()
    return None


def convert(text: str, language: str = "en") -> Conversion | None:
    """None when the text is not a conversion; raises ConversionError when it is one we
    cannot do (unknown unit, incompatible dimensions)."""
    language = lang.pick(language)
    if language != "en":
        return _convert_named(text, language)
    parsed = parse(text)
    if parsed is None:
        return None
    amount, src_words, dst_words = parsed
    src_small = None
    if isinstance(src_words, tuple):  # "5 feet 10 inches": the amount is in feet
        src_words, src_small = src_words
    try:
        src = _unit(src_words)
        dst, dst_small = _target(dst_words)
    except ConversionError:
        # not unit words at all ("5 apples to my basket"): not a conversion
        return None
    ureg = registry()
    try:
        result = float(ureg.Quantity(amount, src).to(dst).magnitude)
    except Exception as e:  # noqa: BLE001 - DimensionalityError and friends
        raise ConversionError(src_words, dst_words) from e
    said_src = said_dst = ""
    if src_small:
        said_src = say_in_two(amount, str(src), src_small, "en", _spoken_name)
    if dst_small and result >= 0:
        said_dst = say_in_two(result, str(dst), dst_small, "en", _spoken_name)
    return Conversion(amount, _spoken(src, amount), result, _spoken(dst, result),
                      said_src=said_src, said_dst=said_dst)


def _spoken_name(unit: str, amount: float) -> str:
    return _spoken(registry().parse_units(unit), amount)


def _target(words: str) -> tuple[Any, str | None]:
    """The unit to answer in, and its smaller partner when asked for two ("feet and
    inches")."""
    big, _, small = words.partition(" and ")
    if small:
        pair = (str(_unit(big)), str(_unit(small)))
        if pair in unit_words.COMPOUNDS:
            return _unit(big), pair[1]
    return _unit(words), None


def _convert_named(text: str, language: str) -> Conversion | None:
    """A conversion between units named in ``language`` (see ``hark.text.unit_words``)."""
    asked = unit_words.parse(text, language)
    if asked is None:
        return None
    ureg = registry()
    try:
        result = float(ureg.Quantity(asked.amount, ureg.parse_units(asked.src))
                       .to(ureg.parse_units(asked.dst)).magnitude)
    except Exception as e:  # noqa: BLE001 - DimensionalityError and friends
        raise ConversionError(unit_words.name(asked.src, language, 2),
                              unit_words.name(asked.dst, language, 2)) from e
    def name(unit: str, amount: float) -> str:
        return unit_words.name(unit, language, amount)

    return Conversion(
        asked.amount, name(asked.src, asked.amount), result, name(asked.dst, result), language,
        say_in_two(asked.amount, asked.src, asked.src_small, language, name)
        if asked.src_small else "",
        say_in_two(result, asked.dst, asked.dst_small, language, name)
        if asked.dst_small and result >= 0 else "")
