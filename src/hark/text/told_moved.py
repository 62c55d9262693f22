"""An event's new time told rather than asked for (English): "They've put me on an early
tomorrow, seven till three, so tomorrow's team meeting will have to go to half three in
the afternoon", "Tomorrow's team meeting has been brought forward to eight, so change
that, and I'll need an alarm at six tomorrow morning", "Oh wait, they've moved it to 11
am." (of the thing just talked about).

``told_moved(text)`` says the move as a request ("move tomorrow's team meeting to half
three in the afternoon"), with what is asked after it kept; other text is returned as it
was. Before, the first was read as a new event "you on an early", the second as an alarm
to change.
"""

from __future__ import annotations

import re

_THING = r"(?P<x>(?:tomorrow's|today's|my|the|our|this|[a-z]+day's)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+)"
_TOLD = re.compile(
    rf"(?:^|,\s*(?:so|and so)\s+|^so\s+){_THING}\s+(?:(?:will|'ll|is going to|is gonna) have to|"
    r"has to|needs to|should|has been|'s been|was|got|is being|is)\s+(?:be\s+)?(?:go|move[sd]?|"
    r"moving|brought forward|pushed back|pushed|put back|rescheduled|changed|shifted|bumped)\s+"
    r"(?:back\s+|forward\s+)?to\s+(?P<t>[^,.;]+)", re.I)
# what the sentence says after the move, besides "so change that"
_THEN = re.compile(r"^[,.;]?\s*(?:(?:so|please)\s+)?(?:change|update|fix|sort)\s+(?:that|it)"
                   r"(?:\s+(?:please|for me))?\s*(?:[,.;]|$)", re.I)
_NEED = re.compile(r"^(?:,?\s*and\s+)?i(?:'ll| will)? (?:need|want) (?=an? (?:alarm|reminder)\b)",
                   re.I)


# German: "Die Teambesprechung morgen, die is verlegt worden, auf zwei Uhr nachmittags.
# Änder das mal.", "Mein Zahnarzttermin wurde auf Donnerstag verschoben"
_TOLD_DE = re.compile(
    r"^(?P<x>(?:die|der|das|mein\w*|unser\w*)\s+[\w-]+(?:\s+[\w-]+){0,3}?)"
    r",?\s+(?:(?:die|der|das|dat)\s+)?(?:is|ist|wurde|wird|würde)\s+(?:\w+\s+)?"
    r"(?:(?:auf|um|nach)\s+(?P<t1>[^,.;]+?)\s+)?(?:verlegt|verschoben|vorverlegt|vorgezogen)"
    r"(?:\s+worden)?(?:\s*,?\s*(?:auf|um|nach)\s+(?P<t2>[^,.;]+))?", re.I)
_THEN_DE = re.compile(r"^[,.;]?\s*(?:(?:kannst du|bitte)\s+)?(?:änder|ändere|pass|trag)\w*\s+"
                      r"(?:das|des|dat|es)\b[^,.;]*(?:[,.;]|$)", re.I)

# the thing just talked about, moved by others: "Oh wait, they've moved it to 11 am."
_THEY_MOVED_IT = re.compile(
    r"^(?:(?:oh|ah|wait|sorry|actually|um|erm|hmm|right|ok|okay|so)[\s,]+)*"
    r"(?:they|she|he|the client|the office)(?:'ve|\s+have|'s|\s+has)\s+(?:just\s+|now\s+)?"
    r"(?:moved|changed|pushed|put|brought|rescheduled|bumped|shifted)\s+it\s+"
    r"(?:back\s+|forward\s+)?to\s+(?=\S)", re.I)


# French, Spanish and Italian, of the thing just talked about: "elle est repoussée à
# mercredi, même heure. Tu peux la déplacer ?", "la han pasado al jueves, ¿me la cambias?",
# "l'hanno spostata a giovedì, me la sposti?" — the move, asked
_IT_MOVED_OTHER = re.compile(
    r"(?:^|(?<=[,.;:!?])\s*)(?:"
    r"(?P<fr>elle|il)\s+(?:est|a été|vient d'être)\s+(?:repoussée?|reportée?|décalée?|déplacée?|"
    r"avancée?|reculée?)\s+(?P<fr_p>à|au|pour)\s+|"
    r"(?P<es>la|lo)\s+(?:han|ha)\s+(?:pasado|movido|cambiado|aplazado|atrasado|adelantado|"
    r"retrasado)\s+(?P<es_p>al|a\s+las|a\s+la|para\s+el|a)\s+|"
    r"(?P<it>l')\s*(?:hanno|ha)\s+(?:spostat|rimandat|posticipat|anticipat)(?P<it_g>[oa])\s+"
    r"(?P<it_p>a|al|alle|all')\s*)"
    r"(?P<t>[^.;?!]+?)\s*(?:[.;!?]+\s*|$)", re.I)
_SO_MOVE_IT = re.compile(
    r"^¿?(?:(?:bon|alors|donc|du coup|pues|entonces|quindi|allora)[\s,]+)?(?:(?:tu peux|peux-tu|"
    r"vous pouvez|pouvez-vous|tu pourrais|me)\s+)?(?:la|le|l'|lo)?\s*(?:déplacer|décaler|changer|"
    r"modifier|mettre à jour|puedes mover|puedes cambiar|cambias|mueves|pasas|puoi spostare|"
    r"potresti spostare|sposti|cambi)(?:-la|-le)?\s*(?:stp|s'il te plaît|por favor|per favore)?"
    r"\s*[?!.]*\s*$", re.I)


def _it_moved_other(text: str) -> str | None:
    """The move of the thing just talked about, told in French, Spanish or Italian (see
    above), asked as a request; None when none is told."""
    m = _IT_MOVED_OTHER.search(text.strip())
    if m is None:
        return None
    rest = text.strip()[m.end():]
    if rest and not _SO_MOVE_IT.match(rest):
        return None  # something else asked after it
    when = m["t"].strip(" ,")
    if m["fr"]:
        return f"déplace-{'la' if m['fr'].lower() == 'elle' else 'le'} {m['fr_p']} {when}"
    if m["es"]:
        return f"muéve{m['es'].lower()} {m['es_p']} {when}"
    return f"sposta{'la' if m['it_g'].lower() == 'a' else 'lo'} {m['it_p']} {when}"


def told_moved(text: str) -> str:
    """``text`` with an event's new time told said as a move (see the module)."""
    other = _it_moved_other(text)
    if other is not None:
        return other
    de = _TOLD_DE.search(text.strip())
    if de is not None and (de.group("t1") or de.group("t2")):
        said = f"verschieb {de.group('x')} auf {(de.group('t1') or de.group('t2')).strip()}"
        rest = _THEN_DE.sub("", text.strip()[de.end():]).strip(" ,.;")
        return f"{said}. {rest}" if rest else said
    it = _THEY_MOVED_IT.match(text.strip())
    if it is not None:
        return f"move it to {text.strip()[it.end():]}"
    m = _TOLD.search(text.strip())
    if m is None:
        return text
    said = f"move {m.group('x')} to {m.group('t').strip()}"
    rest = text.strip()[m.end():]
    rest = _THEN.sub("", rest).strip(" ,.;")
    need = _NEED.match(rest)
    if need is not None:  # "and I'll need an alarm at six": set one
        rest = "set " + rest[need.end():]
    elif rest.lower().startswith("and "):
        rest = rest[4:]
    return f"{said}, and {rest}" if rest else said
