"""A thing for a list said and corrected in the same breath, in five languages:
"Hafermilch – noi, halt, mach Sojamilch draus, mei Schwiegermutter verträgt koin Hafer. Und
zwei Packungen Spätzle", "du lait d'avoine… non, attends, du lait de soya plutôt. Pis deux
sacs de chips", "prenotare il tavolo all'osteria per sabato… no, aspetta, per domenica a
pranzo", "oat milk, no, wait, soya milk".

``corrected(items)`` returns the words of the things with the corrected one put in place
of the one said before it (only its end when the correction starts with the same
preposition: "… per sabato" → "… per domenica a pranzo"), and the rest of the correction's
sentence (a reason) left out; ``items`` unchanged when nothing is corrected.
"""

from __future__ import annotations

import re

_NO = r"(?:no|nein|noi|nee|non|nope|ne)"
_WAIT = (r"(?:sorry|wait|hang on|halt|warte(?: mal)?|moment|attends|attendez|pardon|espera|"
         r"perdón|perdon|aspetta|scusa|anzi)")
# a word that by itself takes back what was just said: "un osso, anzi, un kong" ("cioè", "o
# sea" only with "no": alone they say the same again, "el día antes, o sea el jueves, …")
_RATHER = r"(?:anzi|ou plutôt|oder besser|or rather|(?:cioè|o sea)(?=\s+no\b))"
_FIX = re.compile(
    rf"(?:\s*(?:…|\.\.\.|–|—)\s*|\s*,\s*|\s+-\s+)(?:(?:oh|ah|ach|eh|ay|uy)\s*,?\s*)?"
    rf"(?:{_NO}|{_RATHER}(?:\s+{_NO})?)[,!.]?\s+"
    # (the thing not meant said again: "pas du mastic, …", "nicht Silikon, …", "no masilla, …")
    rf"(?:{_WAIT}[,!.]?\s+)*(?:(?:not|pas|nicht|kein\w*|no|non)\s+[^,.;?!]+,\s*)?"
    r"(?P<b>[^,.;?!…]+)(?P<reason>[^.;?!]*)", re.I)
# what is said around the corrected thing that is no part of it
_AROUND = re.compile(r"^(?:(?:make it|make that|mach(?:\s+mal)?|mets|metti|pon|ponle|"
                     r"plutôt|rather|lieber)\s+)+|\s+(?:draus|daraus|plutôt|instead|invece|"
                     r"mejor|stattdessen|lieber|rather)$", re.I)
# where one thing ends and the one before it starts
_PIECE = re.compile(r"(?:,\s*|\s+(?:and|und|et|pis|y|e)\s+)(?!.*(?:,\s*|\s+(?:and|und|et|pis|y|e)"
                    r"\s+))", re.I)
_CLAUSE = re.compile(r"(?:i|i've|i'm|we|we've|ich|wir|je|j'|on|nous|yo|tengo|ya|io|ho|"
                     r"abbiamo|c'è)\b", re.I)
_NEXT = re.compile(r"^\s*[.;!?…]+\s+(?:(?:and|und|et|pis|y|e)\s+)?", re.I)
_MAKE_IT = re.compile(r"(?:\s*[.,;]\s*|\s+)(?:actually,?\s+|no,?\s+)?make (?:it|that)\s+"
                      r"(?P<b>[^.,;!?]+?)"
                      r"(?:,?\s+actually)?(?=\s*(?:[.;!?]|$))", re.I)
_PREPOSITIONS = {"per", "for", "für", "pour", "para", "pa", "am", "on", "al", "alla", "au"}


def _last_piece(said: str) -> tuple[str, str]:
    """``said`` cut before its last thing: (what comes before it, the thing)."""
    cut = _PIECE.search(said)
    return (said[: cut.end()], said[cut.end():]) if cut else ("", said)


# the list named before the correction: "Mets du mastic sur la liste de courses — ah non
# pardon, pas du mastic, de l'enduit de rebouchage"
_LIST_BEFORE = re.compile(
    r"\s+(?:sur|à|a|dans|auf|in|zu|en|nella|alla|sulla|to|on)\s+(?:(?:la|ma|die|meine|unsere|"
    r"mi|mia|the|my|our)\s+)?(?:[\w-]+\s+)?[\w-]*(?:liste|lista|list|zettel)\b(?:\s+(?:de|des|"
    r"du|della|dei|delle|de la|del|für|for|of)\s+[\w' -]+?)?\s*$", re.I)
