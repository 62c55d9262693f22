"""A parent of a child newly diagnosed with type 1 diabetes, in German, French, Spanish and
Italian: what was fixed after the held-out diabetes set (written apart from it, other
words, other things)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.undoing import said
from hark.nlu.normalize import normalize
from hark.text.corrections_other import corrected_other
from hark.text.courtesy_other import plainly_other
from hark.text.only_said import without_only
from hark.text.regional_words import in_standard_words
from tests.conversations import judged

_NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("lang", "text", "at"), [
    ("fr", "cette nuit à cinq heures", "2026-12-01T05:00:00+00:00"),
    ("it", "stanotte alle sei e un quarto", "2026-12-01T06:15:00+00:00"),
    ("de", "heute Nacht um halb sechs", "2026-12-01T05:30:00+00:00"),
    # the evening hours of the night stay today's; English "tonight at 6" is the evening
    ("fr", "cette nuit à dix heures", "2026-11-30T22:00:00+00:00"),
    ("en", "tonight at 6", "2026-11-30T18:00:00+00:00"),
])
def test_the_small_hours_of_tonight(lang: str, text: str, at: str) -> None:
    assert normalize("datetime", text, _NOW, lang)["datetime"] == at


def test_tonight_alone_is_still_told_as_tonight() -> None:
    assert normalize("datetime", "stanotte", _NOW, "it")["part_of_day"] == "tonight"


@pytest.mark.parametrize(("lang", "turns", "alarms"), [
    ("fr", ["Mets-moi un réveil cette nuit à deux heures, pour vérifier son capteur.",
            "Et un autre à cinq heures et demie, pour la collation."], ("02:00", "05:30")),
    ("it", ["Mettimi una sveglia stanotte all'una per misurare la glicemia.",
            "E un'altra alle sei, per l'insulina."], ("01:00", "06:00")),
])
def test_another_alarm_in_the_small_hours(lang: str, turns: list[str],
                                          alarms: tuple[str, str]) -> None:
    judged(lang, turns, {"new": [{"kind": "alarm", "time": t, "date": "2026-12-01"}
                                 for t in alarms]})


@pytest.mark.parametrize(("text", "meant"), [
    ("Dix-sept minutes... non, attends, douze, c'est des pâtes fines.",
     "douze minutes, c'est des pâtes fines."),
    ("Diciannove minuti... anzi no, sedici.", "sedici minuti"),
    ("Dieciocho minutos... no, perdona, catorce, que es arroz blanco.",
     "catorce minutos, que es arroz blanco."),
])
def test_a_teen_amount_put_right(text: str, meant: str) -> None:
    assert corrected_other(text) == meant


@pytest.mark.parametrize(("lang", "turns", "seconds", "name"), [
    ("it", ["Fammi partire un timer per le patate, intanto conto i carboidrati.",
            "Diciassette minuti... anzi no, quindici, dai."], 900, "patate"),
    ("fr", ["Peux-tu me partir une minuterie pour les pâtes?",
            "Euh, dix-neuf minutes... Non, attends, onze, c'est des spaghettis fins."],
     660, "pâtes"),
])
def test_a_timer_s_length_put_right_as_it_is_given(lang: str, turns: list[str], seconds: int,
                                                   name: str) -> None:
    judged(lang, turns, {"new": [{"kind": "timer", "seconds": seconds, "name": name}]})


def test_a_german_time_put_right_keeps_its_um() -> None:
    assert corrected_other("Am Freitag um acht... nee, halb neun.") == "Am Freitag um halb neun."


def test_a_german_time_put_right_with_why_after_it() -> None:
    judged("de", ["Erinnere mich bitte, dass ich die Teststreifen abhole.",
                  "Übermorgen um zehn, gleich nach dem Frühstück... nein, Viertel nach zehn, "
                  "vorher hat die Apotheke zu."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T10:15", "about": ["Teststreifen"]}]})


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("it", ["Aggiungi le merendine alla lista della spesa, per la ricreazione.",
            "No, aspè, lascia stà, m'hanno detto che le porta la nonna."], {}),
    ("it", ["Segna in agenda venerdì alle cinque la festa da Marco.",
            "No, lascia perdere, non ci andiamo, con la febbre è meglio di no."], {}),
])
def test_never_mind_with_why_after_it(lang: str, turns: list[str],
                                      expect: dict[str, object]) -> None:
    judged(lang, turns, expect)


def test_never_mind_then_a_new_value_is_no_undo() -> None:
    assert said("No, lascia perdere, con Luca alle tre.", "it") is None


def test_an_event_at_one_o_clock_put_right() -> None:
    # "une" of "à une heure et quart" is its hour, not an article
    judged("fr", ["Mets-moi un rendez-vous chez l'orthophoniste vendredi à une heure et quart.",
                  "Non, excuse-moi, c'est à trois heures et quart, je me suis trompée de ligne."],
           {"new": [{"kind": "event", "start": "2026-12-04T15:15",
                     "about": ["orthophoniste"]}]})


def test_let_me_know_is_remind_me() -> None:
    assert plainly_other("Avísame mañana a las ocho.").startswith("Recuérdame")
    assert plainly_other("Avísame si llueve mañana.").startswith("Avísame")


@pytest.mark.parametrize(("lang", "turns", "due", "about"), [
    ("es", ["¿A qué hora es la cena con Anna el viernes?",
            "Pues avísame una hora antes, que tengo que descongelar el pollo."],
     "2026-12-04T18:30", "pollo"),
    ("it", ["A che ora è la riunione di squadra domani?",
            "Ricordami mezz'ora prima, che devo stampare le schede dei carboidrati."],
     "2026-12-01T08:30", "stampare"),
])
def test_a_reminder_timed_from_the_thing_asked_about_reminds_of_the_errand(
        lang: str, turns: list[str], due: str, about: str) -> None:
    judged(lang, turns, {"new": [{"kind": "reminder", "due": due, "about": [about]}]})


def test_quebec_now_said_last() -> None:
    assert in_standard_words("C'est quoi mes rappels, asteur?") == "C'est quoi mes rappels?"
    judged("fr", ["Mets des pommes pis du beurre d'arachide sur ma liste d'épicerie.",
                  "Pis c'est quoi qu'il y a sur la liste, à c't'heure?"],
           {"added_items": {"shopping": ["pommes", "beurre"]}, "mention": ["beurre"]})


def test_but_only_before_the_last_amount() -> None:
    assert without_only("Y otro para el brócoli, pero solo seis.") == \
        "Y otro para el brócoli, seis."
    assert without_only("Nur zwei Minuten, bitte.") == "Nur zwei Minuten, bitte."


@pytest.mark.parametrize(("lang", "turns", "timers"), [
    ("de", ["Stell einen Timer für den Reis auf zwanzig Minuten.",
            "Und noch eenen für die Erbsen, aber bloß fünf."], (("Reis", 1200), ("Erbsen", 300))),
    ("fr", ["Mets un minuteur pour le poisson, quinze minutes.",
            "Et un autre pour les haricots, mais juste huit."],
     (("poisson", 900), ("haricots", 480))),
])
def test_another_timer_but_only_so_long(lang: str, turns: list[str],
                                        timers: tuple[tuple[str, int], ...]) -> None:
    judged(lang, turns, {"new": [{"kind": "timer", "seconds": s, "name": n} for n, s in timers]})
