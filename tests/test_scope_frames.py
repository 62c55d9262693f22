"""A reminder or a list entry about something Hark cannot do is still a reminder or a list
entry: the words' frame, read when the model says out of scope."""

from __future__ import annotations

import pytest

from hark.nlu.engine import NLU
from hark.nlu.scope_frames import framed


@pytest.mark.parametrize(("text", "language", "intent"), [
    ("Recuérdame pagar la factura del móvil el día cinco", "es", "calendar_set"),
    ("Rappelle-moi de fermer la porte à clé à 22h", "fr", "calendar_set"),
    ("Erinnere mich morgen daran, die Miete zu überweisen", "de", "calendar_set"),
    ("Ricordami di pagare il bollo dell'auto", "it", "calendar_set"),
    ("remind me to renew the car insurance on Monday", "en", "calendar_set"),
    ("add pay the gas bill to my to-do list", "en", "lists_createoradd"),
    ("Setz Druckerpatronen auf die Einkaufsliste", "de", "lists_createoradd"),
    ("Mets « appeler l'assurance » sur ma liste", "fr", "lists_createoradd"),
    ("Apunta revisar la caldera en la lista de tareas", "es", "lists_createoradd"),
    ("Metti le pile nella lista della spesa", "it", "lists_createoradd"),
])
def test_reminder_and_list_frames(text: str, language: str, intent: str) -> None:
    assert framed(text, language) == intent


@pytest.mark.parametrize(("text", "language"), [
    ("Paga la bolletta della luce", "it"),
    ("I need a list of hotels in Rome", "en"),
    ("take the batteries off my shopping list", "en"),  # a removal is not an entry
    ("Überweise der Vermieterin die Miete", "de"),
])
def test_other_requests_have_no_frame(text: str, language: str) -> None:
    assert framed(text, language) is None


@pytest.mark.parametrize(("text", "intent"), [
    ("Recuérdame pagar la factura del móvil el día cinco", "calendar_set"),
    ("Rappelle-moi de fermer la porte à clé à 22h", "calendar_set"),
    ("add pay the gas bill to my to-do list", "lists_createoradd"),
])
def test_the_shipped_model_keeps_framed_requests_in_scope(text: str, intent: str) -> None:
    u = NLU.load("default").parse(text)
    assert u.intent == intent
    assert u.in_scope