# a correction of where it goes, not of the thing: "…, no, not on the list, in the calendar"
_WHERE_FIXED = re.compile(r"\b(?:list\w*|liste|lista|zettel|calendar|kalender|agenda|"
                          r"calendrier|calendario|diary)\b", re.I)


def list_then_fixed(text: str) -> str:
    """``text`` with a thing corrected after the list it goes on said before that list, so
    the correction is read among the things: "Mets du mastic sur la liste de courses — ah non
    pardon, pas du mastic, de l'enduit de rebouchage" → "Mets du mastic — ah non pardon, pas
    du mastic, de l'enduit de rebouchage sur la liste de courses"."""
    m = _FIX.search(text)
    if m is None or not m.start() or _CLAUSE.match(_AROUND.sub("", m["b"].strip()).strip()) \
            or _ALREADY.search(m["b"]):
        return text  # ("…, no, I've got eggs", "…, no, il latte c'è già": no thing instead)
    named = _LIST_BEFORE.search(text[:m.start()])
    if named is None or not text[:named.start()].strip() or _WHERE_FIXED.search(text[m.start():]):
        return text
    return (text[:named.start()] + text[m.start():m.end("b")].rstrip() + named.group(0).rstrip()
            + text[m.end("b"):])


# the thing just said is already there: "il latte c'è già", "ya hay leche", "Milch ist noch
# da", "il y en a encore", "we've still got some"
_ALREADY = re.compile(r"\s+(?:c'è già|ce l'ho già|c'è ancora|ya (?:hay|tengo|lo tengo|la tengo)|"
                      r"(?:ist|sind|hab ich|habe ich|haben wir) (?:noch|schon)(?: da| genug)?|"
                      r"il y en a (?:déjà|encore)|j'en ai (?:déjà|encore)|"
                      r"(?:is|are) already there|(?:we|i)(?:'ve| have) (?:still )?got (?:some|it))"
                      r"\b.*$", re.I)
# "only …", said again after the thing was taken back: "Solo il cibo per il gatto."
_ONLY_AGAIN = re.compile(r"^\s*[.;!?…]+\s+(?:solo|soltanto|only|just|nur|seulement|juste|"
                         r"s[oó]lo|solamente)\s+[^.;!?]+[.;!?]*", re.I)


def _without_last(keep: str, rest: str) -> str:
    """The things before the one taken back (``keep``, to its joining word), then those
    said after it (``rest``); the things said again after "only" are those already kept."""
    keep = re.sub(r"(?:,\s*|\s+(?:and|und|et|pis|y|e)\s+)$", "", keep, flags=re.I)
    only = _ONLY_AGAIN.match(rest)
    if only is not None:
        rest = rest[only.end():]
    rest = _NEXT.sub(", ", rest, count=1) if rest.strip(" .!?") else ""
    return keep + rest


def corrected(items: str) -> str:
    """``items`` with a thing corrected straight after it put in its place."""
    made = _MAKE_IT.search(items)
    if made is not None:  # "…, and paneer. Make it two blocks of paneer actually."
        keep, last = _last_piece(items[: made.start()])
        fix = made["b"].strip()
        if set(re.findall(r"\w+", last.lower())) & set(re.findall(r"\w{3,}", fix.lower())):
            rest = _NEXT.sub(", ", items[made.end():], count=1)
            return keep + fix + ("" if rest.strip(" .!?") == "" else rest)
    m = _FIX.search(items)
    if m is None or not m.start():
        return items
    fix = _AROUND.sub("", m["b"].strip()).strip()
    if not fix or _CLAUSE.match(fix):  # "bread, no, I've got bread": no thing instead
        return items
    keep, last = _last_piece(items[: m.start()])
    had = _ALREADY.search(fix)
    if had is not None and set(re.findall(r"\w{3,}", last.lower())) & set(
            re.findall(r"\w{3,}", fix[:had.start()].lower())):
        return _without_last(keep, items[m.end():])  # "… e il latte... no, il latte c'è già"
    first = fix.split()[0].lower()
    if first in _PREPOSITIONS:  # "… per sabato" → "… per domenica a pranzo"
        at = re.search(rf"\b{re.escape(first)}\b(?!.*\b{re.escape(first)}\b)", last, re.I)
        if at is not None:
            fix = last[: at.start()] + fix
    # the things said after the correction's sentence are more of them
    return keep + fix + _NEXT.sub(", ", items[m.end():], count=1)
