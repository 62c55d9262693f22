"""Guests coming to stay: fillers and remarks around a request ("Ah sure look, …", "…, mi
arma", "… while the in-laws are here"), a list left hanging on its "and", an end said with
"about", "one" for "a", "each" said twice before days, a reminder's words after a colon, a
question about a thing named first, words cried to a child last, and a list just made
that is not taken for every "put". Written apart from the held-out sets."""

from __future__ import annotations

from typing import Any

import pytest

from hark.text.courtesy import plainly
from hark.text.courtesy_other import plainly_other
from hark.text.fronted import unfronted
from hark.text.noises import without_noises
from hark.text.reason_first import without_reason
from hark.text.regional_words import in_standard_words
from tests.conversations import judged


@pytest.mark.parametrize(("text", "said"), [
    ("Ah sure look, add the gravy granules to the shopping list",
     "add the gravy granules to the shopping list"),
    ("and you can cross the towels off", "and cross the towels off"),
    ("Please set one alarm for Saturday at six", "Please set a alarm for Saturday at six"),
    ("set one more alarm for six", "set one more alarm for six"),  # one more: kept
])
def test_english_courtesies(text: str, said: str) -> None:
    assert plainly(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("move the swimming alarm to ten whilst the kids are here", "move the swimming alarm to ten"),
    ("I'm collecting Gran at eight tomorrow so move the team meeting", "move the team meeting"),
    # a time in the clause: not only how long it is for
    ("move the swimming alarm while I'm away on Saturday",
     "move the swimming alarm while I'm away on Saturday"),
])
def test_english_remarks(text: str, said: str) -> None:
    assert without_reason(text) == said


def test_a_question_about_a_thing_named_first() -> None:
    assert unfronted("so the team meeting, is it still Tuesday at nine?") == \
        "is the team meeting still on Tuesday at nine?"


