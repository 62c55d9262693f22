"""Slot normalisation edges: DST, month ends, leap years, other zones, normalize_any,
SLOT_KINDS, garbage (never raises), JSON-serialisable output."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from hark.nlu.normalize import SLOT_KINDS, normalize, normalize_any

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 22, 10, 15, tzinfo=BERLIN)
# Saturday evening before the spring-forward night (2027-03-28 02:00 CET → 03:00 CEST)
PRE_DST = datetime(2027, 3, 27, 22, 0, tzinfo=BERLIN)
# Saturday before the fall-back night (2027-10-31 03:00 CEST → 02:00 CET)
PRE_FALL = datetime(2027, 10, 30, 22, 0, tzinfo=BERLIN)


def test_now_is_a_sunday() -> None:
    assert NOW.weekday() == 6


DST_CASES = [
    (
        "time",
        "7 am",
        PRE_DST,
        {"kind": "time", "time": "07:00", "datetime": "2027-03-28T07:00:00+02:00"},
    ),
    (
        "time",
        "6:30",
        PRE_DST,
        {
            "kind": "time",
            "time": "06:30",
            "datetime": "2027-03-28T06:30:00+02:00",
            "ambiguous": True,
        },
    ),
    (
        "time",
        "1 am",
        PRE_DST,
        {"kind": "time", "time": "01:00", "datetime": "2027-03-28T01:00:00+01:00"},
    ),
    # 02:30 does not exist that night: it moves forward to 03:30 CEST
    (
        "time",
        "2:30 am",
        PRE_DST,
        {"kind": "time", "time": "02:30", "datetime": "2027-03-28T03:30:00+02:00"},
    ),
    (
        "time",
        "in 3 hours",
        PRE_DST,
        {"kind": "datetime", "datetime": "2027-03-28T01:00:00+01:00", "relative": True},
    ),
    (
        "time",
        "in 5 hours",
        PRE_DST,
        {"kind": "datetime", "datetime": "2027-03-28T04:00:00+02:00", "relative": True},
    ),
    (
        "timeRange",
        "tomorrow at 9 am",
        PRE_DST,
        {"kind": "datetime", "datetime": "2027-03-28T09:00:00+02:00"},
    ),
    (
        "timeRange",
        "tomorrow morning",
        PRE_DST,
        {
            "kind": "datetime",
            "datetime": "2027-03-28T06:00:00+02:00",
            "end": "2027-03-28T12:00:00+02:00",
            "part_of_day": "morning",
        },
    ),
    (
        "timeRange",
        "sunday at noon",
        PRE_DST,
        {"kind": "datetime", "datetime": "2027-03-28T12:00:00+02:00"},
    ),
    (
        "time",
        "noon",
        PRE_DST,
        {"kind": "time", "time": "12:00", "datetime": "2027-03-28T12:00:00+02:00"},
    ),
    (
        "time",
        "7 am",
        PRE_FALL,
        {"kind": "time", "time": "07:00", "datetime": "2027-10-31T07:00:00+01:00"},
    ),
    (
        "time",
        "in 6 hours",
        PRE_FALL,
        {"kind": "datetime", "datetime": "2027-10-31T03:00:00+01:00", "relative": True},
    ),
    (
        "timeRange",
        "tomorrow at 8 pm",
        PRE_FALL,
        {"kind": "datetime", "datetime": "2027-10-31T20:00:00+01:00"},
    ),
]


@pytest.mark.parametrize(("slot", "raw", "now", "expected"), DST_CASES)
def test_dst(slot: str, raw: str, now: datetime, expected: dict) -> None:
    assert normalize(slot, raw, now) == expected


CAL_CASES = [
    # month ends
    (
        datetime(2027, 1, 31, 9, 0, tzinfo=BERLIN),
        "date",
        "in a month",
        {"kind": "date", "date": "2027-02-28"},
    ),
    (
        datetime(2027, 1, 31, 9, 0, tzinfo=BERLIN),
        "date",
        "tomorrow",
        {"kind": "date", "date": "2027-02-01"},
    ),
    (
        datetime(2027, 1, 31, 9, 0, tzinfo=BERLIN),
        "date",
        "end of the month",
        {"kind": "date", "date": "2027-01-31"},
    ),
    (
        datetime(2027, 1, 31, 9, 0, tzinfo=BERLIN),
        "date",
        "end of next month",
        {"kind": "date", "date": "2027-02-28"},
    ),
    (
        datetime(2027, 1, 31, 9, 0, tzinfo=BERLIN),
        "date",
        "next month",
        {"kind": "date_range", "start": "2027-02-01", "end": "2027-02-28"},
    ),
    (
        datetime(2027, 1, 31, 9, 0, tzinfo=BERLIN),
        "date",
        "the thirtieth",
        {"kind": "date", "date": "2027-03-30"},
    ),
    (
        datetime(2026, 12, 31, 23, 30, tzinfo=BERLIN),
        "date",
        "tomorrow",
        {"kind": "date", "date": "2027-01-01"},
    ),
    (
        datetime(2026, 12, 31, 23, 30, tzinfo=BERLIN),
        "time",
        "in 45 minutes",
        {"kind": "datetime", "datetime": "2027-01-01T00:15:00+01:00", "relative": True},
    ),
    (
        datetime(2026, 12, 31, 23, 30, tzinfo=BERLIN),
        "date",
        "next year",
        {"kind": "date_range", "start": "2027-01-01", "end": "2027-12-31"},
    ),
    # leap years
    (
        datetime(2028, 2, 28, 12, 0, tzinfo=BERLIN),
        "date",
        "tomorrow",
        {"kind": "date", "date": "2028-02-29"},
    ),
    (
        datetime(2028, 2, 28, 12, 0, tzinfo=BERLIN),
        "date",
        "end of the month",
        {"kind": "date", "date": "2028-02-29"},
    ),
    (
        datetime(2028, 2, 29, 12, 0, tzinfo=BERLIN),
        "date",
        "in a year",
        {"kind": "date", "date": "2029-02-28"},
    ),
    (
        datetime(2028, 2, 29, 12, 0, tzinfo=BERLIN),
        "date",
        "day after tomorrow",
        {"kind": "date", "date": "2028-03-02"},
    ),
    (NOW, "date", "february 29", {"kind": "date", "date": "2028-02-29"}),
    (NOW, "date", "february 29 2027", None),
    (NOW, "date", "2028-02-29", {"kind": "date", "date": "2028-02-29"}),
    # another zone, and a fixed-offset zone
    (
        datetime(2026, 11, 22, 23, 50, tzinfo=ZoneInfo("America/New_York")),
        "time",
        "midnight",
        {"kind": "time", "time": "00:00", "datetime": "2026-11-23T00:00:00-05:00"},
    ),
    (
        datetime(2026, 11, 22, 23, 50, tzinfo=ZoneInfo("America/New_York")),
        "date",
        "today",
        {"kind": "date", "date": "2026-11-22"},
    ),
    (
        datetime(2026, 7, 1, 8, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        "time",
        "9 am",
        {"kind": "time", "time": "09:00", "datetime": "2026-07-01T09:00:00+05:30"},
    ),
    (
        datetime(2026, 7, 1, 8, 0, tzinfo=UTC),
        "time",
        "quarter past eight",
        {
            "kind": "time",
            "time": "08:15",
            "datetime": "2026-07-01T08:15:00+00:00",
            "ambiguous": True,
        },
    ),
]


@pytest.mark.parametrize(("now", "slot", "raw", "expected"), CAL_CASES)
def test_calendar_edges(now: datetime, slot: str, raw: str, expected: dict | None) -> None:
    assert normalize(slot, raw, now) == expected


ANY_CASES = [
    ("7", "en", {"kind": "number", "value": 7}),
    ("twenty one", "en", {"kind": "number", "value": 21}),
    ("3.5", "en", {"kind": "number", "value": 3.5}),
    ("3rd", "en", {"kind": "ordinal", "value": 3}),
    ("ten minutes", "en", {"kind": "duration", "seconds": 600, "iso": "PT10M"}),
    (
        "in 20 minutes",
        "en",
        {"kind": "datetime", "datetime": "2026-11-22T10:35:00+01:00", "relative": True},
    ),
    ("tomorrow at 7am", "en", {"kind": "datetime", "datetime": "2026-11-23T07:00:00+01:00"}),
    ("tomorrow", "en", {"kind": "date", "date": "2026-11-23"}),
    ("5pm", "en", {"kind": "time", "time": "17:00", "datetime": "2026-11-22T17:00:00+01:00"}),
    (
        "7:30",
        "en",
        {
            "kind": "time",
            "time": "19:30",
            "datetime": "2026-11-22T19:30:00+01:00",
            "ambiguous": True,
        },
    ),
    ("50%", "en", {"kind": "percentage", "value": 50}),
    ("21°C", "en", {"kind": "temperature", "value": 21, "unit": "celsius"}),
    ("every monday", "en", {"kind": "recurrence", "freq": "weekly", "byday": ["MO"]}),
    ("this weekend", "en", {"kind": "date_range", "start": "2026-11-21", "end": "2026-11-22"}),
    (
        "morning",
        "en",
        {"kind": "time_range", "start": "06:00", "end": "12:00", "part_of_day": "morning"},
    ),
    ("übermorgen", "de", {"kind": "date", "date": "2026-11-24"}),
    (
        "um halb sieben",
        "de",
        {
            "kind": "time",
            "time": "18:30",
            "datetime": "2026-11-22T18:30:00+01:00",
            "ambiguous": True,
        },
    ),
    ("dix minutes", "fr", {"kind": "duration", "seconds": 600, "iso": "PT10M"}),
    ("pasado mañana", "es", {"kind": "date", "date": "2026-11-24"}),
    ("dopodomani", "it", {"kind": "date", "date": "2026-11-24"}),
    ("tomorrow", "en-US", {"kind": "date", "date": "2026-11-23"}),
    ("play some jazz", "en", None),
    ("asdf qwer", "en", None),
]


@pytest.mark.parametrize(("raw", "lang", "expected"), ANY_CASES)
def test_normalize_any(raw: str, lang: str, expected: dict | None) -> None:
    assert normalize_any(raw, NOW, lang) == expected


GARBAGE = [
    "",
    "   ",
    "banana",
    "the the the",
    "at",
    "next",
    "in",
    "in minutes",
    "?!?",
    "99:99",
    "25:00",
    "13 am",
    "32nd of june",
    "february 30",
    "quarter to",
    "half past",
    "every",
    "0/0",
    "13/45",
    "2026-13-01",
    "in -5 minutes",
    "x" * 500,
    "°",
    "%",
    "-",
    "tomorrow tomorrow",
    "7 7 7 7 7",
    "o'clock",
    "de la",
    "à la",
    "\x00\x01",
    "🙂",
    "next next friday",
    "1e400",
    "9" * 60,
]


@pytest.mark.parametrize("raw", GARBAGE)
@pytest.mark.parametrize(
    "slot",
    [
        "time",
        "date",
        "timeRange",
        "duration",
        "number",
        "ordinal",
        "temperature",
        "percentage",
        "general_frequency",
        "change_amount",
        "currency_name",
        "time_zone",
        "year",
    ],
)
def test_garbage_never_raises(slot: str, raw: str) -> None:
    out = normalize(slot, raw, NOW)
    assert out is None or isinstance(out, dict)
    json.dumps(out)


@pytest.mark.parametrize("raw", GARBAGE[:12])
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "xx"])
def test_garbage_any_language(raw: str, lang: str) -> None:
    out = normalize_any(raw, NOW, lang)
    assert out is None or isinstance(out, dict)


@pytest.mark.parametrize(
    ("slot", "raw"),
    [
        ("time", "seven thirty am"),
        ("date", "next week"),
        ("timeRange", "friday evening"),
        ("duration", "an hour and a half"),
        ("general_frequency", "every monday at 7 am"),
        ("time_zone", "eastern"),
        ("change_amount", "to fifty percent"),
    ],
)
def test_outputs_are_json(slot: str, raw: str) -> None:
    out = normalize(slot, raw, NOW)
    assert out is not None and json.loads(json.dumps(out)) == out


def test_unknown_slot_types_and_bad_now() -> None:
    assert normalize("place_name", "new york", NOW) is None
    assert normalize("alarm_type", "wake up", NOW) is None
    assert normalize("nonsense", "7 am", NOW) is None
    assert normalize("time", "7 am", datetime(2026, 11, 22, 10, 15)) is None  # naive now
    assert normalize("time", None, NOW) is None  # type: ignore[arg-type]


def test_slot_kinds_cover_the_datasets() -> None:
    for name in (
        "date",
        "time",
        "timeofday",
        "time_zone",
        "general_frequency",
        "change_amount",
        "currency_name",
        "timeRange",
        "rating_value",
        "best_rating",
        "party_size_number",
        "year",
        "duration",
        "temperature",
        "percentage",
        "number",
        "ordinal",
    ):
        assert name in SLOT_KINDS
    assert set(SLOT_KINDS.values()) <= {
        "date",
        "time",
        "datetime",
        "duration",
        "number",
        "ordinal",
        "temperature",
        "percentage",
        "frequency",
        "amount",
        "currency",
        "time_zone",
        "year",
    }


def test_ambiguous_hour_takes_the_next_occurrence() -> None:
    early = datetime(2026, 11, 22, 6, 0, tzinfo=BERLIN)
    assert normalize("time", "at 7", early)["datetime"] == "2026-11-22T07:00:00+01:00"  # type: ignore[index]
    late = datetime(2026, 11, 22, 20, 0, tzinfo=BERLIN)
    assert normalize("time", "at 7", late)["datetime"] == "2026-11-23T07:00:00+01:00"  # type: ignore[index]
    assert normalize("time", "at 7", NOW)["datetime"] == "2026-11-22T19:00:00+01:00"  # type: ignore[index]
