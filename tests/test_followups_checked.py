"""Follow-ups after people check: a question about the thing in between ("what time's it
at", "a che ora è adesso", "wie lang hat der jetzt no"), then the change ("make it 5:45
instead" of the alarm just set, "bon rajoute encore une demi-heure"); a reason said after
the request without a comma ("bump it to eleven i got a thing first"); days counted from
the thing's own day ("the day after, same time", "le lendemain"); and what they found on
the way: a verb of moving read as a removal, "tre quarti" read as 6:03, "stell mir einen
Timer" naming the timer "mir einen"."""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.its_day import from_its_day
from hark.dialogue.reason_after import request_alone
from hark.nlu import stored_requests
from hark.nlu.normalize import normalize
from tests.conversations import judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
WEDNESDAY_6PM = {"at": "2026-12-02T18:00:00+00:00", "title": "call mum", "kind": "reminder"}


# ------------------------------------------------------------ a reason after it


@pytest.mark.parametrize(("lang", "said", "alone"), [
    ("en", "bump it to eleven i got a thing first", "bump it to eleven"),
    ("en", "oh jeez can you make that an hour later we've got practice till seven",
     "oh jeez can you make that an hour later"),
    ("en", "please make it one hour earlier only she has to catch a train after",
     "please make it one hour earlier"),
    ("en", "the bike light one as well i fixed it yesterday", "the bike light one as well"),
    ("en", "and make it half an hour earlier while you're at it",
     "and make it half an hour earlier"),
    ("de", "Milch und Eier kannste runternehmen hab ick schon",
     "Milch und Eier kannste runternehmen"),
    ("fr", "mets-le à huit heures j'ai un truc avant", "mets-le à huit heures"),
    ("fr", "le pain aussi tant que t'y es", "le pain aussi"),
    ("es", "bueno bórralos que ya los compré", "bueno bórralos"),
    ("it", "toglilo perché l'ho già fatto", "toglilo"),
])
def test_the_request_without_the_reason_after_it(lang: str, said: str, alone: str) -> None:
    assert request_alone(said, lang) == alone


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "can we move it to 8"),  # "we" asks, it gives no reason
    ("en", "make it 7 i mean 8"),  # a correction, not a reason
    ("en", "move it to when i get home"),  # the reason's words are the time
    ("en", "make it 8 if we can"),
    ("en", "push it back an hour"),
])
def test_no_reason_to_cut(lang: str, said: str) -> None:
    assert request_alone(said, lang) == said


# ------------------------------------------------------------ days from its own day


@pytest.mark.parametrize(("lang", "said", "full"), [
    ("en", "actually make it the day after, same time", "actually make it on the 3rd of December"),
    ("en", "move it to the day before", "move it to the 1st of December"),
    ("en", "make it two days later", "make it on the 4th of December"),
    ("de", "lieber am Tag danach", "lieber am 3. Dezember"),
    ("de", "verschieb ihn auf den Tag davor", "verschieb ihn auf den 1. Dezember"),
    ("fr", "plutôt le lendemain à la même heure", "plutôt le 3 décembre"),
    ("fr", "mets-le la veille", "mets-le le 1 décembre"),
    ("es", "mejor al día siguiente a la misma hora", "mejor al 3 de diciembre"),
    ("it", "spostalo al giorno dopo stessa ora", "spostalo al 3 dicembre"),
])
def test_a_day_from_the_things_own_day(lang: str, said: str, full: str) -> None:
    assert from_its_day(said, WEDNESDAY_6PM, NOW, lang) == full


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "and remind me the day before at 6pm"),  # a new reminder: relative's to time
    ("en", "set another one the day after"),
    ("es", "ponme otro al día siguiente"),
    ("en", "make it 7 instead"),
])
def test_a_day_for_another_thing_is_left_alone(lang: str, said: str) -> None:
    assert from_its_day(said, WEDNESDAY_6PM, NOW, lang) == said


def test_no_day_without_a_thing_talked_about() -> None:
    assert from_its_day("make it the day after", None, NOW, "en") == "make it the day after"


# ------------------------------------------------------------ found on the way


@pytest.mark.parametrize(("lang", "said", "hhmm"), [
    ("it", "alle sei e tre quarti", "18:45"),
    ("es", "a las seis y tres cuartos", "18:45"),
    ("fr", "à six heures trois quarts", "18:45"),
    ("it", "alle sei e un quarto", "18:15"),
])
def test_three_quarters_past_the_hour(lang: str, said: str, hhmm: str) -> None:
    value = normalize("time", said, NOW, lang)
    assert value is not None and value["time"] == hhmm


