"""A reminder named first by its errand, then what to do with it (Spanish "lo de …"): "Y lo
de sacar la basura el jueves, bórralo, que me la saca la vecina" is "borra el recordatorio
de sacar la basura el jueves, …"; "lo de llamar al dentista, pásalo al jueves" likewise.

Read as said, "lo de sacar la basura el jueves" named no kind and the words were put in the
calendar. Asked when, "¿y lo de llamar al dentista, cuándo era?", "¿Cuándo tenía lo de
sacar la basura?", it asks of that reminder. ``errand_first(text)`` returns the request
written out, or ``text`` unchanged.
"""

from __future__ import annotations

import re

from hark.text.reason_clause import without_reason_clause

# the verb with "lo" after it, and the verb said plainly
_VERBS = {"bórralo": "borra", "borralo": "borra", "quítalo": "quita", "quitalo": "quita",
          "elimínalo": "elimina", "eliminalo": "elimina", "cancélalo": "cancela",
          "cancelalo": "cancela", "muévelo": "mueve", "muevelo": "mueve", "pásalo": "pasa",
          "pasalo": "pasa", "cámbialo": "cambia", "cambialo": "cambia", "sácalo": "quita",
          "sacalo": "quita", "pásamelo": "pasa", "pasamelo": "pasa", "bórramelo": "borra",
          "borramelo": "borra", "cámbiamelo": "cambia", "muévemelo": "mueve",
          "quítamelo": "quita", "ponlo": "pon", "pónmelo": "pon"}
_ERRAND_FIRST = re.compile(
    r"^\W*(?P<lead>(?:y|e|pues|oye|ah)\s+)?(?:lo|el)\s+de\s+(?P<errand>[a-záéíóúñ]+(?:ar|er|ir)(?:se|le|la|"
    r"lo)?\b[^,;.]{0,60}?)\s*,?\s*(?P<verb>" + "|".join(_VERBS) + r")\b(?P<rest>.*)$", re.I)


# the same, asked when: "¿y lo de llamar al dentista, cuándo era?"
_ERRAND_ASKED = re.compile(
    r"^\W*(?:(?:y|e|pues|oye|ah)\s+)?lo\s+de\s+(?P<errand>[a-záéíóúñ]+(?:ar|er|ir)(?:se|le|la|lo)?"
    r"\b[^,;.?]{0,60}?)\s*,?\s*(?P<q>cuándo|cuando|a qué hora|a que hora|qué día|que dia)\s+"
    r"(?:era|es|fue|tengo|tenía|me toca)\b[^?]*\?*\s*$", re.I)

# asked when first, the errand after it: "¿Cuándo era lo de comprar la tarjeta para Sam?"
_ASKED_ERRAND = re.compile(
    r"^\W*(?:(?:y|e|pues|oye|ah|uf|oh)[\s,¿]+)?(?P<q>cuándo|cuando|a qué hora|a que hora|qué día|"
    r"que dia)\s+(?:era|es|fue|tengo|tenía|tenia|me toca|me tocaba|toca|tocaba)\s+lo\s+de\s+"
    r"(?P<errand>[a-záéíóúñ]+(?:ar|er|ir)(?:se|le|la|lo)?\b[^,;.?]{0,60}?)\s*\?*\s*$", re.I)


def errand_first(text: str) -> str:
    """``text`` with a reminder named by its errand first said as the request's object."""
    asked = _ERRAND_ASKED.match(text) or _ASKED_ERRAND.match(text)
    if asked is not None:
        return f"¿{asked['q'].lower()} es el recordatorio de {asked['errand'].strip()}?"
    m = _ERRAND_FIRST.match(text)
    if m is None:
        return text
    verb = _VERBS[m["verb"].lower()]
    # (a reason with a day of its own after it left out: "…, que mañana cojo la guagua")
    return without_reason_clause(f"{verb} el recordatorio de {m['errand'].strip()}{m['rest']}")
