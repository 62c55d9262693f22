"""Recurrence rules and DST-correct next occurrences (Europe/Berlin)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from hark.errors import InvalidInput
from hark.store.recurrence import Rule, next_occurrence, parse

BERLIN = ZoneInfo("Europe/Berlin")
SEVEN = time(7, 0)
WEEKDAYS = Rule((0, 1, 2, 3, 4))


@pytest.mark.parametrize(
    ("spoken", "days"),
    [
        ("weekdays", (0, 1, 2, 3, 4)),
        ("every weekday", (0, 1, 2, 3, 4)),
        ("every Monday", (0,)),
        ("mondays and thursdays", (0, 3)),
        ("weekends", (5, 6)),
        ("daily", tuple(range(7))),
        ("every day", tuple(range(7))),
        ("mon,wed,fri", (0, 2, 4)),
        ("FREQ=WEEKLY;BYDAY=MO,TU", (0, 1)),
        ("RRULE:FREQ=DAILY", tuple(range(7))),
        ({"freq": "weekly", "byday": ["SA"]}, (5,)),
        ({"freq": "daily"}, tuple(range(7))),
    ],
)
def test_parse(spoken: object, days: tuple[int, ...]) -> None:
    assert parse(spoken).days == days  # type: ignore[arg-type, union-attr]


def test_parse_once_and_errors() -> None:
    assert parse(None) is None and parse("") is None and parse("once") is None
    for bad in ("every fortnight", "FREQ=MONTHLY", "FREQ=DAILY;INTERVAL=2", {"freq": "yearly"}):
        with pytest.raises(InvalidInput):
            parse(bad)  # type: ignore[arg-type]
    assert WEEKDAYS.to_json() == {"freq": "weekly", "byday": ["MO", "TU", "WE", "TH", "FR"]}
    assert WEEKDAYS.to_rrule() == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


def _local(value: datetime) -> str:
    return value.astimezone(BERLIN).strftime("%a %Y-%m-%d %H:%M %Z")


def test_weekdays_across_weekend_and_dst_change() -> None:
    """Berlin switches to summer time on Sunday 2027-03-28 (02:00 → 03:00)."""
    after = datetime(2027, 3, 25, 6, 30, tzinfo=UTC)  # Thu 07:30 CET, past today's alarm
    seen = []
    for _ in range(4):
        after = next_occurrence(WEEKDAYS, SEVEN, BERLIN, after)
        assert after.tzinfo is not None and after.utcoffset().total_seconds() == 0
        seen.append((after, _local(after)))
    assert seen == [
        (datetime(2027, 3, 26, 6, 0, tzinfo=UTC), "Fri 2027-03-26 07:00 CET"),
        (datetime(2027, 3, 29, 5, 0, tzinfo=UTC), "Mon 2027-03-29 07:00 CEST"),
        (datetime(2027, 3, 30, 5, 0, tzinfo=UTC), "Tue 2027-03-30 07:00 CEST"),
        (datetime(2027, 3, 31, 5, 0, tzinfo=UTC), "Wed 2027-03-31 07:00 CEST"),
    ]


def test_same_day_if_still_ahead_and_strictly_after() -> None:
    at_six = datetime(2027, 3, 26, 5, 0, tzinfo=UTC)  # Fri 06:00 CET
    assert next_occurrence(WEEKDAYS, SEVEN, BERLIN, at_six) == datetime(
        2027, 3, 26, 6, 0, tzinfo=UTC
    )
    exactly = datetime(2027, 3, 26, 6, 0, tzinfo=UTC)
    assert next_occurrence(WEEKDAYS, SEVEN, BERLIN, exactly) == datetime(
        2027, 3, 29, 5, 0, tzinfo=UTC
    )


def test_daily_through_both_dst_changes() -> None:
    spring = datetime(2027, 3, 27, 12, 0, tzinfo=UTC)
    assert _local(next_occurrence("daily", SEVEN, BERLIN, spring)) == "Sun 2027-03-28 07:00 CEST"
    autumn = datetime(2027, 10, 30, 12, 0, tzinfo=UTC)  # back to CET on Sun 2027-10-31
    nxt = next_occurrence("daily", SEVEN, BERLIN, autumn)
    assert nxt == datetime(2027, 10, 31, 6, 0, tzinfo=UTC) and _local(nxt).endswith("07:00 CET")


def test_wall_time_in_the_spring_gap_moves_forward() -> None:
    after = datetime(2027, 3, 27, 12, 0, tzinfo=UTC)
    nxt = next_occurrence("daily", time(2, 30), BERLIN, after)  # 02:30 does not exist
    assert _local(nxt) == "Sun 2027-03-28 03:30 CEST"
    assert nxt == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)


def test_ambiguous_autumn_time_takes_first() -> None:
    after = datetime(2027, 10, 30, 12, 0, tzinfo=UTC)
    nxt = next_occurrence("daily", time(2, 30), BERLIN, after)
    assert nxt == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # 02:30 CEST, the first one


def test_one_shot_is_next_such_wall_time() -> None:
    after = datetime(2027, 3, 26, 6, 30, tzinfo=UTC)  # Fri 07:30 CET
    assert next_occurrence(None, SEVEN, BERLIN, after) == datetime(2027, 3, 27, 6, 0, tzinfo=UTC)


def test_every_monday() -> None:
    after = datetime(2027, 3, 22, 6, 0, tzinfo=UTC)  # Mon 07:00 CET exactly
    nxt = next_occurrence("every Monday", SEVEN, BERLIN, after)
    assert _local(nxt) == "Mon 2027-03-29 07:00 CEST"
