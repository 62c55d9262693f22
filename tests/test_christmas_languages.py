"""Getting ready for Christmas in German, French, Spanish and Italian: a request given up in
the same breath ("…, ach nee, vergiss es"), a length corrected before a reason ("zwanzig
Minuten – äh, nee, fünfzehn, sonst …"), a weekday corrected after the request's own words
("… vendredi … non pardon, samedi"). Written apart from the held-out sets."""

from __future__ import annotations

import pytest

from hark.text.called_off import called_off
from hark.text.day_put_right import day_put_right
from tests.conversations import judged


@pytest.mark.parametrize(("text", "out"), [
    ("Mach mir einen Timer für die Suppe … ach nee, lass es, die ist schon fertig.",
     "vergiss es"),
    ("Mets un rappel demain pour le boulanger… bah non, oublie, j'irai samedi.",
     "laisse tomber"),
    ("Añade una cita el lunes con el fontanero... uy, no, olvídalo, ya ha venido.",
     "olvídalo"),
    ("Metti una sveglia alle sei… no, lascia perdere, domani dormo.", "lascia stare"),
    ("Put the carol concert in for Sunday, oh never mind, it's sold out.", "never mind"),
    # a new request said after the giving up is that request
    ("Stell einen Wecker um sechs, ach nee, vergiss es, stell ihn auf halb sieben",
     "stell ihn auf halb sieben"),
])
def test_a_request_given_up(text: str, out: str) -> None:
    assert called_off(text) == out


@pytest.mark.parametrize("text", [
    "vergiss es",  # the dialogue's own "never mind"
    "laisse tomber le minuteur des pâtes",  # a thing dropped
    "Erinner mich um acht an den Müll, vergiss es nicht",
    "Pon un temporizador de cinco minutos y déjalo correr",
])
def test_nothing_given_up(text: str) -> None:
    assert called_off(text) == text


@pytest.mark.parametrize(("lang", "turn"), [
    ("de", "Trag am Dienstag um sieben den Chorabend ein … ach nee, Quatsch, der fällt aus. "
           "Vergiss es."),
    ("fr", "Mets un minuteur de quinze minutes pour la bûche… ah non, laisse tomber, elle "
           "est déjà cuite."),
    ("es", "Recuérdame el jueves a las seis comprar turrón... ay, no, olvídalo, que ya lo "
           "compró mi tía."),
    ("it", "Aggiungi in agenda la tombola dai nonni, sabato alle nove… anzi no, lascia "
           "perdere, non è sicuro."),
    ("es", "Borra el recordatorio de la basura... uy, no, espera. Nada, déjalo, no borres "
           "nada."),
])
def test_nothing_made_when_given_up(lang: str, turn: str) -> None:
    judged(lang, [turn], {"new": []})


def test_a_length_corrected_before_a_reason() -> None:
    judged("de", ["Timer für die Zimtsterne, fünfzehn Minuten – ähm, nee, elf, sonst "
                  "brennen die an."],
           {"new": [{"kind": "timer", "seconds": 660, "name": "Zimtsterne"}]})


@pytest.mark.parametrize(("text", "out"), [
    ("Erinner mich Freitag um vier an die Lichterkette … nee, Samstag, nicht Freitag",
     "Erinner mich Samstag um vier an die Lichterkette"),
    ("Segna la recita martedì alle cinque… anzi no, mercoledì",
     "Segna la recita mercoledì alle cinque"),
    ("Pon la cena el jueves 17 a las nueve... ay, no, que es el viernes, el 18.",
     "Pon la cena el viernes 18 a las nueve"),
    # no correction: the other day is said for something else
    ("Erinner mich Freitag um vier, nicht Samstag",
     "Erinner mich Freitag um vier, nicht Samstag"),
])
def test_a_weekday_put_right(text: str, out: str) -> None:
    assert day_put_right(text) == out


@pytest.mark.parametrize(("lang", "turn", "due"), [
    ("fr", "Rappelle-moi jeudi à 10h d'appeler le traiteur… non pardon, mercredi, pas "
           "jeudi. Mercredi 10h.", "2026-12-02T10:00"),
    ("es", "Recuérdame el martes a las once recoger el belén... ay, no, que es el lunes. A "
           "la misma hora.", "2026-12-07T11:00"),
])
def test_a_reminder_with_its_weekday_put_right(lang: str, turn: str, due: str) -> None:
    judged(lang, [turn], {"new": [{"kind": "reminder", "due": due}]})


