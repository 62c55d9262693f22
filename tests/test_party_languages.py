"""A child's birthday party in German, French, Spanish and Italian: what was fixed after the
held-out party set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.dialogue.one_of_kind import with_list
from hark.text.corrections_other import corrected_other
from hark.text.list_bare import listed
from tests.conversations import judged


@pytest.mark.parametrize(("lang", "turns"), [
    # never mind, and why in a clause opened by who does it
    ("it", ["Ricordami domani alle dieci di ritirare i biglietti.",
            "Ah no, lascia perdere, li ritira mio marito."]),
    # "take that off" of the item just added, and why
    ("fr", ["Mets des bougies sur la liste de courses.",
            "Ah non, attends, enlève ça, mon frère en a plein."]),
])
def test_never_mind_with_why(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {})


@pytest.mark.parametrize(("lang", "turns", "mention"), [
    ("it", ["Cosa c'è nella lista delle cose da fare?", "E per la spesa?"], ["latte", "pane"]),
    ("es", ["¿Qué tengo en la lista de tareas?", "¿Y en la compra?"], ["leche", "pan"]),
])
def test_the_shopping_by_its_bare_name_after_a_list(lang: str, turns: list[str],
                                                    mention: list[str]) -> None:
    judged(lang, turns, {"mention": mention})


def test_the_shopping_said_alone_is_the_list_only_after_a_list() -> None:
    assert with_list("E per la spesa?", "list", "it") == "E per la lista della spesa?"
    assert with_list("¿Y compra pan?", "list", "es") is None  # (a verb, not the shopping)
    assert with_list("E per la spesa?", "alarm", "it") is None


@pytest.mark.parametrize(("lang", "turns", "items"), [
    ("es", ["Apunta en tareas llamar al fontanero."], ["fontanero"]),
    ("es", ["Anota en pendientes recoger el pastel y comprar las piñatas."],
     ["pastel", "piñatas"]),
    ("it", ["Aggiungi alle cose da fare chiamare l'idraulico."], ["idraulico"]),
])
def test_the_to_do_list_by_its_bare_name(lang: str, turns: list[str], items: list[str]) -> None:
    judged(lang, turns, {"added_items": {"to-do": items}})


def test_a_bare_list_name_needs_a_verb_of_adding() -> None:
    assert listed("¿Qué hay en tareas?") == "¿Qué hay en tareas?"
    assert listed("Pon en tareas regar las plantas") == "Pon en la lista de tareas regar las plantas"


def test_a_day_put_right_with_why_in_a_sentence_of_its_own() -> None:
    judged("it", ["Ricordami venerdì alle cinque di prenotare il ristorante.",
                  "Anzi no, giovedì, stessa ora. Il ristorante vuole la conferma un giorno prima."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T17:00", "about": ["ristorante"]}]})


@pytest.mark.parametrize(("lang", "turns", "items"), [
    ("it", ["Aggiungi alla spesa piatti, bicchieri e tovaglioli.",
            "Scusa, non i bicchieri, metti le cannucce. I bicchieri ce li ho già."],
     ["piatti", "tovaglioli", "cannucce"]),
    ("de", ["Schreib auf die Einkaufsliste: Chips, Saft und Kuchen.",
            "Halt, den Kuchen nicht, den backt die Oma. Schreib stattdessen Brezeln."],
     ["Chips", "Saft", "Brezeln"]),
    ("fr", ["Ajoute à la liste de courses des ballons, des gobelets et du jus.",
            "Non, pas les gobelets, on en a encore. Mets plutôt des pailles."],
     ["ballons", "jus", "pailles"]),
])
def test_an_item_just_added_swapped(lang: str, turns: list[str], items: list[str]) -> None:
    judged(lang, turns, {"added_items": {"shopping": items}})


def test_a_timer_s_new_length_said_before_i_got_it_wrong() -> None:
    judged("es", ["Poneme un timer de diez minutos para las galletas.",
                  "No, pará, que sean doce, me equivoqué con la receta."],
           {"new": [{"kind": "timer", "seconds": 720, "name": "galletas"}]})


@pytest.mark.parametrize(("lang", "text", "told"), [
    ("de", "Äh, fünfundzwanzig Minuten... nee, mach achtzehn.", "Äh, achtzehn Minuten"),
    ("fr", "Euh, quarante minutes... non, trente-cinq.", "Euh, trente-cinq minutes"),
    ("es", "Cuarenta minutos, no, treinta y cinco.", "treinta y cinco minutos"),
    ("it", "Quaranta minuti, no, trentacinque.", "trentacinque minuti"),
])
def test_a_length_put_right_with_tens_and_ones(lang: str, text: str, told: str) -> None:
    assert corrected_other(text) == told


def test_a_timer_s_length_put_right_in_its_answer() -> None:
    judged("de", ["Stell mir einen Timer für die Pizza.",
                  "Äh, fünfundzwanzig Minuten... nei, mach achtzehn, der Ofen ist heiß."],
           {"new": [{"kind": "timer", "seconds": 1080, "name": "Pizza"}]})


@pytest.mark.parametrize(("text", "told"), [
    ("Am Freitag um... hm, da kommt die Oma um vier, also sagen wir um sieben am Abend.",
     "Am Freitag um sieben am Abend."),
    ("Sabato alle... aspetta, arriva il mago alle tre, allora diciamo alle undici.",
     "Sabato alle undici."),
])
def test_the_time_settled_by_let_s_say(text: str, told: str) -> None:
    assert corrected_other(text) == told


def test_a_reminder_s_time_settled_by_let_s_say() -> None:
    judged("de", ["Erinnere mich, dass ich die Geschenke einpacke.",
                  "Am Freitag um... hm, da kommt die Oma um vier, also sagen wir um sieben am "
                  "Abend."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T19:00", "about": ["Geschenke"]}]})
