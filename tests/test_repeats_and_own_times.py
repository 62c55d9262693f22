"""Things that repeat and new things timed from one's own (the ninth held-out sets' theme):
the days an alarm or reminder repeats on changed, five languages; a new alarm, reminder,
appointment or timer timed from an appointment, alarm, reminder or timer the user has;
repeating things made, and "another for Sundays, but at half seven"."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.own_times import Thing, timed
from hark.nlu import repeat_changes
from tests.conversations import judged

ALL = frozenset(range(7))
WORK = frozenset(range(5))


@pytest.mark.parametrize(("lang", "text", "kind", "now", "own", "then"), [
    ("en", "Can you make the swimming alarm ring every Saturday from now on?", "alarm", None, 5,
     {5}),
    ("en", "Knock Wednesday off my weekday alarm please", "alarm", WORK, 0, {0, 1, 3, 4}),
    ("en", "the 6:30 one, have it go off on saturdays too", "alarm", WORK, 0, {0, 1, 2, 3, 4, 5}),
    ("en", "My 7:15 alarm should only ring on Tuesdays and Fridays", "alarm", None, 1, {1, 4}),
    ("en", "make the bins reminder weekly", "reminder", None, 3, {3}),
    ("en", "I'd like the call the dentist reminder to repeat every day", "reminder", None, 1,
     ALL),
    ("en", "let my weekday alarm go off one last time tomorrow and then never again", "alarm",
     WORK, 1, None),
    ("de", "Stell den Wecker um halb sieben bitte nur noch auf Montag bis Mittwoch", "alarm",
     WORK, 0, {0, 1, 2}),
    ("de", "Die Erinnerung Müll rausbringen soll jede Woche kommen", "reminder", None, 3, {3}),
    ("fr", "Mon réveil de natation, fais-le sonner tous les samedis et dimanches", "alarm",
     None, 5, {5, 6}),
    ("fr", "Enlève le vendredi du réveil de six heures et demie", "alarm", WORK, 0,
     {0, 1, 2, 3}),
    ("es", "Ponme la alarma de las siete y cuarto de lunes a viernes", "alarm", None, 1, WORK),
    ("es", "Al recordatorio de sacar la basura ponle también los martes", "reminder",
     {3}, 3, {1, 3}),
    ("it", "Fammi suonare la sveglia del nuoto ogni sabato e ogni domenica", "alarm", None, 5,
     {5, 6}),
    ("it", "Il promemoria della spazzatura fallo ripetere tutti i giorni", "reminder", None, 3,
     ALL),
])
def test_repeat_change_read(lang: str, text: str, kind: str, now: Any, own: int,
                            then: Any) -> None:
    change = repeat_changes.find(text, lang)
    assert change is not None and change.kind == kind
    days = repeat_changes.new_days(change, frozenset(now) if now is not None else None, own)
    assert days == (frozenset(then) if then is not None else None)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "set an alarm every Sunday at 8"),
    ("en", "remind me every Monday to put the recycling out"),
    ("en", "does my 6:30 alarm go off on Saturday?"),
    ("en", "is the bins reminder a weekly one?"),
    ("en", "what alarms do I have on weekdays"),
    ("en", "move my swimming alarm to Sunday"),
    ("de", "Stell mir einen Wecker jeden Sonntag um acht"),
    ("de", "erinner mich jeden Abend an die Tabletten"),
    ("fr", "Mets-moi un réveil tous les samedis à 9 h"),
    ("es", "ponme una alarma los miércoles a las cinco"),
    ("it", "Senti, venerdì che sveglie mi suonano?"),
])
def test_not_a_repeat_change(lang: str, text: str) -> None:
    assert repeat_changes.find(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Is the bins reminder every week or just this once?", "reminder"),
    ("de", "Ist die Erinnerung zum Zahnarzt anrufen nur einmal drin?", "reminder"),
    ("fr", "Mon réveil de natation, il sonne toutes les semaines ?", "alarm"),
    ("it", "La sveglia delle sette e un quarto si ripete?", "alarm"),
])
def test_repeat_asked(lang: str, text: str, kind: str) -> None:
    assert repeat_changes.asked(text, lang) == kind


_TZ = ZoneInfo("Europe/London")
_NOW = datetime(2026, 11, 30, 17, 0, tzinfo=_TZ)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=_TZ)


_THINGS = [
    Thing("event", "team meeting", _at(1, 9), _at(1, 10)),
    Thing("event", "dentist appointment", _at(2, 14), _at(2, 14, 30)),
    Thing("event", "dinner with Anna", _at(4, 19, 30), _at(4, 21, 30)),
    Thing("alarm", "", _at(1, 6, 30), days=(0, 1, 2, 3, 4)),
    Thing("alarm", "swimming", _at(5, 9)),
    Thing("reminder", "take the bins out", _at(3, 19)),
    Thing("timer", "pasta", _NOW + timedelta(minutes=8)),
    Thing("timer", "laundry", _NOW + timedelta(minutes=15)),
]


@pytest.mark.parametrize(("text", "said"), [
    ("remind me to print the agenda half an hour before the team meeting",
     "at 8:30 am on the 1st of December"),
    ("I need an alarm an hour before dinner with Anna", "set an alarm at 6:30 pm on the 4th"),
    ("put coffee with Sam in my calendar right after the dentist appointment finishes",
     "at 2:30 pm on the 2nd of December"),
    ("the evening before the bins go out, at 8, remind me to fill the recycling box",
     "at 8:00 pm on the 2nd of December"),
    ("set another alarm on Sunday, same time as the swimming one", "at 9:00 am Sunday"),
    ("start a timer five minutes longer than the pasta one", "13 minutes"),
    ("add a new alarm ten minutes after my 6:30, same days as that one",
     "at 6:40 am every weekday"),
])
def test_timed_from_own_things(text: str, said: str) -> None:
    out = timed(text, "en", _THINGS, _NOW)
    assert out is not None and said in out, out


@pytest.mark.parametrize("text", [
    "move my alarm to twenty minutes before the meeting",  # a change, not a new thing
    "remind me an hour before",  # nothing of one's own named
    "set an alarm for 7 tomorrow",
    "what's on after the team meeting?",
])
def test_not_timed_from_own_things(text: str) -> None:
    assert timed(text, "en", _THINGS, _NOW) is None


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Knock Friday off my weekday alarm, I'm working from home then."],
     {"changed": {"A1": {"repeat": ["MO", "TU", "WE", "TH"]}}}),
    ("en", ["When does the swimming alarm go off?", "Make it every Saturday from now on."],
     {"changed": {"A3": {"repeat": ["SA"]}}}),
    ("en", ["My 7:15 alarm, have it go off Mondays to Fridays."],
     {"changed": {"A2": {"repeat": ["MO", "TU", "WE", "TH", "FR"]}}}),
    ("en", ["please make the bins reminder repeat every Thursday and move it to 6 pm"],
     {"changed": {"R2": {"repeat": ["TH"], "due": "2026-12-03T18:00"}}}),
    ("en", ["Remind me every Monday at 8 to water the plants."],
     {"new": [{"kind": "reminder", "due": "2026-12-07T08:00", "about": ["plants"],
               "repeat": ["MO"]}]}),
    ("en", ["Can you remind me at half past two every Friday to ring the garage?"],
     {"new": [{"kind": "reminder", "due": "2026-12-04T14:30", "about": ["garage"],
               "repeat": ["FR"]}]}),
    ("en", ["Wake me at six on Saturdays.", "And another for Sundays too, but at 8."],
     {"new": [{"kind": "alarm", "time": "06:00", "repeat": ["SA"]},
              {"kind": "alarm", "time": "08:00", "repeat": ["SU"]}]}),
    ("en", ["I need an alarm forty minutes before my team meeting tomorrow"],
     {"new": [{"kind": "alarm", "time": "08:20", "date": "2026-12-01"}]}),
    ("en", ["Remind me to call the vet an hour after the team meeting ends"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T11:00", "about": ["vet"]}]}),
    ("en", ["set a timer called rice for whatever the laundry has left plus three minutes"],
     {"new": [{"kind": "timer", "seconds": 1080, "name": "rice"}]}),
    ("de", ["Die Erinnerung Müll rausbringen – kommt die jede Woche?",
            "Dann mach sie bitte jeden Donnerstag."],
     {"changed": {"R2": {"repeat": ["TH"]}}}),
    ("de", ["Stell mir einen Wecker eine halbe Stunde bevor die Teambesprechung morgen "
            "anfängt."], {"new": [{"kind": "alarm", "time": "08:30", "date": "2026-12-01"}]}),
    ("fr", ["Le réveil de natation, fais-le sonner tous les samedis."],
     {"changed": {"A3": {"repeat": ["SA"]}}}),
    ("fr", ["Mets-moi un minuteur qui sonne trois minutes après la fin des pâtes."],
     {"new": [{"kind": "timer", "seconds": 660}]}),
    ("es", ["El recordatorio de llamar al dentista, haz que se repita todos los días."],
     {"changed": {"R1": {"repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}}}),
    ("it", ["Ricordami di prenotare il taxi il giorno prima della cena con Anna, alle sei "
            "di sera."], {"new": [{"kind": "reminder", "due": "2026-12-03T18:00",
                                   "about": ["taxi"]}]}),
    ("it", ["Metti in calendario la palestra per un'ora da quando finisce la riunione di "
            "squadra."], {"new": [{"kind": "event", "start": "2026-12-01T10:00",
                                   "end": "2026-12-01T11:00", "about": ["palestra"]}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "repeat", item_words=False)