def test_an_event_with_its_weekday_and_date_put_right() -> None:
    judged("it", ["Metti in calendario la recita di Natale, giovedì 10 alle tre… anzi no, "
                  "è venerdì, l'11."],
           {"new": [{"kind": "event", "start": "2026-12-11T15:00", "about": ["recita"]}]})


@pytest.mark.parametrize(("lang", "turn", "due"), [
    ("it", "Ricordami di prendere il pandoro il 21 alle 10 di mattina.", "2026-12-21T10:00"),
    ("es", "Recuérdame recoger los roscones el 24 a las 9 de la mañana.", "2026-12-24T09:00"),
    ("fr", "Rappelle-moi de passer chez le chocolatier le 19 à 11 heures.", "2026-12-19T11:00"),
])
def test_a_day_of_the_month_then_its_hour(lang: str, turn: str, due: str) -> None:
    # the day's number had been read as the hour and the hour as its minutes (21:10)
    judged(lang, [turn], {"new": [{"kind": "reminder", "due": due}]})


@pytest.mark.parametrize(("lang", "turns", "due"), [
    ("it", ["Ricordami di incartare i regali il 20 alle 9 di sera.",
            "Scusa, è il 19, non il 20."], "2026-12-19T21:00"),
    ("es", ["Recuérdame el 20 a las 10 de la mañana recoger el abeto.",
            "Perdona, me he liado: el 18, no el 20."], "2026-12-18T10:00"),
])
def test_a_reminders_day_of_the_month_put_right(lang: str, turns: list[str], due: str) -> None:
    judged(lang, turns, {"new": [{"kind": "reminder", "due": due}]})


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Mach 'ne neue Liste, Adventskalender, und da kommt drauf: Nüsse und Schokotaler",
     "de", "Adventskalender"),
    ("Fais-moi une nouvelle liste, déco de Noël, et mets-y des guirlandes et des bougies",
     "fr", "déco de Noël"),
    ("Crée une liste repas du réveillon avec du saumon et des huîtres", "fr",
     "repas du réveillon"),
    ("Hazme una lista nueva, cena de Nochevieja, y apunta uvas y cava", "es",
     "cena de Nochevieja"),
    ("Crea una nuova lista, tombola, e mettici cartelle e fagioli", "it", "tombola"),
])
def test_a_new_list_named_between_commas(text: str, lang: str, name: str) -> None:
    from hark.text.new_list_items import read

    made = read(text, lang)
    assert made is not None and made.name == name and made.alone


@pytest.mark.parametrize(("lang", "turn", "items"), [
    ("de", "Mach mir 'ne neue Liste, Wichteln, und da kommt drauf: ein Buch für Tom und "
           "Kerzen für Lisa. Ach, und auf die Einkaufsliste noch Spekulatius.",
     {"Wichteln": ["Buch", "Kerzen"], "shopping": ["Spekulatius"]}),
    ("fr", "Crée une liste déco de Noël avec des guirlandes, des bougies et une étoile. Ah, "
           "et ajoute du papier alu à la liste de courses.",
     {"déco de Noël": ["guirlandes", "bougies", "étoile"], "shopping": ["papier alu"]}),
    ("es", "Hazme una lista nueva, cena de Nochevieja, y apunta uvas y cava. Y en la lista "
           "de tareas añade planchar el mantel.",
     {"cena de Nochevieja": ["uvas", "cava"], "to-do": ["mantel"]}),
    ("it", "Crea una nuova lista, tombola, e mettici cartelle e fagioli. Poi nella lista "
           "delle cose da fare aggiungi comprare i premi.",
     {"tombola": ["cartelle", "fagioli"], "to-do": ["premi"]}),
])
def test_a_new_list_filled_then_another_list(lang: str, turn: str,
                                             items: dict[str, list[str]]) -> None:
    judged(lang, [turn], {"added_items": items})


def test_german_list_first_with_noch_and_no_verb() -> None:
    judged("de", ["Und auf die To-do-Liste noch Geschenke einpacken."],
           {"added_items": {"to-do": ["Geschenke"]}})


