"""Several list items said without commas (:mod:`hark.text.item_runs`), alone and through a
real Assistant on a SQLite store (judged as benchmarks/everyday_bench.py judges). Sentences
written for these tests, not the held-out set's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hark.text.item_runs import split_run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from everyday_bench import judge  # noqa: E402


@pytest.mark.parametrize(("run", "lang", "items"), [
    ("apples bread yoghurt", "en", ["apples", "bread", "yoghurt"]),
    ("milk bread eggs", "en", ["milk", "bread", "eggs"]),  # staples in the singular
    ("olive oil kitchen roll", "en", ["olive oil", "kitchen roll"]),
    ("fresh basil red onions", "en", ["fresh basil", "red onions"]),  # words of kind before
    ("two tins of tomatoes a bag of rice", "en", ["two tins of tomatoes", "a bag of rice"]),
    ("pesto sauce oat milk", "en", ["pesto sauce", "oat milk"]),  # a thing before a sauce
    ("harissa paste couscous", "en", ["harissa paste", "couscous"]),
    ("quark butter brezen", "de", ["quark", "butter", "brezen"]),
    ("frische petersilie zwei packungen reis", "de", ["frische petersilie",
                                                       "zwei packungen reis"]),
    ("du beurre des pommes de la farine", "fr", ["du beurre", "des pommes", "de la farine"]),
    ("poivrons rouges lait demi-écrémé", "fr", ["poivrons rouges", "lait demi-écrémé"]),
    ("arroz leche entera vinagre de jerez", "es", ["arroz", "leche entera", "vinagre de jerez"]),
    ("zucchine mozzarella di bufala pane integrale", "it",
     ["zucchine", "mozzarella di bufala", "pane integrale"]),
])
def test_a_run_is_cut_into_its_things(run: str, lang: str, items: list[str]) -> None:
    assert split_run(run, lang) == items


@pytest.mark.parametrize(("run", "lang"), [
    # one thing of several words, in the word list or not
    ("chicken soup", "en"), ("tomato sauce", "en"), ("peanut butter", "en"),
    ("beetroot soup", "en"),  # a flavour before a dish: one thing
    ("pommes de terre", "fr"), ("beurre de cacahuète", "fr"), ("salsa de tomate", "es"),
    ("passata di pomodoro", "it"), ("saure sahne", "de"),
    # tasks, and words the lists do not know
    ("call the plumber", "en"), ("renew the car insurance", "en"), ("renovar el carnet", "es"),
    ("milk from the farm shop", "en"),
    # two English words, the first in the singular: one thing more often than two
    ("cheddar cheese", "en"), ("soda bread", "en"), ("cream crackers", "en"),
    ("chocolate ice cream", "en"), ("earl grey tea", "en"), ("flour tortillas", "en"),
    # a pair joined by "and" was kept one thing on purpose
    ("salt and vinegar crisps", "en"),
])
def test_one_thing_stays_whole(run: str, lang: str) -> None:
    assert split_run(run, lang) == [run]


def test_things_already_on_the_list_count_as_known() -> None:
    assert split_run("yuzu kosho sourdough", "en") == ["yuzu kosho sourdough"]
    assert split_run("yuzu kosho sourdough", "en", frozenset({"Yuzu Kosho"})) == [
        "yuzu kosho", "sourdough"]


def _row(text: str, lang: str, items: list[str], name: str = "shopping") -> dict:
    return {"text": text, "lang": lang, "kind": "list_add",
            "expect": {"list": name, "items": items}}


@pytest.mark.parametrize("row", [
    _row("put apples bread and cheddar on the shopping list", "en",
         ["apples", "bread", "cheddar"]),
    _row("add two jars of honey porridge oats and bananas to my shopping list", "en",
         ["two jars of honey", "porridge oats", "bananas"]),
    _row("add 'fish pie' to the shopping list", "en", ["fish pie"]),  # quoted: as written
    _row("add book the plumber to my to-do list", "en", ["book the plumber"], "to-do"),
    _row("setz äpfel butter und honig auf die einkaufsliste", "de", ["äpfel", "butter", "honig"]),
    _row("ajoute du fromage des yaourts et du pain à la liste de courses", "fr",
         ["fromage", "yaourts", "pain"]),
    _row("apunta cebollas ajos y tomates en la lista de la compra", "es",
         ["cebollas", "ajos", "tomates"]),
    _row("metti farina zucchero e uova nella lista della spesa", "it",
         ["farina", "zucchero", "uova"]),
    # no list named: the shopping list, and "de aluminio" names no list
    _row("Ajoute jus de raisin.", "fr", ["jus de raisin"]),
    _row("Añade papel de horno.", "es", ["papel de horno"]),
])
async def test_items_said_without_commas_each_go_on_the_list(row: dict) -> None:
    ok, said, got = await judge(row)
    assert ok, (said, got)
