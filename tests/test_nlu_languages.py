"""German, French, Spanish and Italian alarms, timers and reminders: the rule templates
(alarm set/query/remove), the time finder that replaces the English-trained CRF on the
model path, and whole conversations through the Assistant on a real SQLite store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hark.nlu.engine import NLU
from hark.nlu.time_spans import find_time_spans, with_repeat_time
from hark.types import Slot

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 5, 0, tzinfo=PARIS)  # a Friday, before seven


@pytest.fixture(scope="module")
def nlu() -> NLU:
    return NLU.load("default")


@pytest.mark.parametrize(("lang", "text", "name", "raw", "expect"), [
    ("de", "stell einen Wecker für sieben Uhr", "time", "sieben Uhr", {"time": "07:00"}),
    ("de", "weck mich morgen um halb acht", "time", "morgen um halb acht",
     {"datetime": "2026-11-28T07:30:00+01:00"}),
    ("de", "erinnere mich in zehn Minuten an den Tee", "time", "in zehn Minuten",
     {"datetime": "2026-11-27T05:10:00+01:00", "relative": True}),
    ("de", "stell einen Timer für fünf Minuten", "duration", "fünf Minuten",
     {"seconds": 300}),
    ("de", "Wecker jeden Montag um sechs", "general_frequency", "jeden Montag um sechs",
     {"freq": "weekly", "byday": ["MO"], "time": "18:00"}),  # the alarm skill: 6 am
    ("fr", "réveille-moi à sept heures", "time", "sept heures", {"time": "07:00"}),
    ("fr", "mets un réveil à 7h30", "time", "7h30", {"time": "07:30"}),
    ("fr", "quel temps fera-t-il samedi", "date", "samedi", {"date": "2026-11-28"}),
    ("es", "despiértame a las seis y media", "time", "seis y media", {"time": "06:30"}),
    ("es", "recuérdame comprar leche el viernes", "date", "viernes",
     {"date": "2026-11-27"}),
    ("it", "imposta una sveglia per le otto domani", "time", "otto domani",
     {"datetime": "2026-11-28T08:00:00+01:00"}),
    ("it", "ricordami di chiamare la mamma domani alle cinque del pomeriggio", "time",
     "domani alle cinque del pomeriggio", {"datetime": "2026-11-28T17:00:00+01:00"}),
])
def test_time_spans(lang: str, text: str, name: str, raw: str, expect: dict) -> None:
    found = find_time_spans(text, NOW, lang)
    assert len(found) == 1, found
    s = found[0]
    assert (s.name, s.raw) == (name, raw)
    assert text[s.start : s.end] == raw
    assert {k: s.value.get(k) for k in expect} == expect


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "spiel etwas Musik"), ("de", "spiel die fünf besten Lieder"),
    ("fr", "allume la lumière"), ("es", "cuéntame un chiste"), ("it", "che tempo fa"),
])
def test_no_time_no_span(lang: str, text: str) -> None:
    assert find_time_spans(text, NOW, lang) == []


@pytest.mark.parametrize(("lang", "text", "raw", "kind"), [
    # an indefinite article after a day is no one o'clock …
    ("de", "Klingelt am Samstag ein Wecker?", "Samstag", "date"),
    ("es", "¿Suena el sábado una alarma?", "sábado", "date"),
    # … unless a clock's preposition comes first, or it is a length
    ("de", "Wecker am Samstag um ein Uhr", "Samstag um ein Uhr", "datetime"),
    ("es", "Despiértame el sábado a la una", "sábado a la una", "datetime"),
    ("it", "Svegliami sabato alle una", "sabato alle una", "datetime"),
    ("es", "Pon un temporizador de una hora", "una hora", "duration"),
])
def test_an_article_is_no_hour(lang: str, text: str, raw: str, kind: str) -> None:
    found = find_time_spans(text, NOW, lang)
    assert [(s.raw, s.value["kind"]) for s in found] == [(raw, kind)]


def test_repeat_time_fills_time() -> None:
    rep = Slot("general_frequency", "jeden Montag um sechs",
               {"kind": "recurrence", "freq": "weekly", "byday": ["MO"], "time": "06:00"})
    out = with_repeat_time([rep])
    assert [s.name for s in out] == ["general_frequency", "time"]
    assert out[1].value == {"kind": "time", "time": "06:00"}
    at_seven = Slot("time", "sieben", {"kind": "time", "time": "07:00"})
    assert with_repeat_time([rep, at_seven]) == [rep, at_seven]


@pytest.mark.parametrize(("text", "intent", "time"), [
    ("stell einen Wecker für sieben Uhr", "alarm_set", "07:00"),
    ("weck mich bitte um viertel nach sechs", "alarm_set", "06:15"),
    ("mets un réveil à 7h30", "alarm_set", "07:30"),
    ("réveille-moi à six heures et demie", "alarm_set", "06:30"),
    ("pon una alarma a las ocho", "alarm_set", "08:00"),
    ("despiértame a las siete y cuarto", "alarm_set", "07:15"),
    ("imposta una sveglia alle sei", "alarm_set", "06:00"),
    ("svegliami alle sette", "alarm_set", "07:00"),
    ("welche Wecker habe ich", "alarm_query", None),
    ("quels réveils ai-je", "alarm_query", None),
    ("qué alarmas tengo", "alarm_query", None),
    ("che sveglie ho", "alarm_query", None),
    ("lösche den Wecker um sieben Uhr", "alarm_remove", "07:00"),
    ("supprime mon réveil de 7h30", "alarm_remove", "07:30"),
    ("borra la alarma de las ocho", "alarm_remove", "08:00"),
    ("cancella la sveglia delle sei", "alarm_remove", "06:00"),
])
def test_alarm_rules(nlu: NLU, text: str, intent: str, time: str | None) -> None:
    u = nlu.parse(text, now=NOW)
    assert (u.intent, u.source, u.in_scope) == (intent, "rules", True), u
    times = [s.value.get("time") for s in u.slots if s.name == "time"]
    assert times == ([time] if time else [])


def test_alarm_rule_needs_a_time(nlu: NLU) -> None:
    # "für die Küche" is no time: the template does not claim it, the model decides
    u = nlu.parse("stell einen Wecker für die Küche", now=NOW, lang="de")
    assert u.source == "model"


def test_model_path_slots_in_german(nlu: NLU) -> None:
    u = nlu.parse("erinnere mich in zehn Minuten an den Tee", now=NOW, lang="de")
    assert u.source == "model"
    assert [(s.name, s.raw) for s in u.slots] == [("time", "in zehn Minuten")]


async def test_alarm_conversation_in_four_languages(tmp_path: Path) -> None:
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store, alarms

    settings = Settings(data_dir=tmp_path, timezone="Europe/Paris", home_location="")
    store = Store.open(settings)
    try:
        a = Assistant(settings, store=store)
        for text in ("stell einen Wecker für sieben Uhr", "mets un réveil à 7h30",
                     "pon una alarma a las ocho", "svegliami alle sei e mezza"):
            r = await a.handle_text(text, now=NOW)
            assert r.intent == "alarm_set" and r.decision == "execute", r
        with store.session() as db:
            got = sorted(al.time_of_day.strftime("%H:%M") for al in alarms.list_for(db))
        assert got == ["06:30", "07:00", "07:30", "08:00"]
        r = await a.handle_text("welche Wecker habe ich", now=NOW)
        assert r.intent == "alarm_query", r
        assert r.response_text.startswith("Du hast 4 Wecker: heute um 6:30 Uhr, "), r
        r = await a.handle_text("lösche den Wecker um sieben Uhr", now=NOW)
        assert r.intent == "alarm_remove" and r.decision == "confirm", r
        r = await a.handle_text("ja", session_id=r.session_id, now=NOW)
        with store.session() as db:
            got = sorted(al.time_of_day.strftime("%H:%M") for al in alarms.list_for(db))
        assert got == ["06:30", "07:30", "08:00"], r
    finally:
        store.close()


def test_eval_rows_with_a_language_are_detected_and_scored_per_language(nlu: NLU) -> None:
    from hark.nlu.dataset import Example
    from hark.nlu.evaluate import evaluate

    rows = [Example("stell einen Timer für fünf Minuten", "timer_set", meta={"lang": "de"}),
            Example("quelle heure est-il", "datetime_query", meta={"lang": "fr"}),
            Example("apaga la luz de la cocina", "iot_hue_lightoff", meta={"lang": "es"}),
            Example("che tempo fa domani", "weather_query", meta={"lang": "it"})]
    out = evaluate(nlu, rows)
    assert set(out["by_lang"]) == {"de", "fr", "es", "it"}
    assert all(v["n"] == 1 and v["language_id_accuracy"] == 1.0
               for v in out["by_lang"].values()), out["by_lang"]
    assert out["intent_accuracy"] == 1.0, out


def test_server_warm_up_loads_every_language_template_set() -> None:
    """The server warms all five languages at start, so a first question in French does
    not pay the template load (0.5–1.4 s)."""
    from hark.assistant import _NLU_CACHE, nlu_understand, warm_nlu_languages
    from hark.nlu.rules import matcher

    nlu_understand()("hello", NOW, "en")
    warm_nlu_languages()
    loaded = {key[0] for key in matcher._CACHE}
    assert {"en", "de", "fr", "es", "it"} <= loaded
    assert _NLU_CACHE  # the shared model was loaded once and warmed


def test_warm_up_builds_number_words_before_the_first_question(monkeypatch) -> None:  # noqa: ANN001
    """hassil builds its spelled-out number tries lazily, inside a user's first "auf
    fünfzig Prozent"; the warm-up builds them, and matching then builds none."""
    from collections import defaultdict

    from hassil import string_matcher

    from hark.nlu.rules import RuleMatcher

    monkeypatch.setattr(string_matcher, "_RANGE_TRIE_CACHE", defaultdict(dict))
    m = RuleMatcher()
    m.warm_up(["de"])
    built = dict(string_matcher._RANGE_TRIE_CACHE["de"])
    assert built  # the brightness, temperature… ranges
    u = m.match("Stell die Helligkeit im Wohnzimmer auf fünfzig Prozent", "de")
    assert u is not None and u.intent == "iot_hue_lightchange"
    assert any(s.value in (50, "50") or s.raw == "fünfzig" for s in u.slots), u.slots
    assert string_matcher._RANGE_TRIE_CACHE["de"] == built  # used, none built late


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("Regnet es morgen in Hamburg?", "de", ["Hamburg"]),
    ("Wetter in Frankfurt am Main", "de", ["Frankfurt am Main"]),
    ("Va-t-il pleuvoir à Lyon demain ?", "fr", ["Lyon"]),
    ("¿Hará calor en Río de Janeiro el sábado?", "es", ["Río de Janeiro"]),
    ("pioverà a milano domani", "it", ["milano"]),  # lower case: a city of the zone table
    ("brauche ich morgen einen Regenschirm", "de", []),
    ("il fait froid en ce moment", "fr", []),
    ("wie spät ist es in Tokio wenn es in Berlin 15 Uhr ist", "de", ["Tokio", "Berlin"]),
])
def test_place_spans(text: str, lang: str, places: list[str]) -> None:
    from hark.nlu.place_spans import find_place_spans

    found = find_place_spans(text, lang)
    assert [s.raw for s in found] == places
    assert all(text[s.start : s.end] == s.raw for s in found)


