"""Stand-in for the Open-Meteo geocoding and forecast APIs (same paths, params and JSON)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fastapi import FastAPI, Query
from fastapi.responses import JSONResponse

PLACES: dict[str, dict[str, Any]] = {
    "paris": {"id": 2988507, "name": "Paris", "latitude": 48.85341, "longitude": 2.3488,
              "elevation": 42.0, "feature_code": "PPLC", "country_code": "FR",
              "timezone": "Europe/Paris", "population": 2138551, "country": "France",
              "admin1": "Île-de-France"},
    "london": {"id": 2643743, "name": "London", "latitude": 51.50853, "longitude": -0.12574,
               "elevation": 25.0, "feature_code": "PPLC", "country_code": "GB",
               "timezone": "Europe/London", "population": 7556900, "country": "United Kingdom",
               "admin1": "England"},
}


@dataclass
class WeatherState:
    start: date = date(2026, 11, 27)
    codes: list[int] = field(default_factory=lambda: [2, 61, 0, 3, 80, 71, 1])
    t_max: list[float] = field(default_factory=lambda: [12.3, 9.8, 14.1, 11.0, 10.2, 1.5, 8.0])
    t_min: list[float] = field(default_factory=lambda: [5.1, 4.0, 6.2, 3.3, 2.9, -3.0, 1.0])
    precip: list[int] = field(default_factory=lambda: [10, 85, 5, 40, 70, 60, 0])
    current: dict[str, Any] = field(default_factory=lambda: {
        "time": "2026-11-27T09:00", "interval": 900, "temperature_2m": 7.6,
        "weather_code": 2, "wind_speed_10m": 11.2})
    fail_next: int = 0  # answer this many requests with 500 first
    delay_s: float = 0.0
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def make_app(state: WeatherState) -> FastAPI:
    app = FastAPI()

    async def gate(path: str, params: dict[str, str]) -> JSONResponse | None:
        state.requests.append((path, params))
        if state.delay_s:
            await asyncio.sleep(state.delay_s)
        if state.fail_next > 0:
            state.fail_next -= 1
            return JSONResponse({"error": True, "reason": "Internal error"}, status_code=500)
        return None

    @app.get("/v1/search")
    async def search(name: str, count: int = 10, language: str = "en",
                     format: str = "json") -> Any:
        err = await gate("/v1/search", {"name": name, "count": str(count)})
        if err:
            return err
        hit = PLACES.get(name.lower())
        body: dict[str, Any] = {"generationtime_ms": 0.5}
        if hit:
            body["results"] = [hit][:count]
        return body

    @app.get("/v1/forecast")
    async def forecast(latitude: float, longitude: float, current: str = "",
                       daily: str = "", timezone: str = "GMT",
                       forecast_days: int = Query(7)) -> Any:
        err = await gate("/v1/forecast", {"latitude": str(latitude), "daily": daily,
                                          "current": current})
        if err:
            return err
        n = min(forecast_days, len(state.codes))
        days = [(state.start + timedelta(i)).isoformat() for i in range(n)]
        body: dict[str, Any] = {
            "latitude": latitude, "longitude": longitude, "generationtime_ms": 0.1,
            "utc_offset_seconds": 3600, "timezone": "Europe/Paris", "timezone_abbreviation": "CET",
            "elevation": 42.0,
        }
        if current:
            body["current_units"] = {"time": "iso8601", "interval": "seconds",
                                     "temperature_2m": "°C", "weather_code": "wmo code",
                                     "wind_speed_10m": "km/h"}
            body["current"] = {k: v for k, v in state.current.items()
                               if k in {"time", "interval", *current.split(",")}}
        if daily:
            series = {"weather_code": state.codes, "temperature_2m_max": state.t_max,
                      "temperature_2m_min": state.t_min,
                      "precipitation_probability_max": state.precip}
            body["daily_units"] = {"time": "iso8601", "weather_code": "wmo code",
                                   "temperature_2m_max": "°C", "temperature_2m_min": "°C",
                                   "precipitation_probability_max": "%"}
            body["daily"] = {"time": days}
            for name in daily.split(","):
                if name in series:
                    body["daily"][name] = series[name][:n]
        return body

    return app