@pytest.mark.parametrize(("text", "out"), [
    # the reason's own day goes, what is asked after it stays
    ("Sposta la cena con Anna a giovedì, che venerdì lavoro fino a tardi, e poi dimmi cosa "
     "ho giovedì.", "Sposta la cena con Anna a giovedì, e poi dimmi cosa ho giovedì."),
    ("Mueve el dentista al lunes, que el martes tengo guardia. ¿Qué tengo el lunes?",
     "Mueve el dentista al lunes. ¿Qué tengo el lunes?"),
])
def test_a_reason_with_its_own_day_then_more(text: str, out: str) -> None:
    from hark.text.reason_clause import without_reason_clause

    assert without_reason_clause(text) == out


def test_an_italian_move_with_a_reason_then_a_question() -> None:
    judged("it", ["Sposta il promemoria del dentista a mercoledì alle cinque di sera, che "
                  "giovedì pomeriggio lavoro, e poi dimmi cos'ho mercoledì."],
           {"changed": {"R1": {"due": "2026-12-02T17:00"}}, "mention": ["dentista"]})


@pytest.mark.parametrize("question", ["¿Qué tengo el sábado?",
                                      "¿Y qué me queda el sábado?"])
def test_a_spanish_move_then_a_question_about_the_day(question: str) -> None:
    # "Qué" had been taken for a French participle ("annulé"): no request of its own
    judged("es", [f"Pasa la cena con Anna al sábado, que el viernes salgo con el equipo. "
                  f"{question}"],
           {"changed": {"E3": {"start": "2026-12-05T19:30"}}, "mention": ["natación"]})


@pytest.mark.parametrize(("text", "lang", "out"), [
    ("Le dîner avec Anna, c'est bien vendredi à 19h30 ? Mets un rappel une heure avant.", "fr",
     "À quelle heure est le dîner avec Anna vendredi ? Mets un rappel une heure avant."),
    ("Giovedì c'è la cena con Anna alle otto, vero? Ricordamelo mezz'ora prima.", "it",
     "A che ora è la cena con Anna giovedì? Ricordamelo mezz'ora prima."),
    ("El dentista es mañana a las diez, ¿verdad? Ponme una alarma una hora antes.", "es",
     "¿A qué hora es el dentista mañana? Ponme una alarma una hora antes."),
    ("Das Abendessen mit Anna ist doch am Freitag um halb acht, oder? Weck mich vorher.", "de",
     "Wann ist am Freitag das Abendessen mit Anna? Weck mich vorher."),
    # nothing timed from it follows, or no clock is checked: as said
    ("Le dîner avec Anna, c'est bien vendredi à 19h30 ?", "fr",
     "Le dîner avec Anna, c'est bien vendredi à 19h30 ?"),
    ("Das Abendessen ist ja am Freitag, oder? Erinner mich an dem Tag um fünf.", "de",
     "Das Abendessen ist ja am Freitag, oder? Erinner mich an dem Tag um fünf."),
])
def test_a_time_checked_first_asked_plainly(text: str, lang: str, out: str) -> None:
    from hark.text.checked_first import checked_first

    assert checked_first(text, lang) == out


@pytest.mark.parametrize(("lang", "turn", "new"), [
    ("fr", "La réunion d'équipe, c'est toujours demain à 9 heures ? Rappelle-moi un quart d'heure "
           "avant pour imprimer le planning.",
     {"kind": "reminder", "due": "2026-12-01T08:45", "about": ["planning"]}),
    ("it", "Domani c'è la riunione di squadra alle nove, vero? Mettimi una sveglia due ore "
           "prima.", {"kind": "alarm", "time": "07:00", "date": "2026-12-01"}),
    ("es", "La cena con Anna es el viernes a las siete y media, ¿no? Ponme un recordatorio "
           "una hora antes para comprar flores.",
     {"kind": "reminder", "due": "2026-12-04T18:30", "about": ["flores"]}),
    ("de", "Die Teambesprechung ist doch morgen um neun, oder? Stell mir einen Wecker eine "
           "Stunde vorher.", {"kind": "alarm", "time": "08:00", "date": "2026-12-01"}),
])
def test_timed_from_a_time_checked_first(lang: str, turn: str, new: dict[str, object]) -> None:
    judged(lang, [turn], {"new": [new]})


