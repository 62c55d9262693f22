"""Getting ready for guests: events over several days, lists made and filled in one
breath, things corrected as they are said, questions among remarks, and the readers
behind them (hark.nlu.day_span, hark.text.item_corrected, hark.text.question_among,
hark.text.reason_clause, hark.dialogue.list_pointed, hark.text.event_dropped), in five
languages. Written apart from the held-out sets."""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue import lexicon
from hark.dialogue.list_pointed import onto
from hark.nlu import day_span
from hark.text.event_dropped import cancel_asked, cancelled
from hark.text.item_corrected import corrected
from hark.text.question_among import question_alone
from hark.text.reason_clause import without_reason_clause
from tests.conversations import judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("lang", "text", "end"), [
    ("en", "add the cousins staying from thursday at 5pm until saturday at noon",
     "2026-12-05T12:00"),
    ("de", "trag den besuch von oma ein, von donnerstag 17 uhr bis samstag 12 uhr",
     "2026-12-05T12:00"),
    ("fr", "note le séjour des cousins de jeudi 17 h jusqu'à samedi midi", "2026-12-05T12:00"),
    ("es", "apunta la visita de los primos desde el jueves a las cinco de la tarde hasta el "
           "sábado a las doce", "2026-12-05T12:00"),
    ("it", "segna la visita dei nonni da giovedì alle cinque del pomeriggio fino a sabato "
           "alle dodici", "2026-12-05T12:00"),
    # a whole day: it ends as that day does
    ("en", "put the in-laws' visit in from thursday to saturday", "2026-12-06T00:00"),
])
def test_event_over_several_days(lang: str, text: str, end: str) -> None:
    across = day_span.ends(text, lang)
    assert across is not None, text
    start = datetime(2026, 12, 3, 17, 0, tzinfo=NOW.tzinfo)
    got = day_span.end_after(across, start, lang, NOW)
    assert got is not None and got.strftime("%Y-%m-%dT%H:%M") == end


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "move the dentist to Friday"),  # no day of the start's before it
    ("en", "add a meeting from 2 till 4"),  # within a day: event_span's
    ("de", "erinnere mich bis morgen"),
])
def test_no_end_on_another_day(lang: str, text: str) -> None:
    across = day_span.ends(text, lang)
    if across is not None:  # (a range on the same day is no end on another)
        start = datetime(2026, 12, 3, 14, 0, tzinfo=NOW.tzinfo)
        assert day_span.end_after(across, start, lang, NOW) is None


@pytest.mark.parametrize(("said", "meant"), [
    ("Hafermilch – nein, warte, mach Mandelmilch draus. Und Zwieback",
     "Mandelmilch, Zwieback"),
    ("du beurre salé… non, attends, du beurre doux plutôt. Pis des oignons",
     "du beurre doux, des oignons"),
    ("prenotare la pizzeria per venerdì… no, aspetta, per sabato sera",
     "prenotare la pizzeria per sabato sera"),
    ("eggs, brown bread, no, sorry, white bread and jam", "eggs, white bread and jam"),
    ("rice and chicken. Make it two packs of chicken actually.",
     "rice and two packs of chicken"),
])
def test_thing_corrected_as_said(said: str, meant: str) -> None:
    assert corrected(said) == meant


@pytest.mark.parametrize("said", [
    "milk, eggs and bread",
    "no-salt crisps and dips",
    "bread, no, I've still got bread",  # no thing instead
    "two bottles of cider, actually make it three",  # (a count: read elsewhere)
])
def test_nothing_corrected(said: str) -> None:
    assert corrected(said) == said


@pytest.mark.parametrize(("text", "question"), [
    ("Ich räume gerade das Gästezimmer auf. Wie lange läuft die Wäsche noch?",
     "Wie lange läuft die Wäsche noch?"),
    ("Quelle journée, vraiment. Combien de rappels j'ai cette semaine ?",
     "Combien de rappels j'ai cette semaine ?"),
    # its "that day" is the remark's day
    ("El viernes quería ir al mercado temprano. ¿Tengo algo ese día?",
     "¿Tengo algo el viernes?"),
])
def test_question_among_remarks(text: str, question: str) -> None:
    assert question_alone(text) == question


