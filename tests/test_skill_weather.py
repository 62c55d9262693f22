"""Weather skill against a stand-in Open-Meteo server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.providers.open_meteo import OpenMeteoProvider
from hark.skills.weather import WeatherSkill
from hark.types import Slot, Understanding
from tests.standins import free_port, serve
from tests.standins.open_meteo import WeatherState, make_app

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=PARIS)  # a Friday


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, WeatherState]]:
    state = WeatherState()
    with serve(make_app(state)) as url:
        yield url, state


@pytest.fixture
def om(server: tuple[str, WeatherState]) -> tuple[str, WeatherState]:
    url, state = server
    fresh = WeatherState()
    state.__dict__.update(fresh.__dict__)
    return url, state


def ctx_for(url: str, timeout_s: float = 2.0, **kw: object) -> SkillContext:
    settings = Settings(weather_url=f"{url}/v1/forecast", geocoding_url=f"{url}/v1/search",
                        http_timeout_s=timeout_s)
    return SkillContext(settings=settings, tz=PARIS, now=NOW, **kw)  # type: ignore[arg-type]


def ask(text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent="weather_query", confidence=0.95, slots=list(slots))


async def test_today_in_paris(om: tuple[str, WeatherState]) -> None:
    url, state = om
    out = await WeatherSkill().handle(ask("what's the weather in paris",
                                          Slot("place_name", "paris")), ctx_for(url))
    assert out.action == "weather.forecast"
    assert out.speech.startswith("Right now in Paris it's 8 degrees and partly cloudy.")
    assert "high is 12" in out.speech and "low 5" in out.speech
    assert out.display["place"]["name"] == "Paris"
    assert out.display["days"][0]["date"] == "2026-11-27"
    # the real API's parameters were sent
    path, params = state.requests[-1]
    assert path == "/v1/forecast"
    assert "precipitation_probability_max" in params["daily"]
    assert params["current"] == "temperature_2m,weather_code,wind_speed_10m"


async def test_umbrella_tomorrow(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    u = ask("do i need an umbrella tomorrow in paris",
            Slot("weather_descriptor", "umbrella"),
            Slot("date", "tomorrow", {"kind": "date", "date": "2026-11-28"}),
            Slot("place_name", "paris"))
    out = await WeatherSkill().handle(u, ctx_for(url))
    assert out.speech == ("Yes, rain is likely in Paris tomorrow (85 percent chance). "
                          "Take an umbrella.")


async def test_will_it_rain_today_no(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    u = ask("will it rain today in london", Slot("weather_descriptor", "rain"),
            Slot("date", "today", None), Slot("place_name", "london"))
    out = await WeatherSkill().handle(u, ctx_for(url))
    assert out.speech.startswith("No rain expected in London today")


async def test_this_weekend_uses_raw_date(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    u = ask("weather this weekend in paris", Slot("date", "this weekend", None),
            Slot("place_name", "paris"))
    out = await WeatherSkill().handle(u, ctx_for(url))
    assert out.speech.startswith("This weekend in Paris: Saturday light rain")
    assert "Sunday clear skies" in out.speech
    assert [d["date"] for d in out.display["days"]] == ["2026-11-28", "2026-11-29"]


async def test_weekday_snow(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    u = ask("is it going to snow on wednesday in paris", Slot("weather_descriptor", "snow"),
            Slot("date", "wednesday", None), Slot("place_name", "paris"))
    out = await WeatherSkill().handle(u, ctx_for(url))
    assert out.speech.startswith("Yes, snow is likely in Paris on Wednesday")


async def test_unknown_city(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    out = await WeatherSkill().handle(ask("weather in atlantis", Slot("place_name", "Atlantis")),
                                      ctx_for(url))
    assert out.speech == "I couldn't find a place called Atlantis."
    assert out.action == "weather.unknown_place"


async def test_retries_after_500s(om: tuple[str, WeatherState]) -> None:
    url, state = om
    state.fail_next = 2
    out = await WeatherSkill().handle(ask("weather in paris", Slot("place_name", "paris")),
                                      ctx_for(url))
    assert out.action == "weather.forecast"
    assert [p for p, _ in state.requests].count("/v1/search") == 3


async def test_persistent_500_is_unavailable(om: tuple[str, WeatherState]) -> None:
    url, state = om
    state.fail_next = 10
    out = await WeatherSkill().handle(ask("weather in paris", Slot("place_name", "paris")),
                                      ctx_for(url))
    assert out.action == "weather.unavailable"
    assert out.speech == "I can't reach the weather service right now."
    assert len(state.requests) == 3  # first try + 2 retries


async def test_server_down_answers_within_timeout() -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens here
    t0 = time.monotonic()
    out = await WeatherSkill().handle(ask("weather in paris", Slot("place_name", "paris")),
                                      ctx_for(url, timeout_s=1.0))
    assert time.monotonic() - t0 < 2.0
    assert out.action == "weather.unavailable"
    assert out.speech == "I can't reach the weather service right now."


async def test_slow_server_times_out(om: tuple[str, WeatherState]) -> None:
    url, state = om
    state.delay_s = 1.5
    t0 = time.monotonic()
    out = await WeatherSkill().handle(ask("weather in paris", Slot("place_name", "paris")),
                                      ctx_for(url, timeout_s=0.3))
    assert time.monotonic() - t0 < 1.0
    assert out.action == "weather.unavailable"


async def test_cache_hit_makes_no_second_request(om: tuple[str, WeatherState]) -> None:
    url, state = om
    skill = WeatherSkill()
    ctx = ctx_for(url)
    u = ask("weather in paris", Slot("place_name", "paris"))
    first = await skill.handle(u, ctx)
    n = len(state.requests)
    assert n == 2  # geocode + forecast
    again = await skill.handle(u, ctx)
    tomorrow = await skill.handle(ask("weather tomorrow in paris", Slot("place_name", "paris"),
                                      Slot("date", "tomorrow", None)), ctx)
    assert again.speech == first.speech
    assert tomorrow.speech.startswith("Tomorrow in Paris: light rain")
    assert len(state.requests) == n


async def test_cache_expires_after_ttl(om: tuple[str, WeatherState]) -> None:
    url, state = om
    now = [0.0]
    provider = OpenMeteoProvider(f"{url}/v1/forecast", f"{url}/v1/search", timeout_s=2,
                                 clock=lambda: now[0])
    place = await provider.geocode("paris")
    await provider.forecast(place, NOW.date(), NOW.date())
    await provider.forecast(place, NOW.date(), NOW.date())
    assert provider.requests == 2
    now[0] = 601.0
    await provider.forecast(place, NOW.date(), NOW.date())
    assert provider.requests == 3


async def test_no_place_asks_for_city(om: tuple[str, WeatherState]) -> None:
    url, state = om
    out = await WeatherSkill().handle(ask("what's the weather like"), ctx_for(url))
    assert out.speech == "For which city?"
    assert out.expect_followup and out.action == "weather.ask_place"
    assert state.requests == []


async def test_home_location_default(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    ctx = ctx_for(url, services={"home_location": "London"})
    out = await WeatherSkill().handle(ask("what's the weather here", Slot("place_name", "here")),
                                      ctx)
    assert "in London" in out.speech


async def test_beyond_forecast_range(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    u = ask("weather on christmas in paris", Slot("date", "december 25th", None),
            Slot("place_name", "paris"))
    out = await WeatherSkill().handle(u, ctx_for(url))
    assert out.action == "weather.out_of_range"


async def test_german_answer(om: tuple[str, WeatherState]) -> None:
    url, _ = om
    ctx = ctx_for(url, language="de")
    out = await WeatherSkill().handle(ask("wie ist das wetter in paris",
                                          Slot("place_name", "paris")), ctx)
    assert out.speech.startswith("Gerade sind es 8 Grad in Paris.")
    assert "Heute in Paris: bewölkt, höchstens 12 und mindestens 5 Grad." in out.speech
