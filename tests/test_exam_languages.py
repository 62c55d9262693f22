"""An evening class and its exam week in German, French, Spanish and Italian: what was fixed
after the held-out exam set (written apart from it, other words, other things)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hark.dialogue.reason_after import request_alone
from hark.nlu.scope_frames import decide
from hark.nlu.stored_requests import find
from hark.nlu.time_spans import find_time_spans
from hark.text.day_looks import without_now
from hark.text.timer_pairs import timers_paired
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


def test_a_german_correction_with_draus_and_why_after_it() -> None:
    # "mach lieber 16 Uhr draus, sonst …": "draus" had become the reminder's text
    judged("de", ["Erinner mich am Mittwoch um 18 Uhr, die Bücher zurückzubringen.",
                  "Nee, mach lieber halb sechs draus, sonst hat die Bücherei schon zu."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T17:30", "about": ["Bücher"]}]})


def test_when_asked_with_now_inside_is_after_the_change() -> None:
    # "wann muss ich jetzt …": "jetzt" had been read as the time asked about
    assert without_now("Und wann soll ich jetzt die Blumen gießen?") \
        == "Und wann soll ich die Blumen gießen?"
    assert without_now("Wann klingelt der jetzt?") == "Wann klingelt der?"
    judged("de", ["Verschieb die Erinnerung Müll rausbringen am Donnerstag auf acht Uhr abends.",
                  "Und wann soll ich jetzt den Müll rausbringen?"],
           {"changed": {"R2": {"due": "2026-12-03T20:00"}}, "mention": ["20:00"]})


def test_a_german_reminder_with_its_time_first_then_what() -> None:
    # "erinner mich <wann>, <was> zu mailen" had been read as an e-mail to send
    assert decide("email_sendemail", "Erinner mich am Freitag um neun, der Chefin wegen dem "
                  "Urlaub zu schreiben.", "de") == "calendar_set"
    judged("de", ["Erinner mich übermorgen früh um sieben, dem Vermieter wegen der Heizung "
                  "zu mailen."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T07:00", "about": ["Vermieter"]}]})


def test_a_timer_made_longer_or_shorter_by_an_amount() -> None:
    # "mach den zehn Minuten länger" had started a new ten-minute timer named "länger"
    judged("de", ["Stell einen Timer auf 40 Minuten für den Kuchen.",
                  "Mach ihn noch fünf Minuten länger, der ist noch flüssig."],
           {"new": [{"kind": "timer", "seconds": 2700}]})
    judged("it", ["Metti un timer di 20 minuti per la pasta.",
                  "Fallo cinque minuti più corto."],
           {"new": [{"kind": "timer", "seconds": 900}]})


def test_a_weekday_with_its_part_of_the_day_written_onto_it() -> None:
    # "Mittwochabend" had been no day: the reminder was put on today
    spans = find_time_spans("Donnerstagnachmittag so gegen drei", NOW, "de")
    assert [s.value.get("datetime", "")[:16] for s in spans] == ["2026-12-03T15:00"]
    judged("de", ["Erinner mich, die Steuererklärung abzuschicken.",
                  "Freitagmorgen um acht."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T08:00", "about": ["Steuererklärung"]}]})


def test_another_timer_named_for_what_it_is_for() -> None:
    # "un autre de cinq minutes pour la pause": "pause" had been read as pausing the timer
    judged("fr", ["Lance un minuteur de 45 minutes pour le rôti.",
                  "Et un autre de dix minutes pour la sauce, s'il te plaît."],
           {"new": [{"kind": "timer", "seconds": 2700}, {"kind": "timer", "seconds": 600}]})
    judged("de", ["Stell einen Timer auf 30 Minuten.",
                  "Und noch einen mit zehn Minuten für die Pause."],
           {"new": [{"kind": "timer", "seconds": 1800}, {"kind": "timer", "seconds": 600}]})


def test_a_hesitation_is_no_timers_name() -> None:
    # "Et, euh, un autre de cinq minutes" had made a timer named "euh"
    # (another of a length alone after a timer is a timer with no name)
    assert timers_paired("Et, euh, un autre de dix minutes.", "fr", after_timer=True) \
        == "mets un minuteur de 10 minutes"
    assert "eh" not in timers_paired("Y, eh, otro de diez minutos.", "es", after_timer=True)
    assert timers_paired("Et, euh, un autre de dix minutes pour la sauce.", "fr",
                         after_timer=True) == "mets un minuteur de 10 minutes pour la sauce"
    answers = judged("de", ["Stell einen Timer auf 30 Minuten.",
                            "Und, äh, noch einen mit zehn Minuten."],
                     {"new": [{"kind": "timer", "seconds": 1800},
                              {"kind": "timer", "seconds": 600}]})
    assert "äh" not in answers[-1]


def test_french_it_is_when_questions_are_the_calendars() -> None:
    # "C'est quand …, le dîner" had been asked back as the diary or a chat
    assert find("C'est quand déjà, le rendez-vous chez le dentiste ?", "fr") == "calendar_query"
    assert find("Il est à quelle heure, le déjeuner avec Paul ?", "fr") == "calendar_query"
    judged("fr", ["C'est quand déjà, la réunion d'équipe ?"], {"mention": ["09:00"]})


def test_the_time_of_the_event_just_changed_asked_with_it_named_after() -> None:
    # "il est à quelle heure maintenant, ce …": the time after the change, not the clock's
    judged("fr", ["Décale la réunion d'équipe à jeudi, 11 heures.",
                  "Bon, elle est à quelle heure maintenant, cette réunion ?"],
           {"changed": {"E1": {"start": "2026-12-03T11:00"}}, "mention": ["11:00"]})


def test_the_event_just_put_in_asked_about_by_its_own_name() -> None:
    # "¿a qué hora dices que era el examen?" after the exam was put in: its time, not the
    # clock's (and its title had kept "de la mañana")
    judged("es", ["Apunta la entrevista el jueves 10 de diciembre a las nueve de la mañana.",
                  "¿Y a qué hora me dijiste que era la entrevista?"],
           {"new": [{"kind": "event", "start": "2026-12-10T09:00", "about": ["entrevista"]}],
            "mention": ["09:00"], "absent": ["mañana"]})
    judged("it", ["Segna il colloquio giovedì alle dieci in calendario.",
                  "A che ora è il colloquio?"],
           {"new": [{"kind": "event", "start": "2026-12-03T10:00", "about": ["colloquio"]}],
            "mention": ["10:00"]})


def test_the_thing_not_meant_had_already_in_a_sentence_after() -> None:
    assert request_alone("No scusa, volevo dire il pane integrale, non quello bianco. Quello "
                         "ce l'ho già.", "it") \
        == "No scusa, volevo dire il pane integrale, non quello bianco."
    judged("it", ["Aggiungi le matite alla lista della spesa.",
                  "Ah no, volevo dire le penne, non le matite. Quelle le ho già."],
           {"added_items": {"shopping": ["penne"]}})
