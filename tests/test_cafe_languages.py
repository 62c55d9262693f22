"""Running a small café in German, French, Spanish and Italian: what was fixed after the
held-out café set (written apart from it, other words, other things)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.reason_after import request_alone
from hark.nlu.time_spans import find_time_spans
from hark.text.courtesy_other import plainly_other
from hark.text.noises import without_noises
from hark.text.weekday_date import dated
from tests.conversations import judged

_NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


def test_a_timer_s_length_set_off_by_commas() -> None:
    # "Timer, zwölf Minuten, …" had been read as "wölf Minuten" and asked for how long
    judged("de", ["Timer, acht Minuten, für den Reis."],
           {"new": [{"kind": "timer", "seconds": 480, "name": "Reis"}]})


def test_a_timer_put_right_with_a_remark_on_the_thing() -> None:
    # "…, der ist noch ganz gefroren" had switched the smart plug off
    assert request_alone("Nee, mach fünfzehn draus, der ist noch ganz gefroren.", "de") \
        == "Nee, mach fünfzehn draus"
    judged("de", ["Stell einen Timer für den Kuchen auf zehn Minuten.",
                  "Nee, mach fünfzehn draus, der ist noch ganz gefroren."],
           {"new": [{"kind": "timer", "seconds": 900, "name": "Kuchen"}]})


@pytest.mark.parametrize(("lang", "text", "raws"), [
    ("fr", "Mets la soirée karaoké samedi à vingt et une heures", ["samedi à vingt et une heures"]),
    ("it", "Segna la serata quiz giovedì alle otto", ["giovedì alle otto"]),
    ("fr", "Ajoute une matinée portes ouvertes dimanche", ["dimanche"]),
    # still the evening: "dans la soirée", "la soirée de vendredi"
    ("fr", "rappelle-moi dans la soirée", ["soirée"]),
    ("fr", "la soirée de vendredi", ["soirée de vendredi"]),
])
def test_a_part_of_the_day_as_the_kind_of_thing(lang: str, text: str, raws: list[str]) -> None:
    assert [s.raw for s in find_time_spans(text, _NOW, lang)] == raws


def test_an_evening_event_put_right_keeps_its_day() -> None:
    # it had moved to today, called "karaoké"
    judged("fr", ["Mets la soirée karaoké samedi à vingt et une heures dans l'agenda.",
                  "Non, pardon, c'est vingt et une heures trente."],
           {"new": [{"kind": "event", "start": "2026-12-05T21:30", "about": ["karaoké"]}]})


def test_another_reminder_said_with_its_day_and_what_for() -> None:
    # it had been "sayunar con Lucía" at 9:00
    judged("es", ["Recuérdame el jueves a las diez que tengo que pedir café al proveedor.",
                  "Y otro el sábado, para desayunar con Lucía."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T10:00", "about": ["café"]},
                    {"kind": "reminder", "due": "2026-12-05T10:00", "about": ["desayunar"]}]})


def test_another_alarm_said_earlier_than_the_news_before_it() -> None:
    # it had been an event "auch einen, aber schon um sechs"
    judged("de", ["Der Lieferant kommt am Dienstag schon um sieben, also weck mich da bitte um "
                  "Viertel nach sechs.",
                  "Und Freitag auch einen, aber schon um sechs."],
           {"new": [{"kind": "alarm", "time": "06:15", "date": "2026-12-01"},
                    {"kind": "alarm", "time": "06:00", "date": "2026-12-04"}]})


def test_when_the_reminder_moved_will_remind() -> None:
    # "Dann hast du keine Erinnerungen." (none left now)
    judged("de", ["Verschieb die Erinnerung zum Zahnarzt auf Mittwoch, gleiche Uhrzeit.",
                  "Und um wie viel Uhr genau erinnerst du mich jetzt?"],
           {"changed": {"R1": {"due": "2026-12-02T10:00"}}, "mention": ["10:00"]})


def test_a_day_with_a_clock_in_two_words() -> None:
    assert dated("Décale-le à jeudi dix-sept heures.") == "Décale-le à jeudi dix-sept heures."
    assert dated("déplace-le à lundi prochain le dix-sept") == "déplace-le à lundi 17"
    # it had rung on Thursday at 10:07
    judged("fr", ["Le rappel pour appeler le dentiste, c'est quand ?",
                  "Mets-le à jeudi dix-sept heures, demain je suis au marché."],
           {"changed": {"R1": {"due": "2026-12-03T17:00"}}})


def test_called_away_and_back_first() -> None:
    assert without_noises("Aspetta, un cliente... eccomi. Metti un timer di dieci minuti.") \
        == "Metti un timer di dieci minuti."
    assert without_noises("Wait, no, ok, make it 7.") == "Wait, no, ok, make it 7."
    judged("de", ["Warte, da klingelt's … so. Um wie viel Uhr ist die Teambesprechung morgen?",
                  "Dann erinner mich eine Stunde vorher, die Präsentation auszudrucken."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["Präsentation"]}]})


def test_an_alarm_before_a_thing_asked_about_with_why_after_it() -> None:
    # it had asked whether to set or delete an alarm
    judged("es", ["¿Cuándo tengo que llamar al dentista?",
                  "Ponme una alarma una hora antes, que a esa hora estoy atendiendo la barra."],
           {"new": [{"kind": "alarm", "time": "09:00", "date": "2026-12-01"}]})
    # (with no comma, what follows "que" is what to remind of, kept)
    judged("es", ["¿Cuándo tengo que llamar al dentista?",
                  "Recuérdame media hora antes que le tengo que pedir el informe."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:30", "about": ["informe"]}]})


@pytest.mark.parametrize(("lang", "turns", "item"), [
    ("it", ["Aggiungi due pacchi di tovaglioli alla lista della spesa.",
            "Scusa, non sono tovaglioli, sono tovaglie di carta."], "tovaglie"),
    ("fr", ["Ajoute deux paquets de serviettes à la liste de courses.",
            "Pardon, c'est pas des serviettes, c'est des nappes en papier."], "nappes"),
    ("es", ["Apunta en la lista de la compra un bote de canela.",
            "Uy, no es canela, es nuez moscada."], "nuez"),
])
def test_the_thing_put_right_with_to_be(lang: str, turns: list[str], item: str) -> None:
    # both had been put on the list ("son servilletas", "son manteles …")
    judged(lang, turns, {"added_items": {"shopping": [item]}})


def test_a_to_do_taken_back_with_news_of_someone_coming() -> None:
    # "viene domani" had been read as a new value: "non ho capito"
    judged("it", ["Aggiungi alle cose da fare: chiamare l'elettricista per la vetrina.",
                  "No, toglilo, mi ha appena scritto lui, viene domani."], {})


def test_a_favour_asked_first() -> None:
    assert plainly_other("Allora, fammi una cortesia: aggiungi il caffè.") == "aggiungi il caffè."
    assert plainly_other("Hazme un favor, apunta azúcar.") == "apunta azúcar."


def test_the_shopping_list_named_by_what_it_is_for() -> None:
    # only the bread had been taken off (and "fammi una cortesia" made a coffee)
    judged("it", ["Fammi un favore: togli il pane dalla spesa, e aggiungi lo zucchero."],
           {"gone_items": {"shopping": ["pane"]}, "added_items": {"shopping": ["zucchero"]}})


def test_a_german_timer_switched_off_by_its_name() -> None:
    # "Das habe ich leider nicht verstanden." (or the smart plug asked about)
    judged("de", ["Grüß Gott, d'Wäsche kannst abstellen, die hol i gleich raus."],
           {"gone": ["T2"]})
