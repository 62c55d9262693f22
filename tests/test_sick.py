"""Under the weather: noises written in, news then "put that in the calendar", an event's
start and length said after it, a reminder named by its errand, "a new one" of the kind
talked about, regional words, and the readers behind them (hark.text.noises,
hark.text.noted_after, hark.text.event_length, hark.text.errand_first,
hark.dialogue.one_of_kind, hark.dialogue.list_pointed), in five languages. Written apart
from the held-out sets."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

from hark.dialogue.list_pointed import colon_more
from hark.dialogue.one_of_kind import new_of_kind
from hark.text.errand_first import errand_first
from hark.text.event_length import asked, start_first
from hark.text.noises import without_noises
from hark.text.noted_after import noted_after
from hark.text.regional_words import in_standard_words
from hark.text.story_first import without_story
from tests.conversations import judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402


@pytest.mark.parametrize(("text", "plain"), [
    ("Right — *cough* — set a timer for six minutes.", "Right, set a timer for six minutes."),
    ("[sneezes] add tissues to the list", "add tissues to the list"),
    ("Stell *hust* einen Wecker um sieben", "Stell einen Wecker um sieben"),
    ("Ajoute du miel... *tousse* et du citron", "Ajoute du miel... et du citron"),
    # emphasis keeps its words; brackets that are no noise stay as they are
    ("I *really* need lemons", "I really need lemons"),
    ("add milk (the oat one)", "add milk (the oat one)"),
])
def test_noises_dropped(text: str, plain: str) -> None:
    assert without_noises(text) == plain


@pytest.mark.parametrize(("text", "lang", "plain"), [
    ("I've got the chiropodist on Friday at 11. Pop that in the diary.", "en",
     "Put the chiropodist on Friday at 11 in my calendar."),
    ("Tomorrow I have to see the nurse at 2pm, could you put it in my calendar?", "en",
     "Put the nurse at 2pm Tomorrow in my calendar."),
    ("Am Freitag hab ich Krankengymnastik um zehn. Trag das bitte ein.", "de",
     "Trag mir Krankengymnastik um zehn Am Freitag ein."),
    ("J'ai l'ostéo vendredi à dix heures, note-le dans l'agenda.", "fr",
     "Note dans l'agenda l'ostéo vendredi à dix heures."),
    ("Tengo el fisio el viernes a las diez, anótalo.", "es",
     "Apunta en el calendario el fisio el viernes a las diez."),
    ("Venerdì alle dieci ho l'ortopedico, segnamelo in agenda.", "it",
     "Segna in agenda alle dieci l'ortopedico Venerdì."),
    # a request of its own, or nothing pointed back at: left as it was
    ("Put the physio on Friday at 11 in my calendar.", "en",
     "Put the physio on Friday at 11 in my calendar."),
    ("I feel awful. Put the kettle on.", "en", "I feel awful. Put the kettle on."),
])
def test_news_then_put_in(text: str, lang: str, plain: str) -> None:
    assert noted_after(text, lang) == plain


@pytest.mark.parametrize(("text", "lang", "plain"), [
    ("I have to phone the pharmacy on Friday. Remind me to do that at 10.", "en",
     "Remind me to phone the pharmacy on Friday at 10."),
    ("Ich muss am Freitag die Apotheke anrufen. Erinnere mich um zehn daran.", "de",
     "Erinnere mich am Freitag um zehn daran, die Apotheke anrufen."),
    ("Il faut que je rappelle le médecin vendredi. Rappelle-moi ça à dix heures.", "fr",
     "Rappelle-moi rappelle le médecin vendredi à dix heures."),
    ("Tengo que pedir la receta el viernes. Recuérdamelo a las diez.", "es",
     "Recuérdame pedir la receta el viernes a las diez."),
    ("Venerdì devo ritirare le analisi. Ricordamelo alle dieci.", "it",
     "Ricordami di ritirare le analisi Venerdì alle dieci."),
    # news with no errand in it: left as it was
    ("It's Sam's birthday on Friday. Remind me about it at 10.", "en",
     "It's Sam's birthday on Friday. Remind me about it at 10."),
])
def test_news_then_remind_me(text: str, lang: str, plain: str) -> None:
    assert noted_after(text, lang) == plain


@pytest.mark.parametrize(("text", "lang", "plain"), [
    ("Mein Sohn hat Windpocken. Setz Zinksalbe auf die Einkaufsliste.", "de",
     "Setz Zinksalbe auf die Einkaufsliste."),
    ("Je suis cloué au lit. Annule la réunion d'équipe.", "fr", "Annule la réunion d'équipe."),
    # the news says a day, or the request points back at it: left as it was
    ("Am Freitag muss ich zum Arzt. Trag das ein.", "de",
     "Am Freitag muss ich zum Arzt. Trag das ein."),
    ("Tengo cita con el médico. Apúntalo para el jueves.", "es",
     "Tengo cita con el médico. Apúntalo para el jueves."),
    ("Annule la réunion d'équipe.", "fr", "Annule la réunion d'équipe."),
])
def test_news_before_a_request(text: str, lang: str, plain: str) -> None:
    assert without_story(text, lang) == plain


@pytest.mark.parametrize(("text", "lang", "kind", "words"), [
    ("He'll be about forty minutes.", "en", "length", "forty minutes"),
    ("It's only twenty minutes, mind.", "en", "length", "twenty minutes"),
    ("Die dauert nur 'ne Viertelstunde.", "de", None, None),
    ("Der dauert eine halbe Stunde.", "de", "length", "eine halbe stunde"),
    ("ça dure environ une heure.", "fr", "length", "une heure"),
    ("ça dure trois quarts d'heure.", "fr", "length", "trois quarts d'heure"),
    ("Dura media hora, o sea hasta las diez y media.", "es", "end", "diez y media"),
])
def test_length_said_after(text: str, lang: str, kind: str | None, words: str | None) -> None:
    got = asked(text, lang)
    if kind is None:
        assert got is None or got.kind == "length"
        return
    assert got is not None and (got.kind, got.words) == (kind, words)


@pytest.mark.parametrize(("text", "lang", "parts"), [
    ("Quarter past two, and it's only twenty minutes.", "en",
     ("Quarter past two", "it's only twenty minutes.")),
    ("Um drei, das dauert eine Stunde.", "de", ("Um drei", "das dauert eine Stunde.")),
    ("A las cinco, dura media hora.", "es", ("A las cinco", "dura media hora.")),
    # a length alone, or no clock first
    ("It lasts an hour.", "en", None),
    ("The physio, it lasts an hour.", "en", None),
])
def test_start_then_length(text: str, lang: str, parts: tuple[str, str] | None) -> None:
    assert start_first(text, lang) == parts


@pytest.mark.parametrize(("text", "plain"), [
    ("Y lo de llamar al fontanero, bórralo.", "borra el recordatorio de llamar al fontanero."),
    ("lo de comprar pan el sábado, pásalo al domingo",
     "pasa el recordatorio de comprar pan el sábado al domingo"),
    # no errand (no verb first): left as it was
    ("Lo del viernes, bórralo.", "Lo del viernes, bórralo."),
])
def test_errand_first(text: str, plain: str) -> None:
    assert errand_first(text) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Ah, y sacá los huevos", "ah, y quita los huevos"),
    ("sacá ese timer", "sacá ese timer"),
    ("Trag ma inn Kalender ein: Physio", "Trag mir in den Kalender ein: Physio"),
    ("schreib Zwieback auf'n Einkaufszettel", "schreib Zwieback auf die Einkaufsliste"),
    ("den Wecker kannste wegmachen", "den Wecker kannst du löschen"),
    ("Machen S' ma an Timer", "Machen Sie mir einen Timer"),
    ("Spostame 'a sveglia alle nove", "Spostami la sveglia alle nove"),
    ("mettime 'nu timer pe' 'o sugo", "mettimi un timer per il sugo"),
    ("ponme un recordatorio pa' tomar la pastilla", "ponme un recordatorio para tomar la pastilla"),
])
def test_regional_words(text: str, plain: str) -> None:
    assert in_standard_words(text).lower() == plain.lower()


@pytest.mark.parametrize(("text", "kind", "lang", "said"), [
    ("Y pon otra para el jueves a las ocho", "alarm", "es",
     "Y pon otra alarma para el jueves a las ocho"),
    ("Et mets-moi un autre à neuf heures", "reminder", "fr",
     "Et mets-moi un autre rappel à neuf heures"),
    ("Stell mir noch einen für fünf Minuten", "timer", "de",
     "Stell mir noch einen Timer für fünf Minuten"),
    # the kind already said, or nothing made: None
    ("Y pon otra alarma a las ocho", "alarm", "es", None),
    ("otra vez", "alarm", "es", None),
])
def test_new_one_of_the_kind(text: str, kind: str, lang: str, said: str | None) -> None:
    assert new_of_kind(text, kind, lang) == said


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("E anche: ritirare le analisi.", "it", "aggiungi ritirare le analisi nella lista to-do"),
    ("And also: ring the school", "en", "add ring the school on the to-do list"),
    ("Et aussi: acheter des mouchoirs", "fr", "ajoute acheter des mouchoirs sur la liste to-do"),
    ("E quando scade?", "it", None),
])
def test_more_after_a_colon(text: str, lang: str, said: str | None) -> None:
    got = colon_more(text, "to-do", lang)
    assert (got is None) == (said is None)
    if said is not None:
        assert got is not None and got.split()[0] == said.split()[0] and \
            said.split()[1] in got


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # noises, then a correction of the timer just set
    ("en", ["Set a timer for the steam, eight minutes.", "Sorry — *sniff* — no, ten."],
     {"new": [{"kind": "timer", "seconds": 600}]}),
    ("de", ["Stell mir einen Timer für'n Kamillentee, vier Minuten.",
            "Nee, mach sechs draus, der soll kräftig werden."],
     {"new": [{"kind": "timer", "seconds": 360, "name": "Kamillentee"}]}),
    # an event made on a day, then its time and length
    ("en", ["Put the osteopath in the calendar for Thursday.",
            "Twenty past ten in the morning, and it's only half an hour."],
     {"new": [{"kind": "event", "start": "2026-12-03T10:20", "end": "2026-12-03T10:50",
               "about": ["osteopath"]}]}),
    ("es", ["Apúntame el fisio el viernes.", "A las cuatro y media, dura una hora."],
     {"new": [{"kind": "event", "start": "2026-12-04T16:30", "end": "2026-12-04T17:30",
               "about": ["fisio"]}]}),
    ("fr", ["Note-moi l'ostéo mercredi à onze heures.", "Ça dure trois quarts d'heure."],
     {"new": [{"kind": "event", "start": "2026-12-02T11:00", "end": "2026-12-02T11:45",
               "about": ["ostéo"]}]}),
    # news, then "put it in"
    ("en", ["I've got the chiropodist on Friday at 11. Pop that in the diary."],
     {"new": [{"kind": "event", "start": "2026-12-04T11:00", "about": ["chiropodist"]}]}),
    ("it", ["Venerdì alle dieci ho l'ortopedico, segnamelo in agenda."],
     {"new": [{"kind": "event", "start": "2026-12-04T10:00", "about": ["ortopedico"]}]}),
    # news, then "remind me of that"
    ("en", ["I need to ring the vet tomorrow. Remind me about that at 9."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["vet"]}]}),
    ("es", ["Tengo que llamar a la clínica mañana. Recuérdamelo a las nueve."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["clínica"]}]}),
    ("it", ["Domani devo chiamare la clinica. Ricordamelo alle nove."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["clinica"]}]}),
    # a seeded alarm deleted by its name, a reminder by its errand
    ("es", ["Quítame la alarma de natación del sábado, estoy con fiebre."], {"gone": ["A3"]}),
    ("es", ["Lo de sacar la basura el jueves, bórralo, lo hace mi hijo."], {"gone": ["R2"]}),
    ("en", ["Remind me to ring the surgery tomorrow at 9.",
            "And the one about calling the dentist, push that to Friday, same time."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["surgery"]}],
      "changed": {"R1": {"due": "2026-12-04T10:00"}}}),
    # "a new one" after an alarm was deleted
    ("es", ["Borrá la alarma de natación.", "Y poné una nueva para el domingo a las nueve."],
     {"gone": ["A3"], "new": [{"kind": "alarm", "time": "09:00", "date": "2026-12-06"}]}),
    # a daily reminder, then another the same at another time
    ("es", ["Recuérdame tomar el antibiótico todos los días a las ocho de la mañana.",
            "Y otro igual a las ocho de la noche."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["antibiótico"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]},
              {"kind": "reminder", "due": "2026-11-30T20:00", "about": ["antibiótico"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}]}),
    # "every morning" in German is daily; news first; "another the same" in the evening
    ("de", ["Mein Mann liegt mit Grippe flach. Erinnere mich jeden Morgen um acht an den "
            "Hustensaft.", "Und abends auch eine, um acht."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["Hustensaft"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]},
              {"kind": "reminder", "due": "2026-11-30T20:00", "about": ["Hustensaft"],
               "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}]}),
    # a new German list named after a comma, filled with "da kommt … drauf"
    ("de", ["Mach mir eine neue Liste, die soll Drogerie heißen.",
            "Da kommt Taschentücher drauf und Lutschtabletten.",
            "Und, das hätte ich fast vergessen, Wärmflasche."],
     {"added_items": {"drogerie": ["Taschentücher", "Lutschtabletten", "Wärmflasche"]}}),
    # the list said first with "de": one item taken off, never the whole list
    ("es", ["Crea una lista que se llame farmacia.",
            "Ah, y de la lista del súper quita la leche, que ya compré."],
     {"gone_items": {"shopping": ["leche"]}, "added_items": {}}),
    # lists: a removal and an adding in one breath, a dialect "them", a colon
    ("en", ["Take eggs off t'shopping list and put soup on instead, for me throat."],
     {"gone_items": {"shopping": ["eggs"]}, "added_items": {"shopping": ["soup"]}}),
    ("en", ["Put honey on the shopping list.", "And them throat sweets, the cheap ones."],
     {"added_items": {"shopping": ["honey", "throat sweets"]}}),
    ("fr", ["Crée une liste intitulée pharmacie.", "Ajoute-y du paracétamol."],
     {"added_items": {"pharmacie": ["paracétamol"]}}),
    ("it", ["Aggiungi alla to-do: chiamare il medico.", "E anche: avvisare la scuola."],
     {"added_items": {"to-do": ["chiamare il medico", "avvisare la scuola"]}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "sick")


@pytest.mark.parametrize(("lang", "turns", "said"), [
    ("en", ["Move the team meeting to Thursday.", "Thanks. And what time is dinner with Anna?"],
     "7:30 PM"),
    ("en", ["How many things are on my to-do list?", "Right, and what are they?"], "passport"),
    ("it", ["Cosa c'è nella to-do?"], "passaporto"),
    ("de", ["Grüß Gott. Wann is mei nächste Erinnerung?"], "Zahnarzt"),
])
def test_questions(lang: str, turns: list[str], said: str) -> None:
    names = {"names": lang} if lang != "en" else {}
    row = {"lang": lang, "kind": "sick", "turns": turns, "expect": {}, **names}
    ok, answers, diff = asyncio.run(judge(row))
    assert said in answers[-1], (answers, diff)
