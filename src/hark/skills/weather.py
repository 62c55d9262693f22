"""Weather: today, tomorrow, a weekday or the weekend, for a named place or the home
location; "will it rain" / "do I need an umbrella" answers about precipitation. Service
failures become a clear spoken answer, never an exception."""

from __future__ import annotations

import re
from datetime import date

from hark.errors import ServiceUnavailable
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import dates, lang
from hark.skills.providers.open_meteo import OpenMeteoProvider
from hark.skills.providers.slots import clean, raw, value
from hark.skills.providers.weather_base import (
    Day,
    Forecast,
    PlaceNotFound,
    WeatherProvider,
    describe,
    is_snowy,
    is_wet,
)
from hark.types import Outcome, Understanding

ASK_PLACE = lang.t("en", "weather_ask_place")
_HERE = {"here", "our city", "my city", "home", "home town", "hometown", "my area", "outside",
         "my location", "this area", "local", "around here", "my town", "our town"}
_RAIN = re.compile(r"\b(rain\w*|umbrella|wet|shower\w*|drizzl\w*|storm\w*|thunder\w*|raincoat|wellies)\b")
_SNOW = re.compile(r"\b(snow\w*|sleet|blizzard|hail)\b")
_COLD = re.compile(r"\b(cold|chilly|freez\w*|coat|jacket|scarf|gloves|sweater|jumper|warm clothes)\b")
_HOT = re.compile(r"\b(hot|warm|heat|shorts|sunscreen|humid|t shirt|sandals)\b")
_SUN = re.compile(r"\b(sun|sunny|sunshine|sunglasses|clear|hat)\b")

_DAY_WORDS = {
    "de": ("heute", "morgen"), "fr": ("aujourd'hui", "demain"), "es": ("hoy", "mañana"),
    "it": ("oggi", "domani"),
}
_TEMPLATES = {
    "de": ("{when} in {place}: {desc}, höchstens {hi} und mindestens {lo} Grad.",
           " Regenwahrscheinlichkeit {p} Prozent.", "Gerade sind es {t} Grad in {place}. "),
    "fr": ("{when} à {place} : {desc}, maximum {hi} et minimum {lo} degrés.",
           " Risque de pluie {p} pour cent.", "Il fait {t} degrés à {place} en ce moment. "),
    "es": ("{when} en {place}: {desc}, máxima de {hi} y mínima de {lo} grados.",
           " Probabilidad de lluvia del {p} por ciento.", "Ahora hace {t} grados en {place}. "),
    "it": ("{when} a {place}: {desc}, massima {hi} e minima {lo} gradi.",
           " Probabilità di pioggia {p} per cento.", "Ora ci sono {t} gradi a {place}. "),
}


def _deg(x: float) -> int:
    return int(round(x))


