"""Answers in the user's language: the formatters (durations, days, repeats, lists), the
room names in five languages, and whole German/French/Spanish/Italian conversations
through the Assistant on a real SQLite store (alarms, timers, lights, weather offline,
confirmation)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hark.nlu.rules.lexicon import area_name, area_of, find_areas
from hark.skills.providers import lang
from hark.skills.providers.phrases import TEMPLATES
from tests.server_util import free_port

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 27, 5, 0, tzinfo=PARIS)  # a Friday, before seven


@pytest.mark.parametrize(("seconds", "language", "said"), [
    (0, "en", "0 seconds"),
    (45, "en", "45 seconds"),
    (270, "en", "4 minutes and 30 seconds"),
    (3600 + 300, "en", "1 hour and 5 minutes"),
    (3600 + 30, "en", "1 hour"),
    (300, "de", "5 Minuten"),
    (61, "de", "1 Minute und 1 Sekunde"),
    (7200 + 60, "fr", "2 heures et 1 minute"),
    (90, "es", "1 minuto y 30 segundos"),
    (3600, "it", "1 ora"),
    (1800, "it", "30 minuti"),
])
def test_say_duration(seconds: int, language: str, said: str) -> None:
    assert lang.say_duration(seconds, language) == said


@pytest.mark.parametrize(("d", "language", "said"), [
    (date(2026, 11, 27), "de", "heute"),
    (date(2026, 11, 28), "fr", "demain"),
    (date(2026, 11, 30), "es", "el lunes"),
    (date(2026, 12, 1), "it", "martedì"),
    (date(2026, 12, 24), "de", "am 24. Dezember"),
    (date(2026, 12, 24), "es", "el 24 de diciembre"),
    (date(2026, 11, 28), "en", "tomorrow"),
])
def test_say_day(d: date, language: str, said: str) -> None:
    assert lang.say_day(d, date(2026, 11, 27), language) == said


def test_repeats_lists_and_clock() -> None:
    assert lang.say_repeat((0, 1, 2, 3, 4), "de") == "werktags"
    assert lang.say_repeat((0, 3), "de") == "jeden Montag und Donnerstag"
    assert lang.say_repeat(tuple(range(7)), "fr") == "tous les jours"
    assert lang.say_repeat((5, 6), "it") == "nel fine settimana"
    assert lang.join(["a", "b", "c"], "es") == "a, b y c"
    assert lang.join(["a", "b"], "fr", lang.OR) == "a ou b"
    at = datetime(2026, 1, 1, 1, 30)
    assert lang.say_at(at, "es") == "a la 1:30"
    assert lang.say_at(at.replace(hour=7), "de") == "um 7:30 Uhr"
    assert lang.say_at(at.replace(hour=7), "it") == "alle 7:30"


def test_every_key_has_english_and_every_placeholder_matches() -> None:
    import string

    def fields(s: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(s) if f}

    for code, table in TEMPLATES.items():
        for key, text in table.items():
            assert key in TEMPLATES["en"], (code, key)
            assert fields(text) <= fields(TEMPLATES["en"][key]) | {"where"}, (code, key)
    for code in ("de", "fr", "es", "it"):  # every answer the skills give is translated
        missing = set(TEMPLATES["en"]) - set(TEMPLATES[code])
        assert not missing, (code, missing)


@pytest.mark.parametrize(("room", "area"), [
    ("Wohnzimmer", "living_room"), ("living room", "living_room"), ("salle de bains", "bathroom"),
    ("salle de bain", "bathroom"), ("cocina", "kitchen"), ("camera da letto", "bedroom"),
    ("attic", None),
])
def test_area_of(room: str, area: str | None) -> None:
    assert area_of(room) == area


def test_area_names_and_finding() -> None:
    assert area_name("living room", "de") == "Wohnzimmer"
    assert area_name("kitchen", "es") == "cocina"
    assert area_name("attic", "fr") == "attic"
    text = "mach das Licht im Wohnzimmer und in der Küche aus"
    assert [(a, text[s:e]) for a, s, e in find_areas(text, "de")] == [
        ("living_room", "Wohnzimmer"), ("kitchen", "Küche")]
    assert find_areas("camera da letto", "it") == [("bedroom", 0, 15)]  # not "camera"


def test_model_path_finds_the_room() -> None:
    from hark.nlu.engine import NLU

    u = NLU.load("default").parse("ich brauche mehr Licht in der Küche", now=NOW, lang="de")
    assert u.source == "model" and u.intent.startswith("iot_hue_"), u
    assert [(s.name, s.raw, s.value) for s in u.slots] == [("house_place", "Küche", "kitchen")]
    u = NLU.load("default").parse("Licht im Schlafzimmer bitte heller", now=NOW, lang="de")
    assert (u.intent, u.source) == ("iot_hue_lightup", "rules"), u


@pytest.fixture
async def assistant(tmp_path: Path):  # noqa: ANN201
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    port = free_port()  # nothing listens: the weather service is unreachable
    settings = Settings(data_dir=tmp_path, timezone="Europe/Paris", home_location="",
                        weather_url=f"http://127.0.0.1:{port}/v1/forecast",
                        geocoding_url=f"http://127.0.0.1:{port}/v1/search",
                        http_timeout_s=0.5)
    store = Store.open(settings)
    try:
        yield Assistant(settings, store=store), store
    finally:
        store.close()


async def test_german_conversation(assistant) -> None:  # noqa: ANN001
    from hark.store import alarms

    a, store = assistant
    r = await a.handle_text("stell einen Wecker für sieben Uhr", now=NOW)
    assert r.response_text == "Okay, der Wecker ist gestellt: heute um 7:00 Uhr.", r
    r = await a.handle_text("stell einen Timer für fünf Minuten", now=NOW)
    assert (r.intent, r.response_text) == ("timer_set", "Okay, der Timer läuft: 5 Minuten."), r
    r = await a.handle_text("mach das Licht im Wohnzimmer aus", now=NOW)
    assert r.response_text == "Okay, das Licht (Wohnzimmer) ist aus.", r
    assert r.display["devices"] and all(d["room"] == "living room" and not d["state"]["on"]
                                        for d in r.display["devices"])
    r = await a.handle_text("schalte das Licht im Keller an", now=NOW)
    assert r.response_text == "Im Raum Keller finde ich keine Lampen.", r
    r = await a.handle_text("lösche den Wecker um sieben Uhr", now=NOW)
    assert r.decision == "confirm", r
    assert r.response_text.startswith("Nur zur Sicherheit: den Wecker löschen"), r
    r = await a.handle_text("nein", session_id=r.session_id, now=NOW)
    assert r.response_text == "Okay, dann nicht.", r
    with store.session() as db:
        assert len(alarms.list_for(db)) == 1  # declined: nothing removed


@pytest.mark.parametrize(("text", "expect"), [
    ("quel temps fait-il à Paris", "Je ne peux pas joindre le service météo pour le moment."),
    ("che tempo fa a Roma", "Ora non riesco a raggiungere il servizio meteo."),
    ("mets un minuteur de dix minutes", "D'accord, minuteur lancé : 10 minutes."),
    ("pon una alarma a las ocho", "Vale, alarma puesta: hoy a las 8:00."),
    ("svegliami alle sei e mezza", "Va bene, sveglia impostata: oggi alle 6:30."),
])
async def test_answers_in_the_language_asked(assistant, text: str, expect: str) -> None:  # noqa: ANN001
    a, _ = assistant
    r = await a.handle_text(text, now=NOW)
    assert r.response_text == expect, r


@pytest.mark.parametrize(("text", "intent", "room", "value"), [
    ("schalte das Licht im Keller an", "iot_hue_lighton", "Keller", "Keller"),
    ("mach im Keller das Licht aus", "iot_hue_lightoff", "Keller", "Keller"),
    ("mach das Licht im Wohnzimmer aus", "iot_hue_lightoff", "Wohnzimmer", "living_room"),
    ("éteins la lumière du grenier", "iot_hue_lightoff", "grenier", "grenier"),
    ("allume la lumière de la cuisine", "iot_hue_lighton", "cuisine", "kitchen"),
    ("apaga la luz del sótano", "iot_hue_lightoff", "sótano", "sótano"),
    ("spegni la luce della cantina", "iot_hue_lightoff", "cantina", "cantina"),
])
def test_lights_in_any_room(text: str, intent: str, room: str, value: str) -> None:
    """A room Home Assistant's list lacks still gives on/off and the room (a listed area
    wins over the wildcard)."""
    from hark.nlu.engine import NLU

    u = NLU.load("default").parse(text, now=NOW)
    assert (u.intent, u.source) == (intent, "rules"), u
    assert [(s.name, s.raw, s.value) for s in u.slots] == [("house_place", room, value)]


@pytest.mark.parametrize(("text", "expect"), [
    ("erinnere mich in zehn Minuten an den Tee",
     "Okay, ich erinnere dich heute um 5:10 Uhr: den Tee."),
    ("rappelle-moi d'appeler maman demain à cinq heures",
     "D'accord, je vous le rappellerai demain à 17 h 00 : appeler maman."),
    ("recuérdame comprar leche el viernes",
     "Vale, te lo recordaré hoy a las 9:00: comprar leche."),  # NOW is a Friday
    ("ricordami di chiamare la mamma domani alle cinque del pomeriggio",
     "Va bene, te lo ricorderò domani alle 17:00: chiamare la mamma."),
    ("erinnere mich jeden Montag um acht an den Müll",
     "Okay, ich erinnere dich jeden Montag um 8:00 Uhr: den Müll."),
    # a day offset with a clock time ("Uhr" is part of the time, not of the reminder)
    ("erinnere mich in zwei Tagen um 9 Uhr an den Müll",
     "Okay, ich erinnere dich am Sonntag um 9:00 Uhr: den Müll."),
    ("rappelle-moi dans deux jours à 9h d'appeler maman",
     "D'accord, je vous le rappellerai dimanche à 9 h 00 : appeler maman."),
    ("recuérdame dentro de dos días a las 9 llamar a mamá",
     "Vale, te lo recordaré el domingo a las 9:00: llamar a mamá."),
    ("ricordami tra due giorni alle 9 di chiamare la mamma",
     "Va bene, te lo ricorderò domenica alle 9:00: chiamare la mamma."),
    ("remind me in two days at 9am to call mum",
     "Okay, I'll remind you to call mum at 9 AM on Sunday."),
    # English: the time words are cut tight, so "about the tea" stays the reminder
    ("remind me in ten minutes about the tea",
     "Okay, I'll remind you about the tea at 5:10 AM today."),
])
async def test_reminders_in_five_languages(assistant, text: str, expect: str) -> None:  # noqa: ANN001
    from hark.store import reminders

    a, store = assistant
    r = await a.handle_text(text, now=NOW)
    assert (r.action, r.response_text) == ("reminder.set", expect), r
    with store.session() as db:
        assert len(reminders.list_for(db)) == 1


@pytest.mark.parametrize(("text", "expect"), [
    ("wie spät ist es in Tokio", "In Tokio ist es 13:00 Uhr."),
    ("quelle heure est-il à Pékin", "À Pékin, il est 12 h 00."),
    ("qué hora es en Londres", "En Londres son las 4:00."),
    ("che ore sono a Parigi", "A Parigi sono le 5:00."),
    ("wie spät ist es in München", "In München ist es 5:00 Uhr."),
])
async def test_time_in_a_city_named_in_its_language(assistant, text: str, expect: str) -> None:  # noqa: ANN001
    a, _ = assistant
    r = await a.handle_text(text, now=NOW)
    assert (r.intent, r.response_text) == ("datetime_query", expect), r


async def test_what_fires_speaks_the_language_it_was_set_in(assistant) -> None:  # noqa: ANN001
    """Set in German through the Assistant, stored with its language (real SQLite),
    fired by the scheduler, announced in German; old English items stay English."""
    from datetime import timedelta

    from hark.scheduler import Scheduler
    from hark.skills.timers import fired_event
    from hark.store import timers

    a, store = assistant
    r = await a.handle_text("stell einen Timer für fünf Minuten", now=NOW)
    assert r.action == "timer.set", r
    r = await a.handle_text("stell einen Wecker für sieben Uhr", now=NOW)
    assert r.action == "alarm.set", r
    r = await a.handle_text("erinnere mich in zehn Minuten an den Tee", now=NOW)
    assert r.action == "reminder.set", r
    with store.session() as db:
        timers.create(db, duration_s=60, name="eggs", now=NOW)  # English, the default
    fired: list[tuple[str, dict]] = []

    async def record(kind: str, item: dict) -> None:
        fired.append((kind, item))

    later = NOW + timedelta(hours=2, seconds=1)
    await Scheduler(store, record, clock=lambda: later, late_after_s=1e6).run_due()
    speech = {(k, i.get("name") or ""): fired_event(k, i).data["speech"] for k, i in fired}
    assert speech == {
        ("timer", ""): "Die Zeit ist um! Dein Timer ist abgelaufen.",
        ("timer", "eggs"): "Time's up! Your eggs timer is done.",
        ("alarm", ""): "Es ist 7:00 Uhr. Dein Wecker klingelt.",
        ("reminder", ""): "Erinnerung: den Tee.",
    }


async def test_one_shopping_list_for_every_language(assistant) -> None:  # noqa: ANN001
    """Each language names the shopping list its own way; it is one list, and each
    answer speaks the language asked."""
    from hark.store import lists

    a, store = assistant
    said = {
        "setz Eier und Butter auf die Einkaufsliste":
            "Okay, ich habe Eier und Butter auf deine Einkaufsliste gesetzt.",
        "añade leche a la lista de la compra": "Vale, he añadido leche a tu lista de la compra.",
        "aggiungi il pane alla lista della spesa":
            "Va bene, ho aggiunto pane alla tua lista della spesa.",  # the article not kept
        "was steht auf meiner Einkaufsliste":
            "Auf deiner Einkaufsliste stehen 4 Sachen: Eier, Butter, leche und pane.",
    }
    for text, expect in said.items():
        r = await a.handle_text(text, now=NOW)
        assert r.response_text == expect, r
    with store.session() as db:
        assert [i.text for i in lists.items(db, "shopping")] == ["Eier", "Butter", "leche",
                                                                 "pane"]
