"""A French question with its question word left in place, as it is said aloud: "Il me
reste quels rappels du coup ?", "J'ai combien de minuteurs en cours ?", "Y a quelles
alarmes demain ?", "Il y a quoi sur la liste ?" — asked with the question word first:
"Quels rappels il me reste ?", "Combien de minuteurs j'ai en cours ?", "Quelles alarmes il y
a demain ?", "Qu'est-ce qu'il y a sur la liste ?".

Said with "quels …" after the verb, the words were read with too little confidence (as a
timer question, or "Désolé, je n'ai pas compris"). ``asked_in_place(text)`` returns the
question with its question word first, or ``text`` unchanged.
"""

from __future__ import annotations

import re

# what may open the question: "et", "bon", "du coup"
_LEAD = r"et|bon|alors|du coup|donc|ok|ah|euh|dis"
# the verb said before the question word (and what it becomes once the question word is
# first: "y a" is "il y a")
_VERB = (r"il (?:me|nous|te|vous) reste|il reste|(?:il )?y a|j'ai|on a|t'as|tu as|"
         r"vous avez|nous avons")
# a filler closing the question: "du coup", "encore", "alors"
_CLOSE = r"du coup|alors|encore|maintenant|déjà|là|finalement"
_IN_PLACE = re.compile(
    rf"^\W*(?:(?:{_LEAD})\s*,?\s+)*(?P<v>{_VERB})\s+(?:encore\s+)?"
    rf"(?P<q>quelles|quels|quelle|quel|combien de|combien d'|quoi)(?:(?<=')|\b)\s*(?P<rest>[^?!.]+?)"
    rf"(?:\s*,?\s+(?:{_CLOSE}))*\s*[?!.]*\s*$", re.I)


def asked_in_place(text: str) -> str:
    """``text`` asked with its question word first when it is said in place (see above)."""
    m = _IN_PLACE.match(text.strip())
    if m is None:
        return text
    q = m["q"][:1].upper() + m["q"][1:].lower()
    verb = m["v"].lower()
    verb = "il y a" if verb == "y a" else "tu as" if verb == "t'as" else verb
    if q == "Quoi":  # "il y a quoi sur la liste": what is there
        that = "qu'" if verb[0] in "aeiouy" else "que "
        return " ".join(f"Qu'est-ce {that}{verb} {m['rest']}".split()) + " ?"
    noun, _, after = m["rest"].strip().partition(" ")
    if q in ("Quel", "Quelle"):  # "J'ai quel rappel jeudi soir ?": asked of all of them
        q, noun = f"{q}s", noun if noun.endswith(("s", "x")) else f"{noun}s"
    joined = "" if q.endswith("'") else " "
    return " ".join(f"{q}{joined}{noun} {verb} {after}".split()) + " ?"
