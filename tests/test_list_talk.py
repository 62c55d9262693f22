"""Talking about lists (the eleventh held-out sets' theme): a new list named and filled in
one request, another item said the turn after ("Plus a phone charger, I always leave that
behind"), items said done and taken off ("j'ai réparé la lumière du vélo, tu peux
l'enlever"), and what is left asked without naming the list ("so what's left?")."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue import item_taken_off, list_asked, undoing
from hark.text import item_to_diary, items_done, new_list_items
from hark.text.closing import without_closing
from tests.conversations import judged

# ------------------------------------------------------------------ a new list, filled


@pytest.mark.parametrize(("lang", "text", "name", "items"), [
    ("en", "could you set up a new list called garden? put compost and twine on it",
     "garden", "compost and twine"),
    ("en", "begin a gift list for the office party: mugs, socks and a calendar", "gift",
     "mugs, socks and a calendar"),
    ("en", "make me a new list named camping with tent pegs and a torch", "camping",
     "tent pegs and a torch"),
    ("de", "leg eine neue Liste an, nenn sie Baumarkt, und da kommt rauf: Dübel und Farbe",
     "Baumarkt", "Dübel und Farbe"),
    ("fr", "crée une nouvelle liste qui s'appelle pique-nique, mets-y du pain et des chips",
     "pique-nique", "du pain et des chips"),
    ("es", "haz una lista nueva que se llame playa y apunta toallas y crema",
     "playa", "toallas y crema"),
    ("it", "fammi una lista nuova, chiamala cena, e mettici vino e pane", "cena",
     "vino e pane"),
])
def test_a_new_list_is_read_with_what_goes_on_it(lang: str, text: str, name: str,
                                                 items: str) -> None:
    made = new_list_items.read(text, lang)
    assert made == new_list_items.NewList(name, items)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "make a new list called camping"),  # nothing to go on it
    ("en", "add milk to the list called camping"),  # no new list
    ("en", "what's on my shopping list"),
    ("de", "setz Milch auf die Einkaufsliste"),
    ("fr", "crée une liste"),
])
def test_no_new_list_with_items_is_read(lang: str, text: str) -> None:
    assert new_list_items.read(text, lang) is None


# ------------------------------------------------------------------ said done, taken off


_LISTS = {
    "fr": {"shopping": ["lait", "œufs", "pain"],
           "to-do": ["renouveler le passeport", "réparer la lumière du vélo"]},
    "de": {"shopping": ["Milch", "Eier", "Brot"],
           "to-do": ["Reisepass verlängern", "Friseurtermin machen"]},
    "it": {"shopping": ["latte", "banane"],
           "to-do": ["rinnovare il passaporto", "aggiustare la luce della bici"]},
    "es": {"shopping": ["leche", "huevos", "pan"], "to-do": ["renovar el pasaporte"]},
    "en": {"shopping": ["milk", "bread"], "to-do": ["fix the bike light", "renew passport"]},
}


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "C'est bon, j'ai réparé la lumière du vélo, tu peux l'enlever.",
     "enlève réparer la lumière du vélo de la liste de tâches"),
    ("de", "Ich habe den Reisepass verlängert und den Friseurtermin ausgemacht, bitte "
           "streichen Sie beides.",
     "streich Reisepass verlängern und Friseurtermin machen von der To-do-Liste"),
    ("de", "Die Eier hab ich schon, kannste wegmachen.", "streich Eier von der Einkaufsliste"),
    ("de", "Und das Brot kannst du auch gleich rausnehmen.", "streich Brot von der Einkaufsliste"),
    ("it", "Ho preso il latte e le banane, levale.", "togli latte e banane dalla lista della spesa"),
    ("es", "ya compré los huevos, quítalos", "quita huevos de la lista de la compra"),
    # what is asked after it is kept
    ("it", "Ho preso il latte, levalo, e aggiungi il caffè",
     "togli latte dalla lista della spesa, e aggiungi il caffè"),
])
def test_items_said_done_are_taken_off_their_list(lang: str, text: str, said: str) -> None:
    assert items_done.may_take_off(text, lang)
    assert items_done.done_then_off(text, _LISTS[lang], lang) == said


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("es", "ya compré todo lo de la lista del súper menos el lavavajillas",
     "quita todo de la lista de la compra menos el lavavajillas"),
    ("en", "I got everything on the grocery list except the bananas",
     "remove everything from my shopping list except the bananas"),
    ("en", "I got everything packed except the charger",
     "I got everything packed except the charger"),  # no shopping said
])
def test_everything_bought_but_some(lang: str, text: str, said: str) -> None:
    assert items_done.all_bought_but(text, lang) == said


@pytest.mark.parametrize(("lang", "text"), [
    # English is read by the understanding's own ways ("…, take it off the to-do list")
    ("en", "Sorted the bike light in my lunch break, knock it off the to-do list"),
    ("de", "Ich habe meinen Bibliotheksausweis verlängert, streich es"),  # the verb alone
    ("es", "lo del pasaporte, recuérdamelo el miércoles y quítalo de la lista"),
    ("fr", "J'ai réparé la voiture, tu peux l'enlever"),  # no item named
    ("it", "Ho aggiustato la macchina, levala"),
    # the item named in another request, its verb no removal of it
    ("de", "Trag mir für Donnerstag einen Termin beim Friseur ein, und dann kannst du "
           "Friseurtermin machen auf der To-do-Liste abhaken."),
])
def test_nothing_else_is_read_as_done_and_off(lang: str, text: str) -> None:
    assert items_done.done_then_off(text, _LISTS[lang], lang) == text


# ------------------------------------------------------------------ what is left, asked


@pytest.mark.parametrize(("lang", "text", "focus", "asked"), [
    ("en", "So what's left for me to pick up?", None, "what's on my shopping list"),
    ("en", "How many things are on there now?", "shopping",
     "how many items are on my shopping list"),
    ("en", "Can you read that back to me?", "garden", "what's on my garden list"),
    ("de", "Ich bin im Laden, was wollte ich denn alles mitnehmen?", None,
     "was steht auf meiner Einkaufsliste"),
    ("fr", "il me manque quoi encore du coup ?", "shopping",
     "qu'est-ce qu'il y a sur ma liste de courses"),
    ("es", "¿qué me falta por comprar?", None, "qué hay en mi lista de la compra"),
    ("it", "quante cose mi mancano ancora da comprare?", None,
     "quante cose ci sono nella mia lista della spesa"),
])
def test_what_is_left_is_asked_of_the_list_meant(lang: str, text: str, focus: str | None,
                                                  asked: str) -> None:
    assert list_asked.asked(text, lang, focus) == asked


@pytest.mark.parametrize(("text", "focus"), [
    ("what's left on the laundry timer", "shopping"),  # another kind named
    ("how many minutes until my alarm", "shopping"),
    ("what's on my shopping list", None),  # the list named: the list skill's
    ("what's left", None),  # no list talked about, none pointed to
    ("remind me on Friday what I still need to buy", None),  # a reminder
])
def test_other_questions_are_not_read_as_about_a_list(text: str, focus: str | None) -> None:
    assert list_asked.asked(text, "en", focus) is None


# ------------------------------------------------------------------ a remark, an aside


@pytest.mark.parametrize(("text", "plain"), [
    ("can you stick loo roll on the shopping list, my flatmate's wiped us out again",
     "can you stick loo roll on the shopping list"),
    ("stick oatcakes on the shopping list, aye?", "stick oatcakes on the shopping list"),
    ("add milk to the shopping list, and eggs", "add milk to the shopping list, and eggs"),
    ("put bread on the list, then set a timer", "put bread on the list, then set a timer"),
    ("add jam to my shopping list, is that ok?", "add jam to my shopping list, is that ok?"),
])
def test_a_remark_after_the_list_is_dropped(text: str, plain: str) -> None:
    assert without_closing(text) == plain


# ------------------------------------------------------------------ taken off again


_ADDED = {"type": "list", "name": "shopping", "created": True,
          "items": ["apples", "pears", "grapes"]}


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "actually scratch the grapes", "remove grapes from my shopping list"),
    ("en", "take the pears and the grapes off again, we've got loads",
     "remove pears and grapes from my shopping list"),
    ("de", "nimm die grapes wieder runter", "streich grapes von der Einkaufsliste"),
    ("it", "togli le pears", "togli pears dalla lista della spesa"),
    # a thing on that list added before
    ("en", "actually scratch the bananas", "remove bananas from my shopping list"),
])
def test_an_item_just_added_is_taken_off_again(lang: str, text: str, said: str) -> None:
    assert item_taken_off.taken_off(text, _ADDED, lang) == said


@pytest.mark.parametrize("text", [
    "not the grapes, add kiwis instead",  # a correction
    "take the pasta timer off",  # another kind of thing
    "scratch that",  # no item named: an undo
])
def test_other_turns_take_nothing_just_added_off(text: str) -> None:
    assert item_taken_off.taken_off(text, _ADDED, "en") is None
    assert item_taken_off.taken_off("scratch the grapes", {**_ADDED, "created": False},
                                    "en") is None


@pytest.mark.parametrize(("lang", "text", "rest"), [
    ("en", "I still need eggs. Put the eggs back and take the bread off.", "take the bread off."),
    ("fr", "Remets-la, c'est pas réparé. Par contre le passeport, ça c'est fait, vire-le.",
     "Par contre le passeport, ça c'est fait, vire-le."),
    ("en", "undo that", None),
    ("en", "put it back. Thanks a lot.", None),  # nothing more asked
])
def test_what_is_asked_after_an_undo(lang: str, text: str, rest: str | None) -> None:
    assert undoing.then_asked(text, lang) == rest


# ------------------------------------------------------------------ an item, made a reminder


_NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "The bike light one on my to-do list, remind me about it on Friday at noon, then "
           "take it off the list",
     "remind me to fix the bike light Friday at noon and remove fix the bike light from my "
     "to-do list"),
    ("en", "the passport thing on my to-do list, put it in my calendar on Thursday at 3 for "
           "an hour, but keep it on the list",
     "put renew passport in my calendar Thursday at 3 for an hour"),
    ("fr", "Le passeport sur ma liste, rappelle-le-moi vendredi à 9 h et enlève-le de la liste",
     "rappelle-moi de renouveler le passeport vendredi à 9 h et enlève renouveler le "
     "passeport de la liste de tâches"),
])
def test_an_item_is_made_a_reminder_or_an_appointment(lang: str, text: str, said: str) -> None:
    assert item_to_diary.reworded(text, _LISTS[lang], lang, _NOW) == said


@pytest.mark.parametrize("text", [
    "remind me to call the dentist about the bike light tomorrow at 9",  # no list said
    "add 'fix the bike light' to my to-do list and remind me tomorrow at 9",  # an addition
    "what's on my to-do list on Friday",  # no reminder, no appointment
    "the bike light on my to-do list, remind me about it",  # no time
    # a reminder of its own after the item was taken off
    "I'll never get to that bike light, take it off the to-do list, and remind me Sunday "
    "at 7pm to lay out the school clothes",
])
def test_other_requests_are_not_reworded(text: str) -> None:
    assert item_to_diary.reworded(text, _LISTS["en"], "en", _NOW) == text


# ------------------------------------------------------------------ whole conversations


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Start a reading list for the holidays: Middlemarch, Dune and Emma",
            "Plus Persuasion, I nearly forgot"],
     {"added_items": {"reading": ["Middlemarch", "Dune", "Emma", "Persuasion"]}}),
    ("en", ["add flour and caster sugar to the shopping list",
            "And vanilla pods as well, we're nearly out"],
     {"added_items": {"shopping": ["flour", "caster sugar", "vanilla pods"]}}),
    ("en", ["tick off the milk", "so what's left then?"],
     {"gone_items": {"shopping": ["milk"]},
      "mention": ["eggs", "bread", "bananas"], "absent": ["milk"]}),
    ("de", ["Mach eine neue Liste, nenn sie Werkzeug, und da kommt rauf: Zange und Hammer",
            "Und Schrauben auch noch, hätt ich fast vergessen."],
     {"added_items": {"Werkzeug": ["Zange", "Hammer", "Schrauben"]}}),
    ("fr", ["J'ai réparé la lumière du vélo, tu peux l'enlever."],
     {"gone_items": {"to-do": ["réparer la lumière du vélo"]}}),
    ("es", ["Hazme una lista nueva que se llame fiesta y anota globos y velas"],
     {"added_items": {"fiesta": ["globos", "velas"]}}),
    ("en", ["add kiwis and mangoes to the shopping list", "actually scratch the mangoes"],
     {"added_items": {"shopping": ["kiwis"]}}),
    ("en", ["start a camping list: tent pegs, a torch and marshmallows",
            "plus a sleeping bag, I nearly forgot", "actually scratch the marshmallows"],
     {"added_items": {"camping": ["tent pegs", "torch", "sleeping bag"]}}),
    ("en", ["Take eggs off the shopping list", "Oh no, I still need eggs. Put the eggs back "
            "and take the bread off."], {"gone_items": {"shopping": ["bread"]}}),
    ("en", ["The haircut's booked, take it off the to-do list", "Hang on, stick it back on"],
     {}),
    ("es", ["Agregá queso a la lista de compras.", "No, mejor poné queso rallado, no queso"],
     {"added_items": {"shopping": ["queso rallado"]}}),
    ("it", ["Aggiungi la mozzarella alla lista della spesa.",
            "Anzi no, la burrata invece della mozzarella."],
     {"added_items": {"shopping": ["burrata"]}}),
    ("de", ["Die Bananen hab ick schon, kannste wegmachen.", "Und wat fehlt jetz noch?"],
     {"gone_items": {"shopping": ["Bananen"]}, "mention": ["Milch", "Eier"],
      "absent": ["Bananen"]}),
    ("es", ["Ya compré la leche y el pan, bórrelos de la lista"],
     {"gone_items": {"shopping": ["leche", "pan"]}}),
    ("fr", ["Ajoute sur ma liste de choses à faire : appeler le plombier, s'il te plaît."],
     {"added_items": {"to-do": ["appeler le plombier"]}}),
    ("en", ["That bike light job on my to-do list, set me a reminder for it tomorrow at "
            "eight in the morning, and you can take it off the list"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["bike light"]}],
      "gone_items": {"to-do": ["fix the bike light"]}}),
    ("it", ["Il parrucchiere nella lista, mi crei un promemoria per giovedì alle 13, ma la "
            "lasci pure nella lista."],
     {"new": [{"kind": "reminder", "due": "2026-12-03T13:00", "about": ["parrucchiere"]}]}),
    ("en", ["add nappies and wipes to the shopping list, and, um, rusks"],
     {"added_items": {"shopping": ["nappies", "wipes", "rusks"]}}),
    ("en", ["add to my to-do list: water the plants, then post the parcel"],
     {"added_items": {"to-do": ["water the plants", "post the parcel"]}}),
    ("en", ["I'm baking tomorrow so I'll need, erm, flour, and, what else, caster sugar, "
            "yeah, pop those on the shopping list"],
     {"added_items": {"shopping": ["flour", "caster sugar"]}}),
    ("en", ["is bread on the shopping list or do i need to add it"], {"mention": ["bread"]}),
    ("en", ["Everything on my shopping list is bought. Could you clear it, please?"],
     {"gone_items": {"shopping": ["milk", "eggs", "bread", "bananas", "washing-up liquid"]}}),
    ("en", ["Put car air freshener on shopping list please"],  # "car" is no French "car"
     {"added_items": {"shopping": ["car air freshener"]}}),
    ("en", ["add eggs and glass cleaner to the shopping list"],
     {"added_items": {"shopping": ["glass cleaner"]}}),
    # everything but one thing: never the whole list (it had been emptied)
    ("de", ["Ich hab alles von der Einkaufsliste gekauft außer dem Brot, streich den Rest."],
     {"gone_items": {"shopping": ["Milch", "Eier", "Bananen", "Spülmittel"]}}),
    ("fr", ["enlève tout de la liste de courses sauf le pain"],
     {"gone_items": {"shopping": ["lait", "œufs", "bananes", "liquide vaisselle"]}}),
    ("es", ["ya compré todo lo de la lista del súper menos el lavavajillas"],
     {"gone_items": {"shopping": ["leche", "huevos", "pan", "plátanos"]}}),
    ("it", ["togli tutto dalla lista della spesa tranne il latte"],
     {"gone_items": {"shopping": ["uova", "pane", "banane", "detersivo per i piatti"]}}),
    ("de", ["Streich alles von der To-do-Liste außer dem Reisepass."],
     {"gone_items": {"to-do": ["Fahrradlicht reparieren", "Friseurtermin machen"]}}),
    ("fr", ["jai fait toutes les courses vide la liste stp"],
     {"gone_items": {"shopping": ["lait", "œufs", "pain", "bananes", "liquide vaisselle"]}}),
    ("it", ["aggiungi il caffè alla lista della spesa",
            "quante cose mi mancano ancora da comprare?"],
     {"added_items": {"shopping": ["caffè"]}, "mention": [{"count": 6}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "lists", item_words=False)


def test_a_question_about_the_list_while_a_removal_waits_leaves_the_item(tmp_path: Path) -> None:
    """"remove marshmallows …? Shall I go ahead?" — "so what's left?": the list is read,
    with the marshmallows still on it, and no confirmation waits any more."""
    from dialogue_bench import NOW

    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    async def talk() -> list[str]:
        settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
        store = Store.open(settings)
        try:
            assistant, session, said = Assistant(settings, store=store), None, []
            for turn in ("start a camping list: tent pegs, a torch and marshmallows",
                         "actually scratch the marshmallows", "so what's left?", "yes"):
                result = await assistant.handle_text(turn, session_id=session, now=NOW)
                session = result.session_id
                said.append(result.response_text)
            return said
        finally:
            store.close()

    said = asyncio.run(talk())
    assert "Shall I" in said[1]
    assert "marshmallows" in said[2] and "tent pegs" in said[2]
    assert "removed" not in said[3]  # the "yes" confirms nothing any more
