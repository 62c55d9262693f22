"""The week of a choir concert in German, French, Spanish and Italian: what was fixed
after the held-out choir set (written apart from it, other words, other things)."""

from __future__ import annotations

from hark.dialogue.ellipsis_other import with_thing
from hark.dialogue.list_pointed import onto
from hark.dialogue.openers_other import reader
from hark.dialogue.reason_other import reason_after
from hark.text.dialect import standard
from hark.text.list_first import items_first_other
from tests.conversations import judged


def test_french_while_you_are_at_it_is_no_lancashire() -> None:
    # "t'y es" had made a Lancashire sentence of it: "un" became "one"
    said = "Et un autre de vingt, tant que t'y es."
    assert standard(said) == said
    assert standard("Et une autre de cinq, pendant que t'es là.") == \
        "Et une autre de cinq, pendant que t'es là."


def test_another_french_timer_while_you_are_at_it() -> None:
    judged("fr", ["Mets un minuteur de vingt minutes pour le gratin.",
                  "Et un autre de cinq, tant que t'y es."],
           {"new": [{"kind": "timer", "seconds": 1200}, {"kind": "timer", "seconds": 300}]})


def test_that_list_is_the_list_talked_about() -> None:
    assert onto("Añade a esta lista servilletas y velas.", "shopping", "es") == \
        "Añade en la lista de la compra servilletas y velas."
    assert onto("Aggiungi a quella lista il latte e il caffè.", "to-do", "it") is not None
    assert onto("Mets sur cette liste du sucre et du sel.", "shopping", "fr") is not None
    assert onto("Schreib auf diese Liste Kerzen und Servietten.", "shopping", "de") is not None


def test_spanish_things_added_to_that_list_after_reading_it() -> None:
    judged("es", ["¿Qué hay en mi lista de la compra?",
                  "Pues añade a esa lista servilletas, velas y un mantel."],
           {"added_items": {"shopping": ["servilletas", "velas", "mantel"]},
            "item_words": True})


def test_the_list_word_alone_is_no_name_taken_from_the_things() -> None:
    # "añade a la lista miel, …" had made a list called "miel"
    judged("es", ["Pon a la lista azúcar, harina y levadura."],
           {"added_items": {"shopping": ["azúcar", "harina", "levadura"]}, "item_words": True})


def test_a_reason_after_a_request() -> None:
    assert reason_after("enlève le lait, j'en ai pris hier", "fr") == len("enlève le lait")
    assert reason_after("togli il pane, che l'ho già preso", "it") == len("togli il pane")
    assert reason_after("quita los huevos, ya los he comprado", "es") == len("quita los huevos")
    assert reason_after("enlève le lait, le beurre et les œufs", "fr") is None
    assert reason_after("togli il pane, e metti un timer", "it") is None


def test_the_list_goes_before_the_reason() -> None:
    head = "aggiungi alla lista della spesa le uova"
    assert with_thing("togli lo zucchero, che l'ho comprato stamattina", head, "it") == \
        "togli lo zucchero dalla lista della spesa, che l'ho comprato stamattina"


def test_a_list_said_first_then_added_to_and_taken_from() -> None:
    assert items_first_other("sur la liste de courses, ajoute du beurre et de la farine, et "
                             "retire le sucre") == \
        "ajoute du beurre et de la farine sur la liste de courses, et retire le sucre"
    assert items_first_other("en la lista de la compra, añade leche y pan, y quita el café") == \
        "añade leche y pan en la lista de la compra, y quita el café"


def test_french_list_said_first_adding_and_taking_off_with_a_reason() -> None:
    judged("fr", ["Sur la liste de courses, ajoute du beurre et de la farine, et retire les "
                  "œufs, j'en ai pris hier."],
           {"added_items": {"shopping": ["beurre", "farine"]}, "item_words": True,
            "gone_items": {"shopping": ["œufs"]}})


def test_italian_to_do_added_and_one_done_with_its_reason() -> None:
    judged("it", ["Aggiungi alla lista delle cose da fare comprare le candele, e togli "
                  "rinnovare il passaporto, che l'ho fatto stamattina."],
           {"added_items": {"to-do": ["candele"]}, "item_words": True,
            "gone_items": {"to-do": ["rinnovare il passaporto"]}})


def test_while_you_are_at_it_opens_a_request() -> None:
    assert reader("it").opens("già che ci sei metti un timer di cinque minuti", True)
    assert reader("es").opens("ya que estás ponme una alarma a las siete", True)
    assert reader("fr").opens("pendant que tu y es mets un minuteur de cinq minutes", True)


def test_a_reminder_then_a_timer_while_you_are_at_it() -> None:
    judged("it", ["Ricordami sabato alle dieci di comprare i fiori, e già che ci sei metti un "
                  "timer di cinque minuti per il tè."],
           {"new": [{"kind": "reminder", "due": "2026-12-05T10:00", "about": ["fiori"]},
                    {"kind": "timer", "seconds": 300}]})
    judged("es", ["Recuérdame el sábado a las diez de comprar flores, y ya que estás ponme un "
                  "temporizador de cinco minutos."],
           {"new": [{"kind": "reminder", "due": "2026-12-05T10:00", "about": ["flores"]},
                    {"kind": "timer", "seconds": 300}]})


def test_an_event_with_its_day_and_time_after_a_list_change() -> None:
    # after a to-do was added, "segnami … giovedì dalle 18 alle 20" had gone on the list
    judged("it", ["Aggiungi alla lista delle cose da fare comprare le candele.",
                  "E segnami la cena di classe giovedì, dalle 20:00 alle 22:00."],
           {"added_items": {"to-do": ["candele"]}, "item_words": True,
            "new": [{"kind": "event", "start": "2026-12-03T20:00", "about": ["cena"],
                     "end": "2026-12-03T22:00"}]})


def test_an_alarm_brought_forward_with_vorziehen_is_changed() -> None:
    # "… auf acht Uhr vorziehen" had set a new alarm beside the old one
    judged("de", ["Kannst du den Wecker am Samstag auf halb acht vorziehen?"],
           {"changed": {"A3": {"time": "07:30"}}})
    judged("de", ["Zieh den Wecker am Samstag auf sieben Uhr vor."],
           {"changed": {"A3": {"time": "07:00"}}})


def test_the_same_alarm_named_again_is_one_request() -> None:
    # "…, la de natación" had been a second removal, run after the first was declined
    judged("es", ["Quita la alarma del sábado, la del gimnasio.", "No, mejor déjala."], {})
    judged("it", ["Cancella la sveglia di sabato, quella del nuoto.", "No, lasciala."], {})