@pytest.mark.parametrize("text", [
    # the remark names what is asked about, or asks for something itself
    "Nella lista della spesa… c'è ancora il latte?",
    "Was hab ich morgen? Wecker, Termine, alles bitte.",
    "Mets un réveil à sept heures. C'est bon ?",
    "How long is left on the rice? I'm starving.",  # (English: reason_first's)
])
def test_question_kept_whole(text: str) -> None:
    assert question_alone(text) == text


@pytest.mark.parametrize(("text", "asked"), [
    ("Le rappel du dentiste, mets-le jeudi à la même heure, mercredi je travaille tard.",
     "Le rappel du dentiste, mets-le jeudi à la même heure."),
    ("Sposta la sveglia a domenica, stessa ora, che sabato dormo fuori.",
     "Sposta la sveglia a domenica, stessa ora."),
])
def test_reason_clause_left_out(text: str, asked: str) -> None:
    assert without_reason_clause(text) == asked


def test_reason_clause_kept_without_a_time() -> None:
    said = "Sposta la sveglia alle undici, tanto ci vado dopo."
    assert without_reason_clause(said) == said


def test_things_put_on_the_list_talked_about() -> None:
    assert onto("Und schreib mir dafür drauf: Fenster putzen", "to-do", "de") == \
        "Und schreib mir dafür auf die To-do-Liste: Fenster putzen"
    assert onto("pop candles on it as well", "party", "en") == \
        "pop candles on the party list as well"
    assert onto("schreib Milch auf die Einkaufsliste", "to-do", "de") is None  # its own list
    assert onto("und was steht noch drauf?", "to-do", "de") is None  # no adding


def test_other_kinds_are_no_list_question() -> None:
    from hark.dialogue.list_asked import asked

    assert asked("Quante sveglie ho impostato in tutto?", "it", "shopping") is None
    assert asked("quante cose ci sono ancora?", "it", "shopping") is not None


def test_cancel_by_title() -> None:
    class Event:
        def __init__(self, title: str) -> None:
            self.title = title

    coming = [Event("book club"), Event("dentist appointment"), Event("quiz night")]
    assert cancelled(cancel_asked("could you cancel the book club please", "en"), coming) \
        == "remove the book club from my calendar"
    assert cancel_asked("cancel the dentist reminder", "en") is None  # another kind
    assert cancel_asked("cancel it", "en") is None
    assert cancelled("the pasta", coming) is None  # no event of that title


