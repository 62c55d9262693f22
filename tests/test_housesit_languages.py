"""House-sitting for the neighbours in German, French, Spanish and Italian: what was fixed
after the held-out house-sitting set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.text.corrections_other import corrected_other
from hark.text.item_corrected import corrected
from hark.text.regional_words import in_standard_words
from tests.conversations import judged


@pytest.mark.parametrize(("said", "standard"), [
    ("Y otra igualita para el sábado", "Y otra igual para el sábado"),
    ("Und am Freitag nochmals, gleiche Zeit", "Und am Freitag nochmal, gleiche Zeit"),
    ("Kannst mir eine Erinnerung machen", "Kannst du mir eine Erinnerung machen"),
])
def test_regional_words(said: str, standard: str) -> None:
    assert in_standard_words(said) == standard


def test_an_amount_put_right_before_the_rest_of_the_request() -> None:
    assert corrected_other("Aggiungi un'ora... anzi no, dieci minuti in più al timer del "
                           "bucato.") == "Aggiungi dieci minuti in più al timer del bucato."
    assert corrected_other("Gib der Wäsche eine Stunde, äh nein, zwanzig Minuten mehr.") \
        == "Gib der Wäsche zwanzig Minuten mehr."


@pytest.mark.parametrize(("items", "kept"), [
    ("le crocchette per il cane e il pane... no, il pane c'è già. Solo le crocchette.",
     "le crocchette per il cane"),
    ("pan, huevos y leche, no, leche ya hay.", "pan, huevos"),
])
def test_a_thing_taken_back_as_already_there(items: str, kept: str) -> None:
    assert corrected(items) == kept


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("es", ["Pon una alarma el viernes a las seis y media.", "Y otra igualita para el sábado."],
     {"new": [{"kind": "alarm", "time": "06:30", "date": "2026-12-04"},
              {"kind": "alarm", "time": "06:30", "date": "2026-12-05"}]}),
    ("de", ["Erinnere mich morgen um acht daran, dass ich bei Müllers die Blumen gieße.",
            "Und am Freitag nochmals, gleiche Zeit."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["Blumen"]},
              {"kind": "reminder", "due": "2026-12-04T08:00", "about": ["Blumen"]}]}),
])
def test_the_same_again_said_regionally(lang: str, turns: list[str],
                                        expect: dict[str, object]) -> None:
    judged(lang, turns, expect)


def test_a_reminder_asked_for_as_a_thing_with_what_after_dass() -> None:
    judged("de", ["Kannst mir bitte eine Erinnerung machen, dass ich dem Hund von den "
                  "Meiers sein Futter geb?", "Morgen um acht."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["Futter"]}]})


def test_a_voseo_reminder_timed_from_the_thing_asked_about() -> None:
    judged("es", ["¿Cuándo es la cena con Anna?",
                  "Recordame media hora antes que le tengo que devolver las llaves a la vecina."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T19:00", "about": ["llaves"]}]})


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("de", ["Stell mir einen Wecker für Samstag um sechs.",
            "Sorry, nicht um sechs, halb sieben hab ich gemeint."],
     {"new": [{"kind": "alarm", "time": "06:30", "date": "2026-12-05"}]}),
    ("es", ["Pon en el calendario la peluquería el viernes a las diez.",
            "Perdona, que es a las diez y media, no a las diez."],
     {"new": [{"kind": "event", "start": "2026-12-04T10:30", "about": ["peluquería"]}]}),
    ("it", ["Metti un timer di otto minuti.", "Scusa, ho detto male: quindici minuti, non otto."],
     {"new": [{"kind": "timer", "seconds": 900}]}),
])
def test_put_right_just_after_it_was_made(lang: str, turns: list[str],
                                          expect: dict[str, object]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns"), [
    ("it", ["Cancella la cena con Anna di venerdì.", "Anzi, lasciala stare, alla fine si fa."]),
    ("de", ["Stell mir einen Timer auf zehn Minuten für den Kuchen.",
            "Ach nein, lass, der ist schon fertig, brauchst keinen."]),
])
def test_left_as_it_was(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {})


def test_the_one_for_a_thing_asked_after_another() -> None:
    judged("it", ["Quand'è il promemoria per chiamare il dentista?",
                  "E quello per il biglietto di Sam?"], {"mention": ["09:30"]})


def test_its_time_said_back_before_the_change() -> None:
    judged("fr", ["Mon réveil de natation, il sonne à quelle heure ?",
                  "Ah, neuf heures… Mets-le plutôt à huit heures et demie, je dois passer "
                  "chez les voisins avant."],
           {"changed": {"A3": {"time": "08:30"}}})


def test_news_of_the_old_day_after_the_move() -> None:
    judged("it", ["Quando ho il dentista?",
                  "Ah, mercoledì. Me lo sposti a venerdì stessa ora? Mercoledì arriva il "
                  "corriere dei vicini e devo aspettarlo."],
           {"changed": {"E2": {"start": "2026-12-04T14:00"}}})


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("it", ["A che ora suona il bucato?", "Mettimi una sveglia a quell'ora."],
     {"new": [{"kind": "alarm", "time": "17:15", "date": "2026-11-30"}]}),
    ("fr", ["À quelle heure se termine la lessive ?",
            "Mets-moi un rappel un quart d'heure après pour étendre le linge."],
     {"new": [{"kind": "reminder", "due": "2026-11-30T17:30", "about": ["linge"]}]}),
])
def test_timed_from_when_a_timer_named_rings(lang: str, turns: list[str],
                                             expect: dict[str, object]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", ["¿Cuándo es la cita con el dentista?",
            "Me acaban de escribir, la han pasado al jueves a la misma hora. ¿Me la cambias?"]),
    ("fr", ["C'est quand, mon rendez-vous chez le dentiste ?",
            "Ils viennent d'appeler, il est reporté à jeudi, même heure. Tu peux le déplacer ?"]),
])
def test_a_move_told_then_asked(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {"changed": {"E2": {"start": "2026-12-03T14:00"}}})


def test_an_amount_put_right_in_the_same_breath() -> None:
    judged("it", ["Aggiungi un'ora... anzi no, dieci minuti in più al timer del bucato.",
                  "Quanto manca adesso?"],
           {"changed": {"T2": {"remaining_s": 1500}}, "mention": [{"minutes": 25}]})


def test_a_thing_already_there_left_off_then_the_list_read() -> None:
    judged("it", ["Metti nella lista della spesa le crocchette per il cane e il pane... no, "
                  "il pane c'è già. Solo le crocchette.", "Dimmi cosa c'è in lista."],
           {"added_items": {"shopping": ["crocchette"]}, "mention": ["crocchette"]})
