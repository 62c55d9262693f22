"""Unit conversions asked in English, read with pint: "how many ounces in a pound",
"convert 5 miles to km", "20 celsius in fahrenheit", "what is 5'10 in cm", "180 cm in feet
and inches". Text only: the amount and the units (pint's); the knowledge skill converts
and answers (``hark.skills.providers.units``), and the NLU routes the requests whose
units convert (:func:`asks`). Any unit pint knows is accepted, unlike the other
languages' named units (``hark.text.unit_words``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hark.text import unit_words
from hark.text.clean import clean
from hark.text.numbers import words_to_digits


class UnknownUnit(ValueError):
    """Words that name no unit pint knows."""


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
_NUM = r"(?P<n>-?\d+(?:\.\d+)?)"
_UNIT = r"[a-z][a-z ]*?"
_PATTERNS = [
    re.compile(rf"how many (?P<dst>{_UNIT}) (?:are )?(?:there )?(?:in|make|make up|per|to|"
               rf"equal|equals|is|are in|go into|fit in) (?:an? |one |{_NUM} )?(?P<src>{_UNIT})$"),
    re.compile(rf"{_NUM} ?(?P<src>{_UNIT}) (?:to|in|into|as|in to) (?P<dst>{_UNIT})$"),
]
_LEAD = re.compile(r"^(?:please |can you |could you |hey )*(?:convert|change|what is|what's|"
                   r"whats|how much is|tell me|what are|how much are)?\s*")


@lru_cache(maxsize=1)
def registry() -> Any:
    import pint  # ~0.3 s to build the registry: only when first needed

    return pint.UnitRegistry()


def unit(name: str) -> Any:
    """The pint unit ``name`` says ("km", "degrees fahrenheit", "fluid ounces")."""
    ureg = registry()
    n = re.sub(r"^(?:the|a|an|one|of|degrees?)\s+", "", name.strip())
    n = re.sub(r"\s+(?:please|now|exactly|roughly|approximately)$", "", n)
    key = _NAMES.get(n, n)
    for candidate in (key, key.replace(" ", "_"), key.rstrip("s")):
        try:
            return ureg.parse_units(candidate)
        except Exception:  # noqa: BLE001 - pint raises several kinds of errors
            continue
    raise UnknownUnit(name)


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
        big = str(unit(w1))
    except UnknownUnit:
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
        return str(unit(words)) if words else None
    except UnknownUnit:
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


def target(words: str) -> tuple[Any, str | None]:
    """The unit to answer in, and its smaller partner when asked for two ("feet and
    inches")."""
    big, _, small = words.partition(" and ")
    if small:
        pair = (str(unit(big)), str(unit(small)))
        if pair in unit_words.COMPOUNDS:
            return unit(big), pair[1]
    return unit(words), None




@dataclass(frozen=True)
class UnitRequest:
    """A conversion asked in English, its units read by pint."""

    amount: float
    src: Any  # pint unit
    dst: Any
    src_words: str  # as said
    dst_words: str
    src_small: str | None = None  # "5 feet 10 inches": the amount is in feet
    dst_small: str | None = None  # "in feet and inches"


def read(text: str) -> UnitRequest | None:
    """The conversion ``text`` asks, or None when it asks none or its words name no units
    ("5 apples to my basket"); the units may still not convert into each other."""
    parsed = parse(text)
    if parsed is None:
        return None
    amount, src_words, dst_words = parsed
    src_small = None
    if isinstance(src_words, tuple):
        src_words, src_small = src_words
    try:
        src = unit(src_words)
        dst, dst_small = target(dst_words)
    except UnknownUnit:
        return None
    return UnitRequest(amount, src, dst, src_words, dst_words, src_small, dst_small)


def asks(text: str) -> bool:
    """Whether ``text`` asks a conversion between two units that convert, neither a bare
    number ("fifty percent in the den" asks none)."""
    asked = read(text)
    if asked is None:
        return False
    ureg = registry()
    try:
        src, dst = ureg.Quantity(1, asked.src), ureg.Quantity(1, asked.dst)
        if src.dimensionless or dst.dimensionless:
            return False
        src.to(asked.dst)
    except Exception:  # noqa: BLE001 - DimensionalityError and friends
        return False
    return True
