"""Courtesies, hesitations and regional words around a request in German, French, Spanish
and Italian, said plainly (hark.text.courtesy_other, hark.text.regional_words), and German
"um" kept by the English filler remover (hark.text.shorthand)."""

from __future__ import annotations

import pytest

from hark.text.courtesy_other import plainly_other
from hark.text.regional_words import in_standard_words
from hark.text.shorthand import written_out


@pytest.mark.parametrize(("text", "plain"), [
    ("Wären Sie so freundlich, Milch auf meine Einkaufsliste zu schreiben? Danke schön.",
     "Kannst du Milch auf meine Einkaufsliste schreiben?"),
    ("Sei so lieb und stell einen Timer auf zehn Minuten", "Kannst du stell einen Timer auf "
     "zehn Minuten"),
    ("Seriez-vous assez aimable pour supprimer le réveil de samedi ? Merci d'avance.",
     "Peux-tu supprimer le réveil de samedi?"),
    ("¿Sería usted tan amable de poner una alarma a las siete? Muchas gracias.",
     "¿Puedes poner una alarma a las siete?"),
    ("Sarebbe così gentile da cancellare il timer? La ringrazio.", "Puoi cancellare il timer?"),
    ("ähm erinner mich morgen an den Müll", "erinner mich morgen an den Müll"),
    ("euh, mets un minuteur de cinq minutes", "mets un minuteur de cinq minutes"),
    # an apology set off by a comma or a stop
    ("Verzeihung, wie spät ist es?", "wie spät ist es?"),
    ("Excusez-moi, ajoutez du pain à la liste", "ajoutez du pain à la liste"),
    ("Disculpe. ¿Qué tiempo hará mañana?", "¿Qué tiempo hará mañana?"),
    ("Mi scusi, potrebbe dirmi che ore sono?", "potrebbe dirmi che ore sono?"),
    ("Scusa il disturbo, che ore sono?", "che ore sono?"),
    # German's formal command, said as the informal one
    ("Erinnern Sie mich bitte morgen um 17 Uhr daran, Brot zu kaufen.",
     "Erinnere mich bitte morgen um 17 Uhr daran, Brot zu kaufen."),
    ("Stellen Sie einen Wecker um sieben", "Stell einen Wecker um sieben"),
    ("Haben Sie einen Wecker gestellt?", "Haben Sie einen Wecker gestellt?"),
    # not an apology on its own: "Scusa il ritardo" is said, and so is "Sorry, I meant 7"
    ("Scusa il ritardo, metti un timer", "Scusa il ritardo, metti un timer"),
    ("Sorry, I meant 7", "Sorry, I meant 7"),
    # nothing to make plain: an English sentence, a name, thanks as the whole request
    ("Ben's party is at 5, remind me at 4", "Ben's party is at 5, remind me at 4"),
    ("Danke", "Danke"),
    ("add a thank-you card to the list", "add a thank-you card to the list"),
])
def test_courtesies_said_plainly(text: str, plain: str) -> None:
    assert plainly_other(text) == plain


@pytest.mark.parametrize(("text", "standard"), [
    ("Ferme mon cadran de demain", "Ferme mon réveil de demain"),
    ("Fais-moi penser à sortir le chien", "rappelle-moi de sortir le chien"),
    ("Ponme una alarma a las 7, porfa", "Ponme una alarma a las 7, por favor"),
    ("Mettime un timer pe' i supplì", "Mettimi un timer per i supplì"),
    ("stell mir an Wecker für morgen", "stell mir einen Wecker für morgen"),
    ("schreib Leberkäs auf d'Einkaufsliste", "schreib Leberkäs auf die Einkaufsliste"),
    ("ajoute du pain à la liste d'épicerie", "ajoute du pain à la liste d'épicerie"),
    ("erinner mich an Termin", "erinner mich an Termin"),
    ("anything in my diary for friday night", "anything in my calendar for friday night"),
    ("pop it in the diary for Tuesday at 3", "pop it in the calendar for Tuesday at 3"),
    ("add buy the diary refills to my list", "add buy the diary refills to my list"),
    ("remind me to find my diary", "remind me to find my diary"),
])
def test_regional_words(text: str, standard: str) -> None:
    assert in_standard_words(text) == standard


def test_german_um_is_no_filler() -> None:
    assert written_out("Weck mich morgen um sieben") == "Weck mich morgen um sieben"
    assert written_out("remind me on sunday at um 4") == "remind me on sunday at 4"
