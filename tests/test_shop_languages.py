"""A small online shop run from home, in German, French, Spanish and Italian: what was fixed
after the held-out shop set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.text.courtesy_other import plainly_other
from hark.text.news_day import with_news_day
from hark.text.regional_words import in_standard_words
from hark.text.said_wrong import right_after_wrong
from tests.conversations import judged


def test_leave_it_out_takes_the_items_off_again() -> None:
    # "Lass das bitte weg" had not been understood
    judged("de", ["Setz Klebeband und Luftpolsterfolie auf die Einkaufsliste.",
                  "Ach nee, warte, das hat der Nachbar noch im Keller. Lass es lieber weg."], {})


def test_while_i_m_at_it_is_no_item() -> None:
    # "tant qu'à" and "être" had gone on the list
    judged("fr", ["Mets du papier kraft sur ma liste d'épicerie.",
                  "Pis du ruban adhésif, tant qu'à y être."],
           {"added_items": {"shopping": ["kraft", "ruban"]}})


@pytest.mark.parametrize(("text", "said"), [
    ("Okay, ein paar Sachen: Klebeband auf die Einkaufsliste.", "Klebeband auf die Einkaufsliste."),
    ("Bon, plusieurs choses : ajoute du scotch.", "ajoute du scotch."),
    ("Vale, varias cosas: apunta cinta adhesiva.", "apunta cinta adhesiva."),
    ("Allora, un paio di cose: aggiungi lo scotch.", "aggiungi lo scotch."),
])
def test_several_things_announced_first_are_left_out(text: str, said: str) -> None:
    assert plainly_other(text) == said


def test_several_things_announced_are_no_item() -> None:
    # the item had been "ein paar Sachen Klebeband"
    judged("de", ["Also, ein paar Sachen: Klebeband und Kartons auf die Einkaufsliste, und ein "
                  "Timer auf zehn Minuten für die Seife."],
           {"added_items": {"shopping": ["Klebeband", "Kartons"]},
            "new": [{"kind": "timer", "seconds": 600, "name": "Seife"}]})


def test_mexican_pendientes_is_the_to_do_list() -> None:
    assert in_standard_words("Apunta en mis pendientes llamar al contador") == \
        "Apunta en la lista de tareas llamar al contador"
    assert in_standard_words("Añade pendientes de plata a la lista") == \
        "Añade pendientes de plata a la lista"  # earrings
    judged("es", ["Agrega a los pendientes mandar las facturas del mes."],
           {"added_items": {"to-do": ["facturas"]}})


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "Die Lieferung kommt am Donnerstag um zehn. Erinner mich um neun, den Flur frei "
           "zu räumen.", "Erinner mich am Donnerstag um neun, den Flur frei zu räumen."),
    ("it", "Il fattorino passa dopodomani verso le tre, quindi ricordami alle due di "
           "preparare la scatola.", "ricordami dopodomani alle due di preparare la scatola."),
])
def test_the_news_day_goes_with_the_request(lang: str, text: str, said: str) -> None:
    assert with_news_day(text, lang) == said


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Morgen kommt der Techniker um zehn. Verschieb den Wecker auf acht."),  # a change
    ("de", "Der Techniker kommt um zehn. Erinner mich um neun ans Aufräumen."),  # no day
    ("es", "Mañana viene el técnico, así que recuérdame el viernes a las nueve de llamar."),
])
def test_no_news_day(lang: str, text: str) -> None:
    assert with_news_day(text, lang) == text


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("de", ["Die Spedition hat sich gemeldet, die holt morgen erst um drei statt um eins ab. "
            "Erinner mich um Viertel vor drei, dass ich die Paletten raustrag."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T14:45", "about": ["Paletten"]}]}),
    ("it", ["Ha scritto il corriere, ritira domani tra le tre e le cinque, quindi ricordami "
            "alle tre meno un quarto di stampare le etichette."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T14:45", "about": ["etichette"]}]}),
    ("es", ["El repartidor viene mañana a las cinco menos cuarto, así que ponme una alarma a "
            "las cuatro y media de la tarde."],
     {"new": [{"kind": "alarm", "time": "16:30", "date": "2026-12-01"}]}),
])
def test_news_times_are_not_the_request_s(lang: str, turns: list[str],
                                          expect: dict[str, object]) -> None:
    # the news' time had been taken (3:00, 2:04, 16:45)
    judged(lang, turns, expect)


def test_a_french_range_ending_at_a_joined_hour() -> None:
    # it had ended at 22:00 with "heures" in the title
    judged("fr", ["Le transporteur passe demain entre seize heures et dix-neuf heures, "
                  "mets-le dans l'agenda."],
           {"new": [{"kind": "event", "start": "2026-12-01T16:00", "end": "2026-12-01T19:00",
                     "about": ["transporteur"]}]})


@pytest.mark.parametrize(("lang", "turns", "time"), [
    ("fr", ["Mets-moi un réveil jeudi à sept heures moins le quart.",
            "Non, pardon, je me suis emmêlée : sept heures et quart, pas moins le quart."],
     "07:15"),
    ("it", ["Mettimi una sveglia giovedì alle otto meno un quarto.",
            "No, scusa, mi sono confuso: alle otto e un quarto, non meno un quarto."], "08:15"),
])
def test_an_alarm_put_right_by_its_minutes(lang: str, turns: list[str], time: str) -> None:
    # it had asked for a place, or rung at 7:07
    judged(lang, turns, {"new": [{"kind": "alarm", "time": time, "date": "2026-12-03"}]})


def test_who_it_is_with_stays_in_the_title() -> None:
    # the title had been "Telefonat" alone
    judged("de", ["Trag mir bitte das Telefonat mit der Druckerei aus Linz ein, Donnerstag um "
                  "halb zehn."],
           {"new": [{"kind": "event", "start": "2026-12-03T09:30", "about": ["Linz"]}]})


@pytest.mark.parametrize(("text", "said"), [
    ("Nein, Moment, halb zehn stimmt nicht, das war ein Tippfehler. Also um zehn Uhr.",
     "Nein, Moment, um zehn Uhr, nicht halb zehn."),
    ("Non, neuf heures c'est pas bon, à dix heures.", "Non, à dix heures, pas neuf heures."),
    ("No, le nove è sbagliato, alle dieci.", "No, alle dieci, non le nove."),
])
def test_a_time_said_wrong_then_the_right_one(text: str, said: str) -> None:
    assert right_after_wrong(text) == said


def test_an_event_put_right_after_its_time_was_said_wrong() -> None:
    # it had asked for a place
    judged("de", ["Trag mir die Besprechung mit dem Grafiker am Donnerstag um halb drei ein.",
                  "Nee, warte, halb drei stimmt nicht, der hat sich vertippt. Also um drei Uhr."],
           {"new": [{"kind": "event", "start": "2026-12-03T15:00", "about": ["Grafiker"]}]})


def test_another_at_minutes_past_the_hour_of_the_first() -> None:
    # it had asked what time
    judged("de", ["Stell mir für Sonntag einen Wecker um sieben, da ist Flohmarkt.",
                  "Und zur Sicherheit noch einen um Viertel nach."],
           {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-06"},
                    {"kind": "alarm", "time": "07:15", "date": "2026-12-06"}]})


def test_a_spoken_it_after_the_verb() -> None:
    assert in_standard_words("Mach's bitte eine Stunde später") == \
        "Mach es bitte eine Stunde später"
    # it had asked which reminder
    judged("de", ["Wann ist nochmal das Abendessen mit Anna?",
                  "Oh, da hab ich Inventur. Leg's bitte auf Samstag, gleiche Uhrzeit."],
           {"changed": {"E3": {"start": "2026-12-05T19:30"}}})


def test_a_question_after_news_with_dots() -> None:
    # it had not been understood, nor the question after it
    judged("es", ["Estoy envolviendo las velas en papel... la reunión de equipo de mañana, "
                  "¿a qué hora es?", "¿Y la cena con Anna?"], {"mention": ["19:30"]})


@pytest.mark.parametrize(("lang", "turns", "due"), [
    ("fr", ["Combien de temps il reste sur le minuteur de la lessive?",
            "D'accord. Quand il aura fini, disons cinq minutes après, rappelle-moi de plier "
            "les serviettes."], "2026-11-30T17:20"),
    ("de", ["Wie lange läuft die Wäsche noch?",
            "Wenn sie fertig ist, sagen wir eine Viertelstunde danach, erinner mich, die "
            "Pakete zu packen."], "2026-11-30T17:30"),
])
def test_a_reminder_some_minutes_after_the_timer_rings(lang: str, turns: list[str],
                                                        due: str) -> None:
    # it had started a timer of that length and asked when to remind
    judged(lang, turns, {"new": [{"kind": "reminder", "due": due}]})
