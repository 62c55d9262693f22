"""Everyday requests in German, French, Spanish and Italian: the time words the span
finder reads, list items without their articles, and reminders or list entries that
name a device (the device is not switched now). Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.nlu.normalize import normalize
from hark.nlu.time_spans import find_time_spans
from hark.skills.lists import _bare

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 17, 0, tzinfo=LONDON)  # a Monday


def _spans(text: str, lang: str) -> list[tuple[str, str, object]]:
    return [(s.name, s.raw, s.value) for s in find_time_spans(text, NOW, lang)]


@pytest.mark.parametrize(("text", "lang", "when"), [
    # the date first: not 18:00 on the 8th
    ("Apunta la cena de empresa el 18 de diciembre a las 8 de la noche", "es",
     "2026-12-18T20:00:00+00:00"),
    ("Segna il concerto il 12 dicembre alle 21", "it", "2026-12-12T21:00:00+00:00"),
    ("Metti la cena il 24 dicembre alle 19: vigilia", "it", "2026-12-24T19:00:00+00:00"),
    ("Trag das Konzert am 14. Dezember um 20 Uhr ein", "de", "2026-12-14T20:00:00+00:00"),
    # a weekday and its day of the month, then the hour
    ("Segna la cena sabato 5 alle otto di sera", "it", "2026-12-05T20:00:00+00:00"),
    ("Mets le dîner samedi 5 à 20 heures", "fr", "2026-12-05T20:00:00+00:00"),
    ("Apunta la cena el sábado 5 a las ocho de la noche", "es", "2026-12-05T20:00:00+00:00"),
    ("Trag das Essen am Samstag, den 5., um acht Uhr abends ein", "de",
     "2026-12-05T20:00:00+00:00"),
    # the number after a clock's word is the hour, not the day
    ("Apunta un asado el domingo a las 13", "es", "2026-12-06T13:00:00+00:00"),
    ("Ajoute le pédiatre mercredi à 9h15", "fr", "2026-12-02T09:15:00+00:00"),
])
def test_a_date_and_an_hour(text: str, lang: str, when: str) -> None:
    times = [v for name, _, v in _spans(text, lang) if name == "time"]
    assert [v["datetime"] for v in times] == [when], times  # type: ignore[index]


@pytest.mark.parametrize(("text", "lang", "raw", "clock"), [
    # a 24-hour clock time ends a span ("19:00" is a known word)
    ("Pon una alarma a las 19:00, que me echo la siesta", "es", "19:00", "19:00"),
    ("Metti una sveglia alle 18:30, faccio un pisolino", "it", "18:30", "18:30"),
    ("Wecker um 6:45 Uhr bitte", "de", "6:45 Uhr", "18:45"),  # ambiguous: either half
])
def test_a_clock_time_with_a_colon(text: str, lang: str, raw: str, clock: str) -> None:
    got = _spans(text, lang)
    assert [(n, r) for n, r, _ in got] == [("time", raw)], got
    assert got[0][2]["time"] == clock  # type: ignore[index]


def test_italian_e_is_no_repeat() -> None:
    """ "è" folds to "and": "è alle 9" is a time, not "weekly"."""
    assert normalize("time", "è alle 9", NOW, "it") is None
    assert _spans("la riunione è alle 9.15", "it") == [
        ("time", "9.15", {"kind": "time", "time": "21:15",
                          "datetime": "2026-11-30T21:15:00+00:00", "ambiguous": True})]
    assert normalize("time", "ogni lunedì e giovedì", NOW, "it") == {
        "kind": "recurrence", "freq": "weekly", "byday": ["MO", "TH"]}


@pytest.mark.parametrize(("item", "lang", "bare"), [
    ("il burro", "it", "burro"), ("lo zucchero", "it", "zucchero"), ("l'olio", "it", "olio"),
    ("l’olio", "it", "olio"), ("un po' di pane", "it", "pane"), ("gli spinaci", "it", "spinaci"),
    ("latte", "it", "latte"), ("insalata", "it", "insalata"),
    ("du pain", "fr", "pain"), ("de la farine", "fr", "farine"), ("d'huile", "fr", "huile"),
    ("de l'adoucissant", "fr", "adoucissant"),
    ("les œufs", "fr", "œufs"), ("lessive", "fr", "lessive"), ("dentifrice", "fr", "dentifrice"),
    ("appeler le plombier", "fr", "appeler le plombier"),
    ("unos huevos", "es", "huevos"), ("un poco de queso", "es", "queso"),
    ("lasaña", "es", "lasaña"), ("más pan", "es", "pan"),
    ("die Milch", "de", "Milch"), ("ein paar Eier", "de", "Eier"),
    ("noch etwas Käse", "de", "Käse"), ("Dinkelmehl", "de", "Dinkelmehl"),
    ("the milk", "en", "the milk"),  # English has its own rule
])
def test_a_list_item_without_its_article(item: str, lang: str, bare: str) -> None:
    assert _bare(item, lang) == bare


@pytest.mark.parametrize(("text", "intent"), [
    # a reminder that names a device: remembered, not switched now
    ("Erinnere mich morgen um 9, den Staubsauger zu starten", "calendar_set"),
    ("rappelle-moi de lancer l'aspirateur à 18h", "calendar_set"),
    ("ricordami di spegnere la luce in cantina alle 22", "calendar_set"),
    ("remind me to switch on the vacuum at 6pm", "calendar_set"),
    # a list entry that names a chore a device does
    ("Schreib Fenster putzen auf meine To-do-Liste", "lists_createoradd"),
    ("ajoute passer l'aspirateur à ma liste de choses à faire", "lists_createoradd"),
    ("añade pasar la aspiradora a mi lista de tareas", "lists_createoradd"),
    # the address book is no list
    ("please add tom to my contact list", "email_addcontact"),
    # the devices themselves, still switched
    ("Lance l'aspirateur", "iot_cleaning"),
    ("Mach das Licht im Flur aus", "iot_hue_lightoff"),
])
def test_a_reminder_or_list_entry_is_not_a_command(text: str, intent: str) -> None:
    from hark.nlu.engine import NLU

    assert NLU.load("default").parse(text, now=NOW).intent == intent


@pytest.mark.parametrize(("text", "lang", "items", "name"), [
    ("Kannst du Haferflocken auf meine Einkaufsliste schreiben?", "de", "Haferflocken",
     "Einkauf"),
    ("Setz mal Keller aufräumen auf die To-do-Liste, danke", "de", "Keller aufräumen", "To-do"),
    ("Füg Lametta zu meiner Weihnachts-Liste hinzu", "de", "Lametta", "Weihnacht"),
    ("Rajoute du beurre pis de la crème à ma liste d'épicerie", "fr", "du beurre pis de la crème",
     "épicerie"),
    ("Pourriez-vous ajouter appeler le syndic à ma liste de choses à faire ?", "fr",
     "appeler le syndic", "choses à faire"),
    ("Agregá galletitas a la lista del súper", "es", "galletitas", "súper"),
    ("Apunta revisar las ruedas en mi lista de pendientes", "es", "revisar las ruedas",
     "pendientes"),
    ("Mi aggiungi il panettone alla lista dei regali di Natale?", "it", "il panettone",
     "regali di Natale"),
])
def test_what_goes_on_which_list(text: str, lang: str, items: str, name: str) -> None:
    from hark.text.list_entry import list_name, read

    entry = read(text, lang)
    assert entry is not None and entry.items == items
    assert list_name(entry.list, lang) == name


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Stell einen Timer für die Kartoffeln, zwölf Minuten", "de", "Kartoffeln"),
    ("Mets un minuteur de 8 minutes pour le riz", "fr", "riz"),
    ("Ponme un temporizador de 10 minutos para las lentejas", "es", "lentejas"),
    ("Metti un timer di 9 minuti per gli gnocchi", "it", "gnocchi"),
    ("Timer für die nächsten zehn Minuten", "de", ""),  # a length, no name
])
def test_a_timer_named_for_what_it_times(text: str, lang: str, name: str) -> None:
    from hark.skills.timers import _name_other

    assert _name_other(text, lang) == name


@pytest.mark.parametrize("article", [("fr", "une"), ("es", "una"), ("it", "una"), ("en", "one")])
def test_an_article_is_no_day_of_the_month(article: tuple[str, str]) -> None:
    lang, word = article
    assert normalize("date", word, NOW, lang) is None
    # nor another number said as a word ("alle undici" is an hour); in figures it is a day
    assert normalize("date", "undici", NOW, "it") is None
    assert normalize("date", "le 2", NOW, "fr") == {"kind": "date", "date": "2026-12-02"}


def _row(text: str, kind: str, expect: dict) -> dict:
    return {"text": text, "kind": kind, "expect": expect}


@pytest.mark.parametrize("row", [
    # "une alarme" had made every alarm said in French, Spanish or Italian tomorrow's
    _row("Mets une alarme à 19h30 pour la série", "alarm", {"time": "19:30", "date": "2026-11-30"}),
    _row("Pon una alarma a las 21:15", "alarm", {"time": "21:15", "date": "2026-11-30"}),
    _row("Metti una sveglia dal lunedì al venerdì alle 6:40", "alarm",
         {"time": "06:40", "repeat": ["MO", "TU", "WE", "TH", "FR"]}),
    _row("Stell mir einen Wecker für jeden Werktag um 5:50", "alarm",
         {"time": "05:50", "repeat": ["MO", "TU", "WE", "TH", "FR"]}),
    _row("Svegliami domani alle 7, ho il volo per Parigi", "alarm",
         {"time": "07:00", "date": "2026-12-01"}),
    # reminders said with the verb last, formally, or as a question
    _row("Kannst du mich übermorgen um 10 Uhr daran erinnern, den Reifenwechsel zu buchen?",
         "reminder", {"due": "2026-12-02T10:00", "about": ["Reifenwechsel"]}),
    _row("Erinnern Sie mich bitte am Freitag um 9 Uhr an die Steuer", "reminder",
         {"due": "2026-12-04T09:00", "about": ["Steuer"]}),
    _row("Tu peux me rappeler demain à 8h d'arroser les plantes ?", "reminder",
         {"due": "2026-12-01T08:00", "about": ["arroser", "plantes"]}),
    _row("¿Me recuerdas mañana a las 7 de la tarde sacar la basura?", "reminder",
         {"due": "2026-12-01T19:00", "about": ["basura"]}),
    _row("Mi ricordi, per favore, giovedì alle 18 di ritirare il pacco", "reminder",
         {"due": "2026-12-03T18:00", "about": ["pacco"]}),
    # timers with a length read as a clock time, or named
    _row("Veuillez lancer un minuteur de trois heures", "timer", {"seconds": 10800}),
    _row("Metti un timer di un'ora e un quarto per il brasato", "timer",
         {"seconds": 4500, "name": "brasato"}),
    # list entries
    _row("Gib bitte Semmeln und Topfen auf die Einkaufsliste", "list_add",
         {"list": "shopping", "items": ["Semmeln", "Topfen"]}),
    _row("Ajoute ranger le garage à ma liste de choses à faire", "list_add",
         {"list": "to-do", "items": ["ranger le garage"]}),
    _row("Aggiungi lo zucchero e un po' di farina alla lista della spesa", "list_add",
         {"list": "shopping", "items": ["zucchero", "farina"]}),
    # French "ma" is not rewritten as Scots "my" (the sentence stays French); Yorkshire
    # "me" still is in English ("a 45 minute timer for me break" is the break timer)
    _row("Start us a 20 minute timer for me brew", "timer", {"seconds": 1200, "name": "brew"}),
    _row("Tu peux mettre appeler le vétérinaire sur ma to-do ?", "list_add",
         {"list": "to-do", "items": ["appeler le vétérinaire"]}),
    # an event with its date before its hour
    _row("Apunta la cena de Navidad el 20 de diciembre a las 9 de la noche", "event",
         {"start": "2026-12-20T21:00", "about": ["cena"]}),
    # the list first, then what goes on it; asked politely; one pack of a thing
    _row("Auf meine To-do-Liste: Keller entrümpeln.", "list_add",
         {"list": "to-do", "items": ["Keller entrümpeln"]}),
    _row("Ajoute à ma liste de tâches : rappeler la banque.", "list_add",
         {"list": "to-do", "items": ["rappeler la banque"]}),
    _row("Aggiungi alla to-do: pagare il bollo.", "list_add",
         {"list": "to-do", "items": ["pagare il bollo"]}),
    _row("¿Sería tan amable de añadir un paquete de café a mi lista de la compra?", "list_add",
         {"list": "shopping", "items": ["café"]}),
    _row("Wären Sie so nett und schreiben Senf auf meinen Einkaufszettel?", "list_add",
         {"list": "shopping", "items": ["Senf"]}),
    # a date in figures; a reminder asked for last, or with "could you"
    _row("Note le 18/12 à 19h le spectacle de l'école dans l'agenda", "event",
         {"start": "2026-12-18T19:00", "about": ["spectacle"]}),
    _row("Übermorgen um sieben Uhr abends muss ich die Blumen gießen, erinner mich bitte.",
         "reminder", {"due": "2026-12-02T19:00", "about": ["Blumen"]}),
    _row("¿Me podría recordar el 10 de diciembre a las 9 de la mañana que llame al banco?",
         "reminder", {"due": "2026-12-10T09:00", "about": ["banco"]}),
    _row("Erinner mich in ner Viertelstunde an den Tee", "reminder",
         {"due": "2026-11-30T17:15", "about": ["Tee"]}),
    # the time said after "wake me"; an event framed as one, though it names coffee
    _row("Morgen muss ich um acht los, weck mich bitte um halb sieben.", "alarm",
         {"time": "06:30", "date": "2026-12-01"}),
    _row("Trag mir morgen um 16 Uhr Kaffee mit Lena ein", "event",
         {"start": "2026-12-01T16:00", "about": ["Kaffee", "Lena"]}),
    _row("Samstag Mittag um zwölf Grillen bei Paul, eintragen bitte", "event",
         {"start": "2026-12-05T12:00", "about": ["Grillen"]}),
    _row("Pon el temporizador en dos minutos y medio", "timer", {"seconds": 150}),
    # the fourth set's lessons (3 Dec): long courtesies and thanks, a first "ähm", regional
    # words, a new timer's length in another clause, the list before its items without a
    # colon, "today at half seven" said at five, Spanish "los martes", an early weekday alarm
    _row("Dürfte ich Sie bitten, mich übermorgen um 9 Uhr an die Steuererklärung zu erinnern? "
         "Vielen Dank.", "reminder", {"due": "2026-12-02T09:00", "about": ["Steuererklärung"]}),
    _row("Pourriez-vous avoir la gentillesse d'ajouter du beurre à ma liste de courses ? Merci "
         "beaucoup.", "list_add", {"list": "shopping", "items": ["beurre"]}),
    _row("Le dispiacerebbe mettere una sveglia per domani alle sei? Grazie mille.", "alarm",
         {"time": "06:00", "date": "2026-12-01"}),
    _row("ähm stell einen timer auf fünf minuten", "timer", {"seconds": 300}),
    _row("Mets-moi un cadran à 6h15 demain", "alarm", {"time": "06:15", "date": "2026-12-01"}),
    _row("Faites-moi penser à appeler le plombier jeudi à 10h", "reminder",
         {"due": "2026-12-03T10:00", "about": ["plombier"]}),
    _row("Il pane deve lievitare ancora un'ora, imposta un timer per il pane.", "timer",
         {"seconds": 3600, "name": "pane"}),
    _row("Mets sur ma liste de courses des pommes et du fromage", "list_add",
         {"list": "shopping", "items": ["pommes", "fromage"]}),
    _row("Erinner mich heute um halb neun an den Anruf", "reminder",
         {"due": "2026-11-30T20:30", "about": ["Anruf"]}),
    _row("Ponme una alarma los lunes y miércoles a las siete", "alarm",
         {"time": "07:00", "repeat": ["MO", "WE"]}),
    _row("Stell einen Wecker werktags um Viertel vor fünf", "alarm",
         {"time": "04:45", "repeat": ["MO", "TU", "WE", "TH", "FR"]}),
    _row("Pon un temporizador de tres cuartos de hora", "timer", {"seconds": 2700}),
    # English plans and events with their time after them; a list said first with "onto"
    _row("I'm seeing Priya for lunch tomorrow at 1, could you put it in my diary?", "event",
         {"start": "2026-12-01T13:00", "about": ["lunch", "Priya"]}),
    _row("Add the school play to the calendar, it's on Thursday at 6pm.", "event",
         {"start": "2026-12-03T18:00", "about": ["play"]}),
    _row("Onto the shopping list: lentils and rice.", "list_add",
         {"list": "shopping", "items": ["lentils", "rice"]}),
    _row("Set timer for 12 minutes.", "timer", {"seconds": 720}),
    # English lengths the tagger gives as a time, or cuts short
    _row("please set a second one of nine minutes for the rice", "timer",
         {"seconds": 540, "name": "rice"}),
    _row("Timer for a minute and ten seconds", "timer", {"seconds": 70}),
    # lengths typed short stay in the language ("min" is no English "minutes" here)
    _row("erinnere mich in 25 min an den kuchen", "reminder",
         {"due": "2026-11-30T17:25", "about": ["kuchen"]}),
    _row("stell einen timer auf 12 min für den reis", "timer", {"seconds": 720, "name": "reis"}),
    # "Uhr ein" is the verb's "ein" (eintragen), not one minute past
    _row("Trag am Mittwoch um 16 Uhr ein: Elternabend in der Schule", "event",
         {"start": "2026-12-02T16:00", "about": ["Elternabend"]}),
    # "am Wochenende immer": every weekend
    _row("Stell mir am Wochenende immer einen Wecker um halb neun", "alarm",
         {"time": "08:30", "repeat": ["SA", "SU"]}),
    _row("Stell mir unter der Woche einen Wecker um Viertel nach sechs", "alarm",
         {"time": "06:15", "repeat": ["MO", "TU", "WE", "TH", "FR"]}),
    _row("Mets une alarme à 6h30 tous les jours sauf le week-end", "alarm",
         {"time": "06:30", "repeat": ["MO", "TU", "WE", "TH", "FR"]}),
    # a day and "4:45" for an alarm: an early start, as in English
    _row("Metti la sveglia per giovedì alle 4:30, devo andare in aeroporto", "alarm",
         {"time": "04:30", "date": "2026-12-03"}),
    # "Segnami un …" with a day and an hour: a calendar entry
    _row("Segnami una cena da Marco sabato alle 20:30", "event",
         {"start": "2026-12-05T20:30", "about": ["Marco"]}),
])
async def test_everyday_requests_end_to_end(row: dict) -> None:
    """Through a real Assistant on a fresh SQLite store, at Monday 30 Nov 2026 17:00."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from everyday_bench import judge

    ok, said, got = await judge(row)
    assert ok, (said, got)


