"""A new puppy in the house: news after a request, a correction after a dash, a bare clock
range for an event just made, "and"/"oh, and" before a request, lengths said as "it'll only
be…", "the X one" for a timer, a reminder moved in two turns, an aside with the verb said
again, and days set on "le réveil de la semaine". Written apart from the held-out sets."""

from __future__ import annotations

from typing import Any

import pytest

from hark.dialogue.reason_after import request_alone
from hark.nlu import repeat_changes
from hark.text.event_length import start_first
from hark.text.fronted import unfronted
from hark.text.noises import without_noises
from hark.text.story_first import without_news_after
from tests.conversations import judged


@pytest.mark.parametrize(("text", "said"), [
    ("Could you shift the dentist reminder to Friday? Thursday's the puppy's jab now.",
     "Could you shift the dentist reminder to Friday?"),
    # a correction, "it", or a question after it: kept whole
    ("Move the dentist reminder to Friday. Sorry, Saturday's better.",
     "Move the dentist reminder to Friday. Sorry, Saturday's better."),
    ("Move the dentist reminder to Friday. What's on Thursday?",
     "Move the dentist reminder to Friday. What's on Thursday?"),
    ("Set an alarm for 7. Tomorrow.", "Set an alarm for 7. Tomorrow."),
    # "a.m." ends no sentence
    ("Wake me at 6 a.m. on Friday, I'm flying at nine.",
     "Wake me at 6 a.m. on Friday, I'm flying at nine."),
])
def test_news_after_an_english_request(text: str, said: str) -> None:
    assert without_news_after(text, "en") == said


@pytest.mark.parametrize(("text", "said"), [
    ("Oops — quarter past ten.", "Oops, quarter past ten."),
    ("Add rice — Poppy, off the table! — sorry, add rice and lentils",
     "add rice and lentils"),
])
def test_dashes(text: str, said: str) -> None:
    assert without_noises(text) == said


def test_a_modal_ends_no_request() -> None:
    assert request_alone("when should we worm her", "en") == "when should we worm her"


@pytest.mark.parametrize(("text", "said"), [
    ("ten till half eleven", ("at ten", "it ends at half eleven")),
    ("ten to five", None),  # a time, not a range
])
def test_a_bare_range(text: str, said: tuple[str, str] | None) -> None:
    assert start_first(text, "en") == said


def test_a_thing_named_with_its_day_first() -> None:
    assert unfronted("oh, and Friday's dinner — move it to 8") == "move Friday's dinner to 8"


def test_le_reveil_de_la_semaine() -> None:
    found = repeat_changes.find("Le réveil de la semaine, tu peux le mettre seulement mardi, "
                                "jeudi et vendredi ? Lundi je suis en télétravail.", "fr")
    assert found is not None and [g.days for g in found.groups] == [frozenset({1, 3, 4})]


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["wake me at 2 a.m. tonight, the pup needs the garden"],
     {"new": [{"kind": "alarm", "time": "02:00", "date": "2026-12-01"}]}),
    ("en", ["set an alarm for 5 every day", "and the weekday 6:30 one, cancel that"],
     {"new": [{"kind": "alarm", "time": "05:00",
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}], "gone": ["A1"]}),
    ("en", ["remind me Tuesdays and Fridays at 12:15 to give the puppy his lunch"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T12:15", "about": ["lunch"],
               "repeat": ["TU", "FR"]}]}),
    ("en", ["shift the bins reminder", "Wednesday at half six"],
     {"changed": {"R2": {"due": "2026-12-02T18:30"}}}),
    ("en", ["put the puppy class in the calendar for Thursday at 6 pm", "it'll just be forty minutes"],
     {"new": [{"kind": "event", "start": "2026-12-03T18:00", "end": "2026-12-03T18:40",
               "about": ["class"]}]}),
    ("en", ["pencil in the groomer on Friday at 10 its roughly two hours"],
     {"new": [{"kind": "event", "start": "2026-12-04T10:00", "end": "2026-12-04T12:00",
               "about": ["groomer"]}]}),
    ("en", ["Puppy training, Saturday, add to calendar.", "ten till eleven"],
     {"new": [{"kind": "event", "start": "2026-12-05T10:00", "end": "2026-12-05T11:00",
               "about": ["training"]}]}),
    ("en", ["move tomorrow's team meeting to ten", "no — quarter past ten"],
     {"changed": {"E1": {"start": "2026-12-01T10:15"}}}),
    ("en", ["make a new list called puppy jabs", "And add the kennel cough one",
            "read that list back for me"],
     {"added_items": {"puppy jabs": ["kennel cough"]}, "mention": ["kennel cough"]}),
    ("en", ["put dog shampoo on the shopping list", "actually take it off again",
            "pop a lint roller on instead"],
     {"added_items": {"shopping": ["lint roller"]}}),
    ("en", ["Oh, and kill the laundry one, the pup pulled the plug out"], {"gone": ["T2"]}),
    ("de", ["die Erinnerung für die Geburtstagskarte bitte auf Sonntag, gleiche Uhrzeit"],
     {"changed": {"R3": {"due": "2026-12-06T09:30"}}}),
    ("de", ["Trag für Freitag um neun ein: Tierarzt mit dem Welpen",
            "Ah sorry, viertel nach neun, nicht neun. Und plan eine Stunde ein."],
     {"new": [{"kind": "event", "start": "2026-12-04T09:15", "end": "2026-12-04T10:15",
               "about": ["Tierarzt"]}]}),
    ("fr", ["Tu peux me faire penser à demain à huit heures de nourrir le chat ?"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["chat"]}]}),
    ("fr", ["Salut, tu peux ajouter un rendez-vous chez le toiletteur jeudi ?",
            "à dix heures, pour une heure et demie"],
     {"new": [{"kind": "event", "start": "2026-12-03T10:00", "end": "2026-12-03T11:30",
               "about": ["toiletteur"]}], "absent": ["peux"]}),
    ("fr", ["Mets le vétérinaire dans l'agenda jeudi à dix heures", "et jeudi, j'ai quoi d'autre dans l'agenda ?"],
     {"new": [{"kind": "event", "start": "2026-12-03T10:00", "about": ["vétérinaire"]}],
      "mention": ["10:00"]}),
    ("es", ["la alarma del sábado pasámela a las ocho, que a las diez vamos al parque"],
     {"changed": {"A3": {"time": "08:00"}}}),
    ("es", ["Mi hermana solo puede el jueves, así que la cena con Anna pásamela al sábado a las "
            "ocho de la tarde"],
     {"changed": {"E3": {"start": "2026-12-05T20:00", "end": "2026-12-05T22:00"}}}),
    ("es", ["Agendame el veterinario el viernes", "a las diez de la mañana, y calculale una hora"],
     {"new": [{"kind": "event", "start": "2026-12-04T10:00", "end": "2026-12-04T11:00",
               "about": ["veterinario"]}]}),
    ("es", ["en la lista de la compra poné yerba"], {"added_items": {"shopping": ["yerba"]}}),
    ("it", ["nella lista della spesa metti il guinzaglio"],
     {"added_items": {"shopping": ["guinzaglio"]}}),
    ("de", ["den Wecker von morgen bitte auf dreiviertel acht"],
     {"changed": {"A2": {"time": "07:45"}}}),
    ("de", ["Hundefutter bitte auf die Einkaufsliste"],
     {"added_items": {"shopping": ["Hundefutter"]}, "absent": ["bitte"]}),
    ("it", ["Crea una nuova lista chiamata regali per Giulia e mettici un libro"],
     {"added_items": {"regali per giulia": ["libro"]}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "puppy")
