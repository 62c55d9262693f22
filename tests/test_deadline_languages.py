"""A freelancer's deadline week in German, French, Spanish and Italian: what was fixed
after the held-out deadline set (written apart from it, other words, other things)."""

from __future__ import annotations

from datetime import UTC, datetime

from hark.dialogue.ellipsis_other import one_adding, with_thing
from hark.dialogue.follow_on import own_request
from hark.dialogue.person_named import with_person
from hark.dialogue.pointing import pointed
from hark.dialogue.relative_other import anchored
from hark.nlu.event_span_other import length_alone, said_span
from hark.nlu.scope_frames import framed
from hark.nlu.stored_requests import find
from tests.conversations import judged


def test_items_said_before_their_list_are_one_adding() -> None:
    assert one_adding("Schreib Espressobohnen", " eine neue Zahnbürste auf die Einkaufsliste",
                      "de")
    assert one_adding("Metti il caffè", " le pile nella lista della spesa", "it")
    # its own verb, or a list of the first's own: two requests
    assert not one_adding("Schreib Espressobohnen auf die Liste",
                          " stell einen Wecker um sieben", "de")
    assert not one_adding("Stell einen Wecker um sieben", " Milch auf die Einkaufsliste", "de")


def test_german_coffee_and_a_new_thing_onto_the_list_are_both_put_on() -> None:
    # "Pack Kaffee" had been cut off and read as making a coffee
    judged("de", ["Pack Kaffee und einen neuen Wasserfilter auf die Einkaufsliste."],
           {"added_items": {"shopping": ["Kaffee", "Wasserfilter"]}})


def test_italian_put_there_after_a_list_adds_to_it() -> None:
    # "mettici" (put on it) had not been a verb of adding: the coffee was "made"
    assert with_thing(" mettici il caffè macinato", "Togli il pane dalla lista della spesa",
                      "it") == " mettici il caffè macinato alla lista della spesa"
    judged("it", ["Togli il pane dalla lista della spesa e mettici il caffè macinato."],
           {"gone_items": {"shopping": ["pane"]}, "added_items": {"shopping": ["caffè"]}})


def test_german_take_it_down_is_taken_off_the_list() -> None:
    # "nimm … runter" had been added, "Eier runter" and "sind noch da" with it
    assert with_thing(" nimm die Eier runter", "Setz Zahnpasta auf die Einkaufsliste", "de") \
        == " nimm die Eier von der Einkaufsliste runter"
    judged("de", ["Setz Zahnpasta auf die Einkaufsliste und nimm die Eier runter, die sind "
                  "noch da."],
           {"gone_items": {"shopping": ["Eier"]}, "added_items": {"shopping": ["Zahnpasta"]}})


def test_a_length_said_alone_after_a_comma_is_the_events() -> None:
    said = said_span("trag mir am donnerstag um zehn ein gespräch mit jana ein, zwei stunden.",
                     "de")
    assert said is not None and said.length is not None and said.length.seconds == 7200
    said = said_span("metti un pranzo con giulia giovedì alle 13, sempre un'ora, grazie", "it")
    assert said is not None and said.length is not None and said.length.seconds == 3600
    assert said_span("trag den zahnarzt am freitag um 10 ein, eine stunde vorher erinnern",
                     "de") is None


def test_a_german_event_with_its_length_after_a_comma() -> None:
    # its title had been "Gespräch mit Jana ein, zwei Stunden", and no end
    answers = judged("de", ["Trag mir am Donnerstag um zehn ein Gespräch mit Jana ein, zwei "
                            "Stunden."],
                     {"new": [{"kind": "event", "start": "2026-12-03T10:00",
                               "end": "2026-12-03T12:00", "about": ["Jana"]}]})
    assert "Stunden" not in answers[-1]


def test_german_schieb_is_a_verb_said_to_the_assistant() -> None:
    assert own_request("schieb die bitte auf elf", "de")
    assert own_request("rück den Termin eine Stunde vor", "de")


def test_a_thing_named_first_is_what_its_pronoun_means() -> None:
    focus = {"type": "reminder", "name": "die Blumen zu gießen", "created": True}
    assert pointed("Und das Abendessen mit Anna, schieb das bitte auf Samstag.", focus,
                   "de") is None
    # the kind and the day alone name the thing talked about
    assert pointed("Die Erinnerung morgen, schieb die auf neun.", focus, "de") is not None


def test_a_german_dinner_moved_after_a_reminder_was_set() -> None:
    # "schieb das" had moved the reminder just set to Saturday
    judged("de", ["Erinner mich morgen um acht, die Blumen zu gießen.",
                  "Und das Abendessen mit Anna, schieb das bitte auf Samstag."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["Blumen"]}],
            "changed": {"E3": {"start": "2026-12-05T19:30"}}})


def test_a_length_alone_after_an_event_is_its_length() -> None:
    assert length_alone("Mets une demi-heure.", "fr") == "une demi-heure"
    assert length_alone("Facciamo un'ora e mezza", "it") == "un'ora e mezza"
    assert length_alone("Mach eine Stunde", "de") == "eine Stunde"
    assert length_alone("Mets le réveil à sept heures", "fr") is None


