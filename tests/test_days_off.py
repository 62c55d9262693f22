"""Days off from one's alarms (the tenth held-out sets' theme): a repeating alarm skips
days and keeps its time and days, a one-off alarm on those days goes, a stretch away,
"put it back on", days said the turn before, corrections of the days; the skipped days
kept in the stored rule (``recurrence`` "skip"), read by every reader of rings."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.config import Settings
from hark.errors import InvalidInput
from hark.nlu import days_off, ring_questions
from hark.store import Store, alarms, recurrence
from tests.conversations import judged

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 17, 0, tzinfo=LONDON)  # a Monday
WORK = {"freq": "weekly", "byday": ["MO", "TU", "WE", "TH", "FR"]}


def _d(day: int) -> date:
    return date(2026, 12, day) if day < 30 else date(2026, 11, day)


# ------------------------------------------------------------------ the stored rule


def test_a_skipped_day_is_passed_over_and_kept_in_the_rule() -> None:
    rule = recurrence.with_skips(WORK, {_d(1), _d(2)}, keep_from=_d(30))
    assert rule == {**WORK, "skip": ["2026-12-01", "2026-12-02"]}
    at = recurrence.next_occurrence(rule, time(6, 30), LONDON, NOW)
    assert at.astimezone(LONDON) == datetime(2026, 12, 3, 6, 30, tzinfo=LONDON)
    assert recurrence.parse(rule) == recurrence.Rule((0, 1, 2, 3, 4),
                                                     frozenset({_d(1), _d(2)}))


def test_days_off_before_today_are_forgotten_and_given_back_ones_ring() -> None:
    rule = recurrence.with_skips(WORK, {date(2026, 11, 20), _d(1)}, keep_from=_d(30))
    assert rule["skip"] == ["2026-12-01"]
    assert recurrence.without_skips(rule, {_d(1)}) == WORK
    assert recurrence.without_skips(rule, None) == WORK
    assert recurrence.with_skips(None, {_d(1)}, keep_from=_d(30)) is None


def test_a_whole_fortnight_off_still_finds_the_next_ring() -> None:
    days = {date(2026, 12, d) for d in range(1, 15)}
    rule = recurrence.with_skips({"freq": "daily"}, days, keep_from=_d(30))
    at = recurrence.next_occurrence(rule, time(7), LONDON, NOW)
    assert at.astimezone(LONDON).date() == date(2026, 12, 15)


def test_an_unreadable_skipped_day_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput):
        recurrence.parse({**WORK, "skip": ["next tuesday"]})


@pytest.fixture
def store(tmp_path: Path) -> Any:
    opened = Store.open(Settings(data_dir=tmp_path))
    yield opened
    opened.close()


def test_the_store_skips_rings_and_keeps_them_through_a_time_change(store: Any) -> None:
    now = NOW.astimezone(UTC)
    with store.session() as s:
        a = alarms.create(s, time_of_day="06:30", recurrence_rule=WORK, tz="Europe/London",
                          now=now)
        one_off = alarms.create(s, time_of_day="07:15", tz="Europe/London", now=now)
        alarms.skip_days(s, a.id, {_d(1)}, now=now)
        assert a.next_fire.astimezone(LONDON).date() == _d(2)
        alarms.update_alarm(s, a.id, time_of_day="07:00", now=now)  # still off tomorrow
        assert a.next_fire.astimezone(LONDON) == datetime(2026, 12, 2, 7, tzinfo=LONDON)
        assert alarms.skipped(a) == frozenset({_d(1)})
        with pytest.raises(InvalidInput):
            alarms.skip_days(s, one_off.id, {_d(1)}, now=now)
        alarms.ring_again(s, a.id, None, now=now)
        assert a.next_fire.astimezone(LONDON).date() == _d(1)
        assert alarms.skipped(a) == frozenset()


def test_a_fired_alarm_moves_on_past_its_days_off(store: Any) -> None:
    now = NOW.astimezone(UTC)
    with store.session() as s:
        a = alarms.create(s, time_of_day="06:30", recurrence_rule=WORK, tz="Europe/London",
                          now=now)
        alarms.skip_days(s, a.id, {_d(2), _d(3)}, now=now)
        fired_at = datetime(2026, 12, 1, 6, 30, tzinfo=LONDON).astimezone(UTC)
        assert a.next_fire == fired_at
        assert alarms.claim_fired(s, a, now=fired_at)
        s.refresh(a)
        assert a.next_fire.astimezone(LONDON) == datetime(2026, 12, 4, 6, 30, tzinfo=LONDON)


# ---------------------------------------------------------------- reading the request


@pytest.mark.parametrize(("lang", "text", "days", "rings"), [
    ("en", "I'm at a wedding tomorrow so skip the early alarm", [1], 1),
    ("en", "no alarms on Wednesday or Thursday please, I'm at my sister's", [2, 3], 1),
    ("en", "silence nothing else, just don't wake me up on Friday", [4], 1),
    ("en", "pause the weekday alarm until Thursday", [30, 1, 2], 1),
    ("en", "skip the weekday alarm from Tuesday to Thursday", [1, 2, 3], 1),
    ("en", "skip my alarm for the rest of the week", [30, 1, 2, 3, 4, 5, 6], 1),
    ("en", "skip my next three alarms", None, 3),
    ("en", "skip my weekday alarm, it can start again on Thursday", [30, 1, 2], 1),
    ("de", "Lass den Wecker am Mittwoch und Donnerstag ausfallen", [2, 3], 1),
    ("de", "Den Werktagswecker bis Freitag einschließlich pausieren", [30, 1, 2, 3, 4], 1),
    ("fr", "Saute mon réveil jeudi, je suis en RTT", [3], 1),
    ("es", "Sáltate la alarma del miércoles, que tengo fiesta", [2], 1),
    ("it", "Salta la sveglia di giovedì e venerdì, sono in trasferta", [3, 4], 1),
])
def test_days_off_read(lang: str, text: str, days: list[int] | None, rings: int) -> None:
    assert days_off.asked(text, lang)
    off = days_off.days(text, NOW, lang)
    assert off.days == (frozenset(_d(d) for d in days) if days is not None else None)
    assert off.rings == rings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I don't need the weekday alarm any more"),
    ("en", "does my alarm go off on Saturday?"),
    ("en", "skip this song"),
    ("en", "set an alarm for 7 tomorrow"),
    ("de", "Ich brauche den Wecker nicht mehr"),
    ("fr", "Est-ce que mon réveil sonne samedi ?"),
    ("es", "pon una alarma el jueves a las siete"),
    ("it", "la sveglia di sabato non mi serve più"),
])
def test_not_days_off(lang: str, text: str) -> None:
    assert not days_off.asked(text, lang)


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "I'm on holiday from Wednesday", True),
    ("en", "I'm off tomorrow, cancel the team meeting", False),
    ("de", "Ich hab am Donnerstag frei", True),
    ("fr", "Je suis en congé vendredi", True),
    ("es", "El viernes tengo el día libre", True),
    ("it", "Giovedì sono in ferie", True),
    ("it", "Giovedì sono in ferie, cancella la riunione", False),
])
def test_days_away_stated_alone(lang: str, text: str, said: bool) -> None:
    assert days_off.stated(text, lang, NOW) is said


@pytest.mark.parametrize(("lang", "text", "alarms"), [
    ("en", "Is anything going to go off on Saturday morning?", True),
    ("en", "so what time do I have to get up on Thursday", True),
    ("en", "what song is playing?", False),
    ("en", "when does the pasta timer go off?", False),
    ("en", "can you wake me at 7?", False),
    ("de", "und wann klingelt als Nächstes irgendwas?", True),
    ("fr", "qu'est-ce qui va sonner jeudi matin ?", True),
    ("it", "che canzone sta suonando?", False),
    ("it", "quindi domenica suona qualcosa?", True),
])
def test_what_will_ring_asked(lang: str, text: str, alarms: bool) -> None:
    assert ring_questions.asked(text, lang) is alarms


# ------------------------------------------------------------ whole conversations


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["my daughter's got an inset day tomorrow so skip my weekday alarm"],
     {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("en", ["nobody needs waking tomorrow, no alarms at all"],
     {"changed": {"A1": {"date": "2026-12-02"}}, "gone": ["A2"]}),
    ("en", ["cancel tomorrow's 6:30 alarm, I'm working late tonight"],
     {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("en", ["I'm in Leeds all week, pause the weekday alarm till next Monday but keep the "
            "7:15 one"], {"changed": {"A1": {"date": "2026-12-07"}}}),
    ("en", ["skip the weekday alarm on Tuesday and Wednesday",
            "no wait, just Tuesday, Wednesday I'm in after all"],
     {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("en", ["skip tomorrow's weekday alarm", "actually put it back on for tomorrow"], {}),
    ("en", ["skip the weekday alarm on Tuesday and Wednesday", "what alarms have I got?",
            "sorry, make that just Tuesday"], {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("en", ["skip the weekday alarm on Wednesday", "just for Tuesday, make my weekday alarm 7:45"],
     {"changed": {"A1": {"date": "2026-12-03"}},
      "new": [{"kind": "alarm", "time": "07:45", "date": "2026-12-01"}]}),
    ("en", ["skip the weekday alarm tomorrow", "when does it ring next?"],
     {"changed": {"A1": {"date": "2026-12-02"}}, "mention": ["Wednesday"]}),
    ("en", ["I'm on leave tomorrow", "so don't wake me that day"],
     {"changed": {"A1": {"date": "2026-12-02"}}, "gone": ["A2"]}),
    ("de", ["Ich hab morgen frei.", "Dann lass den Werktagswecker an dem Tag ausfallen."],
     {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("en", ["just for tomorrow, make my weekday alarm 7:45"],
     {"changed": {"A1": {"date": "2026-12-02"}},
      "new": [{"kind": "alarm", "time": "07:45", "date": "2026-12-01"}]}),
    ("en", ["make my weekday alarm 7:45"], {"changed": {"A1": {"time": "07:45"}}}),
    ("en", ["when's my first alarm tomorrow, and set another one ten minutes after it just "
            "for tomorrow"], {"new": [{"kind": "alarm", "time": "06:40", "date": "2026-12-01"}],
                              "mention": ["06:30"]}),
    ("en", ["skip my weekday alarm on Friday", "what alarms have I got?"],
     {"mention": ["Friday", "06:30"]}),
    ("en", ["skip my weekday alarm on Friday", "does it go off on Friday?"],
     {"mention": ["No alarms then"]}),
    ("es", ["Solo para mañana, pon la alarma de entre semana a las ocho"],
     {"changed": {"A1": {"date": "2026-12-02"}},
      "new": [{"kind": "alarm", "time": "08:00", "date": "2026-12-01"}]}),
    ("de", ["Setz den Werktagswecker morgen aus, ich hab Urlaub."],
     {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("de", ["Ich bin krank und hab morgen einen Arzttermin. Der Werktagswecker soll morgen "
            "still bleiben."], {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("fr", ["Je suis en congé jeudi. Qu'est-ce que j'ai ce jour-là, rappels compris ?"],
     {"mention": ["poubelles", "19:00"]}),
    ("fr", ["Pas de réveil demain, je suis en congé."],
     {"changed": {"A1": {"date": "2026-12-02"}}, "gone": ["A2"]}),
    ("es", ["Mañana es festivo, sáltate la alarma de entre semana."],
     {"changed": {"A1": {"date": "2026-12-02"}}}),
    ("it", ["Domani sono in ferie, salta la sveglia dei giorni feriali."],
     {"changed": {"A1": {"date": "2026-12-02"}}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "dayoff", item_words=False)
