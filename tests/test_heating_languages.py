"""A broken boiler in a cold week, in German, French, Spanish and Italian: what was fixed
after the held-out heating set (written apart from it, other words, other things)."""

from __future__ import annotations

from hark.skills.timers import _name_first
from hark.text.corrections_other import corrected_other
from hark.text.reason_clause import without_reason_clause
from hark.text.said_again import without_repeats
from hark.text.story_first import without_story
from hark.text.which_ones import says_which
from tests.conversations import judged


def test_a_new_time_that_will_do_with_a_word_after_it() -> None:
    # "… sechs Uhr reicht eigentlich": "eigentlich" had kept the first time
    assert corrected_other("Halb sieben. Nee, warte, sieben Uhr reicht ja.") == "um sieben Uhr."
    judged("de", ["Stell mir einen Wecker für Samstag.",
                  "Halb sieben. Nee, sieben Uhr passt eigentlich auch."],
           {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-05"}]})


def test_a_second_no_that_corrects_is_no_repeat() -> None:
    # "Uy, no, …, a las seis, no, no, espera, …": the "no"s had gone as said again
    assert "no, no" in without_repeats("Ay, no, perdona, a las cinco, no, no, a las cinco y "
                                       "media")


def test_why_the_last_answer_was_wrong_then_the_new_one() -> None:
    assert without_reason_clause("No, scusa, che sabato lavoro tardi. Mettila alle nove.") \
        == "No, scusa. Mettila alle nove."
    judged("es", ["Ponme un despertador el sábado a las siete.",
                  "Ay, no, perdona, que el sábado trabajo tarde. Que sea a las ocho y media... "
                  "no, no, espera, a las nueve."],
           {"new": [{"kind": "alarm", "time": "09:00", "date": "2026-12-05"}]})


def test_a_length_put_right_with_let_us_say() -> None:
    assert corrected_other("Vingt minutes. Non, disons une demi-heure, c'est plus prudent.") \
        == "une demi-heure, c'est plus prudent."
    assert corrected_other("zwanzig Minuten, nee, sagen wir eine halbe Stunde") == \
        "eine halbe Stunde"
    assert corrected_other("venti minuti, no, diciamo mezz'ora") == "mezz'ora"
    judged("fr", ["Lance un minuteur pour le gratin.",
                  "Euh… vingt minutes. Non, disons une demi-heure, c'est plus prudent."],
           {"new": [{"kind": "timer", "seconds": 1800, "name": "gratin"}]})


def test_a_timer_named_right_after_its_word_behind_the_verb() -> None:
    assert _name_first("Stell mir nen Timer Teewasser, vier Minuten.", "de") == "Teewasser"
    assert _name_first("Mets-moi un minuteur lessive, s'il te plaît.", "fr") == "lessive"
    assert _name_first("Stell mir einen Timer, bitte, vier Minuten.", "de") == ""
    judged("de", ["Mach mir mal nen Timer Eier, sieben Minuten."],
           {"new": [{"kind": "timer", "seconds": 420, "name": "Eier"}]})
    judged("fr", ["Mets-moi un minuteur lessive, s'il te plaît.", "Une demi-heure."],
           {"new": [{"kind": "timer", "seconds": 1800, "name": "lessive"}]})


def test_more_things_after_a_sound_and_while_we_are_at_it() -> None:
    judged("de", ["Setz Kerzen auf die Einkaufsliste.",
                  "Und Streichhölzer. Ach, und ne Taschenlampe noch, wenn wir schon dabei sind."],
           {"added_items": {"shopping": ["Kerzen", "Streichhölzer", "Taschenlampe"]}})


def test_which_one_to_buy_said_after_the_last_thing() -> None:
    assert says_which("les plus chauds possible")
    assert says_which("el más barato")
    assert says_which("der günstigste")
    assert says_which("möglichst leise")
    assert not says_which("des gants")
    judged("fr", ["Ajoute des bougies à la liste de courses.",
                  "Et des allumettes. Ah, et aussi une lampe torche, la plus puissante possible."],
           {"added_items": {"shopping": ["bougies", "allumettes", "lampe"]}})


def test_a_reminder_as_a_thing_then_its_errand_after_a_comma() -> None:
    said = "Setz Müll trennen auf die Aufgabenliste, und, äh, ne Erinnerung für Freitag um 9 " \
           "Uhr, der Hausverwaltung die Rechnung schicken."
    assert without_story(said, "de") == said
    judged("de", [said], {"added_items": {"to-do": ["Müll"]},
                          "new": [{"kind": "reminder", "due": "2026-12-04T09:00",
                                   "about": ["Rechnung"]}]})


def test_a_new_event_asked_when_answered_with_a_range() -> None:
    # "de 8 a 12" answering "when?" had been read as 8:12
    judged("es", ["Apunta en el calendario la visita del fontanero.",
                  "El jueves por la tarde, de 4 a 6. Eso me ha dicho, ya veremos."],
           {"new": [{"kind": "event", "start": "2026-12-03T16:00", "end": "2026-12-03T18:00",
                     "about": ["fontanero"]}]})
    judged("it", ["Aggiungi in agenda l'idraulico.", "Giovedì dalle 14 alle 16."],
           {"new": [{"kind": "event", "start": "2026-12-03T14:00", "end": "2026-12-03T16:00",
                     "about": ["idraulico"]}]})


def test_next_monday_said_as_the_monday_that_comes() -> None:
    from datetime import UTC, datetime

    from hark.nlu.time_spans import find_time_spans
    from hark.text.regional_words import in_standard_words

    now = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
    days = [s.value for s in find_time_spans("Y otra igual el viernes que viene.", now, "es")]
    assert days and days[0].get("date") == "2026-12-11"
    # (not the day someone comes)
    assert [s.raw for s in find_time_spans("el sábado que viene el fontanero", now, "es")] \
        == ["sábado"]
    assert in_standard_words("muévela al jueves que viene a las diez") == \
        "muévela al próximo jueves a las diez"
    judged("es", ["Ponme un recordatorio el martes a las nueve de la noche para regar las "
                  "plantas.", "Y otro igual el martes que viene."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T21:00", "about": ["plantas"]},
                    {"kind": "reminder", "due": "2026-12-08T21:00", "about": ["plantas"]}]})


def test_a_move_with_someone_coming_as_the_reason() -> None:
    # "…, que el miércoles viene el técnico …": Wednesday had undone the new day
    assert without_reason_clause("Pásala al viernes a las diez, que el jueves viene el "
                                 "fontanero") == "Pásala al viernes a las diez"


def test_what_one_has_to_do_first_said_after_a_move() -> None:
    from hark.dialogue.reason_after import request_alone

    assert request_alone("Tu peux la repousser d'une demi-heure ? Je dois d'abord déposer "
                         "les enfants, la voiture est au garage.", "fr") == \
        "Tu peux la repousser d'une demi-heure ?"
    assert request_alone("Spostala di un'ora. Prima devo portare il cane dal veterinario.",
                         "it") == "Spostala di un'ora."
    judged("fr", ["Le dîner avec Anna, c'est à quelle heure ?",
                  "Tu peux le repousser d'une heure ? Je dois d'abord passer chez ma sœur, "
                  "j'ai plus de batterie."],
           {"changed": {"E3": {"start": "2026-12-04T20:30"}}})


def test_an_event_from_a_time_for_a_length_in_german() -> None:
    # "ab 8 Uhr morgens für zwei Stunden" had been 8:02
    judged("de", ["Der Schornsteinfeger kommt am Donnerstag. Trag das ab 10 Uhr für drei "
                  "Stunden ein."],
           {"new": [{"kind": "event", "start": "2026-12-03T10:00", "end": "2026-12-03T13:00",
                     "about": ["Schornsteinfeger"]}]})


def test_another_timer_by_its_length_alone_after_a_timer() -> None:
    # "E un altro da sei, per la seconda pentola d'acqua." had asked what to add to a list
    judged("it", ["Metti un timer di dieci minuti per il riso.",
                  "E un altro da tre, per la seconda padella."],
           {"new": [{"kind": "timer", "seconds": 600}, {"kind": "timer", "seconds": 180}]})
    judged("fr", ["Mets un minuteur de huit minutes pour les œufs.", "Et un autre de douze."],
           {"new": [{"kind": "timer", "seconds": 480}, {"kind": "timer", "seconds": 720}]})


def test_who_just_said_so_is_no_part_of_a_correction() -> None:
    judged("it", ["Segna in calendario l'idraulico giovedì alle 10.",
                  "Anzi no, mi ha appena chiamato, è venerdì, sempre alle 10."],
           {"new": [{"kind": "event", "start": "2026-12-04T10:00", "about": ["idraulico"]}]})
    judged("fr", ["Mets dans l'agenda l'électricien mardi à 14 heures.",
                  "Ah non, elle vient de m'appeler, c'est mercredi, toujours à 14 heures."],
           {"new": [{"kind": "event", "start": "2026-12-02T14:00", "about": ["électricien"]}]})


def test_i_meant_between_the_thing_not_meant_and_the_one_meant() -> None:
    judged("it", ["Aggiungi alla lista della spesa il caffè e le candele.",
                  "No, scusa, non le candele, volevo dire una torcia. Le candele le ho già."],
           {"added_items": {"shopping": ["caffè", "torcia"]}, "item_words": True})
    judged("fr", ["Ajoute du fromage et des pommes à la liste de courses.",
                  "Non pardon, pas le fromage, je voulais dire du beurre."],
           {"added_items": {"shopping": ["pommes", "beurre"]}, "item_words": True})


def test_next_monday_said_after_the_day_as_when_alarms_ring_again() -> None:
    # "que vuelva a sonar el lunes que viene" (now read as "el próximo lunes") had kept
    # Monday off too
    judged("es", ["me voy a casa de mis padres hasta el domingo",
                  "pausa la alarma de lunes a viernes y que vuelva a sonar el lunes que viene"],
           {"changed": {"A1": {"date": "2026-12-07"}}})
