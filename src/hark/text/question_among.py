"""A question said among remarks, in German, French, Spanish and Italian: "Ostrega, con
gli ospiti in casa non voglio svegliare tutti. Quante sveglie ho impostato in tutto?",
"Sto a preparà le camere pe' gli ospiti… quanto manca al timer del bucato? Devo stende' le
lenzuola.", "Ich räum grad das Gästezimmer auf. Wie lange läuft die Wäsche noch?".

``question_alone(text)`` returns the one question of a turn of several sentences when the
others only remark (they ask for nothing and the question points at nothing in them: "…
Est-ce que j'ai déjà quelque chose ce jour-là ?" keeps its day); else ``text``. English
has :mod:`hark.text.reason_first`.
"""

from __future__ import annotations

import re

from hark.text.day_looks import DAY_WORDS
from hark.text.shorthand import detect_language

_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
# (a word calling out first, set off by a comma: "Du, hab ich am Dienstag …?", "Oye, ¿…?")
_ASKING = {
    "de": r"^(?:(?:du|hey|servus|hallo|moin|hör mal|schau),\s*)?"
          r"(?:und\s+|also\s+|sag mal,?\s+)?(?:wie|was|wann|wo|welche\w*|wieviele?|hab ich|habe ich|"
          r"hast du|gibt es|ist|sind|läuft|klingelt)\b",
    "fr": r"^(?:(?:et|alors|dis|ok|ben|bon|asteure|écoute|dis donc|tiens)[,\s]+)*(?:combien|quand|qu'est-ce|quel\w*|est-ce|à quelle|il reste|"
          r"j'ai|ai-je|c'est quand|où)\b",
    "es": r"^(?:(?:oye|mira|oiga|che|ey),\s*)?¿?(?:y\s+)?(?:cu[aá]nt\w*|cu[aá]ndo|qu[eé]|a qu[eé]|tengo|hay|d[oó]nde|cu[aá]l\w*)\b",
    "it": r"^(?:(?:senti|ascolta|ehi|oh),\s*)?(?:(?:e|o|oh|eh)\s+)?(?:quant\w*|quando|che|cosa|icché|a che|ho|c'è|ci sono|dove|qual\w*)\b",
}
# a short question that goes on from the last answer: "E per sabato?", "Und am Samstag?",
# "Et samedi ?", "¿Y el sábado?" (at most three words after "and", no comma)
_AND_SHORT = {lang: rf"^{word}\s+(?:[^\s,]+\s+){{0,2}}[^\s,]+\s*\?$" for lang, word in (
    ("de", "und"), ("fr", "et"), ("es", "¿?y"), ("it", "(?:e|ed)"))}
# what in the question points back at a remark: its day, its place, its thing
_POINTS_BACK = re.compile(r"(?:\bce jour-là|\bce jour\b|\bà ce moment-là|\ban dem tag\b|\bdann\b|"
                          r"\bdort\b|\bese día\b|\bese rato\b|\bahí\b|\bquel giorno\b|\blì\b|"
                          r"(?<![\w-])là\b|\bça\b|\bdafür\b|\bdabei\b)", re.I)
# a request in a remark: it is no remark
_ASKS_FOR = re.compile(r"\b(?:stell|setz|schreib|lösch|streich|erinner|trag|mach|mets|ajoute|"
                       # "pack einfach zehn Minuten drauf" (not "ich pack grad die Koffer")
                       r"(?:pack|gib)(?=(?:\s+\w+){1,4}\s+(?:drauf|dazu)\b)|"
                       r"rajoute|enlève|supprime|rappelle|note|pon|ponme|añade|apunta|borra|quita|"
                       r"recuérda\w*|metti\w*|aggiungi\w*|togli|cancella|ricorda\w*|segna\w*|"
                       r"svegliami|weck mich|réveille-moi|despiértame|"
                       # moving a thing: "Mueve la cena con Anna al sábado. ¿Y qué me queda …?"
                       r"mueve|muév[ea]l[oa]|cambia|p[aá]sa(?:l[oa])?|sposta\w*|anticipa\w*|"
                       r"posticipa\w*|schieb|verschieb|verleg|déplace|décale|avance|recule)\b",
                       re.I)
_LANGUAGES = ("de", "fr", "es", "it")
# a sentence that goes on from the one before: "Y agrega comprar pilas", "E anche un
# promemoria …", "Wenn nicht, …", "Sinon …"
_GOES_ON = re.compile(r"(?:und|oder|wenn|falls|sonst|dann|et|ou|si|sinon|puis|y|o|pero|"
                      r"entonces|e|o|se|altrimenti|poi|anche|aussi|auch|también)\b", re.I)
# a kind of thing named in a remark: the question may be about it
_KIND = re.compile(r"\b(?:wecker\w*|termin\w*|erinnerung\w*|liste\w*|\w*liste|timer|kalender|"
                   r"réveils?|rappels?|listes?|agenda|minuteurs?|rendez-vous|alarmas?|"
                   r"recordatorios?|listas?|calendario|temporizador\w*|citas?|sveglie?|"
                   r"promemoria|timer|appuntament\w*)\b", re.I)
_THAT_DAY = re.compile(r"\b(?:ce jour-là|ce jour|an dem tag|an diesem tag|ese día|aquel día|"
                       r"quel giorno|quel dì)\b", re.I)
_ON_DAY = {"de": "am ", "fr": "", "es": "el ", "it": ""}


def question_alone(text: str) -> str:
    """The one question of ``text`` said among remarks (see the module), else ``text``."""
    if "?" not in text:
        return text
    sentences = [s for s in _SENTENCE.split(text.strip()) if s.strip()]
    asked = [s for s in sentences if s.rstrip().endswith("?")]
    if len(sentences) < 2 or len(asked) != 1:
        return text  # (the language is told only for a question among other sentences)
    lang = detect_language(text)
    if lang not in _LANGUAGES:
        return text
    question = asked[0].strip()
    said = question.lower().replace("’", "'")
    if not re.search(_ASKING[lang], said) and not re.search(_AND_SHORT[lang], said):
        return text
    that_day = _THAT_DAY.search(said)
    if that_day is not None:  # "Mercredi après-midi je voulais … Est-ce que j'ai déjà
        # quelque chose ce jour-là ?": the remark's day
        days = {m.group(0).lower() for s in sentences if s is not asked[0]
                for m in re.finditer(rf"\b(?:{DAY_WORDS[lang]})\b", s, re.I)}
        if len(days) != 1:
            return text
        question = question[:that_day.start()] + _ON_DAY[lang] + days.pop() + \
            question[that_day.end():]
        said = question.lower()
    if _POINTS_BACK.search(said):
        return text
    if any(_ASKS_FOR.search(s) or _KIND.search(s) or _GOES_ON.match(s.strip())
           for s in sentences if s is not asked[0]):
        return text  # ("Was hab ich morgen? Wecker, Termine, alles bitte.": what it asks)
    return question
