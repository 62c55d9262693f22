"""A school Christmas fair stall and a week of flat viewings (English): what was fixed after
the two held-out sets of those themes, tested with other sentences and other things."""

from __future__ import annotations

import pytest

from hark.text.dialect import standard
from hark.text.length_told import length_told
from hark.text.not_till import not_till
from tests.conversations import judged


def test_a_named_timer_just_started_is_given_more_time_not_a_new_timer() -> None:
    judged("en", ["Start a 20 minute timer for the flapjacks.", "Hmm, make it five minutes longer."],
           {"new": [{"kind": "timer", "seconds": 1500, "name": "flapjacks"}]})
    judged("en", ["Set a 30 minute timer for hoovering the stairs.", "Actually make it ten minutes shorter.",
                  "How long's left on the hoovering timer?"],
           {"new": [{"kind": "timer", "seconds": 1200, "name": "hoovering"}],
            "mention": [{"minutes": 20}]})


def test_better_or_maybe_before_a_correction_is_said_aside() -> None:
    judged("en", ["Set an ironing timer for 20 minutes.", "Actually, better make it 40."],
           {"new": [{"kind": "timer", "seconds": 2400, "name": "ironing"}]})
    judged("en", ["Remind me to post the parcel on Friday at 11 am.", "Hmm, maybe do it Wednesday. Same time."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T11:00", "about": ["parcel"]}]})


def test_a_timer_for_a_thing_with_please_after_a_comma_asks_how_long() -> None:
    judged("en", ["Set a timer for the mince pies, please.", "18 minutes."],
           {"new": [{"kind": "timer", "seconds": 1080, "name": "mince pies"}]})


def test_a_time_put_right_by_when_something_can_start() -> None:
    assert not_till("Sorry, the hall doesn't open till 9, so 9 to 10.") == "Sorry, 9 till 10."
    assert not_till("The hall doesn't open till 9.") == "The hall doesn't open till 9."
    judged("en", ["Put decorating the tree in my calendar, Sunday at 2 pm for two hours.",
                  "Oh no, the kids aren't back till 4, so 4 to 6."],
           {"new": [{"kind": "event", "start": "2026-12-06T16:00", "end": "2026-12-06T18:00",
                     "about": ["tree"]}]})
    judged("en", ["Remind me to collect the parcel tomorrow at 8 am.",
                  "Actually, the depot doesn't open until 10."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["parcel"]}]})


@pytest.mark.parametrize(("said", "start", "end"), [
    ("Add the carol rehearsal on Thursday at 6 pm, it's an hour and a half.",
     "2026-12-03T18:00", "2026-12-03T19:30"),
    ("Put a call with the plumber in for Wednesday at 11, it should take about 20 minutes",
     "2026-12-02T11:00", "2026-12-02T11:20"),
])
def test_how_long_told_after_the_request_is_the_events_length(said: str, start: str, end: str) -> None:
    judged("en", [said], {"new": [{"kind": "event", "start": start, "end": end,
                                   "about": [said.split()[2] if said.startswith("Add") else "plumber"]}]})
    assert length_told("Set an alarm for 7, it's a long day") == "Set an alarm for 7, it's a long day"


def test_a_thing_named_first_after_another_request_keeps_its_own_verb() -> None:
    judged("en", ["Add bin bags to the shopping list. Oh, and the dentist reminder, make that 11 instead."],
           {"added_items": {"shopping": ["bin bags"]}, "changed": {"R1": {"due": "2026-12-01T11:00"}}})


