"""Going away for a few days: journeys written in the calendar, "that day" for the event
just made, an end moved to another day, weekdays with the date in words, old times said
with "instead of", regional words, and the readers behind them (hark.nlu.scope_frames,
hark.text.weekday_date, hark.text.instead_other, hark.text.event_length,
hark.dialogue.one_of_kind, hark.text.put_in), in five languages. Written apart from the
held-out sets."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

from hark.dialogue.one_of_kind import with_kind
from hark.nlu.scope_frames import decide
from hark.text.day_looks import without_now
from hark.text.event_length import asked
from hark.text.instead_other import without_old_time
from hark.text.put_in import put_in
from hark.text.regional_words import in_standard_words
from hark.text.shorthand import written_out
from hark.text.weekday_date import dated
from tests.conversations import judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402


@pytest.mark.parametrize(("intent", "text", "lang", "decided"), [
    # a journey written down is an event, not a ticket
    ("transport_ticket", "Trag mir am Freitag den Flug nach Wien ein, um acht Uhr.", "de",
     "calendar_set"),
    ("transport_ticket", "Apunta el tren a Sevilla el martes a las diez", "es", "calendar_set"),
    ("datetime_convert", "Mets dans l'agenda le train pour Lyon mardi à sept heures", "fr",
     "calendar_set"),
    ("transport_ticket", "add the coach to Leeds on Friday at 9", "en", "calendar_set"),
    # booked or asked about: not written down
    ("transport_ticket", "book a train to Leeds on Friday at 9", "en", None),
    ("transport_ticket", "add a train ticket to Leeds", "en", None),
])
def test_journeys_written_in_the_calendar(intent: str, text: str, lang: str,
                                          decided: str | None) -> None:
    assert decide(intent, text, lang) == decided


@pytest.mark.parametrize(("text", "plain"), [
    ("déplace-le à lundi prochain le huit, même heure", "déplace-le à lundi 8, même heure"),
    ("córrela al martes ocho", "córrela al martes 8"),
    ("spostala a martedì otto", "spostala a martedì 8"),
    ("jeudi le premier", "jeudi 1"),
])
def test_weekday_with_the_date_in_words(text: str, plain: str) -> None:
    assert dated(text) == plain


@pytest.mark.parametrize("text", [
    "lundi sept heures", "el lunes a las siete", "lunes siete y media", "lunedì alle sette",
])
def test_weekday_with_a_clock_is_left(text: str) -> None:
    assert dated(text) == text


@pytest.mark.parametrize(("text", "plain"), [
    ("pónmelo a las nueve en vez de a las once", "pónmelo a las nueve"),
    ("mets-le à huit heures au lieu de neuf heures, merci", "mets-le à huit heures, merci"),
    ("spostalo alle sette invece che alle otto", "spostalo alle sette"),
    ("stell ihn auf sechs statt um sieben", "stell ihn auf sechs"),
    # a thing instead of another is no time
    ("compra arroz en vez de pasta", "compra arroz en vez de pasta"),
])
def test_old_time_left_out(text: str, plain: str) -> None:
    assert without_old_time(text) == plain


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "sorry, we're back Sunday at 6 p.m., not Saturday", "sunday at 6 p.m."),
    ("en", "we check out on Wednesday the 9th", "wednesday the 9th"),
    ("de", "mach es bis Montag, gleiche Uhrzeit", "montag"),
    ("es", "al final vuelvo el lunes", "lunes"),
    ("it", "alla fine torno domenica sera", "domenica sera"),
    ("fr", "finalement je rentre dimanche", "dimanche"),
])
def test_end_on_another_day(lang: str, text: str, words: str) -> None:
    a = asked(text, lang)
    assert a is not None and a.kind == "end" and a.pointed and a.words == words


@pytest.mark.parametrize(("lang", "text", "kind", "said"), [
    ("es", "Y el de mañana, cámbialo a las ocho", "alarm", "Y el despertador de mañana, "
                                                           "cámbialo a las ocho"),
    ("it", "e quella delle sei spostala alle sette", "alarm", "e la sveglia delle sei "
                                                              "spostala alle sette"),
    ("fr", "et celui de samedi, supprime-le", "reminder", "et le rappel de samedi, "
                                                          "supprime-le"),
    ("de", "und den von morgen lösch bitte", "alarm", "und den Wecker von morgen lösch bitte"),
])
def test_one_of_the_kind_talked_about(lang: str, text: str, kind: str, said: str) -> None:
    assert with_kind(text, kind, lang) == said


def test_one_of_a_kind_not_talked_about() -> None:
    assert with_kind("Y el de mañana, cámbialo", None, "es") is None
    assert with_kind("la reunión de mañana", "event", "es") is None  # names its kind


@pytest.mark.parametrize(("text", "plain"), [
    ("Calendar. Dentist in Leeds, Monday, 9 a.m.", "put Dentist in Leeds, Monday, 9 a.m. in "
                                                   "the calendar"),
    ("Ferry to Cork, Saturday 7 p.m. Calendar.", "put Ferry to Cork, Saturday 7 p.m. in the "
                                                 "calendar"),
    ("Alarm two hours before that.", "set an alarm two hours before that."),
    ("Calendar. What have I got on Friday?", "Calendar. What have I got on Friday?"),
])
def test_headings(text: str, plain: str) -> None:
    assert put_in(text) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("n my charger", "and my charger"),
    ("k whats on it", "what's on it"),
    ("whit time's the train", "what time's the train"),
    ("what time's the dentist on Friday again?", "what time's the dentist on Friday?"),
])
def test_shorthand(text: str, plain: str) -> None:
    assert written_out(text) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Le souper avec Anna, c'est quand ?", "Le dîner avec Anna, c'est quand ?"),
    ("Qu'est-ce qu'y a sur ma liste asteure?", "Qu'est-ce qu'y a sur ma liste?"),
    ("La sveglia 'un mi serve più", "La sveglia non mi serve più"),
    ("Stell mir en Wecker um viertel sechse", "Stell mir einen Wecker um viertel sechs"),
    ("bórrame los cambures", "bórrame los plátanos"),
])
def test_regional_words(text: str, plain: str) -> None:
    assert in_standard_words(text) == plain


def test_now_inside_a_question_about_a_day() -> None:
    assert without_now("Was hab ich jetzt am Samstag?") == "Was hab ich am Samstag?"
    assert without_now("Was ist jetzt los?") == "Was ist jetzt los?"


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # a journey written down, then an alarm "that day"
    ("es", ["Apúntame en el calendario el tren a Valencia, el viernes a las ocho y cuarto.",
            "Y ponme el despertador ese día a las seis."],
     {"new": [{"kind": "event", "start": "2026-12-04T08:15", "about": ["Valencia"]},
              {"kind": "alarm", "time": "06:00", "date": "2026-12-04"}]}),
    ("de", ["Trag mir den Flug nach Wien am Donnerstag ein, der geht um neun Uhr.",
            "Und weck mich an dem Tag um fünf."],
     {"new": [{"kind": "event", "start": "2026-12-03T09:00", "about": ["Wien"]},
              {"kind": "alarm", "time": "05:00", "date": "2026-12-03"}]}),
    # a stay with its end, the end then moved to a later day
    ("en", ["Put our stay at the Seaview Hotel in the calendar: checking in Friday at 3pm "
            "and checking out Sunday at 10am.", "Sorry, we check out Monday, same time."],
     {"new": [{"kind": "event", "start": "2026-12-04T15:00", "end": "2026-12-07T10:00",
               "about": ["Seaview"]}]}),
    ("it", ["Segna in agenda la gita a Siena da venerdì alle nove fino a sabato alle "
            "venti.", "Alla fine torno domenica, alla stessa ora."],
     {"new": [{"kind": "event", "start": "2026-12-04T09:00", "end": "2026-12-06T20:00",
               "about": ["Siena"]}]}),
    # "the one of …" after an alarm was talked about
    ("es", ["Borra la alarma de los días laborables.",
            "Y el de mañana a las siete y cuarto, cámbialo a las nueve."],
     {"gone": ["A1"], "changed": {"A2": {"time": "09:00"}}}),
    # an old time said with "instead of"
    ("es", ["El recordatorio de llamar al dentista, pónmelo a las nueve en vez de a las "
            "diez."], {"changed": {"R1": {"due": "2026-12-01T09:00"}}}),
    # a French alarm at "trois heures" is at 3 in the morning
    ("fr", ["Mets-moi une alarme samedi à quatre heures quinze."],
     {"new": [{"kind": "alarm", "time": "04:15", "date": "2026-12-05"}]}),
    # a named thing first, then "it", after another thing was made
    ("en", ["Put my Rome trip in the calendar from Thursday at 9am till Saturday at 5pm.",
            "Oh and the team meeting on Tuesday, move it to Wednesday."],
     {"new": [{"kind": "event", "start": "2026-12-03T09:00", "end": "2026-12-05T17:00",
               "about": ["Rome"]}], "changed": {"E1": {"start": "2026-12-02T09:00"}}}),
    # a list correction typed without commas
    ("en", ["add sunglasses to the shopping list", "not sunglasses my straw hat"],
     {"added_items": {"shopping": ["straw hat"]}}),
    # a new list named with "call it", then things put on it with a shorthand "and"
    ("en", ["Make a new list for me, call it camping.", "put the tent on it", "n the stove"],
     {"added_items": {"camping": ["tent", "stove"]}}),
    # one of two things just added said not meant, another in its place
    ("fr", ["Ajoute des chips et des biscuits à la liste de courses.",
            "Non, pas des biscuits, des clémentines."],
     {"added_items": {"shopping": ["chips", "clémentines"]}}),
    ("it", ["Aggiungi alla lista della spesa il pecorino e le olive.",
            "Aspetta, le olive no, metti i capperi che durano di più."],
     {"added_items": {"shopping": ["pecorino", "capperi"]}}),
    # a reminder the evening before the event just made
    ("de", ["Trag mir am Freitag den Zug nach Basel ein, um acht Uhr.",
            "Und erinnere mich am Abend vorher um neun, dass ich packe."],
     {"new": [{"kind": "event", "start": "2026-12-04T08:00", "about": ["Basel"]},
              {"kind": "reminder", "due": "2026-12-03T21:00", "about": ["packe"]}]}),
    # a new timer asked for with "a", its length given next
    ("de", ["Stell mir mal einen Timer für die Knödel, ich pack noch.", "Zwölf Minuten, gell."],
     {"new": [{"kind": "timer", "seconds": 720, "name": "Knödel"}]}),
    # a reason first, then an adding to the list just made
    ("fr", ["Fais-moi une liste qui s'appelle sac et mets dessus la crème solaire.",
            "Et vu qu'il fait froid le soir, rajoute un pull."],
     {"added_items": {"sac": ["crème solaire", "pull"]}}),
    # an event's end on a later day, the title said after it
    ("it", ["Segna in calendario che da giovedì alle otto fino a sabato alle venti sono a "
            "Trieste per il convegno."],
     {"new": [{"kind": "event", "start": "2026-12-03T08:00", "end": "2026-12-05T20:00",
               "about": ["Trieste"]}]}),
    # an event cancelled by its title with "that", a reason after it
    ("en", ["Put a trip to Cork in the calendar on Thursday at 8am.",
            "Ah no, scrap that Cork trip altogether, the car's broken down."], {}),
    # "put down" is the verb; "it's now" the whole span
    ("en", ["Put down a weekend in Whitby in the calendar, Friday from 5pm till Sunday at "
            "noon."],
     {"new": [{"kind": "event", "start": "2026-12-04T17:00", "end": "2026-12-06T12:00",
               "about": ["weekend in Whitby"]}]}),
    # the undo of an event just made, said with a reason
    ("it", ["Mettimi in agenda il pullman per Pisa sabato alle dieci.",
            "Ah no, lascia perdere, cancellalo, mi accompagna mio fratello."], {}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "trip")


@pytest.mark.parametrize(("lang", "turns", "said"), [
    ("en", ["change my weekday alarm to 7", "great, what's it on now?"], "7 AM"),
    ("en", ["Sound. An' whit time's the team meeting on Tuesday again?"], "9 AM"),
    ("de", ["Lösch das Abendessen mit Anna.", "Was hab ich jetzt am Freitag?"], "nichts"),
    ("fr", ["Le souper avec Anna vendredi, c'est à quelle heure ?"], "19 h 30"),
    ("it", ["Oh, e già che ci sei, a che ora è la riunione di squadra domani?"], "9:00"),
    ("en", ["Put my Lisbon trip in the calendar from Wednesday at 7am till Friday at 8pm.",
            "What time's the Lisbon thing start?"], "7 AM"),
    ("it", ["O icché c'è sulla lista della spesa? Stasera passo dal mercato."], "latte"),
])
def test_questions(lang: str, turns: list[str], said: str) -> None:
    names = {"names": lang} if lang != "en" else {}
    row = {"lang": lang, "kind": "trip", "turns": turns, "expect": {}, **names}
    ok, answers, diff = asyncio.run(judge(row))
    assert said in answers[-1], (answers, diff)