def test_model_path_weather_has_place_and_day(nlu: NLU) -> None:
    u = nlu.parse("Regnet es morgen in Hamburg?", now=NOW, lang="de")
    assert (u.intent, u.source) == ("weather_query", "model"), u
    assert sorted((s.name, s.raw) for s in u.slots) == [("date", "morgen"),
                                                        ("place_name", "Hamburg")]


@pytest.mark.parametrize(("text", "slots"), [
    ("quel temps fera-t-il à Paris samedi", [("place_name", "Paris"), ("date", "samedi")]),
    ("qué tiempo hace en Buenos Aires el domingo",
     [("place_name", "Buenos Aires"), ("date", "el domingo")]),
    ("wie wird das Wetter für Montag", [("date", "Montag")]),
])
def test_weather_rule_keeps_the_day_out_of_the_place(nlu: NLU, text: str,
                                                     slots: list[tuple[str, str]]) -> None:
    u = nlu.parse(text, now=NOW)
    assert (u.intent, u.source) == ("weather_query", "rules"), u
    assert [(s.name, s.raw) for s in u.slots] == slots
    assert all(text[s.start : s.end] == s.raw for s in u.slots)
    assert all(s.value for s in u.slots)  # the day is normalised


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("Spiel etwas von Queen", "play_music", {"artist_name": "Queen"}),
    ("Sag den Zahnarzttermin morgen ab", "calendar_remove",
     {"event_name": "Zahnarzttermin", "date": "morgen"}),
    ("schreib Anna eine Mail", "email_sendemail", {"person": "Anna"}),
    ("mets du Stromae", "play_music", {"artist_name": "Stromae"}),
    ("crea una lista llamada viaje", "lists_createoradd", {"list_name": "viaje"}),
    ("cancella l'appuntamento dal dentista di domani", "calendar_remove",
     {"event_name": "appuntamento dal dentista", "date": "domani"}),
    ("raccontami una barzelletta sui gatti", "general_joke", {"joke_type": "gatti"}),
])
def test_model_path_names_in_other_languages(nlu: NLU, text: str, intent: str,
                                             slots: dict[str, str]) -> None:
    """Names (artist, event, person, list, topic) come from the slot CRF, which learnt
    them from Hark's de/fr/es/it examples; times and dates from the language's finder."""
    u = nlu.parse(text, now=datetime(2026, 11, 27, 9, 0, tzinfo=ZoneInfo("Europe/Paris")),
                  use_rules=False)  # "crea una lista llamada…" has a rule as well
    assert u.intent == intent and u.source == "model"
    assert {s.name: s.raw for s in u.slots} == slots


