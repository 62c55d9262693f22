"""A holiday let's changeovers in German, French, Spanish and Italian: what was fixed after
the held-out holiday-let set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.dialogue.pointing import pointed
from hark.text.called_off import called_off
from hark.text.reason_clause import without_reason_clause
from hark.text.regional_words import in_standard_words
from tests.conversations import judged


@pytest.mark.parametrize(("said", "standard"), [
    ("Und grad no einen um sieben.", "Und noch einen um sieben."),
    ("und no eine für morgen", "und noch eine für morgen"),
    ("Cosa c'è nelle cose da fa'?", "Cosa c'è nelle cose da fare?"),
    ("No aspe', ho sbajato", "No aspetta, ho sbagliato"),
    ("Et c'est quand, peuchère ?", "Et c'est quand ?"),
    ("il en reste au frigo, té.", "il en reste au frigo."),
    ("Añade leche, pan, té.", "Añade leche, pan, té."),
])
def test_regional_words(said: str, standard: str) -> None:
    assert in_standard_words(said) == standard


def test_words_that_only_look_regional_stay() -> None:
    assert in_standard_words("Te lo ricordo io.") == "Te lo ricordo io."
    assert in_standard_words("No, es un té verde.") == "No, es un té verde."


@pytest.mark.parametrize("text", [
    # a noun of a verb of asking, not a request: why, taken out
    "Déplace le rappel des poubelles à mercredi à huit heures, jeudi avec le déménagement "
    "ce sera compliqué.",
    # a past participle: what was done
    "Sposta il promemoria della spazzatura a martedì sera, che la raccolta l'hanno anticipata "
    "a mercoledì mattina.",
])
def test_a_reason_with_a_noun_or_participle_of_asking_is_left_out(text: str) -> None:
    assert without_reason_clause(text) == text.split(",")[0] + "."


def test_a_take_away_then_forget_it_is_no_calling_off() -> None:
    text = "Ah no, cancellalo, ho già finito, lascia stare."
    assert called_off(text) == text
    assert called_off("Metti un timer di dieci minuti per le uova, anzi no, lascia stare.") \
        == "lascia stare"


@pytest.mark.parametrize(("lang", "text", "asked"), [
    ("fr", "à quelle heure ?", "à quelle heure est l'événement dîner avec Anna"),
    ("es", "¿Y a qué hora termina, que luego tengo que ir al banco?",
     "a qué hora termina el evento dîner avec Anna"),
    ("it", "E a che ora?", "a che ora è l'evento dîner avec Anna"),
])
def test_when_asked_without_naming_it(lang: str, text: str, asked: str) -> None:
    assert pointed(text, {"type": "event", "name": "dîner avec Anna"}, lang) == asked


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # Bavarian "grad no einen": one more, on the day of the one before
    ("de", ["Stell mir einen Wecker am Sonntag um sechs.", "Und grad no einen um halb sieben."],
     {"new": [{"kind": "alarm", "time": "06:00", "date": "2026-12-06"},
              {"kind": "alarm", "time": "06:30", "date": "2026-12-06"}]}),
    # Roman "aspe'", "sbajato": a correction of the clock
    ("it", ["Ricordami giovedì alle otto di sera di chiamare l'idraulico.",
            "No aspe', ho sbajato, alle sette, che poi esce."],
     {"new": [{"kind": "reminder", "due": "2026-12-03T19:00", "about": ["idraulico"]}]}),
    # Roman "cose da fa'": the to-do list; then the other list asked the same
    ("it", ["Cosa c'è nella lista delle cose da fa'?", "E nella spesa?"],
     {"mention": ["latte"]}),
    # the time of a thing whose day was asked, with a Provençal word after it
    ("fr", ["Le dîner avec Anna, c'est quel jour ?", "Et à quelle heure, peuchère ?"],
     {"mention": ["19:30"]}),
    # its end, asked with why after it
    ("es", ["¿Cuándo es la reunión de equipo?",
            "¿Y a qué hora acaba, que luego tengo que ir al banco?"],
     {"mention": ["10:00"]}),
    # the time a reminder was left at, asked right after it was moved
    ("es", ["Pasa el recordatorio de llamar al dentista a las seis de la tarde.",
            "¿A qué hora me queda, entonces?"],
     {"changed": {"R1": {"due": "2026-12-01T18:00"}}, "mention": ["18:00"]}),
    # a reason's day left out when it names a noun of asking ("déménagement" is no
    # "déplace") or a past participle ("anticipata" is no "anticipa")
    ("fr", ["Déplace le rappel pour sortir les poubelles à mercredi à vingt heures, jeudi avec "
            "le déménagement ce sera compliqué."],
     {"changed": {"R2": {"due": "2026-12-02T20:00"}}}),
    ("it", ["Sposta il promemoria della spazzatura a martedì sera alle nove, che la raccolta "
            "l'hanno anticipata a mercoledì mattina."],
     {"changed": {"R2": {"due": "2026-12-01T21:00"}}}),
    # "forget it" after the thing just made is taken away: it is gone
    ("it", ["Metti un timer di dieci minuti per le uova.",
            "Ah no, aspetta, cancellalo, le ho già tolte, lascia stare."], {}),
    ("fr", ["Ajoute des clémentines à la liste de courses.",
            "Ah non, laisse tomber, enlève-les, il y en a plein au marché, té."], {}),
    # another reminder, its own errand said as a clause, the same time
    ("de", ["Erinner mich am Mittwoch um neun, dass ich den Schornsteinfeger anrufe.",
            "Und am Freitag, gleiche Zeit, dass ich die Gästebetten beziehe."],
     {"new": [{"kind": "reminder", "due": "2026-12-02T09:00", "about": ["Schornsteinfeger"]},
              {"kind": "reminder", "due": "2026-12-04T09:00", "about": ["Gästebetten"]}]}),
])
def test_holiday_let_conversations(lang: str, turns: list[str], expect: dict) -> None:
    judged(lang, turns, expect)