def test_a_clock_said_beside_lunchtime_is_the_time() -> None:
    judged("en", ["Remind me Wednesday lunchtime, say 1:15, to ring the garage."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T13:15", "about": ["garage"]}]})


def test_a_timer_for_the_kitchen_is_named_so() -> None:
    judged("en", ["Set a 10 minute timer for dusting the lounge.", "And another one for the kitchen."],
           {"new": [{"kind": "timer", "seconds": 600, "name": "lounge"},
                    {"kind": "timer", "seconds": 600, "name": "kitchen"}]})


def test_same_thing_again_on_another_day() -> None:
    judged("en", ["Remind me to water the plants on Wednesday at 8 am.",
                  "Same thing again on Sunday at 10 in the morning."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T08:00", "about": ["plants"]},
                    {"kind": "reminder", "due": "2026-12-06T10:00", "about": ["plants"]}]})


def test_when_said_first_then_the_thing_then_put_that_in_and_a_length() -> None:
    judged("en", ["Thursday, 3 pm, haircut at Jo's, can you put that in? Forty minutes.",
                  "Another one straight after at 4:30, same length."],
           {"new": [{"kind": "event", "start": "2026-12-03T15:00", "end": "2026-12-03T15:40",
                     "about": ["haircut"]},
                    {"kind": "event", "start": "2026-12-03T16:30", "end": "2026-12-03T17:10",
                     "about": ["haircut"]}]})


def test_a_time_somebody_said_puts_the_thing_right() -> None:
    judged("en", ["Put the boiler service in on Friday at 9.",
                  "Oh wait, the engineer said 10:30, not 9. Can you fix that?"],
           {"new": [{"kind": "event", "start": "2026-12-04T10:30", "about": ["boiler"]}]})


def test_why_said_as_a_sentence_after_a_move() -> None:
    judged("en", ["When's the dentist appointment?",
                  "Make it Tuesday instead, same time. I want it out of the way before the weekend."],
           {"changed": {"E2": {"start": "2026-12-01T14:00"}}})


def test_several_of_a_thing_at_two_clock_times_are_two_events() -> None:
    assert standard("at 10 and 11 am") == "at 10 and 11 am"
    assert standard("an alarm for 8 and 15 of the morning") != "an alarm for 8 and 15 of the morning"
    judged("en", ["Cancel the laundry timer and book lessons on Friday at 9 and 10 am."],
           {"gone": ["T2"], "new": [{"kind": "event", "start": "2026-12-04T09:00", "about": ["lesson"]},
                                    {"kind": "event", "start": "2026-12-04T10:00", "about": ["lesson"]}]})


def test_a_length_for_a_thing_after_a_cancel_is_a_new_timer() -> None:
    judged("en", ["Stop the pasta timer, I'm doing rice instead, so 12 minutes for the rice."],
           {"gone": ["T1"], "new": [{"kind": "timer", "seconds": 720, "name": "rice"}]})
    judged("en", ["Set a timer for two hours and 15 minutes for the ham."],  # one length
           {"new": [{"kind": "timer", "seconds": 8100, "name": "ham"}]})


def test_a_fact_told_after_what_to_be_reminded_of_is_left_out() -> None:
    judged("en", ["Remind me on Thursday at 9 am to ring the bank, they close at noon."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T09:00", "about": ["bank"]}],
            "absent": ["noon"]})
    judged("en", ["Remind me tomorrow at 6 pm to text Priya, Tom's mum still hasn't replied."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T18:00", "about": ["Priya"]}],
            "absent": ["replied"]})


@pytest.mark.parametrize(("said", "start", "end"), [
    ("Oh no, 5 till 7.", "2026-12-06T17:00", "2026-12-06T19:00"),
    ("Sorry, make it 3 to 4.", "2026-12-06T15:00", "2026-12-06T16:00"),
    ("No, 10 till 11.", "2026-12-06T10:00", "2026-12-06T11:00"),
])
def test_hours_said_alone_put_an_events_hours_right(said: str, start: str, end: str) -> None:
    judged("en", ["Add wrapping presents on Sunday at 1 pm for an hour.", said],
           {"new": [{"kind": "event", "start": start, "end": end, "about": ["presents"]}]})


def test_a_length_from_now_puts_a_reminder_just_made_right() -> None:
    judged("en", ["Remind me to check the oven in 20 minutes.", "Hmm, better make that an hour from now."],
           {"new": [{"kind": "reminder", "due": "2026-11-30T18:00", "about": ["oven"]}]})


@pytest.mark.parametrize(("lang", "asked", "said", "word"), [
    ("de", "Wie lange braucht die Wäsche noch?",
     "Dann erinnere mich zehn Minuten nachdem sie fertig ist, dass ich die Handtücher aufhänge.",
     "Handtücher"),
    ("fr", "Il reste combien sur la lessive ?",
     "Rappelle-moi dix minutes après qu'elle se termine de plier les serviettes.", "serviettes"),
    ("es", "¿Cuánto le queda a la colada?",
     "Recuérdame diez minutos después de que termine doblar las toallas.", "toallas"),
])
def test_an_amount_after_the_thing_talked_about_ends(lang: str, asked: str, said: str,
                                                       word: str) -> None:
    judged(lang, [asked, said],
           {"new": [{"kind": "reminder", "due": "2026-11-30T17:25", "about": [word]}],
            "absent": ["termine", "fertig"]})


@pytest.mark.parametrize(("lang", "said", "item"), [
    ("fr", "Raye réparer la lumière du vélo, c'est fait.", "réparer la lumière du vélo"),
    ("de", "Streich Fahrradlicht reparieren durch, das ist erledigt.", "Fahrradlicht reparieren"),
    ("it", "Depenna aggiustare la luce della bici.", "aggiustare la luce della bici"),
])
def test_striking_an_item_through_takes_it_off_its_list(lang: str, said: str, item: str) -> None:
    judged(lang, [said], {"gone_items": {"to-do": [item]}})


def test_a_bar_or_a_striped_thing_is_put_on_the_list_not_struck_off() -> None:
    judged("fr", ["Ajoute une barre de céréales et un pull rayé à la liste de courses."],
           {"added_items": {"shopping": ["barre", "pull"]}, "item_words": True})


def test_a_long_list_named_first_then_its_verb_in_french() -> None:
    judged("fr", ["Dans ma liste de choses à faire, ajoute appeler la banque et trier les papiers, "
                  "et raye renouveler le passeport, c'est fait."],
           {"added_items": {"to-do": ["banque", "papiers"]}, "item_words": True,
            "gone_items": {"to-do": ["renouveler le passeport"]}})


@pytest.mark.parametrize(("lang", "asked", "said"), [
    ("fr", "À quelle heure sonne mon réveil de natation samedi ?",
     "Tu peux le reculer d'une heure ? Je voudrais dormir un peu plus."),
    ("it", "A che ora suona la sveglia del nuoto sabato?",
     "Puoi posticiparla di un'ora? Vorrei dormire un po' di più."),
])
def test_a_wish_said_after_a_shift_is_left_out(lang: str, asked: str, said: str) -> None:
    judged(lang, [asked, said], {"changed": {"A3": {"time": "10:00"}}})


def test_tens_of_hours_given_as_the_answer_to_when_are_a_clock() -> None:
    judged("fr", ["Mets le repas de Noël de l'association samedi soir dans l'agenda.", "vingt heures"],
           {"new": [{"kind": "event", "start": "2026-12-05T20:00", "about": ["repas"]}]})
