"""Unit conversion with pint: "how many ounces in a pound", "convert 5 miles to km",
"20 celsius in fahrenheit" (offset temperature units handled as quantities); in German,
French, Spanish and Italian through ``hark.text.unit_words`` ("Wie viele Gramm sind ein
Pfund?"), answered in that language."""

from __future__ import annotations

import re
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
    src: str
    result: float
    dst: str
    language: str = "en"

    def speech(self) -> str:
        return lang.t(self.language, "convert_result",
                      amount=say_number(fmt(self.amount), self.language), src=self.src,
                      result=say_number(fmt(self.result), self.language), dst=self.dst)


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


def parse(text: str) -> tuple[float, str, str] | None:
    """(amount, source unit words, target unit words) or None."""
    t = words_to_digits(clean(text).replace("°", " degrees "))
    t = _LEAD.sub("", t.rstrip("?. ")).strip()
    t = re.sub(r"\b(?:minus|negative) (?=\d)", "-", t)
    for pattern in _PATTERNS:
        m = pattern.search(t)
        if m:
            n = float(m.group("n")) if m.group("n") else 1.0
            return n, m.group("src").strip(), m.group("dst").strip()
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
    try:
        src, dst = _unit(src_words), _unit(dst_words)
    except ConversionError:
        # not unit words at all ("5 apples to my basket"): not a conversion
        return None
    ureg = registry()
    try:
        result = ureg.Quantity(amount, src).to(dst).magnitude
    except Exception as e:  # noqa: BLE001 - DimensionalityError and friends
        raise ConversionError(src_words, dst_words) from e
    return Conversion(amount, _spoken(src, amount), float(result), _spoken(dst, result))


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
    return Conversion(asked.amount, unit_words.name(asked.src, language, asked.amount), result,
                      unit_words.name(asked.dst, language, result), language)