@pytest.mark.parametrize(("text", "said"), [
    ("y leche entera — ¡Lucas, suelta eso!", "y leche entera"),
    ("— Tom, lass das! — äh, wo war ich… ach ja, und Servietten", "und Servietten"),
])
def test_words_cried_to_a_child(text: str, said: str) -> None:
    assert without_noises(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("añade turrón y polvorones, mi arma", "añade turrón y polvorones"),
    ("Ajoute du pain, une fois.", "Ajoute du pain"),
    ("Ist das am Freitag, gell?", "Ist das am Freitag?"),
])
def test_a_word_said_to_the_listener_last(text: str, said: str) -> None:
    assert plainly_other(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("rappelle-moi chaque lundi et chaque jeudi à huit heures",
     "rappelle-moi chaque lundi et jeudi à huit heures"),
    ("remind me every Monday and every Friday at 7", "remind me every Monday and Friday at 7"),
    ("e comincia a che ora, la cena con Anna?", "e a che ora comincia la cena con Anna?"),
    ("el turno con el médico del jueves cancelalo", "la cita con el médico del jueves cancelalo"),
    ("anotame el turno con el médico, pasado mañana", "anotame el turno con el médico, pasado mañana"),
])
def test_standard_words(text: str, said: str) -> None:
    assert in_standard_words(text) == said


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Ah sure look, put make up the spare bed on the to-do list", "and clear the hall"],
     {"added_items": {"to-do": ["spare bed", "clear the hall"]}}),
    ("en", ["put the carol concert in the calendar on Friday at 6 pm",
            "it ends around eight"],
     {"new": [{"kind": "event", "start": "2026-12-04T18:00", "end": "2026-12-04T20:00",
               "about": ["carol"]}]}),
    ("en", ["Kindly set one alarm for every Monday and Wednesday, the guests need the bathroom",
            "quarter past six"],
     {"new": [{"kind": "alarm", "time": "06:15", "repeat": ["MO", "WE"]}]}),
    ("en", ["I'm collecting Gran at nine tomorrow so move the team meeting", "to half eleven"],
     {"changed": {"E1": {"start": "2026-12-01T11:30"}}}),
    ("en", ["add crackers to the shopping list", "and you can take the eggs off, we've plenty"],
     {"added_items": {"shopping": ["crackers"]}, "gone_items": {"shopping": ["eggs"]}}),
    ("es", ["añade a la lista de la compra turrón", "y nata", "no, nata no, mejor yogur — ¡Lucas, suelta eso!"],
     {"added_items": {"shopping": ["turrón", "yogur"]}}),
    ("it", ["Aggiungi alla lista della spesa il pandoro, lo spumante e",
            "— Marco, non toccare! — scusa, dicevo: le candele"],
     {"added_items": {"shopping": ["pandoro", "spumante", "candele"]}}),
    ("it", ["Sposta il promemoria della spazzatura a mercoledì, stessa ora",
            "e poi mettimene uno ogni martedì alle nove: annaffiare le piante"],
     {"changed": {"R2": {"due": "2026-12-02T19:00"}},
      "new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["piante"],
               "repeat": ["TU"]}]}),
    ("es", ["¿Cuánto le falta a la colada?", "súmale cinco minutos, que todavía está mojada"],
     {"changed": {"T2": {"remaining_s": 1200}}}),
    ("fr", ["Minuteur pour le gâteau des enfants", "vingt minutes",
            "non, mets vingt-cinq plutôt, le four chauffe mal"],
     {"new": [{"kind": "timer", "seconds": 1500, "name": "gâteau"}]}),
    ("es", ["Hazme una lista nueva que se llame cena de nochebuena",
            "pon cordero, gambas, turrón y un par de botellas de cava"],
     {"added_items": {"cena de nochebuena": ["cordero", "gambas", "turrón", "cava"]}}),
    ("es", ["Hazme una lista nueva que se llame cena de nochebuena",
            "pon una alarma el jueves a las seis"],
     {"new": [{"kind": "alarm", "time": "06:00", "date": "2026-12-03"}]}),
    ("fr", ["Chaque lundi et chaque mercredi à huit heures du soir, rappelle-moi de sortir le chien"],
     {"new": [{"kind": "reminder", "due": "2026-11-30T20:00", "about": ["chien"],
               "repeat": ["MO", "WE"]}]}),
    ("es", ["¿y lo de sacar la basura, cuándo era?"], {"mention": ["19:00"]}),
    ("es", ["y el turno con el dentista del miércoles borralo, no puedo ir"], {"gone": ["E2"]}),
    ("it", ["Che ho in agenda venerdì?", "e comincia a che ora, la cena?"],
     {"mention": ["19:30"]}),
    ("de", ["Setz bitte Dinkelmehl und Zimt auf die Einkaufsliste",
            "Nein, nicht Dinkelmehl, Weizenmehl. Und die Eier kannst du runternehmen, die "
            "bringt der Opa mit."],
     {"added_items": {"shopping": ["Zimt", "Weizenmehl"]}, "gone_items": {"shopping": ["Eier"]}}),
    ("de", ["Stell einen Timer auf fünfzehn Minuten", "– Ja Mia, fünfzehn! – ach weißt du "
            "was, lösch den wieder"], {}),
    ("fr", ["Ajoute un réveil à sept heures pour le samedi et le dimanche, toutes les semaines"],
     {"new": [{"kind": "alarm", "time": "07:00", "repeat": ["SA", "SU"]}]}),
    ("it", ["Sabato porto i nonni al mare, partiamo presto, quindi la sveglia del nuoto "
            "spostala alle sette"], {"changed": {"A3": {"time": "07:00"}}}),
    ("it", ["Mettimi in calendario domenica la gita al lago con gli zii, partiamo alle otto",
            "e torniamo verso le cinque di sera"],
     {"new": [{"kind": "event", "start": "2026-12-06T08:00", "end": "2026-12-06T17:00",
               "about": ["lago"]}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "guests")