async def test_a_named_timer_is_found_again_by_its_name(tmp_path) -> None:  # noqa: ANN001
    """Set with its name as written ("Nudeln", "arroz" without "el"), asked about or
    stopped by it in any case or article ("der Nudeln-Timer", "al arroz")."""
    from hark.assistant import Assistant
    from hark.config import Settings
    from hark.store import Store

    settings = Settings(data_dir=tmp_path, timezone="Europe/London", home_location="")
    store = Store.open(settings)
    try:
        a = Assistant(settings, store=store)
        said = []
        for text in ("Stell einen Timer für die Nudeln, acht Minuten",
                     "Pon un temporizador de 10 minutos para el arroz",
                     "Wie lange läuft der Nudeln-Timer noch?",
                     "¿Cuánto le queda al arroz?",
                     "Stopp den Timer für die Nudeln"):
            said.append((await a.handle_text(text, now=NOW)).response_text)
    finally:
        store.close()
    assert said[2] == "Der Timer Nudeln läuft noch 8 Minuten.", said
    assert said[3] == "Quedan 10 minutos en el temporizador arroz.", said
    assert said[4] == "Okay, der Timer Nudeln ist gestoppt.", said


@pytest.mark.parametrize(("text", "name"), [
    ("tu sais effacer toute ma liste des choses à faire", "to-do"),
    ("qu'est-ce qu'y a sur ma liste d'epicerie", "shopping"),  # Québec, typed
    ("ajoute des pommes sur ma liste d'épicerie", "shopping"),
    ("crée une liste de vacances", "vacances"),
])
def test_a_french_list_named_after_de_des_or_d(text: str, name: str) -> None:
    from hark.skills.lists import _name_in_words

    assert _name_in_words(text, "fr") == name