class WeatherSkill:
    name = "weather"
    intents = [
        IntentSpec(
            "weather_query",
            "Weather forecast for a place and day (today, tomorrow, a weekday, this "
            "weekend), including whether it will rain or snow.",
            slots={
                "place_name": {"type": "string", "description": "City, e.g. 'Paris'"},
                "date": {"type": "string",
                         "description": "Day, e.g. 'tomorrow', 'friday', 'this weekend'"},
                "weather_descriptor": {"type": "string",
                                       "description": "What to check, e.g. 'rain', 'umbrella'"},
            },
            prompts={"place_name": ASK_PLACE},
        )
    ]

    def __init__(self, provider: WeatherProvider | None = None) -> None:
        self._provider = provider
        self._key: tuple[str, str, float] | None = None

    def provider(self, ctx: SkillContext) -> WeatherProvider:
        given = ctx.services.get("weather")
        if given is not None:
            return given
        s = ctx.settings
        key = (s.weather_url, s.geocoding_url, s.http_timeout_s)
        if self._provider is None or (self._key is not None and key != self._key):
            self._provider = OpenMeteoProvider.from_settings(s)
            self._key = key
        return self._provider

    @staticmethod
    def home_location(ctx: SkillContext) -> str:
        return str(ctx.services.get("home_location") or ctx.settings.home_location
                   or "").strip()

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        place_name = raw(u, "place_name")
        if place_name and clean(place_name) in _HERE:
            place_name = None
        place_name = place_name or self.home_location(ctx)
        if not place_name:
            return Outcome(lang.t(ctx.language, "weather_ask_place"), action="weather.ask_place",
                           expect_followup=True,
                           data={"missing_slot": "place_name"})
        today = ctx.clock().date()
        d_slot = u.slot("date")
        span = dates.resolve(d_slot.value if d_slot else value(u, "date"),
                             d_slot.raw if d_slot else (raw(u, "timeofday")), today)
        if span is None:
            span = dates.DateSpan(today, today, "today")
        if span.end < today:
            return Outcome(lang.t(ctx.language, "weather_past"),
                           action="weather.past")
        start = max(span.start, today)
        provider = self.provider(ctx)
        try:
            place = await provider.geocode(place_name)
            fc = await provider.forecast(place, start, span.end)
        except PlaceNotFound:
            return Outcome(lang.t(ctx.language, "weather_no_place", place=place_name),
                           action="weather.unknown_place", data={"place": place_name})
        except ServiceUnavailable as e:
            return Outcome(lang.t(ctx.language, "weather_unavailable"),
                           action="weather.unavailable", data={"error": e.message})
        if not fc.days:
            return Outcome(lang.t(ctx.language, "weather_too_far"),
                           action="weather.out_of_range", data={"place": place.name})
        display = {"type": "weather", **fc.to_dict()}
        descriptor = " ".join(x for x in (raw(u, "weather_descriptor"), clean(u.text)) if x)
        language = lang.pick(ctx.language)
        if language != "en":
            return Outcome(self._other_language(fc, today, language), action="weather.forecast",
                           display=display)
        label = span.label if span.start >= today else "today"
        speech = self._answer(fc, label, today, clean(descriptor))
        return Outcome(speech, action="weather.forecast", display=display)

    # -------------------------------------------------------------------- answers

    def _answer(self, fc: Forecast, label: str, today: date, descriptor: str) -> str:
        place = fc.place.name
        days = fc.days
        if _SNOW.search(descriptor):
            return self._precip(days, place, label, "snow", descriptor)
        if _RAIN.search(descriptor):
            return self._precip(days, place, label, "rain", descriptor)
        if len(days) == 1:
            d = days[0]
            if _COLD.search(descriptor) or _HOT.search(descriptor) or _SUN.search(descriptor):
                return self._feel(d, fc, place, label, descriptor, today)
            return self._day(d, fc, place, label, today)
        return self._days(days, place, label)

    @staticmethod
    def _day(d: Day, fc: Forecast, place: str, label: str, today: date) -> str:
        rain = ""
        if d.precip_probability is not None and d.precip_probability >= 30:
            rain = f", with a {d.precip_probability} percent chance of rain"
        if d.date == today and fc.current is not None:
            c = fc.current
            return (f"Right now in {place} it's {_deg(c.temperature)} degrees and "
                    f"{describe(c.code)}. Today's high is {_deg(d.t_max)} and the low "
                    f"{_deg(d.t_min)}{rain}.")
        return (f"{lang.capital(label)} in {place}: {describe(d.code)}, with a high of {_deg(d.t_max)} "
                f"and a low of {_deg(d.t_min)}{rain}.")

    @staticmethod
    def _days(days: list[Day], place: str, label: str) -> str:
        if len(days) <= 3:
            parts = [f"{lang.WEEKDAYS['en'][d.date.weekday()]} "
                     f"{describe(d.code)}, {_deg(d.t_max)} and {_deg(d.t_min)}" for d in days]
            return f"{lang.capital(label)} in {place}: " + "; ".join(parts) + " degrees."
        hi = [_deg(d.t_max) for d in days]
        wet = [lang.WEEKDAYS["en"][d.date.weekday()] for d in days
               if is_wet(d.code) or (d.precip_probability or 0) >= 50]
        rain = (f" Rain is likely on {_join(wet)}." if wet else " It should stay dry.")
        return (f"{lang.capital(label)} in {place}: highs between {min(hi)} and {max(hi)} degrees."
                + rain)

    @staticmethod
    def _precip(days: list[Day], place: str, label: str, kind: str, descriptor: str) -> str:
        def likely(d: Day) -> bool:
            if kind == "snow":
                return is_snowy(d.code)
            return is_wet(d.code) or (d.precip_probability or 0) >= 50

        umbrella = "umbrella" in descriptor and kind == "rain"
        if len(days) == 1:
            d = days[0]
            p = d.precip_probability
            chance = f" ({p} percent chance)" if p is not None and kind == "rain" else ""
            if likely(d):
                tail = " Take an umbrella." if umbrella else ""
                return f"Yes, {kind} is likely in {place} {label}{chance}.{tail}"
            if kind == "rain" and p is not None and p >= 30:
                tail = " An umbrella might be wise." if umbrella else ""
                return f"Maybe: there's a {p} percent chance of rain in {place} {label}.{tail}"
            tail = " You won't need an umbrella." if umbrella else ""
            return f"No {kind} expected in {place} {label}{chance}.{tail}"
        hits = [lang.WEEKDAYS["en"][d.date.weekday()] for d in days if likely(d)]
        if hits:
            tail = " Take an umbrella." if umbrella else ""
            return f"{lang.capital(kind)} is likely in {place} on {_join(hits)}.{tail}"
        return f"No {kind} expected in {place} {label}."

    @staticmethod
    def _feel(d: Day, fc: Forecast, place: str, label: str, descriptor: str,
              today: date) -> str:
        hi, lo = _deg(d.t_max), _deg(d.t_min)
        temps = f"a high of {hi} and a low of {lo} degrees"
        if _COLD.search(descriptor):
            if hi <= 12:
                return f"Yes, it'll be cold in {place} {label}: {temps}. Wrap up warm."
            if lo <= 8:
                return f"It gets chilly in {place} {label}: {temps}. Bring a layer."
            return f"No, it won't be cold in {place} {label}: {temps}."
        if _HOT.search(descriptor):
            if hi >= 25:
                return f"Yes, it'll be hot in {place} {label}: {temps}."
            if hi >= 18:
                return f"It'll be mild in {place} {label}: {temps}."
            return f"No, it won't be warm in {place} {label}: {temps}."
        sunny = d.code <= 2
        return (f"{'Yes' if sunny else 'No'}, {label} in {place} looks {describe(d.code)}, "
                f"with {temps}.")

    @staticmethod
    def _other_language(fc: Forecast, today: date, language: str) -> str:
        day_t, rain_t, now_t = _TEMPLATES[language]
        out = []
        if fc.current is not None and fc.days[0].date == today:
            out.append(now_t.format(t=_deg(fc.current.temperature), place=fc.place.name))
        for d in fc.days[:3]:
            words = _DAY_WORDS[language]
            when = (words[0] if d.date == today else words[1]
                    if (d.date - today).days == 1 else lang.WEEKDAYS[language][d.date.weekday()])
            s = day_t.format(when=lang.capital(when), place=fc.place.name, hi=_deg(d.t_max),
                             lo=_deg(d.t_min), desc=describe(d.code, language))
            if d.precip_probability is not None and d.precip_probability >= 30:
                s += rain_t.format(p=d.precip_probability)
            out.append(s)
        return " ".join(out).replace("  ", " ").strip()


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