@pytest.mark.parametrize(("text", "places", "time"), [
    ("Quelle heure est-il à Tokyo quand il est 15 h à Paris ?", ["Tokyo", "Paris"], "15 h"),
    ("wie spät ist es in Tokio wenn es in Berlin 15 Uhr ist", ["Tokio", "Berlin"], "15 Uhr"),
])
def test_time_in_a_city_when_it_is_a_time_elsewhere(nlu: NLU, text: str, places: list[str],
                                                   time: str) -> None:
    """The "time in {place}" rule does not swallow a second clause as the place; the
    model reads it as a conversion with both places and the time."""
    u = nlu.parse(text)
    assert u.intent == "datetime_convert"
    assert [s.raw for s in u.slots if s.name == "place_name"] == places
    assert [s.raw for s in u.slots if s.name == "time"] == [time]


@pytest.mark.parametrize(("text", "language", "intent"), [
    ("Es ist mir zu hell", "de", "iot_hue_lightdim"),
    ("Es ist zu dunkel im Wohnzimmer", "de", "iot_hue_lightup"),
    ("c'est trop lumineux dans le salon", "fr", "iot_hue_lightdim"),
    ("il fait trop sombre ici", "fr", "iot_hue_lightup"),
    ("hay demasiada luz", "es", "iot_hue_lightdim"),
    ("está muy oscuro aquí", "es", "iot_hue_lightup"),
    ("c'è troppa luce", "it", "iot_hue_lightdim"),
    ("è troppo buio qui", "it", "iot_hue_lightup"),
])
def test_too_bright_or_too_dark_asks_for_the_lights(text: str, language: str,
                                                     intent: str) -> None:
    from hark.nlu.rules.matcher import RuleMatcher

    hit = RuleMatcher().match(text, language)
    assert hit is not None and hit.intent == intent


