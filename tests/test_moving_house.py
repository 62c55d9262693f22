"""Moving house: a move asked with no new time, a thing taken off by mistake put back,
a running timer set anew by its name, repeating reminders answered for each day they
are due, a start and an end said alone after an event, asides cried out first, and
regional words, in five languages. Written apart from the held-out sets."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.item_taken_off import put_back
from hark.nlu import move_requests
from hark.store.models import Reminder
from hark.store.reminders import due_between
from hark.text.closing import without_closing
from hark.text.courtesy import plainly
from hark.text.event_length import start_first
from hark.text.noises import without_noises
from hark.text.story_first import without_story
from tests.conversations import judged

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("can we reschedule the team meeting?", "en", "the team meeting"),
    ("Ich muss den Zahnarzttermin verlegen.", "de", "Ich muss den Zahnarzttermin"),
    ("Je dois déplacer la réunion d'équipe.", "fr", "la réunion d'équipe"),
    ("Hay que aplazar la cita con el dentista.", "es", "la cita con el dentista"),
    ("Devo rimandare la riunione di squadra.", "it", "la riunione di squadra"),
    # a new time, a shift, a thing that is no appointment: none of these
    ("move the team meeting to Friday", "en", None),
    ("push the team meeting back an hour", "en", None),
    ("move house", "en", None),
    ("move it", "en", None),
    ("sposta la riunione a venerdì", "it", None),
    ("verschieb den Wecker", "de", None),
])
def test_a_move_with_no_new_time(text: str, lang: str, event: str | None) -> None:
    assert move_requests.unsaid(text, lang) == event


def test_a_shift_said_before_the_verb_is_none() -> None:
    said = ("No llego a la reunión del martes, ese día me mudo. Pásala al jueves a la misma "
            "hora.")
    asked = move_requests.find(said, "es")
    assert asked is not None and asked.shift_minutes is None and "jueves" in (asked.when or "")


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("Sorry, not the milk, I meant the eggs.", "en",
     "put milk back on my shopping list and remove eggs from my shopping list"),
    ("Nein, nicht die Milch, die Eier.", "de",
     "setz Milch auf die Einkaufsliste und streich Eier von der Einkaufsliste"),
    # not one of the things just taken off: nothing to put back
    ("Sorry, not the butter, I meant the eggs.", "en", None),
])
def test_a_thing_taken_off_by_mistake(text: str, lang: str, said: str | None) -> None:
    focus = {"type": "list", "name": "shopping", "created": False, "items": [],
             "removed": ["bread", "milk"] if lang == "en" else ["Brot", "Milch"]}
    out = put_back(text, focus, lang)
    if said is None:
        assert out is None
    else:
        assert out is not None and out.casefold() == said.casefold()


def test_a_repeating_reminder_is_due_on_each_of_its_days() -> None:
    r = Reminder(text="pack boxes", due=datetime(2026, 12, 1, 18, 0, tzinfo=UTC),
                 recurrence={"freq": "weekly", "byday": ["TU", "TH"]}, tz="Europe/London")
    start = datetime(2026, 12, 3, 0, 0, tzinfo=LONDON)
    end = datetime(2026, 12, 4, 0, 0, tzinfo=LONDON)
    assert [at for at, _ in due_between([r], start, end, LONDON)] == [
        datetime(2026, 12, 3, 18, 0, tzinfo=UTC)]
    # not on a day of no rule, and not before it first fires
    wed = datetime(2026, 12, 2, 0, 0, tzinfo=LONDON)
    assert due_between([r], wed, start, LONDON) == []
    assert due_between([r], datetime(2026, 11, 24, tzinfo=LONDON),
                       datetime(2026, 11, 27, tzinfo=LONDON), LONDON) == []


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("From nine till eleven.", "en", ("at nine", "it ends at eleven")),
    ("Von neun bis elf.", "de", ("um neun", "es geht bis elf")),
    ("De neuf heures à onze heures.", "fr", ("à neuf heures", "ça finit à onze heures")),
    ("Dalle nove alle undici.", "it", ("alle nove", "finisce alle undici")),
    # a clock said with "to" is no range; a length is no end
    ("Ten to nine, and it's only ten minutes.", "en", ("Ten to nine", "it's only ten minutes.")),
    ("From two hours to three hours.", "en", None),
])
def test_a_start_and_an_end_said_alone(text: str, lang: str,
                                       pair: tuple[str, str] | None) -> None:
    assert start_first(text, lang) == pair


@pytest.mark.parametrize(("text", "plain"), [
    ("Jack, off the sofa! — sorry. Add bin bags to the shopping list.",
     "Add bin bags to the shopping list."),
    # a correction has no cry
    ("Add milk — sorry, eggs", "Add milk — sorry, eggs"),
])
def test_an_aside_cried_out_first(text: str, plain: str) -> None:
    assert without_noises(text) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("and the removal boxes, the big strong ones", "and the removal boxes"),
    ("and a doormat, there's a love", "and a doormat"),
    ("no, half past eight, sorry, my phone's ringing", "no, half past eight"),
])
def test_closing_remarks(text: str, plain: str) -> None:
    assert without_closing(text) == plain


def test_id_like_to_is_courtesy() -> None:
    assert plainly("I'd like to move the team meeting") == "please move the team meeting"


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Stell den Wecker unter der Woche auf sechs. Ich fahr jetzt länger zur Arbeit.", "de",
     "Stell den Wecker unter der Woche auf sechs."),
    # a length said after the request stays: it may be its own
    ("Trag den Umzug am Samstag ein. Der dauert drei Stunden.", "de",
     "Trag den Umzug am Samstag ein. Der dauert drei Stunden."),
])
def test_news_after_a_request(text: str, lang: str, kept: str) -> None:
    assert without_story(text, lang) == kept


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a move with no new time, then when to
    ("en", ["Could you reschedule the dentist appointment?", "Friday at 11"],
     {"changed": {"E2": {"start": "2026-12-04T11:00"}}}),
    ("it", ["Devo spostare l'appuntamento dal dentista.", "A venerdì, stessa ora."],
     {"changed": {"E2": {"start": "2026-12-04T14:00"}}}),
    # a thing taken off by mistake put back, the one meant taken off
    ("en", ["Take the milk and the bread off the shopping list.", "Sorry, not the milk, "
            "I meant the eggs."], {"gone_items": {"shopping": ["bread", "eggs"]}}),
    # the running pasta timer set anew, not a second one
    ("en", ["Set the pasta timer to twelve minutes."], {"changed": {"T1": {"remaining_s": 720}}}),
    ("fr", ["Le minuteur des pâtes, mets-le à douze minutes."],
     {"changed": {"T1": {"remaining_s": 720}}}),
    # a repeating reminder counted on each of its days
    ("en", ["Remind me every Tuesday and Thursday at 6 pm to pack the books",
            "what reminders do I have on Thursday?"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T18:00", "repeat": ["TU", "TH"],
               "about": ["books"]}], "mention": ["18:00", "19:00"]}),
    # a repeating reminder's day put right
    ("de", ["Erinnere mich jeden Montag und Freitag um acht Uhr abends an die Kartons.",
            "Nicht Freitag, Donnerstag."],
     {"new": [{"kind": "reminder", "due": "2026-11-30T20:00", "repeat": ["MO", "TH"],
               "about": ["Kartons"]}]}),
    # a start and an end said alone after an event put in for a day
    ("es", ["Apunta la mudanza el sábado en el calendario.", "De nueve a una."],
     {"new": [{"kind": "event", "start": "2026-12-05T09:00", "end": "2026-12-05T13:00",
               "about": ["mudanza"]}]}),
    # an alarm for a part of the day asks its time
    ("de", ["Stell mir einen Wecker für Samstag früh.", "Um Viertel nach sechs."],
     {"new": [{"kind": "alarm", "time": "06:15", "date": "2026-12-05"}]}),
    # a question instead of the answer to "which one?" chooses nothing: no reminder moved
    ("de", ["Verschieb die Erinnerung auf Mittwoch.", "Und wann ist nochmal Müll rausbringen?"],
     {}),
    # "make it thirty" after a length said with a hyphen
    ("en", ["Set a timer for twenty-five minutes for the shepherd's pie", "make it thirty"],
     {"new": [{"kind": "timer", "seconds": 1800}]}),
    # an answer, then a correction of it, keeps what the answer said
    ("fr", ["Rappelle-moi de relever le compteur.", "Les lundis et les mercredis à midi.",
            "Mets-le à midi et demi plutôt."],
     {"new": [{"kind": "reminder", "due": "2026-12-02T12:30", "repeat": ["MO", "WE"],
               "about": ["compteur"]}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "move")
