"""An event made to end at another time or to last longer or shorter
(hark.text.event_length and the calendar skill's calendar_length), in five languages.
Written apart from the held-out sets."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest

from hark.text.event_length import asked, plain, said
from tests.conversations import judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from dialogue_bench import judge  # noqa: E402


@pytest.mark.parametrize(("lang", "text", "kind", "words"), [
    ("en", "could the board meeting wrap up at quarter to twelve instead", "end",
     "quarter to twelve"),
    ("en", "the school play will go on until 8 now", "end", "8"),
    ("en", "my physio session is going to be forty-five minutes", "length",
     "forty-five minutes"),
    ("en", "stretch the review by twenty minutes please", "longer", "twenty minutes"),
    ("en", "make the standup ten minutes shorter", "shorter", "ten minutes"),
    ("de", "Der Elternabend geht heute bis neun Uhr", "end", "neun uhr"),
    ("de", "verkürz das Training um eine halbe Stunde", "shorter", "eine halbe stunde"),
    ("fr", "Le cours de yoga finit à vingt heures maintenant", "end", "vingt heures"),
    ("fr", "le repas durera deux heures", "length", "deux heures"),
    ("es", "Que la clase termine a las ocho, por favor", "end", "ocho"),
    ("es", "acórtame la reunión diez minutos", "shorter", "diez minutos"),
    ("it", "La lezione dura un'ora e mezza", "length", "un'ora e mezza"),
    ("it", "prolunga la visita di venti minuti", "longer", "venti minuti"),
])
def test_changes_read(lang: str, text: str, kind: str, words: str) -> None:
    got = asked(text, lang)
    assert got is not None and (got.kind, got.words) == (kind, words)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what time does the board meeting finish?"),
    ("en", "how long is the review?"),
    ("en", "add a workshop on Friday from two until four"),
    ("en", "the pasta is two minutes from done"),
    ("en", "add 5 minutes to the pasta"),
    ("de", "bis wann geht die Teambesprechung?"),
    ("fr", "elle finit à quelle heure, la réunion ?"),
    ("es", "¿a qué hora termina la cena?"),
    ("it", "aggiungi un appuntamento venerdì fino alle sei"),
])
def test_not_changes(lang: str, text: str) -> None:
    assert asked(text, lang) is None


def test_said_and_read_back() -> None:
    for lang in ("en", "de", "fr", "es", "it"):
        for text, kind in (("the gig ends at eleven", "end"), ("extend the gig by an hour",
                                                                  "longer")):
            a = asked(text, "en")
            assert a is not None and a.kind == kind
            back = plain(said(a, "gig night", lang))
            assert back is not None and back[0] == kind and back[1] == "gig night"


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["The dentist said my appointment on Wednesday will take an hour now."],
     {"changed": {"E2": {"end": "2026-12-02T15:00"}}}),
    ("en", ["Could dinner with Anna finish at ten instead?"],
     {"changed": {"E3": {"end": "2026-12-04T22:00"}}}),
    ("en", ["When's the team meeting?", "make it fifteen minutes longer"],
     {"changed": {"E1": {"end": "2026-12-01T10:15"}}}),
    ("en", ["Add a quiz night on Thursday at 8pm.", "It'll be three hours, block it out"],
     {"new": [{"kind": "event", "start": "2026-12-03T20:00", "about": ["quiz"],
               "end": "2026-12-03T23:00"}]}),
    ("de", ["Die Teambesprechung dauert jetzt anderthalb Stunden."],
     {"changed": {"E1": {"end": "2026-12-01T10:30"}}}),
    ("fr", ["Prolonge le dîner avec Anna d'une heure."],
     {"changed": {"E3": {"end": "2026-12-04T22:30"}}}),
    ("es", ["La cita con el dentista, que termine a las tres."],
     {"changed": {"E2": {"end": "2026-12-02T15:00"}}}),
    ("it", ["La riunione di squadra di domani finisce alle undici."],
     {"changed": {"E1": {"end": "2026-12-01T11:00"}}}),
    # an end before the start changes nothing
    ("en", ["Make the team meeting end at eight in the morning."], {}),
    # no event named and none talked about: nothing changes
    ("en", ["it'll be two hours"], {}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


# ------------------------------------------------------------ the rest of the week's planning


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Is my Thursday morning clear at half ten, or is something on then?",
     "am I free on Thursday at 10:30?"),
    ("de", "Hätte ich am Freitag um 9 Uhr Zeit für einen Anruf?",
     "Was steht am Freitag um 9:00 Uhr im Kalender?"),
    ("fr", "Le plombier propose jeudi vers dix heures. Je suis dispo à ce moment-là ?",
     "Suis-je libre jeudi à 10 h 00 ?"),
    ("es", "¿Estoy libre el viernes a las nueve y media?",
     "¿Tengo algo el viernes a las 9:30?"),
    ("it", "Sono libera giovedì alle dieci?", "Sono libero giovedì alle 10:00?"),
    # what is asked after the question stays
    ("en", "is my calendar free on thursday evening? if it is, pop gym in at 6pm",
     "is my calendar free on thursday evening? if it is, pop gym in at 6pm"),
    ("en", "Is my Friday clear at 3? If so, book a haircut.",
     "am I free on Friday at 15:00? If so, book a haircut."),
    # a statement, no question: left as it was
    ("en", "I'm free on Friday at 9, book a haircut then", None),
    ("en", "am I free tomorrow?", None),
])
def test_free_asked(lang: str, text: str, said: str | None) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.text.free_asked import plain as free_plain

    now = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
    assert free_plain(text, lang, now) == (said or text)


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("en", "The gig's off, take the gig night out of my calendar", "the gig night"),
    ("en", "ok scrap the quiz night", "the quiz night"),
    ("de", "Den Elternabend kannst du rausnehmen.", "Den Elternabend"),
    ("de", "Nimm bitte das Training raus", "das Training"),
    ("en", "what's on tomorrow?", None),
])
def test_event_dropped(lang: str, text: str, words: str | None) -> None:
    from hark.text.event_dropped import asked as dropped

    assert dropped(text, lang) == words


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Anna's ill, take dinner off my calendar"], {"gone": ["E3"]}),
    ("de", ["Die Teambesprechung fällt aus, die kannste rausnehmen."], {"gone": ["E1"]}),
    # "take the bins out" is a chore: no event is taken out
    ("en", ["remind me tomorrow at 8 to take the bins out"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["bins"]}]}),
    ("de", ["Wann ist die Teambesprechung?",
            "Dann schieb die ma 'ne Stunde nach hinten, vorher schaff ich das nicht."],
     {"changed": {"E1": {"start": "2026-12-01T10:00"}}}),
    ("en", ["Add lunch with Priya tomorrow at noon.",
            "Ugh, she can't do tomorrow after all, put it on Friday instead, same time."],
     {"new": [{"kind": "event", "start": "2026-12-04T12:00", "about": ["Priya"]}]}),
    ("de", ["Was hab ich alles bis Mittwoch?"], {"mention": ["Teambesprechung", "Zahnarzt"],
                                                "absent": ["Anna"]}),
    ("it", ["Sono libero mercoledì alle due del pomeriggio?"], {"mention": ["dentista"]}),
    ("fr", ["Je suis libre jeudi à 14 h ?"], {"absent": ["dentiste", "Anna"]}),
])
def test_week_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "ok so what's Friday looking like now?", "what have I got on Friday?"),
    ("en", "how am I looking tomorrow", "what have I got tomorrow?"),
    ("de", "Und wie sieht's dann am Freitag aus?", "Was habe ich am Freitag?"),
    ("fr", "Et samedi, ça donne quoi ?", "J'ai quoi samedi ?"),
    ("es", "¿Y cómo ando el viernes?", "¿Qué tengo el viernes?"),
    ("it", "E sabato come sto messa?", "Che cosa ho sabato?"),
    ("en", "what's the weather looking like on Friday?", None),
])
def test_day_looks(lang: str, text: str, said: str | None) -> None:
    from hark.text.day_looks import plain as looks

    assert looks(text, lang) == (said or text)


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "could you put in a haircut on Friday at 9 and a dentist check-up on Tuesday at 4pm",
     "add a haircut on Friday at 9, and add a dentist check-up on Tuesday at 4pm"),
    ("de", "Trag mir zwei Termine ein: Freitag um acht Yoga und Samstag um zehn Flohmarkt.",
     "trag Freitag um acht Yoga ein und trag Samstag um zehn Flohmarkt ein"),
    ("it", "segnami venerdì alle nove il meccanico e sabato alle dieci il mercato",
     "metti in agenda venerdì alle nove il meccanico e metti in agenda sabato alle dieci il "
     "mercato"),
    # one event whose title has "and"; other kinds of things; no time on one side
    ("en", "add dinner with Anna and Tom on Saturday at 7", None),
    ("en", "put the alarm at 7 and the reminder at 8 tomorrow", None),
    ("en", "add milk and eggs on Friday", None),
    ("en", "add a call with the Bangalore office on Wednesday at 10:30 for 45 minutes, and same "
     "on Friday also", None),
    ("it", "Segna in agenda una visita giovedì alle 16 e ricordami giovedì alle 15 di portare "
     "le analisi.", None),
])
def test_events_paired(lang: str, text: str, said: str | None) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.text.event_pairs import events_paired

    now = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
    assert events_paired(text, lang, now) == (said or text)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Book a haircut on Friday at 9am and a car service on Saturday at 10am."],
     {"new": [{"kind": "event", "start": "2026-12-04T09:00", "about": ["haircut"]},
              {"kind": "event", "start": "2026-12-05T10:00", "about": ["car service"]}]}),
    ("fr", ["Ajoute le marché de Noël samedi à onze heures et la chorale dimanche à "
            "dix-sept heures."],
     {"new": [{"kind": "event", "start": "2026-12-05T11:00", "about": ["marché"]},
              {"kind": "event", "start": "2026-12-06T17:00", "about": ["chorale"]}]}),
    ("en", ["So what's Friday looking like?"], {"mention": ["Anna", "19:30"]}),
    ("it", ["E venerdì come sono messo?"], {"mention": ["Anna"]}),
])
def test_more_week_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "make it an hour later"),
    ("en", "Please make it half hour more early."),
    ("en", "push the team meeting to 11, I'm stuck on the school run till then"),
    ("es", "La reunión de equipo de mañana, ponla una hora más tarde por favor."),
    ("de", "mach sie eine Stunde später"),
])
def test_shifts_are_no_length(lang: str, text: str) -> None:
    assert asked(text, lang) is None


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["When's the team meeting?", "ok make it an hour later"],
     {"changed": {"E1": {"start": "2026-12-01T10:00"}}}),
    ("en", ["Push dinner with Anna to eight.", "No wait, scratch that, leave it at half seven."],
     {}),
    ("en", ["add to book a taxi to my to-do list"], {"added_items": {"to-do": ["book a taxi"]}}),
    ("it", ["Sposta la cena con Anna a sabato.",
            "No, lascia perdere, rimettila com'era. E venerdì come sono messo?"],
     {"mention": ["Anna", "19:30"]}),
])
def test_shifts_and_takebacks(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


@pytest.mark.parametrize(("text", "said"), [
    ("Stick a quiz night in for Friday at 8", "put a quiz night in the calendar for Friday at 8"),
    ("can you chuck that in my calendar", "can you put that in my calendar"),
    ("bung the vet in the diary for Monday", "put the vet in the diary for Monday"),
    ("stick the kettle on", "stick the kettle on"),
    ("pop 2 minutes on the pasta timer", "pop 2 minutes on the pasta timer"),
])
def test_put_in(text: str, said: str) -> None:
    from hark.text.put_in import put_in

    assert put_in(text) == said


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["Chuck a coffee with Sione in for Thursday arvo, half three, for an hour eh."],
     {"new": [{"kind": "event", "start": "2026-12-03T15:30", "about": ["Sione"],
               "end": "2026-12-03T16:30"}]}),
    ("en", ["right so my driving test is on the 9th, it starts at 10 am and goes forty minutes, "
            "can you stick that in my calendar"],
     {"new": [{"kind": "event", "start": "2026-12-09T10:00", "about": ["driving test"],
               "end": "2026-12-09T10:40"}]}),
])
def test_colloquial_adds(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("fr", ["Décale la réunion d'équipe à jeudi.", "Non pardon, pas jeudi : vendredi."],
     {"changed": {"E1": {"start": "2026-12-04T09:00"}}}),
    ("it", ["Mettimi sabato alle dieci di mattina il mercato.", "No aspetta, sabato no, domenica."],
     {"new": [{"kind": "event", "start": "2026-12-06T10:00", "about": ["mercato"]}]}),
    ("de", ["Verschieb die Teambesprechung auf Donnerstag.", "Nein, nicht Donnerstag, Freitag."],
     {"changed": {"E1": {"start": "2026-12-04T09:00"}}}),
    # an event just made, its day corrected (a title the model has not seen)
    ("en", ["Add a bake sale on Friday at 3pm.", "no, not Friday, Saturday"],
     {"new": [{"kind": "event", "start": "2026-12-05T15:00", "about": ["bake sale"]}]}),
    # two days, none said with "not": no correction of the event
    ("en", ["move dinner with Anna to Saturday", "what's on Thursday and Friday?"],
     {"changed": {"E3": {"start": "2026-12-05T19:30"}}, "mention": ["Thursday"]}),
    # a word that calls out first is no item and no title
    ("it", ["Senti, nella lista delle cose da fare aggiungimi pagare la bolletta."],
     {"added_items": {"to-do": ["pagare la bolletta"]}}),
    ("fr", ["Bon, ajoute jeudi à midi pour un déjeuner avec Paul."],
     {"new": [{"kind": "event", "start": "2026-12-03T12:00", "about": ["Paul"]}]}),
])
def test_corrections_and_openers(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


@pytest.mark.parametrize(("lang", "turns", "mention", "absent"), [
    ("fr", ["Décale la réunion d'équipe à onze heures.", "Et elle finit à quelle heure, du coup ?"],
     ["12:00"], []),
    ("de", ["Verschieb die Teambesprechung auf 14 Uhr.", "Und bis wann geht die dann?"],
     ["15:00"], []),
    ("es", ["Mueve la cena con Anna al sábado.", "¿Y hasta qué hora es?"], ["21:30"], []),
    ("it", ["Sposta la riunione di squadra a giovedì.", "E a che ora finisce?"], ["10:00"], []),
    ("de", ["Wie lang geht mein Zahnarzttermin?", "Und um wie viel Uhr bin ich da raus?"],
     ["14:30"], []),
    # another event named: asked of that one
    ("it", ["Sposta la riunione di squadra a giovedì.", "E quand'è la cena con Anna?"],
     ["19:30"], []),
])
def test_event_asked(lang: str, turns: list[str], mention: list[str], absent: list[str]) -> None:
    row = {"lang": lang, "names": lang, "kind": "calendar", "turns": turns,
           "expect": {"mention": mention, "absent": absent, "changed": {}}}
    row["expect"].pop("changed")
    ok, answers, diff = asyncio.run(judge(row))
    # (the first turn's move is in the diff; only the answer is looked at here)
    from manage_bench import says

    assert says(row["expect"], answers[-1]), answers


@pytest.mark.parametrize(("text", "said"), [
    ("The school rang, so Thursday's parents' evening will have to go to six thirty.",
     "move Thursday's parents' evening to six thirty"),
    ("My dentist appointment has been pushed back to Friday at 10, so change that, and I'll "
     "need a reminder tomorrow at 9 to ring them",
     "move My dentist appointment to Friday at 10, and set a reminder tomorrow at 9 to ring them"),
    ("the pasta needs two more minutes", None),
    ("move the meeting to 3", None),
])
def test_told_moved(text: str, said: str | None) -> None:
    from hark.text.told_moved import told_moved

    assert told_moved(text) == (said or text)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # the answer to "when is it?" with its length or its end
    ("en", ["Add a school concert to my calendar.",
            "It's on Wednesday, six in the evening, and it goes on until half past seven."],
     {"new": [{"kind": "event", "start": "2026-12-02T18:00", "about": ["concert"],
               "end": "2026-12-02T19:30"}]}),
    ("de", ["Trag mir einen Termin beim Optiker ein.", "Am Montag um halb elf, das dauert "
            "eine Stunde."],
     {"new": [{"kind": "event", "start": "2026-12-07T10:30", "about": ["Optiker"],
               "end": "2026-12-07T11:30"}]}),
    # a new start and a new end in one turn
    ("en", ["When is the team meeting?", "Make it ten o'clock instead, and have it run till noon."],
     {"changed": {"E1": {"start": "2026-12-01T10:00", "end": "2026-12-01T12:00"}}}),
    ("en", ["Tomorrow's team meeting has been brought forward to half eight, so change that."],
     {"changed": {"E1": {"start": "2026-12-01T08:30"}}}),
])
def test_answers_and_told_moves(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("de", ["Erinner mich drei Stunden vor dem Zahnarzttermin an die Überweisung."],
     {"new": [{"kind": "reminder", "due": "2026-12-02T11:00", "about": ["Überweisung"]}]}),
    ("es", ["Che, la cena con Anna córrela pa las nueve."],
     {"changed": {"E3": {"start": "2026-12-04T21:00"}}}),
    ("de", ["Das Abendessen mit Anna, das is verschoben worden, auf Samstag. Änder das bitte."],
     {"changed": {"E3": {"start": "2026-12-05T19:30"}}}),
])
def test_more_languages(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "move the team meeting to Friday and the dentist appointment to Thursday",
     "reschedule the team meeting to Friday, and reschedule the dentist appointment to "
     "Thursday"),
    ("es", "Corra la reunión para el viernes y la cena para el domingo.",
     "mueve la reunión para el viernes y mueve la cena para el domingo."),
    ("en", "move dinner with Anna to Saturday and Sunday", None),
    ("en", "move dinner with anna to 8 and then remind me to leave at 7:15", None),
    ("it", "Sposta la riunione alle undici e inoltre mettimi un promemoria alle otto", None),
    ("en", "add milk and eggs to the list", None),
])
def test_moves_paired(lang: str, text: str, said: str | None) -> None:
    from hark.text.moves_paired import moves_paired

    assert moves_paired(text, lang) == (said or text)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["move dinner with Anna to Saturday and the dentist appointment to Thursday"],
     {"changed": {"E3": {"start": "2026-12-05T19:30"}, "E2": {"start": "2026-12-03T14:00"}}}),
    ("en", ["Add a bake sale on Friday at 3pm and a quiz on Thursday at 8pm.",
            "move the bake sale to Saturday at 3pm and the quiz to Sunday at 8pm"],
     {"new": [{"kind": "event", "start": "2026-12-05T15:00", "about": ["bake sale"]},
              {"kind": "event", "start": "2026-12-06T20:00", "about": ["quiz"]}]}),
    # one of the two moves taken back, named by a word of its title
    ("es", ["Mueve la cena con Anna al sábado y la cita del dentista al jueves.",
            "No, la del dentista déjala como estaba. Lo de Anna sí."],
     {"changed": {"E3": {"start": "2026-12-05T19:30"}}}),
])
def test_two_moves(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "calendar", item_words=False)
