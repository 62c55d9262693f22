"""List skill on a real SQLite store: create, add, query, remove items, clear, delete."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.lists import ListSkill
from hark.skills.registry import SkillRegistry
from hark.store import Store, lists
from hark.types import Slot, Understanding


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.9, slots=list(slots))


@pytest.fixture()
def env(tmp_path: Path) -> Any:
    settings = Settings(data_dir=tmp_path)
    store = Store.open(settings)
    yield ListSkill(), SkillContext(settings=settings, services={"store": store}), store
    store.close()


async def test_lists_end_to_end(env: Any) -> None:
    skill, c, store = env
    says = []
    for intent, text, slots in [
        ("lists_query", "what's on my shopping list", [Slot("list_name", "shopping")]),
        ("lists_createoradd", "add apples to shopping list", [Slot("list_name", "shopping")]),
        ("lists_createoradd", "add eggs and milk", []),
        ("lists_createoradd", "put bread on my shopping list", []),
        ("lists_createoradd", "make a new list for me", []),
        ("lists_createoradd", "create a to do list", []),
        ("lists_createoradd", "create a to do list", []),
        ("lists_createoradd", "add call the plumber to my to do list", []),
        ("lists_query", "what's on my shopping list", [Slot("list_name", "shopping")]),
        ("lists_query", "is milk on my shopping list", []),
        ("lists_query", "give me the names of my lists", []),
        ("lists_remove", "remove apples from my shopping list", [Slot("list_name", "shopping")]),
        ("lists_remove", "delete the item two from the shopping list", []),
        ("lists_query", "what's on my shopping list", []),
        ("lists_remove", "clear the to do list", []),
        ("lists_remove", "erase shopping list", [Slot("list_name", "shopping")]),
        ("lists_query", "what lists do i have", []),
    ]:
        says.append((await skill.handle(u(intent, text, *slots), c)).speech)
    assert says == [
        "You don't have any lists yet.",
        "Okay, I've added apples to your shopping list.",
        "Okay, I've added eggs and milk to your shopping list.",
        "Okay, I've added bread to your shopping list.",
        "What should I call the list?",
        "Okay, I've made a new to-do list.",
        "You already have a to-do list.",
        "Okay, I've added call the plumber to your to-do list.",
        "Your shopping list has 4 items: apples, eggs, milk and bread.",
        "Yes, milk is on your shopping list.",
        "You have 2 lists: shopping and to-do.",
        "Okay, I've removed apples from your shopping list.",
        "Okay, I've removed milk from your shopping list.",
        "Your shopping list has 2 items: eggs and bread.",
        "Okay, your to-do list is empty now.",
        "Okay, I've deleted your shopping list.",
        "You have 1 list: to-do.",
    ]
    with store.session() as db:
        assert [x.name for x in lists.all_lists(db)] == ["to-do"]
        assert lists.items(db, "to-do") == []


async def test_ambiguous_list_and_missing_item(env: Any) -> None:
    skill, c, _ = env
    await skill.handle(u("lists_createoradd", "create a packing list"), c)
    await skill.handle(u("lists_createoradd", "create a to-do list"), c)
    out = await skill.handle(u("lists_remove", "delete the list please"), c)
    assert out.expect_followup and out.speech == "Which list: packing or to-do?"
    out = await skill.handle(u("lists_remove", "remove socks from my packing list"), c)
    assert out.speech == "Socks isn't on your packing list."
    out = await skill.handle(u("lists_createoradd", "add a item"), c)
    assert out.speech == "What should I add?"


def test_whole_list_removal_is_sensitive() -> None:
    reg = SkillRegistry.default(plugins=False)
    assert reg.spec_for("lists_remove").sensitive
    assert not reg.spec_for("lists_createoradd").sensitive


@pytest.mark.parametrize("said", ["la mia lista della spesa", "la lista della spesa",
                                  "meine Einkaufsliste", "ma liste de courses",
                                  "mi lista de la compra", "my grocery list"])
def test_shopping_list_names_in_five_languages(said: str) -> None:
    from hark.skills.lists import list_key

    assert list_key(said) == "shopping"


async def test_to_do_list_split_by_the_tagger(env: Any) -> None:
    """The tagger splits "to-do" and tags "-do" as the list's name."""
    skill, c, _store = env
    out = await skill.handle(u("lists_createoradd", "add call the plumber to my to-do list",
                               Slot("list_name", "-do")), c)
    assert out.speech == "Okay, I've added call the plumber to your to-do list."


async def test_add_it_with_nothing_said_before_asks_what(env: Any) -> None:
    """"add it to the shopping list" once made an empty list and said so."""
    skill, c, _store = env
    out = await skill.handle(u("lists_createoradd", "add it to the shopping list",
                               Slot("list_name", "shopping")), c)
    assert out.expect_followup and out.speech == "What should I add?"
    out = await skill.handle(u("lists_createoradd", "we need milk, add it to the shopping list",
                               Slot("list_name", "shopping")), c)
    assert out.speech == "Okay, I've added milk to your shopping list."


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    # an item the tagger took for a list's name stays an item on the shopping list (one
    # packet or jar of a thing is the thing on a list)
    ("add a packet of digestive biscuits",
     {"new_items": {"shopping": ["digestive biscuits"]}}),
    ("add a jar of marmalade", {"new_items": {"shopping": ["marmalade"]}}),
    ("add ring mammy and daddy to the to-do list there",
     {"new_items": {"to-do": ["ring mammy and daddy"]}}),
    ("put 'collect Ben from school' on my to-do list",
     {"new_items": {"to-do": ["collect Ben from school"]}}),
    # a question is a question: "check whether …" removes nothing
    ("check whether eggs are on the shopping list", {"mention": ["eggs"]}),
    # "oat milk" is not milk; "there" is not part of the item
    ("is oat milk on the shopping list", {"mention": ["no"], "absent": ["yes"]}),
    ("is there butter on the shopping list", {"mention": ["butter"], "absent": ["there butter"]}),
    ("are eggs still on the shopping list", {"mention": ["yes"]}),
    # what is on the list already is not added twice, and the answer says so
    ("add milk and cheese to the shopping list",
     {"new_items": {"shopping": ["cheese"]}, "mention": ["milk is already"]}),
    ("add washing up liquid to the shopping list", {"mention": ["already"]}),
])
async def test_list_items_and_names_said_loosely(text: str, expect: dict[str, Any]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from compound_bench import judge

    ok, said, diff = await judge({"text": text, "kind": "single", "expect": expect})
    assert ok, (said, diff)
