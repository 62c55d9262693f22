"""The new baby in German, French, Spanish and Italian: an amount said after the thing as a
piece of its own ("…, zwei Packungen"), German jobs said with their verb last after a to-do
was added ("und Wäsche waschen und Bett beziehen"). Written apart from the held-out sets."""

from __future__ import annotations

import pytest

from hark.text.amount_after import folded, is_amount
from tests.conversations import judged


@pytest.mark.parametrize(("piece", "lang", "amount"), [
    ("drei Packungen", "de", True),
    ("deux paquets", "fr", True),
    ("4 botellas", "es", True),
    ("due confezioni", "it", True),
    ("two packs", "en", True),
    ("Schnuller", "de", False),
    ("due banane", "it", False),  # a thing counted, not a measure
    ("deux", "fr", False),
])
def test_an_amount_alone(piece: str, lang: str, amount: bool) -> None:
    assert is_amount(piece, lang) is amount


@pytest.mark.parametrize(("items", "lang", "out"), [
    (["Spucktücher", "drei Packungen", "Milch"], "de", ["drei Packungen Spucktücher", "Milch"]),
    (["couches", "deux paquets"], "fr", ["deux paquets de couches"]),
    (["eau", "six bouteilles"], "fr", ["six bouteilles d'eau"]),
    (["pañales", "dos paquetes"], "es", ["dos paquetes de pañales"]),
    (["salviette", "tre confezioni"], "it", ["tre confezioni di salviette"]),
    (["baby wipes", "two packs"], "en", ["two packs of baby wipes"]),
])
def test_the_amount_joins_the_thing_before(items: list[str], lang: str, out: list[str]) -> None:
    assert folded(items, lang) == out


@pytest.mark.parametrize(("lang", "turns", "items"), [
    ("de", ["Schreib Schnuller auf die Einkaufsliste", "und Spucktücher, drei Packungen"],
     {"shopping": ["Schnuller", "Spucktücher"]}),
    ("fr", ["ajoute du coton à la liste de courses", "et des couches, deux paquets"],
     {"shopping": ["coton", "couches"]}),
    ("es", ["añade a la lista de la compra pañales, dos paquetes, y toallitas"],
     {"shopping": ["pañales", "toallitas"]}),
])
def test_an_amount_after_the_thing_goes_with_it(lang: str, turns: list[str],
                                                items: dict[str, list[str]]) -> None:
    judged(lang, turns, {"added_items": items})


def test_german_jobs_with_their_verb_last_after_a_to_do() -> None:
    judged("de", ["Setz Wickeltasche packen auf die To-do-Liste",
                  "Und Babywäsche waschen und, ähm, Stubenwagen aufstellen."],
           {"added_items": {"to-do": ["Wickeltasche", "Babywäsche", "Stubenwagen"]}})


def test_a_german_request_with_its_verb_last_is_still_its_own() -> None:
    judged("de", ["Setz Zwieback auf die Einkaufsliste",
                  "und Windeln auf die To-do-Liste schreiben"],
           {"added_items": {"shopping": ["Zwieback"], "to-do": ["Windeln"]}})


@pytest.mark.parametrize(("piece", "which", "told"), [
    ("quelle grandi", True, "grandi"),
    ("celles pour nouveau-nés", True, "pour nouveau-nés"),
    ("esos pequeñitos", True, "pequeñitos"),
    ("die für Neugeborene", True, "für Neugeborene"),
    ("the ones for newborns", True, "for newborns"),
    ("las de recién nacido", True, "de recién nacido"),
    ("le salviette", False, "le salviette"),
    ("die Milch", False, "die Milch"),
])
def test_which_one_said_by_a_pronoun(piece: str, which: bool, told: str) -> None:
    from hark.text.which_ones import says_which, told_apart

    assert says_which(piece) is which
    assert told_apart(piece) == told


def test_italian_shopping_said_by_its_name_alone() -> None:
    judged("it", ["metti nella spesa le salviette, quelle senza profumo"],
           {"added_items": {"shopping": ["salviette"]}})


@pytest.mark.parametrize(("lang", "turns", "items"), [
    ("de", ["Setz Body Größe 50 auf die Einkaufsliste",
            "nee, Quatsch – nicht Größe 50, die für Frühchen"], ["Body"]),
    ("it", ["aggiungi alla spesa il latte in polvere tipo due",
            "anzi no, tipo uno, quello per neonati"], ["latte in polvere"]),
])
def test_a_part_of_the_thing_just_added_put_right(lang: str, turns: list[str],
                                                   items: list[str]) -> None:
    judged(lang, turns, {"added_items": {"shopping": items}})


def test_the_thing_itself_put_right_is_replaced_whole() -> None:
    judged("de", ["Setz Schnuller Größe 1 auf die Einkaufsliste", "nee, nicht Schnuller, Fläschchen"],
           {"added_items": {"shopping": ["Fläschchen"]}})
