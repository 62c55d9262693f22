"""The weather provider contract and the data it returns, plus WMO weather-code words."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Protocol, runtime_checkable

from hark.errors import NotFound


class PlaceNotFound(NotFound):
    code = "place_not_found"


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    country: str = ""
    timezone: str = ""
    admin1: str = ""


@dataclass(frozen=True)
class Current:
    temperature: float
    code: int
    wind_speed: float | None = None  # km/h
    time: str = ""


@dataclass(frozen=True)
class Day:
    date: date
    code: int
    t_max: float
    t_min: float
    precip_probability: int | None = None  # percent


@dataclass
class Forecast:
    place: Place
    current: Current | None = None
    days: list[Day] = field(default_factory=list)
    unit: str = "celsius"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["days"] = [{**asdict(x), "date": x.date.isoformat(), "summary": describe(x.code)}
                     for x in self.days]
        return d


@runtime_checkable
class WeatherProvider(Protocol):
    async def geocode(self, name: str) -> Place:
        """The best match for a place name; raises PlaceNotFound, ServiceUnavailable."""
        ...

    async def forecast(self, place: Place, start: date, end: date) -> Forecast:
        """Current conditions and the daily forecast for start..end (inclusive; days the
        service has no data for are left out). Raises ServiceUnavailable."""
        ...


# ----------------------------------------------------------------- WMO weather codes

WMO_EN: dict[int, str] = {
    0: "clear skies", 1: "mostly clear", 2: "partly cloudy", 3: "cloudy",
    45: "foggy", 48: "foggy with rime",
    51: "light drizzle", 53: "drizzle", 55: "heavy drizzle",
    56: "freezing drizzle", 57: "heavy freezing drizzle",
    61: "light rain", 63: "rain", 65: "heavy rain",
    66: "freezing rain", 67: "heavy freezing rain",
    71: "light snow", 73: "snow", 75: "heavy snow", 77: "snow grains",
    80: "light showers", 81: "showers", 82: "heavy showers",
    85: "snow showers", 86: "heavy snow showers",
    95: "thunderstorms", 96: "thunderstorms with hail", 99: "thunderstorms with heavy hail",
}

_GROUPS: dict[str, dict[str, str]] = {  # coarse words for other languages
    "de": {"clear": "klar", "cloudy": "bewölkt", "fog": "neblig", "drizzle": "Nieselregen",
           "rain": "Regen", "snow": "Schnee", "showers": "Schauer", "storm": "Gewitter"},
    "fr": {"clear": "ciel dégagé", "cloudy": "nuageux", "fog": "brouillard",
           "drizzle": "bruine", "rain": "pluie", "snow": "neige", "showers": "averses",
           "storm": "orages"},
    "es": {"clear": "despejado", "cloudy": "nublado", "fog": "niebla", "drizzle": "llovizna",
           "rain": "lluvia", "snow": "nieve", "showers": "chubascos", "storm": "tormentas"},
    "it": {"clear": "sereno", "cloudy": "nuvoloso", "fog": "nebbia", "drizzle": "pioviggine",
           "rain": "pioggia", "snow": "neve", "showers": "rovesci", "storm": "temporali"},
}


def group(code: int) -> str:
    if code <= 1:
        return "clear"
    if code <= 3:
        return "cloudy"
    if code < 50:
        return "fog"
    if code < 60:
        return "drizzle"
    if code < 70:
        return "rain"
    if code < 80 or code in (85, 86):
        return "snow"
    if code < 90:
        return "showers"
    return "storm"


def describe(code: int, language: str = "en") -> str:
    if language in _GROUPS:
        return _GROUPS[language][group(code)]
    return WMO_EN.get(code, "mixed weather")


def is_wet(code: int) -> bool:
    return group(code) in {"drizzle", "rain", "showers", "storm"}


def is_snowy(code: int) -> bool:
    return group(code) == "snow"
