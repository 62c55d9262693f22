"""Several requests in one sentence in German, French, Spanish and Italian: "Stell einen
Wecker für morgen um sieben und setz Milch auf die Einkaufsliste", "Annule le minuteur de
la lessive, puis ajoute des piles à ma liste", "¿Qué tengo el viernes? Y apunta …",
"Togli il latte dalla lista della spesa e metti in pausa il timer del bucato".

``split(text, lang, understand, threshold)`` returns the requests in the order said (the
sentence alone when it is one request). The sentence is cut where a mark or a joining word
of its language ("und", "dann", "außerdem", "et", "puis", "y", "luego", "e", "poi", …) —
or, before a verb only said to the assistant, a bare space ("minuteur de trois minutes
pour le thé ajoute du miel …") — is followed by the opening of a new request
(:mod:`openers_other`) or by an item said done ("… und Reisepass verlängern ist
erledigt"). It is cut only when the words before ask for something too and both pieces
are understood, in scope, with confidence at least ``threshold``. So these stay whole:
items on one list ("Butter und Käse"), a reminder's text ("Oma anzurufen und Blumen zu
kaufen", "de sortir le chien et de fermer les volets"), times ("siete y media", "sei e
mezza", "une heure et quart"), a reason with the request it explains ("L'appuntamento …
è saltato, cancellalo"). After a reminder's words only the verbs nobody says to
themselves open a request ("ricordami di pagare l'affitto e chiamare Luca" is one). What
a piece leaves out is taken from the one before (:mod:`ellipsis_other`); a reason after
the last one ("…, que se me olvida") is left out when it is understood without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hark.dialogue.ellipsis_other import (
    one_adding,
    two_of,
    with_head_verb,
    with_modal,
    with_thing,
    with_verb,
)
from hark.dialogue.openers_other import LANGUAGES, OPEN_ENDED, Reader, reader
from hark.dialogue.pieces import NAME_IT, Judge, TooLong, Understand, cut_all
from hark.dialogue.reason_other import reason_after, reason_before
from hark.dialogue.same_repeat import with_repeat
from hark.text.clean import unaccented
from hark.types import Understanding

__all__ = ["LANGUAGES", "may_be_several", "split"]

# "instead" between two requests: "… und stell stattdessen einen für Sonntag"
_INSTEAD = re.compile(r"\s+(?:stattdessen|lieber|plutôt|à la place|en cambio|en su lugar|mejor|"
                      r"invece|piuttosto)\b", re.I)
# a reason said after a request: "…, que se me olvida", "…, weil ich früh raus muss"
_REASON = re.compile(r",\s*(?:que|porque|ya que|weil|denn|da|parce que|car|puisque|perché|"
                     r"poiché|che|sennò|sinon|sonst)\b[^,]*$", re.I)

# the speaker telling of themself: "ich will …", "je dois …", "tengo que …", "devo …"
_SELF_TOLD = re.compile(r"^(?:ich\s+(?:will|muss|möchte|mag|hab|habe|bin|geh|fahr)|"
                        r"je\s+(?:veux|dois|vais|suis)|j'ai|tengo que|quiero|voy a|"
                        r"devo|voglio|vado)\b", re.I)


def may_be_several(text: str, lang: str) -> bool:
    """Cheap first look: a mark or a joining word of ``lang`` followed by more words, or a
    verb said to the assistant after the first words."""
    if lang not in LANGUAGES:
        return False
    said_in = reader(lang)
    return said_in.boundary.search(text.strip()) is not None or any(
        said_in.verb.match(unaccented(text[m.end():].lower()))
        for m in said_in.space.finditer(text))


def _trim(piece: str) -> str:
    return piece.strip(" ,;").rstrip(".!").lstrip(" ,;.!?").strip(" ,;")


def split(text: str, lang: str, understand: Understand, threshold: float,
          cache: dict[str, Understanding] | None = None, max_parts: int = 4,
          max_looks: int = 16) -> list[str]:
    """The requests said in ``text`` (in ``lang``), in order; ``[text]`` when it is one.
    ``cache`` receives the understanding of each piece looked at (by its text)."""
    if not may_be_several(text, lang):
        return [text]
    said_in = reader(lang)
    ok = Judge(understand, threshold, {} if cache is None else cache, max_looks)
    parts: list[str] = []
    rest = text.strip()
    try:
        pair = two_of(rest, lang)
        if pair is not None and all(ok(p) for p in pair):
            return list(pair)
        rest = cut_all(parts, rest, lambda said: _first_cut(said, said_in, ok), max_parts)
    except TooLong:
        return [text]
    out = [*parts, rest] if parts else [text]
    cut = reason_before(text, lang)
    if cut is not None and len(out) > 1 and _trim(text[:cut]) == out[0]:
        # "Der Termin … ist abgesagt worden, lösch …": the reason stays with its request
        return [text[:cut] + out[1], *out[2:]]
    return out


# an answer's sentence, then another: "Na zwanzig Minuten. Und schreib Teebeutel auf die
# Einkaufsliste, …" (to "Für wie lange?")
_SENTENCE_END = re.compile(r"[.!?…]+\s+(?=\S)")
_ANSWER_WORDS = 6


def answer_then_request(text: str, lang: str, understand: Understand, threshold: float
                        ) -> list[str] | None:
    """[the answer, the request after it] when ``text`` (said to a question asked) is a
    short sentence, then a sentence that opens a request of its own understood in scope;
    else None."""
    if lang not in LANGUAGES:
        return None
    said_in = reader(lang)
    m = _SENTENCE_END.search(text)
    if m is None or len(text[:m.start()].split()) > _ANSWER_WORDS:
        return None
    head, tail = text[:m.start()].strip(), text[m.end():].strip()
    if not said_in.opens(tail, False) or not said_in.asks_itself(tail):
        return None
    u = understand(tail)
    return [head, tail] if u.in_scope and u.confidence >= threshold else None


# the thing just named, named again by what it is of or for, with no verb: "…, la de
# natación", "…, celle de la natation", "…, quella del nuoto", "…, der fürs Schwimmen" (its
# kind said again: "…, la alarma de natación")
_THE_ONE_OF = re.compile(r"(?:la|el|los|las|celle|celui|ceux|celles|quella|quello|quelli|quelle|"
                         r"der|die|das|den)\s+(?:[\w-]+\s+)?(?:de|del|d'|du|des|di|della|dello|dei|delle|per|"
                         r"von|vom|für|fürs|zum|zur)(?![\w'])[^,;.!?]*[.!?]*\s*$", re.I)


# a place said before the request: a preposition and at most three words
_PLACE_FIRST = re.compile(r"(?:(?:ok|okay|allora|e|und|ja|also|et|bon|alors|y|pues|vale|bueno|sì|si)"
                          r"[\s,]+)?(?:da|dalla|dal|dallo|dalle|dai|von|vom|aus|auf|de|du|des|desde|del|"
                          r"sur|dans|en|in|nella|sulla|sulle)\s+(?:[\w'-]+\s+){0,2}[\w'-]+", re.I)


def _places(text: str, reader: Reader) -> list[tuple[int, int, bool]]:
    """Where ``text`` may be cut, in order: (start, end, marked by a mark or a joining
    word); a bare space counts too."""
    marked = [(m.start(), m.end(), True) for m in reader.boundary.finditer(text)]
    bare = [(m.start(), m.end(), False) for m in reader.space.finditer(text)
            if not any(a <= m.start() < b for a, b, _ in marked)]
    return sorted(marked + bare)


def _first_cut(text: str, reader: Reader, ok: Callable[[str], bool]
               ) -> tuple[str, str] | None:
    """(first request, the rest) at the first place where both read as requests."""
    for start, end, marked in _places(text, reader):
        head = _trim(text[:start])
        if not marked and not reader.bare_opens(head, text[end:]):
            continue
        if NAME_IT.match(text[end:]):
            continue  # "… due minuti prima, e chiamalo ammorbidente": the name of it
        if text[start:end].strip() == "," and _THE_ONE_OF.match(text[end:]):
            continue  # "Borra la alarma del sábado, la de natación": the same one, told
            # again by what it is for (not "…, y la de natación": another)
        if marked and one_adding(head, text[end:], reader.lang):
            continue  # "Pack Kaffeebohnen | und eine neue Maus auf die Einkaufsliste": the
            # items of one adding, its list said last
        tail = with_verb(with_modal(text[end:], head, reader.lang), head, reader.lang)
        tail = with_repeat(tail, head, reader.lang)  # "… et une autre pareille à midi"
        tail = with_head_verb(with_thing(tail, head, reader.lang), head, reader.lang)
        tail = _trim(_INSTEAD.sub("", tail))
        if len(head.split()) < 2 or len(tail.split()) < 2 or not reader.asks(head) or (
                marked and OPEN_ENDED[reader.lang].search(head)
                and not re.search(r"[.!?]$", text[:start]) and not re.match(r"[.!?]", text[start:end])):
            # (a sentence ended is whole, its last word a particle: "…, die bring ich morgen
            # zur Ausgabe mit. Ach, und Milch kannst du streichen")
            continue
        if reader.said_of_it.match(reader.opener(tail)) and not reader.opens(head, False) \
                and not (reader.asks_itself(head)
                         and reader.names_thing.search(unaccented(tail.lower()))):
            continue  # "L'appuntamento … è saltato, cancellalo": the verb of what was said
            # (not "La sveglia del nuoto toglila, e mettimene una alle otto": one of its own)
        if text[start:end].strip() == "," and reader.named_then_verb(
                re.split(r"[.;!?]\s+", head)[-1] + text[start:]):
            continue  # "Et le minuteur des pâtes, | rajoute trois minutes": named, then its verb
        if not reader.asks_itself(head) and not reader.names_thing.search(
                unaccented(tail.lower())):
            continue  # "Der Wecker …, kannst du ihn auf halb acht machen?": said of it
        if _PLACE_FIRST.fullmatch(reader.opener(head)):
            continue  # "da quella lista | togli il pane": where, said first, is no request
        if reader.bare_verb.fullmatch(reader.opener(head.split()[-1])):
            continue  # "…, stell | einen Timer für den Kuchen": a verb wants what follows
        if reader.lang == "de" and not re.match(r"\s*[.!?]", text[start:end]) \
                and not reader.complete_de(head, _trim(text[end:])):
            continue  # "Kannst du Kaffeebohnen | und Haferflocken … setzen?": one verb (a
            # sentence ended is whole: "Kannst du … stellen für die Rede? | Und …")
        after_free_text = bool(reader.free_text.search(unaccented(head.lower())))
        if not reader.tail_opens(tail, after_free_text):
            continue
        if _SELF_TOLD.match(tail) and not reader.names_thing.search(unaccented(tail.lower())):
            continue  # "Weck mich morgen um fünf, ich will vor dem Regen noch in den Garten":
            # why, said of oneself (not "… und ich will einen Timer für die Nudeln")
        if not ok(head):
            continue
        following = _first_cut(tail, reader, ok)  # the rest's first request must be one
        if following is None and _REASON.search(tail) and ok(_REASON.sub("", tail)):
            tail = _REASON.sub("", tail)  # "…, que se me olvida": the request without it
        elif following is None and (why := reason_after(tail, reader.lang)) is not None \
                and ok(tail[:why]):
            tail = tail[:why]  # "…, j'en ai acheté ce midi": what happened, left out
        if ok(following[0] if following else tail):
            return head, tail
    return None
