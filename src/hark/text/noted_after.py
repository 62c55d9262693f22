"""Something said first as news, then "put that in the calendar" (five languages): "I have to
go to the GP on Wednesday at half eight in the morning. Put that in the calendar.", "I've
got physio on Thursday at 3, can you put that in my diary?", "Am Mittwoch muss ich zum
Hausarzt, um halb neun in der Früh. Tragen Sie mir das bitte ein.", "J'ai le kiné jeudi à
15 heures, mets-le dans l'agenda.", "Tengo médico el jueves a las once, apúntalo.",
"Giovedì alle undici ho il medico, segnalo in agenda."

Read as said, the news became the event's title whole ("On Wednesday I have to go to the
GP", "j'ai le kiné mets-le") or, with no thing named in the request, Hark asked what to
put in. ``noted_after(text)`` says it as the calendar's own request, the news without
the speaker's "I have to go to" ("Put the GP on Wednesday at half eight in the morning in
my calendar"); other text comes back as it was.
"""

from __future__ import annotations

import re

_END = r"\s*(?:please|bitte|s'il (?:te|vous) pla[iî]t|por favor|per favore|for me|thanks)?\s*[.!?]*\s*$"

# the request after the news, pointing back at it with "that", "das", "le", "lo"
_ASK = {
    "en": r"(?:(?:and\s+)?(?:can|could|would|will) you\s+|please\s+|just\s+)*(?:put|add|pop|stick|"
          r"write|note|get|pencil|bung|chuck)\s+(?:that|it|this)\s+(?:down\s+)?(?:in|into|on|to)\s+"
          r"(?:the|my)\s+(?:calendar|diary)(?:\s+for me)?",
    "de": r"(?:kannst du\s+|können sie\s+|bitte\s+)?(?:trag|trage|tragen sie|tragt|schreib|notier)"
          r"(?:\s+(?:mir|ma|mia|uns))?\s+(?:das|des|dat|den|ihn|es)(?:\s+(?:bitte|mal|ma|doch|noch))*"
          r"\s+(?:ein|in (?:den|meinen) kalender(?: ein)?)",
    "fr": r"(?:(?:tu peux|vous pouvez|peux-tu|pouvez-vous)\s+(?:le|la|me le|me la)\s+"
          r"(?:mettre|noter|ajouter|inscrire)|(?:mets|mettez|note|notez|ajoute|ajoutez|inscris|"
          r"inscrivez)-(?:le|la)(?:-moi)?|(?:mets|mettez|note|notez)(?:-moi)?\s+ça)"
          r"(?:\s+(?:dans|à|sur)\s+(?:l'|mon\s+|ton\s+|votre\s+)?(?:agenda|calendrier))?",
    "es": r"(?:ap[uú]nta|an[oó]ta|ag[eé]nda|p[oó]n|gu[aá]rda|ap[uú]nte|an[oó]te)(?:me)?(?:lo|la)"
          r"(?:\s+(?:en\s+(?:el|mi|la)\s+(?:calendario|agenda)))?",
    "it": r"(?:segna|metti|scrivi|aggiungi|segnate|mettete)(?:lo|la|melo|mela|celo)"
          r"(?:\s+(?:in|nel|nell'|all'|sul|sull')\s*(?:agenda|calendario))?",
}
_ASKED = {lang: re.compile(rf"^(?P<news>\S.{{4,200}}?)\s*[.,;!]\s+(?:{ask}){_END}", re.I)
          for lang, ask in _ASK.items()}

# the speaker's own words before the thing: "I have to go to", "muss ich", "j'ai"
_SPEAKER = {
    "en": re.compile(r"\b(?:i(?:'ve| have)? got(?: to (?:go to|see))?|i have(?: to (?:go to|see))?|"
                     r"i need to (?:go to|see)|i must (?:go to|see)|i'm (?:going to|seeing|off to)|"
                     r"i'll be (?:at|seeing)|i've|there's|we(?:'ve)? (?:have|got))\s+", re.I),
    "de": re.compile(r"\b(?:(?:muss|hab|habe|geh|gehe|soll|hätt|hätte)\s+(?:ich|i)|"
                     r"(?:ich|i)\s+(?:muss|hab|habe|gehe|geh|soll))\b\s*", re.I),
    "fr": re.compile(r"\b(?:j'ai|je dois (?:aller |voir )?|je vais (?:voir )?|il y a)\s*", re.I),
    "es": re.compile(r"\b(?:tengo(?: que ir a| que ver a)?|debo ir a|voy a)\s+", re.I),
    "it": re.compile(r"\b(?:ho|devo andare|devo vedere|vado)\s+", re.I),
}
# (English) the day said first: "On Wednesday the GP, at half eight in the morning"
_WHEN_FIRST = re.compile(r"^(?P<when>(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
                         r"today|tonight|this (?:morning|afternoon|evening))\s+(?P<rest>\S.*)$", re.I)
# the calendar's own request, by language
_SAID = {"en": "Put {news} in my calendar.", "de": "Trag mir {news} ein.",
         "fr": "Mets dans l'agenda {news}.", "es": "Apunta en el calendario {news}.",
         "it": "Segna in agenda {news}."}


def noted_after(text: str, lang: str) -> str:
    """``text`` with news, then "put that in the calendar", said as one request."""
    pattern = _ASKED.get(lang)
    m = pattern.match(text.strip()) if pattern is not None else None
    if m is None:
        return text
    news = _SPEAKER[lang].sub("", m["news"], count=1)
    news = " ".join(news.replace(",", " ").split()).strip(" .;")
    if len(news.split()) < 2:
        return text
    first = _WHEN_FIRST.match(news) if lang == "en" else None
    if first is not None:  # "On Wednesday the GP at half eight": the thing first
        news = f"{first['rest']} {first['when']}"
    return _SAID[lang].format(news=news)
