"""Unit conversion with pint: "how many ounces in a pound", "convert 5 miles to km",
"20 celsius in fahrenheit" (offset temperature units handled as quantities); in German,
French, Spanish and Italian through ``hark.text.unit_words`` ("Wie viele Gramm sind ein
Pfund?"), answered in that language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hark.skills.providers import lang
from hark.skills.providers.calculator import fmt, say_number
from hark.text import unit_words, units_en

_SPOKEN = {"degree_Celsius": ("degree Celsius", "degrees Celsius"),
           "degree_Fahrenheit": ("degree Fahrenheit", "degrees Fahrenheit"),
           "kelvin": ("kelvin", "kelvin"), "foot": ("foot", "feet"), "inch": ("inch", "inches"),
           "fluid_ounce": ("fluid ounce", "fluid ounces"), "mile / hour": ("mile per hour",
                                                                          "miles per hour"),
           "kilometer / hour": ("kilometer per hour", "kilometers per hour"),
           "foot ** 2": ("square foot", "square feet"), "stone": ("stone", "stone")}
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


def _spoken(unit: Any, amount: float) -> str:
    key = str(unit)
    one = abs(amount) == 1
    if key in _SPOKEN:
        return _SPOKEN[key][0 if one else 1]
    word = key.replace("_", " ")
    if one or word.endswith("s"):
        return word
    return word + ("es" if word.endswith(("ch", "sh")) else "s")


def convert(text: str, language: str = "en") -> Conversion | None:
    """None when the text is not a conversion; raises ConversionError when it is one we
    cannot do (unknown unit, incompatible dimensions)."""
    language = lang.pick(language)
    if language != "en":
        return _convert_named(text, language)
    asked = units_en.read(text)
    if asked is None:  # no conversion, or no unit words ("5 apples to my basket")
        return None
    amount, src, dst = asked.amount, asked.src, asked.dst
    try:
        result = float(units_en.registry().Quantity(amount, src).to(dst).magnitude)
    except Exception as e:  # noqa: BLE001 - DimensionalityError and friends
        raise ConversionError(asked.src_words, asked.dst_words) from e
    said_src = said_dst = ""
    if asked.src_small:
        said_src = say_in_two(amount, str(src), asked.src_small, "en", _spoken_name)
    if asked.dst_small and result >= 0:
        said_dst = say_in_two(result, str(dst), asked.dst_small, "en", _spoken_name)
    return Conversion(amount, _spoken(src, amount), result, _spoken(dst, result),
                      said_src=said_src, said_dst=said_dst)


def _spoken_name(unit: str, amount: float) -> str:
    return _spoken(units_en.registry().parse_units(unit), amount)


def _convert_named(text: str, language: str) -> Conversion | None:
    """A conversion between units named in ``language`` (see ``hark.text.unit_words``)."""
    asked = unit_words.parse(text, language)
    if asked is None:
        return None
    ureg = units_en.registry()
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
