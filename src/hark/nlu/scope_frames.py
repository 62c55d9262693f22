"""Requests framed as a reminder or a list entry are in scope whatever they are about.

"Recuérdame pagar la factura del móvil el día cinco" and "add pay the gas bill to my to-do
list" name things Hark cannot do (pay a bill), and a model taught to decline those may
decline the reminder too. When the model says ``out_of_scope`` and the words frame the
request as a reminder ("remind me", "erinnere mich", "rappelle-moi", "recuérdame",
"ricordami"), a wake-up ("wake me", "weck mich", "réveille-moi", "despiértame",
"svegliami": "Svegliami dopodomani alle 6:30, devo prendere il treno per Milano") or an
entry on a list ("… to my shopping list", "auf die Einkaufsliste", "sur la liste", "a la
lista", "alla lista"), the frame's intent is taken instead.
"""

from __future__ import annotations

from hark.text.clean import find_words

REMINDER = {
    "en": r"remind me|remind us|set a reminder|a reminder to|reminder for",
    "de": r"erinner\w* mich|erinner\w* uns|erinnerung",
    "fr": r"rappelle[- ]moi|rappelez[- ]moi|rappelle[- ]nous|fais[- ]moi penser|"
          r"faites[- ]moi penser|un rappel",
    "es": r"recu[ée]rda(?:me|nos)|recordarme|recordatorio|acuérdame",
    "it": r"ricorda(?:mi|ci)|ricordarmi|promemoria",
}
LIST = {
    "en": r"(?:to|on|onto) (?:my|the|our) (?:[\w-]+ )?list",
    "de": r"(?:auf|zur|in) (?:die|meine|unsere|der|meiner|unserer) [\w-]*liste",
    "fr": r"(?:sur|à|dans) (?:la|ma|notre) (?:liste|to-?do)",
    "es": r"(?:a|en) (?:la|mi|nuestra) lista",
    "it": r"(?:alla|nella|sulla) (?:mia |nostra )?lista",
}
WAKE = {
    "en": r"wake me|wake us",
    "de": r"weck\w* mich|weck\w* uns",
    "fr": r"réveille[- ]moi|réveillez[- ]moi|réveille[- ]nous",
    "es": r"despiérta(?:me|nos)|despiérteme|despertarme",
    "it": r"sveglia(?:mi|ci)|mi svegli|svegliarmi",
}
FRAMES = (("calendar_set", REMINDER), ("alarm_set", WAKE), ("lists_createoradd", LIST))
# onto a list, said only of adding: "Pack mal Fenster putzen auf meine To-do-Liste" is not
# a removal, whatever the model says
ONTO = {
    "en": r"(?:to|onto) (?:my|the|our) (?:[\w-]+ )?list",
    "de": r"(?:auf|in) (?:die|meine|unsere) [\w-]*liste|zur [\w-]*liste|"
          r"zu (?:meiner|unserer|der) [\w-]*liste",
    "fr": r"(?:à|sur|dans) (?:la|ma|notre) (?:liste|to-?do)",
    "es": r"a (?:la|mi|nuestra) lista",
    "it": r"(?:alla|nella) (?:mia |nostra )?lista",
}


def onto_list(text: str, language: str) -> bool:
    """Whether the words put something onto a list."""
    words = ONTO.get((language or "en")[:2])
    return bool(words and find_words(words, text.lower().replace("’", "'")))


def framed(text: str, language: str) -> str | None:
    """The intent the words frame the request as (a reminder, a list entry), or None."""
    low = text.lower().replace("’", "'")
    lang = (language or "en")[:2]
    for intent, words in FRAMES:
        if lang in words and find_words(words[lang], low):
            return intent
    return None
