"""Open-Meteo weather provider (https://open-meteo.com): geocoding + forecast APIs, with
retries, timeouts and a 10-minute in-memory cache keyed by place and day."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import httpx

from hark.config import Settings
from hark.errors import ServiceUnavailable
from hark.skills.providers.http import request_json
from hark.skills.providers.weather_base import Current, Day, Forecast, Place, PlaceNotFound

SERVICE = "weather service"
FORECAST_DAYS = 7
TTL_S = 600.0
GEOCODE_TTL_S = 24 * 3600.0


class TTLCache:
    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic,
                 max_items: int = 2048) -> None:
        self.ttl_s, self.clock, self.max_items = ttl_s, clock, max_items
        self._items: dict[Any, tuple[float, Any]] = {}

    def get(self, key: Any) -> Any | None:
        hit = self._items.get(key)
        if hit is None:
            return None
        if self.clock() - hit[0] > self.ttl_s:
            del self._items[key]
            return None
        return hit[1]

    def set(self, key: Any, value: Any) -> None:
        if len(self._items) >= self.max_items:
            now = self.clock()
            self._items = {k: v for k, v in self._items.items() if now - v[0] <= self.ttl_s}
            if len(self._items) >= self.max_items:
                self._items.pop(next(iter(self._items)))
        self._items[key] = (self.clock(), value)


class OpenMeteoProvider:
    def __init__(
        self,
        forecast_url: str = "https://api.open-meteo.com/v1/forecast",
        geocoding_url: str = "https://geocoding-api.open-meteo.com/v1/search",
        *,
        timeout_s: float = 5.0,
        language: str = "en",
        ttl_s: float = TTL_S,
        clock: Callable[[], float] = time.monotonic,
        client: httpx.AsyncClient | None = None,
        retries: int = 2,
        backoff_s: float = 0.2,
    ) -> None:
        self.forecast_url, self.geocoding_url = forecast_url, geocoding_url
        self.timeout_s, self.language = timeout_s, language
        self.client, self.retries, self.backoff_s = client, retries, backoff_s
        self._cache = TTLCache(ttl_s, clock)
        self._places = TTLCache(GEOCODE_TTL_S, clock)
        self.requests = 0  # HTTP requests sent (for tests and metrics)

    @classmethod
    def from_settings(cls, settings: Settings, **kw: Any) -> OpenMeteoProvider:
        return cls(settings.weather_url, settings.geocoding_url,
                   timeout_s=settings.http_timeout_s, **kw)

    async def _get(self, url: str, params: dict[str, Any]) -> dict[str, Any]:
        self.requests += 1
        r = await request_json("GET", url, service=SERVICE, timeout_s=self.timeout_s,
                               params=params, client=self.client, retries=self.retries,
                               backoff_s=self.backoff_s)
        try:
            body = r.json()
        except ValueError as e:
            raise ServiceUnavailable("The weather service sent an answer I can't read.",
                                     phrase="service_unreadable", service=SERVICE) from e
        if r.status_code >= 400 or not isinstance(body, dict) or body.get("error"):
            reason = body.get("reason") if isinstance(body, dict) else None
            raise ServiceUnavailable("The weather service refused the request.", phrase="service_trouble",
                                     service=SERVICE, status=r.status_code, reason=reason)
        return body

    async def geocode(self, name: str) -> Place:
        key = " ".join(name.lower().split())
        cached = self._places.get(key)
        if cached is not None:
            return cached
        body = await self._get(self.geocoding_url, {"name": name, "count": 1,
                                                    "language": self.language, "format": "json"})
        results = body.get("results") or []
        if not results:
            raise PlaceNotFound(f"I couldn't find a place called {name}.", phrase="place_unknown",
                                place=name)
        r = results[0]
        try:
            place = Place(name=str(r["name"]), latitude=float(r["latitude"]),
                          longitude=float(r["longitude"]), country=str(r.get("country") or ""),
                          timezone=str(r.get("timezone") or ""), admin1=str(r.get("admin1") or ""))
        except (KeyError, TypeError, ValueError) as e:
            raise ServiceUnavailable("The weather service sent an answer I can't read.",
                                     phrase="service_unreadable", service=SERVICE) from e
        self._places.set(key, place)
        return place

    def _key(self, place: Place, what: str) -> tuple[float, float, str]:
        return round(place.latitude, 3), round(place.longitude, 3), what

    def _from_cache(self, place: Place, start: date, end: date) -> Forecast | None:
        current = self._cache.get(self._key(place, "current"))
        if current is None:
            return None
        days: list[Day] = []
        d = start
        while d <= end:
            hit = self._cache.get(self._key(place, d.isoformat()))
            if hit is None:
                return None
            if hit != "none":  # "none": the service had no data for that day
                days.append(hit)
            d += timedelta(1)
        return Forecast(place, current, days)

    async def forecast(self, place: Place, start: date, end: date) -> Forecast:
        cached = self._from_cache(place, start, end)
        if cached is not None:
            return cached
        body = await self._get(self.forecast_url, {
            "latitude": place.latitude,
            "longitude": place.longitude,
            "current": "temperature_2m,weather_code,wind_speed_10m",
            "daily": "weather_code,temperature_2m_max,temperature_2m_min,"
                     "precipitation_probability_max",
            "timezone": "auto",
            "forecast_days": FORECAST_DAYS,
        })
        try:
            current, days = _parse(body)
        except (KeyError, TypeError, ValueError, IndexError) as e:
            raise ServiceUnavailable("The weather service sent an answer I can't read.",
                                     phrase="service_unreadable", service=SERVICE) from e
        self._cache.set(self._key(place, "current"), current)
        by_day = {x.date: x for x in days}
        if days:
            first = min(min(by_day), start)
            last = max(max(by_day), end)
            d = first
            while d <= last:
                self._cache.set(self._key(place, d.isoformat()), by_day.get(d, "none"))
                d += timedelta(1)
        return Forecast(place, current, [x for x in days if start <= x.date <= end])


def _parse(body: dict[str, Any]) -> tuple[Current | None, list[Day]]:
    cur = body.get("current") or None
    current = None
    if cur:
        current = Current(temperature=float(cur["temperature_2m"]),
                          code=int(cur.get("weather_code") or 0),
                          wind_speed=(float(cur["wind_speed_10m"])
                                      if cur.get("wind_speed_10m") is not None else None),
                          time=str(cur.get("time") or ""))
    daily = body.get("daily") or {}
    times = daily.get("time") or []
    probs = daily.get("precipitation_probability_max") or [None] * len(times)
    days = []
    for i, t in enumerate(times):
        tmax, tmin = daily["temperature_2m_max"][i], daily["temperature_2m_min"][i]
        if tmax is None or tmin is None:
            continue
        p = probs[i] if i < len(probs) else None
        days.append(Day(date=date.fromisoformat(t), code=int(daily["weather_code"][i] or 0),
                        t_max=float(tmax), t_min=float(tmin),
                        precip_probability=int(p) if p is not None else None))
    return current, days