@pytest.mark.parametrize(("lang", "turn"), [
    ("fr", "Rappelle-moi un quart d'heure avant de prendre les photocopies."),
    ("it", "Ricordami un quarto d'ora prima di stampare i fogli."),
    ("es", "Recuérdame un cuarto de hora antes que lleve los turrones."),
    ("de", "Weck mich eine Viertelstunde vorher."),
])
def test_a_quarter_of_an_hour_before_the_thing_asked_about(lang: str, turn: str) -> None:
    asked = {"fr": "À quelle heure est la réunion d'équipe demain ?",
             "it": "A che ora ho la riunione di squadra domani?",
             "es": "¿A qué hora es la reunión de equipo mañana?",
             "de": "Wann hab ich morgen die Teambesprechung?"}[lang]
    kind = "alarm" if lang == "de" else "reminder"
    new = {"kind": kind, "time": "08:45", "date": "2026-12-01"} if kind == "alarm" else \
        {"kind": kind, "due": "2026-12-01T08:45"}
    judged(lang, [asked, turn], {"new": [new]})


@pytest.mark.parametrize(("lang", "turn", "start"), [
    ("fr", "Note le marché de Noël du village dans l'agenda, c'est le samedi 12.", "2026-12-12"),
    ("it", "Segna in agenda il concerto di Natale del coro, è domenica 13.", "2026-12-13"),
])
def test_a_feast_in_the_title_is_not_the_day(lang: str, turn: str, start: str) -> None:
    # the feast had made the event on Christmas day
    judged(lang, [turn], {"new": [{"kind": "event", "start": f"{start}T00:00"}]})


@pytest.mark.parametrize(("lang", "turns", "start", "end"), [
    ("fr", ["Ajoute la fête de l'école dans l'agenda vendredi.",
            "Ça commence à 17h et ça se termine à 19h."], "2026-12-04T17:00", "2026-12-04T19:00"),
    ("es", ["Apunta la función del cole en el calendario el jueves.",
            "Empieza a las cinco y acaba a las siete."], "2026-12-03T17:00", "2026-12-03T19:00"),
])
def test_a_start_and_an_end_each_with_its_verb(lang: str, turns: list[str], start: str,
                                               end: str) -> None:
    judged(lang, turns, {"new": [{"kind": "event", "start": start, "end": end}]})


@pytest.mark.parametrize(("lang", "turn", "dues"), [
    ("es", "Recuérdame el martes a las seis de la tarde recoger el pavo, y pon otro el jueves a "
           "la misma hora para lo de los langostinos.", ["2026-12-01T18:00", "2026-12-03T18:00"]),
    ("it", "Ricordami giovedì alle dieci di ordinare il panettone, e mettine un altro sabato "
           "alla stessa ora per il torrone.", ["2026-12-03T10:00", "2026-12-05T10:00"]),
])
def test_another_reminder_after_the_verb_of_reminding(lang: str, turn: str,
                                                       dues: list[str]) -> None:
    judged(lang, [turn], {"new": [{"kind": "reminder", "due": d} for d in dues]})


@pytest.mark.parametrize(("text", "lang", "out"), [
    ("Pon comprar pilas en la lista de la compra... ay, no, perdona, en la de tareas.", "es",
     "Pon comprar pilas en la lista de tareas."),
    ("Mets appeler le plombier sur la liste de courses… non pardon, sur celle des tâches.",
     "fr", "Mets appeler le plombier sur la liste des tâches."),
    ("Metti spedire gli auguri nella lista della spesa… no scusa, in quella delle cose da fare",
     "it", "Metti spedire gli auguri nella lista delle cose da fare"),
    ("Schreib Plätzchen backen auf die Einkaufsliste … nee, auf die To-do-Liste", "de",
     "Schreib Plätzchen backen auf die To-do-Liste"),
    # which list it is not, said without a pause: as said
    ("Pon leche en la lista de la compra, no en la de tareas", "es",
     "Pon leche en la lista de la compra, no en la de tareas"),
])
def test_a_list_put_right(text: str, lang: str, out: str) -> None:
    from hark.text.list_corrected import list_corrected

    assert list_corrected(text, lang) == out


@pytest.mark.parametrize(("lang", "turn", "items"), [
    ("es", "Apunta envolver los regalos en la lista de la compra... uy, no, perdona, en la de "
           "tareas, que no es algo que se compre.", {"to-do": ["envolver"]}),
    ("fr", "Mets poster les cartes sur la liste de courses… non pardon, sur celle des tâches.",
     {"to-do": ["cartes"]}),
])
def test_an_item_on_the_list_put_right(lang: str, turn: str, items: dict[str, list[str]]) -> None:
    judged(lang, [turn], {"added_items": items})
