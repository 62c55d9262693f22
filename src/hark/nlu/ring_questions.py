"""Questions about what will ring, five languages, said without the word "alarm": "Is
anything still going to go off tomorrow morning?", "What's the first thing that'll ring
after that?", "so when do I actually have to get up Wednesday", "und wann klingelt jetzt
als Nächstes überhaupt irgendwas?", "qu'est-ce qui va sonner mercredi matin ?", "¿cuándo
suena la próxima vez?", "quindi sabato suona qualcosa?", "du coup, je me lève à quelle heure
lundi ?". They ask the alarms (the skill
finds the day and part of it said).
"""

from __future__ import annotations

import re

_RING = {
    "en": r"\b(?:go(?:es|ing)? off|going to ring|(?:will|'ll|does|do) ring|rings?\s*(?:\?|$|"
          r"next|first|on|tomorrow|today|after)|wake me(?: up)?|(?:have|need) to get up|"
          r"get up)\b",
    "de": r"\bklingel\w*|\bklingelt\b|\bweck\w* mich\b|\baufstehen\b|\bsteh\w* ich\b.*\bauf\b",
    "fr": r"\bsonne\w*|\bsonner\b|\bme réveill\w*|\bme lever\b|\bme l[èe]ve\w*",
    "es": r"\bsuena\w*|\bsonar\w*|\bme despiert\w*|\blevantarme\b|\bme levant\w*",
    "it": r"\bsuon\w*|\bmi svegli\w*|\balzarmi\b|\bmi alz\w*",
}
# a question: a question mark, or a question word first
_ASK = re.compile(r"\?\s*$|^\s*(?:(?:so|and|und|also|et|alors|du coup|y|entonces|e|quindi)"
                  r"[\s,]+)?(?:when|what|which|is|are|does|do|will|wann|was|welche\w*|klingelt|"
                  r"gibt|quand|qu'est-ce|quel\w*|est-ce|cuándo|qué|cuál|hay|quando|cosa|quale|"
                  r"c'è)\b", re.I)
# other things that ring or go off: theirs, not the alarms'
_OTHER = re.compile(r"\b(?:which time|songs?|music\w*|musik|lied\w*|chansons?|canci[oó]n\w*|"
                    r"canzon\w*|brano|radio|track|playlist|album|timers?|minuteri\w*|reminders?|remind|meeting|appointment|phone|doorbell|bell|"
                    r"calendar|event|erinnerung\w*|termin\w*|timer|rappels?|minuteur|réunion|"
                    r"rendez-vous|recordatorio\w*|temporizador\w*|reunión|cita|promemoria|"
                    r"riunione|appuntamento|telefono|téléphone|teléfono|telefon)\b", re.I)


# a request ("can you wake me at 7?") or the alarms named (the model reads those)
_NOT = re.compile(r"\b(?:can|could|would|will) you\b|\bplease\b|\bbitte\b|\bkannst\b|"
                  r"\bpourr\w*|\bpeux\b|\bpuedes\b|\bpodr\w*|\bpuoi\b|\bpotr\w*|"
                  r"\balarms?\b|wecker|réveil|\balarmas?\b|\bsvegli[ae]\b", re.I)


# a tag asks nothing: "Geh, weck mich morgen um halb acht, gell?"
_TAG = re.compile(r"[,\s]+(?:gell|ja|ne|oder|right|ok(?:ay)?|yeah|eh|hein|d'accord|vale|sí|"
                  r"va bene)\s*\?\s*$", re.I)


def is_question(text: str) -> bool:
    """Whether ``text`` is a question: a question mark (not a tag's), or a question word
    first."""
    return bool(_ASK.search(_TAG.sub(".", text.replace("’", "'"))))


def asked(text: str, language: str) -> bool:
    """Whether ``text`` asks what will ring (the alarms), without naming them."""
    said = text.replace("’", "'")
    pattern = _RING.get(language)
    return bool(pattern and re.search(pattern, said, re.I) and is_question(said)
                and not _OTHER.search(said) and not _NOT.search(said))