@pytest.mark.parametrize(("text", "bare"), [
    ("the 8 PM one", True), ("the first one", True), ("that one please", True),
    ("the one at ten", True), ("delete the 8 PM one", False), ("the one-pot pasta", False),
])
def test_bare_choice(text: str, bare: bool) -> None:
    assert lexicon.bare_choice(text) is bare


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # an event over several days, with its end
    ("en", ["Put 'cousins visiting' in the calendar from Thursday at 5pm until Saturday at "
            "noon."],
     {"new": [{"kind": "event", "start": "2026-12-03T17:00", "about": ["cousins"],
               "end": "2026-12-05T12:00"}]}),
    ("de", ["Trag bitte Besuch von Oma ein, von Donnerstag 17 Uhr bis Samstag 12 Uhr."],
     {"new": [{"kind": "event", "start": "2026-12-03T17:00", "about": ["Oma"],
               "end": "2026-12-05T12:00"}]}),
    ("it", ["Segnami in agenda la visita dei nonni da giovedì alle cinque del pomeriggio "
            "fino a sabato alle dodici."],
     {"new": [{"kind": "event", "start": "2026-12-03T17:00", "about": ["nonni"],
               "end": "2026-12-05T12:00"}]}),
    # a length said in a sentence of its own, with a remark
    ("en", ["Add a station pick-up on Thursday at half six. Give it forty minutes, the "
            "traffic's awful."],
     {"new": [{"kind": "event", "start": "2026-12-03T18:30", "about": ["pick"],
               "end": "2026-12-03T19:10"}]}),
    # a new list named and filled
    ("en", ["Make me a new list and call it picnic. Put on it rugs, cups and a flask."],
     {"new": [], "added_items": {"picnic": ["rugs", "cups", "flask"]}}),
    # a list said first with a reason before the colon
    ("en", ["stick a few things on the shopping list for the weekend, like: oat cakes, "
            "brie and grapes"],
     {"added_items": {"shopping": ["oat cakes", "brie", "grapes"]}}),
    # a thing corrected as it is said
    ("de", ["Schreib auf die Einkaufsliste: Hafermilch – nein, warte, mach Mandelmilch "
            "draus. Und Zwieback."],
     {"added_items": {"shopping": ["Mandelmilch", "Zwieback"]}}),
    # a thing named before "take it off" is taken off, not the last change undone
    ("fr", ["Ajoute des olives à la liste de courses.", "Et le pain, enlève-le."],
     {"added_items": {"shopping": ["olives"]}, "gone_items": {"shopping": ["pain"]}}),
    # a question after a change of a timer asks, changes nothing more
    ("fr", ["Rajoute deux minutes au minuteur des pâtes.", "Et la lessive, il lui reste "
            "combien ?"], {"changed": {"T1": {"remaining_s": 600}}}),
    # a day's part, then a clock said after it
    ("it", ["Domenica mattina vado a correre presto. Puntami la sveglia alle sei e mezza."],
     {"new": [{"kind": "alarm", "time": "06:30", "date": "2026-12-06"}]}),
    # things put "on it", the list just changed
    ("de", ["Streich Reisepass verlängern von der To-do-Liste.",
            "Und schreib mir dafür drauf: Fenster putzen."],
     {"gone_items": {"to-do": ["Reisepass verlängern"]},
      "added_items": {"to-do": ["Fenster putzen"]}}),
    # an English removal by a title the model has not seen
    ("en", ["Add a pottery class on Thursday at 7pm.", "cancel the pottery class"], {}),
    # "the 8 PM one" with nothing to choose makes nothing
    ("en", ["remind me to water the ferns at 8am and 8pm every day", "the 8 PM one"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["ferns"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]},
              {"kind": "reminder", "due": "2026-11-30T20:00", "about": ["ferns"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}]}),
    # a reminder timed before an event, its words naming the event's person again
    ("en", ["remind me an hour before my dinner with Anna to ring Anna about the wine"],
     {"new": [{"kind": "reminder", "due": "2026-12-04T18:30", "about": ["ring Anna"]}]}),
    # twice a day in Spanish, the second said with "y a las"
    ("es", ["Recuérdame todos los días a las 9 y a las 21 regar el huerto."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["huerto"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]},
              {"kind": "reminder", "due": "2026-11-30T21:00", "about": ["huerto"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "guests", item_words=False)


@pytest.mark.parametrize(("lang", "turns", "said"), [
    # an event over several days, asked about on a later day of it
    ("en", ["Put 'cousins visiting' in the calendar from Thursday at 5pm until Saturday at "
            "noon.", "what's on my calendar for Friday?"], "cousins visiting all day"),
    ("en", ["Put 'cousins visiting' in the calendar from Thursday at 5pm until Saturday at "
            "noon.", "what's on my calendar for Saturday?"], "cousins visiting until noon"),
    ("de", ["Trag Besuch von Oma ein, von Donnerstag 17 Uhr bis Samstag 12 Uhr.",
            "Was habe ich am Freitag?"], "Besuch von Oma den ganzen Tag"),
    ("en", ["Add a quiz night on Saturday at 8pm.", "So what's on my calendar for Saturday "
            "now?"], "quiz night"),
    ("it", ["Che giornata. Quanto manca al timer della pasta? Devo scolarla."], "8"),
    ("en", ["take the eggs off the shopping list", "how many's on it now?"], "4"),
])
def test_questions(lang: str, turns: list[str], said: str) -> None:
    names = {"names": lang} if lang != "en" else {}
    row = {"lang": lang, "kind": "guests", "turns": turns, "expect": {}, **names}
    ok, answers, diff = asyncio.run(judge(row))
    assert said in answers[-1], (answers, diff)
