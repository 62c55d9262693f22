""""Undo that": a request to take back what the session's last change did (five
languages), and what the session keeps of that change (``DialogueState.changed``).

- **Said**: "undo that", "no wait, leave it running", "put it back", "I didn't mean
  that", "mach das rückgängig", "lass ihn laufen", "remets-le", "reviens en arrière",
  "deshaz eso", "déjalo correr", "ripristinalo", "non volevo farlo". Words before it
  that only hesitate ("oh no, wait, …") and a clause after it ("…, I still need it") are
  allowed; anything else in its clause makes it a request of its own ("put the milk back
  on the list").
- **Kept**: each executed request that changed the user's things leaves the rows it
  changed (:mod:`hark.store.journal`); the requests of one sentence are kept together
  ("cancel the pasta and the laundry timers" is undone at once). A question in between
  keeps them; a request that acted outside the store (lights, music, a taxi) leaves a
  mark that it cannot be undone, so "undo" never reaches back past it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from hark.dialogue.state import DialogueState
from hark.store import journal
from hark.text.clean import unaccented

UNDO_INTENT = "general_undo"

# requests whose effect lives outside Hark's store: "undo" cannot take them back
_OUTSIDE = re.compile(r"^(?:iot_|play_|audio_volume_|music_settings|takeaway_order|"
                      r"transport_(?:ticket|taxi)|social_post|email_send)")

# words that only hesitate or soften, before or after the request
_FILLER = {
    "en": r"oh|oops|whoops|no|nope|nah|wait|hang on|hold on|sorry|actually|um|uh|er|ah|"
          r"damn|shoot|please|hey|okay|ok|oh no|my bad|on second thought|hmm|ugh|argh",
    "de": r"nein|nee|ne|oh|oops|upps|hoppla|warte|moment|halt|stopp?|sorry|"
          r"entschuldigung|ach|mist|bitte|doch|ah|aeh|aehm|ah nein|oh nein",
    "fr": r"non|oh|oups|attends|attendez|pardon|zut|mince|en fait|euh|ah|"
          r"s'il te plait|s'il vous plait|stp|svp|oh non",
    "es": r"no|oh|uy|ay|espera|perdon|perdona|vaya|ups|oye|por favor|porfa|ah|eh|"
          r"oh no|mejor",
    "it": r"no|oh|ops|aspetta|scusa|scusami|mannaggia|anzi|per favore|dai|ah|eh|oh no",
}
_IT_EN = r"(?:it|that|them|those|this|these|that one)"
_UNDO = {
    "en": (
        rf"undo(?: (?:{_IT_EN}|the last (?:one|thing|change|action|command)|"
        r"what you (?:just )?did|my last (?:request|command|change)))?",
        rf"(?:put|bring|set|turn|switch) {_IT_EN} back(?: on)?(?: again)?",
        rf"(?:restore|reinstate|recover) {_IT_EN}",
        rf"(?:leave|keep) {_IT_EN} (?:running|going|on|there|as (?:it|they) (?:was|were)|"
        r"where (?:it|they) (?:was|were))",
        rf"(?:don't|dont|do not) (?:cancel|delete|remove|stop|turn off|switch off|clear|"
        rf"tick off|move|change|take off) {_IT_EN}(?: after all)?",
        r"i didn't (?:mean|want) (?:that|this|to do that)|i didnt (?:mean|want) that",
        r"(?:that|it) was (?:a )?mistake", r"go back", rf"revert(?: {_IT_EN})?",
    ),
    "de": (
        r"(?:mach|mache|machen sie|mach mal)(?: das| es| den letzten schritt|"
        r" die letzte aenderung)? rueckgaengig", r"rueckgaengig(?: machen)?",
        r"(?:stell|hol|bring|setz)e? (?:ihn|sie|es|das|den|die)(?: doch)? (?:wieder )?"
        r"(?:her|zurueck)", r"wiederherstellen|zurueckholen",
        r"lass (?:ihn|sie|es|das|den|die) (?:doch )?(?:(?:weiter)?laufen|an|drin|stehen|so)",
        r"(?:den|die|das|ihn|sie|es) (?:doch )?nicht (?:loeschen|stoppen|abbrechen|"
        r"ausschalten|entfernen)",
        r"das (?:war (?:ein )?(?:versehen|fehler)|wollte ich (?:so )?nicht)",
        r"nimm das zurueck",
    ),
    "fr": (
        r"annule(?:r)? (?:ca|cela|ce que tu viens de faire|ce que tu as fait|"
        r"la derniere (?:action|modification|operation)|ma derniere demande)",
        r"(?:defais|defaire)(?: ca| le| la| les| cela)?",
        r"(?:reviens|revenir|retour) en arriere",
        r"(?:remets|remettre|retablis|restaure|recupere)(?: le| la| les)?"
        r"(?: comme avant| en place)?",
        r"laisse (?:le|la|les) (?:tourner|continuer|marcher|allumee?s?|en place|"
        r"comme (?:il|elle) etait)",
        r"(?:ne )?l'(?:annule|arrete|efface|supprime|enleve) pas",
        r"je (?:ne )?voulais pas (?:faire )?(?:ca|cela)",
        r"c'(?:etait|est) une erreur",
    ),
    "es": (
        r"(?:deshaz|deshacer|deshazlo|deshazla)(?: eso| lo ultimo| el ultimo cambio|"
        r" lo que (?:acabas de hacer|hiciste))?",
        r"(?:vuelve|volver) a (?:ponerlo|ponerla|ponerlos|ponerlas|activarlo|activarla)"
        r"(?: como estaba)?",
        r"(?:restaura|recupera|restablece)(?:lo|la|los|las)",
        r"(?:dejalo|dejala|dejalos|dejalas) (?:correr|seguir|puesto|puesta|como estaba|"
        r"andando|funcionando)",
        r"no (?:lo|la|los|las) (?:borres|canceles|quites|apagues|elimines|pares)",
        r"no queria (?:hacer )?eso|fue un error",
        r"anula (?:eso|lo ultimo|lo que hiciste|el ultimo cambio)",
    ),
    "it": (
        r"annulla (?:l'ultima (?:cosa|operazione|modifica|azione)|"
        r"quello che hai (?:appena )?fatto|quest'ultima)",
        r"ripristina(?:lo|la|li|le)?(?: com'era)?",
        r"(?:rimettilo|rimettila|rimettili|rimettile)(?: com'era| a posto)?",
        r"rimetti (?:tutto )?(?:com'era|a posto)", r"torna indietro",
        r"(?:lascialo|lasciala|lasciali|lasciale) (?:andare|correre|acceso|accesa|"
        r"com'era|dov'era)",
        r"non (?:lo|la|li|le) (?:cancellare|togliere|spegnere|eliminare|fermare)",
        r"non volevo (?:farlo|fare questo|questo)|e stato un errore",
    ),
}
# said on its own, "undo" is asked even when there is nothing to undo
_PLAIN = re.compile(r"\b(?:undo|rueckgaengig|defais|defaire|deshaz\w*|deshacer|"
                    r"ripristina\w*|torna indietro|en arriere)\b")


def _compiled(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    filler = _FILLER[lang]
    return (re.compile(rf"(?:(?:{filler})\s*)+"),
            re.compile(rf"(?:(?:{filler})\s+)*(?:{'|'.join(_UNDO[lang])})"
                       rf"(?:\s+(?:{filler}|again|then|now|after all|thanks|"
                       rf"bitte|doch|merci|gracias|grazie|s'il te plait))*"))


_PATTERNS = {lang: _compiled(lang) for lang in _UNDO}


def _words(text: str) -> str:
    text = text.lower().replace("’", "'")
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelt)  # "rückgängig" as the patterns spell it
    text = unaccented(text)
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


def said(text: str, lang: str = "en") -> str | None:
    """The language of an undo request ``text`` is (``lang`` looked at first), else
    None."""
    clauses = [c for c in (_words(c) for c in re.split(r"[,.;:!?—–]+", text)) if c]
    for code in (lang, *(c for c in _PATTERNS if c != lang)):
        if code not in _PATTERNS:
            continue
        fillers, request = _PATTERNS[code]
        for clause in clauses:
            if fillers.fullmatch(clause):
                continue  # "no, wait, …"
            if request.fullmatch(clause):
                return code
            break
    return None


def plainly(text: str) -> bool:
    """Whether ``text`` says "undo" in so many words (asked even with nothing to undo)."""
    return _PLAIN.search(_words(text)) is not None


def asked(text: str, state: DialogueState) -> bool:
    """Whether the undo request ``text`` is carried out now: no question waits for an
    answer ("no, don't delete it" answers "shall I?"), and there is a change to take
    back or "undo" was said in so many words (then "nothing to undo")."""
    return state.pending is None and (bool(state.changed) or plainly(text))


def kept(before: dict[str, Any] | None, rows: list[dict[str, Any]], *, turn: int,
         sentence: str, intent: str, now: datetime) -> dict[str, Any] | None:
    """What the session keeps for "undo" after an executed request of ``sentence`` (one
    id per sentence said) that committed ``rows``."""
    if rows:
        if before and before.get("sentence") == sentence and before.get("rows"):
            rows = [*before["rows"], *rows]  # the same sentence's earlier request
        return {"rows": rows, "turn": turn, "sentence": sentence, "intent": intent,
                "at": now.isoformat(), "sent": journal.irreversible(rows)}
    if _OUTSIDE.match(intent or ""):
        return {"rows": [], "turn": turn, "sentence": sentence, "intent": intent,
                "at": now.isoformat(), "outside": True}
    return before
