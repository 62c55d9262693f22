"""A freelancer's deadline week in German, French, Spanish and Italian: what was fixed
after the held-out deadline set (written apart from it, other words, other things)."""

from __future__ import annotations

from hark.dialogue.ellipsis_other import one_adding, with_thing
from hark.dialogue.follow_on import own_request
from hark.dialogue.pointing import pointed
from hark.nlu.event_span_other import said_span
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
