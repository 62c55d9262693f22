"""A thing named first, then when it is asked, in German, French, Spanish and Italian: "Et la
réunion d'équipe, c'est à quelle heure ?", "¿Y la cena con Anna cuándo era?", "E la cena con
Anna, a che ora è?", "Und die Teambesprechung, wann ist die?", "And the bins, when are they?" — asked plainly, the question
first: "À quelle heure est la réunion d'équipe ?", "¿Cuándo era la cena con Anna?", "A che
ora è la cena con Anna?", "Wann ist die Teambesprechung?", "When are the bins?".

Said with the thing first (and an opening "and"), the words were read with too little
confidence ("Désolé, je n'ai pas compris"). ``question_last(text)`` returns the question
said plainly, or ``text`` unchanged. (Spanish "lo de llamar al dentista, ¿cuándo era?" is
:mod:`hark.text.errand_first`'s; English headings without a question word,
"Dinner with Anna. Time?", are :mod:`hark.text.topic_first`'s.)
"""

from __future__ import annotations

import re

# what may open the turn before the thing: "and", "so", "okay"
_LEAD = {
    "fr": r"et|puis|pis|bon|alors|ok|d'accord|ah",
    "es": r"y|pues|oye|vale|bueno|ok|ah|entonces",
    "it": r"e|ed|allora|ok|senti|ah|va bene",
    "de": r"und|also|ok|okay|na|ah|gut",
    "en": r"and|so|oh|ok|okay|right|what about|how about",
}
# the thing: an article or "my", then at most eight words with no comma or question mark
_ARTICLE = {
    "fr": r"le|la|les|l'|mon|ma|mes|notre|nos",
    "es": r"el|la|los|las|mi|mis",
    "it": r"il|lo|la|l'|i|gli|le|il mio|la mia|i miei|le mie",
    "de": r"der|die|das|den|mein|meine|meinen|unser|unsere",
    "en": r"the|my|our",
}
# the question said after it; {q}: its question words, {v}: its verb
_ASKED = {
    "fr": r"(?:c'est|c'était|il est|elle est|ça tombe)\s+(?P<q>à quelle heure|quand|quel jour)",
    "es": r"(?P<q>cuándo|cuando|a qué hora|a que hora|qué día|que dia)\s+(?P<v>era|es|empieza|"
          r"tengo|tenía|tenia)",
    # ("quand'era", "quand'è": "quando" elided)
    "it": r"(?P<q>a che ora|quando|che giorno|quand(?='))(?:\s+|')(?P<v>è|era|c'è|inizia|comincia)",
    "de": r"(?P<q>wann|um wie ?viel uhr|an welchem tag)\s+(?P<v>ist|war|fängt|beginnt)"
          r"(?:\s+(?:der|die|das|er|sie|es))?(?:\s+(?:nochmal|noch mal|gleich|denn|an))*",
    # (English asks with "it" or "they" after: "the bins, when are they?")
    "en": r"(?P<q>when|what time|what day)\s*(?P<v>is|are|was|were|'s)\s+(?:it|they|that|that one|"
          r"those|them)(?:\s+(?:again|then|due|on))*",
}
# the day said after the question: "le dîner avec Anna, c'est à quelle heure vendredi ?"
_DAY = {
    "fr": r"(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin))?",
    "es": r"(?:mañana|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))",
    "it": r"(?:domani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)",
    "de": r"(?:morgen|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))",
    "en": r"(?:tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
}
_QUESTION_LAST = {lang: re.compile(
    rf"^\W*(?:(?:{_LEAD[lang]})\s*[,.]?\s+)*[¿]?\s*(?:(?:{_LEAD[lang]})\s+)?"
    rf"(?P<thing>(?:{_ARTICLE[lang]})(?:\s+|(?<=')\s*)[^\s,?!.¿]+(?:\s+[^\s,?!.¿]+){{0,7}}?)"
    rf"\s*,?\s+¿?\s*{_ASKED[lang]}(?:\s+(?P<day>{_DAY[lang]}))?(?:\s+(?:déjà|encore|ya|di nuovo|nochmal|noch mal|exactement|au juste|"
    rf"exactamente|exactly|esattamente|di preciso|genau))?\s*\?*\s*$",
    re.I) for lang in _ASKED}
_LANGS = tuple(_QUESTION_LAST)


def question_last(text: str) -> str:
    """``text`` asked with its question first when it names the thing first (see above)."""
    for lang in _LANGS:
        m = _QUESTION_LAST[lang].match(text.strip())
        if m is None:
            continue
        thing, q = m["thing"].strip(), m["q"].lower()
        if m["day"]:  # (its day kept, after the thing)
            thing = f"{thing} {m['day']}"
        q = q[:1].upper() + q[1:]
        if lang == "en":  # ("The dentist appointment, …": the article lower-cased)
            thing = re.sub(r"^(?:The|My|Our)\b", lambda a: a.group().lower(), thing)
            return f"{q} {'is' if m['v'] == chr(39) + 's' else m['v'].lower()} {thing}?"
        if lang == "fr":  # ("C'est à quelle heure, …" would be read of the thing just talked
            # about)
            return f"{q} est {thing} ?"
        if q == "Quand":  # (Italian "quand'era")
            q = "Quando"
        return f"{'¿' if lang == 'es' else ''}{q} {m['v'].lower()} {thing}?"
    return text
