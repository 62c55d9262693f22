"""A time said to be wrong, then the right one, in German, French, Spanish and Italian:
"Nein, Moment, halb elf stimmt nicht, die haben elf geschrieben. Also um elf Uhr." →
"Nein, Moment, um elf Uhr, nicht halb elf."; "Non, dix heures et demie c'est pas bon, à
onze heures." → "Non, à onze heures, pas dix heures et demie".

Whole, the wrong time was read as the new one, or the turn asked for a place (a question
of the time somewhere). ``right_after_wrong(text)`` says it as the correction the readers
know (what is meant, then "not" what is not), leaving out why between; else ``text``.
"""

from __future__ import annotations

import re

from hark.dialogue.compound import language_of

_LEAD = (r"(?:(?:nein|nee|ne|moment|warte|halt|sorry|ach|oh|äh|non|pardon|attends|oups|euh|"
         r"no|perdona|perdón|espera|uy|scusa|aspetta|ops)\b[\s,!.]*)*")
_WRONG = {
    "de": r"(?:stimmt|passt)\s+(?:so\s+)?nicht|(?:ist|war)\s+falsch",
    "fr": r"(?:c'est|c'était|ce n'est|ce n'était|n'est|est)\s+(?:pas\s+(?:bon|ça|juste)|faux)",
    "es": r"(?:está|estaba)\s+mal|no\s+(?:está|es)\s+(?:bien|correcto|así)",
    "it": r"(?:è|era)\s+sbagliat[oa]|non\s+(?:va\s+bene|è\s+giusto|è\s+corretto)",
}
# the right time, said last: its clock word, maybe after "so" or "rather"
_RIGHT = (r"(?:(?:also|sondern|eher|lieber|donc|alors|plutôt|o sea|entonces|mejor|quindi|cioè|"
          r"allora|invece)\s+)?(?P<then>(?:um|à|a las?|alle|all')\s*[^,.;!?]+)")
_NOT = {"de": "nicht", "fr": "pas", "es": "no", "it": "non"}
_SAID = {lang: re.compile(
    rf"^(?P<lead>{_LEAD})(?P<what>[^,.;!?]{{2,40}}?),?\s+(?:{wrong})\s*[,.;!]\s*"
    rf"(?:[^.;!?]*[,.;!]\s+)?{_RIGHT}[\s.!]*$", re.I) for lang, wrong in _WRONG.items()}


def right_after_wrong(text: str) -> str:
    """``text`` as "<right time>, not <wrong time>" (see the module), else unchanged."""
    lang = language_of(text)
    said = _SAID.get(lang)
    m = said.match(text.strip()) if said is not None else None
    if m is None or len(m["what"].split()) > 5:
        return text
    return f"{m['lead']}{m['then'].strip()}, {_NOT[lang]} {m['what'].strip()}."
