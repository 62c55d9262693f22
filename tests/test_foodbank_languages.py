"""A food bank volunteer's week in German, French, Spanish and Italian: what was fixed after
the held-out food bank set (written apart from it, other words, other things)."""

from __future__ import annotations

from typing import Any

import pytest

from hark.text.place_put_right import place_put_right
from tests.conversations import judged


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a reminder asked for as a thing, whatever it is about (had been a social-media post)
    ("fr", ["Tu peux me mettre un rappel pour appeler le grossiste, là?", "Mercredi à neuf heures."],
     {"new": [{"kind": "reminder", "due": "2026-12-02T09:00", "about": ["grossiste"]}]}),
    # "le même" on another day: the same alarm (had been an all-day event)
    ("fr", ["Mets-moi un réveil mercredi à six heures.", "Et le même pour vendredi, merci."],
     {"new": [{"kind": "alarm", "time": "06:00", "date": "2026-12-02"},
              {"kind": "alarm", "time": "06:00", "date": "2026-12-04"}]}),
    # "dasselbe" said after the day, "So." first (had been not understood, or a reminder
    # called "ich dasselbe")
    ("de", ["Erinner mich am Mittwoch um acht Uhr morgens, dass ich die Spenden zähle.",
            "So. Und für Donnerstag dasselbe."],
     {"new": [{"kind": "reminder", "due": "2026-12-02T08:00", "about": ["Spenden"]},
              {"kind": "reminder", "due": "2026-12-03T08:00", "about": ["Spenden"]}]}),
])
def test_one_more_of_the_same(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # "some things" said with a partitive: what, asked (had added "cose", "trucs")
    ("it", ["Aggiungi delle cose alla lista della spesa.", "Zucchero e caffè."],
     {"added_items": {"shopping": ["zucchero", "caffè"]}}),
    ("fr", ["Ajoute des trucs à ma liste de courses.", "Du sucre et du café."],
     {"added_items": {"shopping": ["sucre", "café"]}}),
    # a thing just added said not meant, with no verb (had been kept)
    ("es", ["Añade arroz, aceite y galletas a la lista de la compra.",
            "Ay, las galletas no, que ya tenemos."],
     {"added_items": {"shopping": ["arroz", "aceite"]}}),
    ("it", ["Aggiungi riso, olio e biscotti alla lista della spesa.",
            "Ah, i biscotti no, ce li ha portati la nonna."],
     {"added_items": {"shopping": ["riso", "olio"]}}),
    ("de", ["Setz Reis, Öl und Kekse auf die Einkaufsliste.",
            "Ach, die Kekse nicht, die hat die Oma mitgebracht."],
     {"added_items": {"shopping": ["Reis", "Öl"]}}),
])
def test_items_asked_and_taken_back(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a new list named right after "lista", its people after "con dentro"
    ("it", ["Crea una lista invitati con dentro Marco, Sara e la Franci."],
     {"added_items": {"invitati": ["Marco", "Sara", "Franci"]}}),
    ("it", ["Crea una lista regali e mettici sciarpa e guanti."],
     {"added_items": {"regali": ["sciarpa", "guanti"]}}),
    # a remark after a dash, or a need after the names: no item
    ("de", ["Leg eine neue Liste an, die heißt Tombola, und setz drauf: Lose, Preise und Körbe "
            "– das brauchen wir alles am Samstag."],
     {"added_items": {"Tombola": ["Lose", "Preise", "Körbe"]}}),
    ("fr", ["Crée une liste qui s'appelle chorale, pis mets-y Luc, Anne pis Paul, faut que je "
            "les relance."],
     {"added_items": {"chorale": ["Luc", "Anne", "Paul"]}}),
    # a sentence ended on its particle, then a removal
    ("de", ["Setz Kaffee auf die Einkaufsliste, den bring ich morgen mit. Ach, und Eier kannst "
            "du streichen, hab ich noch."],
     {"added_items": {"shopping": ["Kaffee"]}, "gone_items": {"shopping": ["Eier"]}}),
])
def test_lists(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # the answer to "for how long?", then a request of its own: both
    ("de", ["Stell mir einen Timer für die Kartoffeln.",
            "Fünfzehn Minuten. Und setz Butter auf die Einkaufsliste."],
     {"new": [{"kind": "timer", "seconds": 900}], "added_items": {"shopping": ["Butter"]}}),
    ("es", ["Ponme un temporizador para el arroz.",
            "Doce minutos. Y añade sal a la lista de la compra."],
     {"new": [{"kind": "timer", "seconds": 720}], "added_items": {"shopping": ["sal"]}}),
])
def test_answer_then_request(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # Bavarian "an Wecker" with "bittschön" between (had asked which alarm to change)
    ("de", ["Stell ma bittschön an Wecker für Donnerstag früh.", "Um halb sechs."],
     {"new": [{"kind": "alarm", "time": "05:30", "date": "2026-12-03"}]}),
    # Roman "er" (il): the reminder asked about, then an alarm before it
    ("it", ["A che ora c'ho er promemoria pe' chiamare il dentista?",
            "Mettime 'na sveglia un'ora prima."],
     {"new": [{"kind": "alarm", "time": "09:00", "date": "2026-12-01"}]}),
    # Berlin "'ne Stunde vorher, dass ick …" after asking about the team meeting
    ("de", ["Wann is'n nochmal die Teambesprechung?",
            "Denn erinner mich 'ne Stunde vorher, dass ick die Folien drucke."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["Folien"]}]}),
])
def test_said_regionally(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect)


@pytest.mark.parametrize(("text", "plain"), [
    ("Apunta la recogida en el mercado — bueno, en el súper — el sábado a las diez.",
     "Apunta la recogida en el súper el sábado a las diez."),
    ("Segna la raccolta al mercato — anzi, al supermercato — sabato alle dieci.",
     "Segna la raccolta al supermercato sabato alle dieci."),
    ("Mets la distribution à la salle des fêtes — enfin, à la mairie — jeudi à midi.",
     "Mets la distribution à la mairie jeudi à midi."),
    # one dash, or no place put right: unchanged
    ("Ajoute la collecte — samedi de dix heures à seize heures.",
     "Ajoute la collecte — samedi de dix heures à seize heures."),
])
def test_place_put_right(text: str, plain: str) -> None:
    assert place_put_right(text) == plain


def test_place_put_right_in_a_conversation() -> None:
    judged("it", ["Segna la raccolta al mercato — anzi, al supermercato — sabato dalle dieci "
                  "alle tredici."],
           {"new": [{"kind": "event", "start": "2026-12-05T10:00", "end": "2026-12-05T13:00",
                     "about": ["supermercato"]}]})
