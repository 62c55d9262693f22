"""A family wedding next weekend in German, French, Spanish and Italian: what was fixed
after the held-out wedding set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.skills.timers import _name_other
from tests.conversations import judged


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("lance un minuteur de dix minutes pour relire mes notes", "fr", "notes"),
    ("mets un minuteur de vingt minutes pour que je corrige les copies", "fr", "copies"),
    ("metti un timer di venti minuti per cuocere le patate", "it", "patate"),
    ("pon un temporizador de diez minutos para lavar los platos", "es", "platos"),
])
def test_a_new_timer_is_named_by_the_thing_of_what_it_is_for(text: str, lang: str,
                                                              name: str) -> None:
    # "… pour que je répète mon discours", "… per provare il discorso" had no name
    assert _name_other(text, lang, new=True) == name


def test_an_italian_timer_for_doing_something_then_a_question() -> None:
    judged("it", ["Avvia un timer di dieci minuti per stirare la camicia, e dimmi quanto "
                  "manca al bucato."],
           {"new": [{"kind": "timer", "seconds": 600, "name": "camicia"}],
            "mention": [{"minutes": 15}]})