@pytest.mark.parametrize(("said", "seconds"), [
    ("a Stund", 3600), ("um a Stund", 3600), ("a halbe Stund", 1800),
    ("ne halbe Stunde", 1800), ("a Viertelstund", 900),
])
def test_southern_german_lengths(said: str, seconds: int) -> None:
    value = normalize("duration", said, NOW, "de")
    assert value is not None and value["seconds"] == seconds


@pytest.mark.parametrize(("lang", "said", "moved"), [
    ("de", "geh verleg den Termin bitte um a Stund nach hinten", True),
    ("es", "no mejor ponga la alarma de las 06:00 a las seis y cuarto", True),
    ("it", "sposta la cena con Anna", True),
    ("de", "lösch den Zahnarzttermin", False),
    ("es", "borra la alarma de las seis", False),
    ("fr", "je n'ai plus besoin du réveil de 7h", False),
])
def test_a_move_is_never_a_removal(lang: str, said: str, moved: bool) -> None:
    assert stored_requests.moved_not_removed(said, lang) is moved


# ------------------------------------------------------------ whole conversations


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a question about the thing in between, then the change
    ("en", ["move dinner with anna to saturday", "what time's it at",
            "ok make it an hour later then"], {"changed": {"E3": {"start": "2026-12-05T20:30"}}}),
    ("fr", ["retarde le dîner avec Anna d'une demi-heure", "il commence à quelle heure "
            "maintenant", "bon rajoute encore une demi-heure"],
     {"changed": {"E3": {"start": "2026-12-04T20:30"}}}),
    ("it", ["sposta la cena con Anna a sabato", "a che ora è adesso", "mettila un'ora prima"],
     {"changed": {"E3": {"start": "2026-12-05T18:30"}}}),
    ("es", ["cambie la alarma de entre semana a las seis", "¿a qué hora suena ahora?",
            "no mejor póngala a las seis y cuarto"], {"changed": {"A1": {"time": "06:15"}}}),
    # the thing just made, put right after a question about it (had made a second)
    ("en", ["set alarm for 5 30 am on friday", "what time it will ring",
            "ok make it 5 45 instead"], {"new": [{"kind": "alarm", "time": "05:45",
                                                  "date": "2026-12-04"}]}),
    ("en", ["remind me to call mum at 6", "when is it", "actually make it 7"],
     {"new": [{"kind": "reminder", "due": "2026-11-30T19:00"}]}),
    ("en", ["set a timer for 10 minutes", "how long is left on it", "make it 15"],
     {"new": [{"kind": "timer", "seconds": 900}]}),
    ("de", ["stell ma an Timer auf zwölf Minuten", "wie lang hat der jetzt no",
            "na mach fünfzehn draus"], {"new": [{"kind": "timer", "seconds": 900}]}),
    ("it", ["uè ricordami domani alle due del pomeriggio di chiamare mammà",
            "a che ora l'hai messo", "mettilo mezz'ora dopo"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T14:30"}]}),
    ("en", ["put a haircut in my calendar for thursday at 11 am",
            "what else have i got on thursday", "ok move the new one to friday same time"],
     {"new": [{"kind": "event", "start": "2026-12-04T11:00"}]}),
    # a reason after the request
    ("en", ["what time's the team meeting tomorrow", "bump it to eleven i got a thing first"],
     {"changed": {"E1": {"start": "2026-12-01T11:00"}}}),
    ("en", ["when's the reminder to call the dentist", "um can you make it eleven instead "
            "i'll still be wrapping stuff up at ten"],
     {"changed": {"R1": {"due": "2026-12-01T11:00"}}}),
    ("es", ["¿qué tengo en la lista de la compra?", "bórralos que ya los compré"],
     {"gone_items": {"shopping": ["leche", "huevos", "pan", "plátanos", "lavavajillas"]}}),
    # days from the thing's own day
    ("en", ["remind me to water the plants tomorrow morning at 8",
            "actually make it the day after same time"],
     {"new": [{"kind": "reminder", "due": "2026-12-02T08:00"}]}),
    ("en", ["what time is my dentist appointment", "move it to the day after, same time"],
     {"changed": {"E2": {"start": "2026-12-03T14:00"}}}),
    ("fr", ["rappelle-moi d'appeler maman mercredi à 18h", "plutôt le lendemain"],
     {"new": [{"kind": "reminder", "due": "2026-12-03T18:00"}]}),
    ("it", ["mi segna un appuntamento dal commercialista mercoledì alle quattro del "
            "pomeriggio", "me lo sposta a giovedì stessa ora?"],
     {"new": [{"kind": "event", "start": "2026-12-03T16:00"}]}),
    # minutes without their hour; a number word for a timer's new length
    ("en", ["remind me to put the roast in at 6", "ah nah make it quarter past"],
     {"new": [{"kind": "reminder", "due": "2026-11-30T18:15"}]}),
    ("fr", ["mets une minuterie de vingt minutes", "en fait fais-en vingt-cinq"],
     {"new": [{"kind": "timer", "seconds": 1500}]}),
    # the same pause for another timer; an alarm named by its day
    ("de", ["pausier mal den Nudeltimer", "und den von der Wäsche gleich auch"],
     {"changed": {"T1": {"paused": True}, "T2": {"paused": True}}}),
    ("it", ["sposta la sveglia di sabato alle nove e mezza", "anzi no facciamo alle dieci"],
     {"changed": {"A3": {"time": "10:00"}}}),
    ("it", ["mi svegli giovedì alle sei e tre quarti", "no aspetti la metta a venerdì"],
     {"new": [{"kind": "alarm", "time": "06:45", "date": "2026-12-04"}]}),
    # a verb of moving with a length said the southern way: moved, not deleted
    ("de", ["Wann hab i denn den Zahnarzttermin", "geh verleg den bitte um a Stund nach "
            "hinten"], {"changed": {"E2": {"start": "2026-12-02T15:00"}}}),
    ("fr", ["coudonc il reste combien sur la minuterie des pâtes", "ajoutes-y cinq minutes"],
     {"changed": {"T1": {"remaining_s": 780}}}),
    # the verbs of changing an alarm still read as such ("change" had set a new alarm when
    # the table of moving verbs was shadowed)
    ("fr", ["mes cadrans sont a quelle heure", "change celui de samedi pour 9h30"],
     {"changed": {"A3": {"time": "09:30"}}}),
    # the clock asked in between keeps what "it" is
    ("en", ["move my dentist appointment to thursday", "what time is it now",
            "can you push it an hour later too"],
     {"changed": {"E2": {"start": "2026-12-03T15:00"}}}),
    # "them" after a question about one item is that item, not the whole list read before
    # (it had taken all five off)
    ("en", ["what's on my shopping list", "are the bananas still on it", "take them off"],
     {"gone_items": {"shopping": ["bananas"]}}),
    ("en", ["is milk on my shopping list", "take it off"], {"gone_items": {"shopping": ["milk"]}}),
    # two items asked about in turn: "both of them" are those two
    ("en", ["have i got milk on the shopping list", "what about eggs", "take both of em off"],
     {"gone_items": {"shopping": ["milk", "eggs"]}}),
    ("en", ["is milk on my shopping list", "and eggs?", "take it off"],
     {"gone_items": {"shopping": ["eggs"]}}),
    ("es", ["¿qué tengo en la lista de la compra?", "¿y los plátanos siguen ahí?",
            "bueno bórralos que ya los compré"], {"gone_items": {"shopping": ["plátanos"]}}),
    ("de", ["was steht auf meiner Einkaufsliste", "sind die Bananen noch drauf?",
            "nimm sie runter"], {"gone_items": {"shopping": ["Bananen"]}}),
    ("fr", ["est-ce que les bananes sont sur la liste de courses ?", "enlève-les"],
     {"gone_items": {"shopping": ["bananes"]}}),
    ("it", ["le banane sono nella lista della spesa?", "toglile"],
     {"gone_items": {"shopping": ["banane"]}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "checked", item_words=False)


@pytest.mark.parametrize(("lang", "said", "answer"), [
    # an item asked about with its article is found ("No, los plátanos no está" before)
    ("es", "¿están los plátanos en la lista de la compra?",
     "Sí, plátanos está en tu lista de la compra."),
    ("es", "¿hay queso en la lista de la compra?", "No, queso no está en tu lista de la compra."),
    ("de", "sind die Bananen noch auf der Einkaufsliste?",
     "Ja, Bananen steht auf deiner Einkaufsliste."),
    ("fr", "est-ce que les bananes sont sur la liste de courses ?",
     "Oui, bananes est sur votre liste de courses."),
    ("it", "le banane sono nella lista della spesa?", "Sì, banane è sulla tua lista della spesa."),
    # whom the timer is for is no name ("der Timer mir einen läuft" before)
    ("de", "stell mir einen Timer auf zwölf Minuten", "Okay, der Timer läuft: 12 Minuten."),
    ("de", "stell ma an Timer auf zwölf Minuten", "Okay, der Timer läuft: 12 Minuten."),
    # the particle of "put the roast in" is no word of the time
    ("en", "remind me to put the roast in at 6",
     "Okay, I'll remind you to put the roast in at 6 PM today."),
])
def test_what_is_said_back(lang: str, said: str, answer: str) -> None:
    row = {"lang": lang, "names": lang, "kind": "new", "turns": [said], "expect": {}}
    _, answers, _ = asyncio.run(judge(row))
    assert answers == [answer]