def test_a_german_event_then_make_it_an_hour() -> None:
    # "Mach eine Stunde." had been read as something else, the event kept with no end
    judged("de", ["Trag mir am Freitag um 10 ein Telefonat mit Jonas ein.", "Mach eine Stunde."],
           {"new": [{"kind": "event", "start": "2026-12-04T10:00", "end": "2026-12-04T11:00",
                     "about": ["Jonas"]}]})


def test_an_italian_event_then_lets_say_an_hour_and_a_half() -> None:
    # "Facciamo un'ora e mezza" had started a timer
    judged("it", ["Segnami in agenda una riunione con Paola giovedì alle 10.",
                  "Facciamo un'ora e mezza."],
           {"new": [{"kind": "event", "start": "2026-12-03T10:00", "end": "2026-12-03T11:30",
                     "about": ["Paola"]}]})


def test_how_much_is_left_for_me_is_a_question() -> None:
    # "Il me reste combien sur …" had added the timer's length to it
    assert find("Il me reste combien sur le minuteur de 20 minutes ?", "fr") == "timer_query"
    assert find("Combien me reste-t-il sur le minuteur des pâtes ?", "fr") == "timer_query"


def test_a_french_timer_then_how_much_is_left_on_that_one() -> None:
    judged("fr", ["Lance un minuteur de 20 minutes.", "Il me reste combien sur celui-là ?"],
           {"new": [{"kind": "timer", "seconds": 1200}], "mention": [{"minutes": 20}]})


def test_when_it_rings_is_when_the_thing_before_rings() -> None:
    at = datetime(2026, 11, 30, 17, 10, tzinfo=UTC)
    about = {"kind": "timer", "at": at, "title": ""}
    now = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    assert "17:10" in anchored("ricordami di girare la frittata quando suona", about, now, "it")
    assert "17:10" in anchored("Erinner mich, den Ofen auszumachen, sobald er klingelt", about,
                               now, "de")
    assert anchored("ricordami di girare la frittata", about, now, "it") == \
        "ricordami di girare la frittata"


def test_a_reminder_when_the_timer_asked_about_rings() -> None:
    # "quand il sonne" had been asked back: when?
    judged("es", ["¿Cuánto le queda al temporizador de la colada?",
                  "Recuérdame tender la ropa cuando suene."],
           {"new": [{"kind": "reminder", "due": "2026-11-30T17:15", "about": ["ropa"]}]})


def test_a_reminder_when_the_meeting_asked_about_ends() -> None:
    judged("fr", ["C'est quand la réunion d'équipe ?",
                  "Rappelle-moi d'appeler Paul quand elle se termine."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["Paul"]}]})


def test_an_italian_dunno_before_a_time_given() -> None:
    # "Mah, …" had not been understood
    judged("it", ["Metti in agenda il compleanno di Luca sabato.",
                  "Mah, alle otto di sera."],
           {"new": [{"kind": "event", "start": "2026-12-05T20:00", "about": ["Luca"]}]})


def test_the_alarm_named_first_with_its_time_is_a_new_alarm() -> None:
    assert framed("wecker um 6 am mittwoch, da muss ich früh raus", "de") == "alarm_set"
    assert framed("alarma a las seis el miércoles, que tengo que entregar el logo", "es") \
        == "alarm_set"
    assert framed("der wecker um 6 kann weg", "de") is None


def test_an_italian_alarm_with_why_after_it() -> None:
    # the reason's "consegnare il logo" had made an event at 18:00
    judged("it", ["Sveglia alle 7 giovedì, che devo portare la macchina dal meccanico."],
           {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-03"}]})


def test_with_him_is_the_person_of_the_event_before() -> None:
    focus = {"type": "event", "name": "Treffen mit Clara", "created": True}
    assert with_person("Und noch eins mit ihr am Freitag", focus, "de") == \
        "Und noch eins mit Clara am Freitag"
    assert with_person("Und noch eins am Freitag", focus, "de") == "Und noch eins am Freitag"


def test_a_german_second_meeting_with_her() -> None:
    # "mit ihr" had not been understood
    judged("de", ["Trag mir am Donnerstag um 10 ein Treffen mit Clara ein.",
                  "Und noch eins mit ihr am Freitag um 14 Uhr."],
           {"new": [{"kind": "event", "start": "2026-12-03T10:00", "about": ["Clara"]},
                    {"kind": "event", "start": "2026-12-04T14:00", "about": ["Clara"]}]})


def test_that_morning_is_the_morning_of_the_thing_before() -> None:
    # "esa mañana" had been tomorrow, "ce matin-là" not read
    judged("es", ["¿Cuándo tengo la cita del dentista?",
                  "Pues recuérdame esa mañana a las 8 llevar la tarjeta."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T08:00", "about": ["tarjeta"]}]})
    judged("fr", ["C'est quand le rendez-vous chez le dentiste ?",
                  "Rappelle-moi ce matin-là à 8h de prendre ma carte vitale."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T08:00", "about": ["carte"]}]})