def test_readers_never_take_a_sentence_of_another_intent() -> None:
    """Every de/fr/es/it training sentence that the unit, date-question or move readers
    catch carries their intent (7,400 sentences written for other intents too: podcasts
    "avance de trente secondes", "décalage avec la Réunion", "bis ein Taxi hier ist")."""
    import json
    from pathlib import Path

    from hark.nlu import date_questions, home_requests, move_requests, status_questions
    from hark.text import unit_words

    data = Path(__file__).parents[1] / "src" / "hark" / "nlu" / "data"
    wrong, caught = [], 0
    for path in sorted(data.glob("extra_multilingual*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            text, lang = row["text"], row["lang"]
            for intent, read in (("qa_maths", unit_words.parse),
                                 ("datetime_query", date_questions.find),
                                 ("calendar_set", move_requests.find),
                                 ("iot_query", lambda t, lang: status_questions.find(t, lang)
                                  or None),
                                 ("", home_requests.find)):  # its intent comes with it
                got = read(text, lang)
                if got is not None:
                    caught += 1
                    said = intent or got[0]
                    if row["intent"] != said:
                        wrong.append((text, row["intent"], said))
                    break
    assert caught > 200 and wrong == []


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Erstelle eine Liste namens Urlaub", "de", "Urlaub"),
    ("leg mir bitte eine neue Liste mit dem Namen Umzug an", "de", "Umzug"),
    ("crée une liste appelée vacances", "fr", "vacances"),
    ("crea una lista llamada viaje", "es", "viaje"),
    ("crea una nuova lista chiamata regali", "it", "regali"),
])
def test_a_named_list_is_created(text: str, language: str, name: str) -> None:
    from hark.nlu.rules.matcher import RuleMatcher

    hit = RuleMatcher().match(text, language)
    assert hit is not None and hit.intent == "lists_createoradd"
    assert [(s.name, s.raw) for s in hit.slots] == [("list_name", name)]
