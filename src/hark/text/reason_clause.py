"""Why, said last after a comma with a day or a time of its own, in French, Italian,
Spanish and German: "mets-le vendredi à la même heure, samedi avec la visite j'aurai pas
le temps", "décale-le à dimanche, même heure, inchallah j'irai dimanche", "spostalo a
mercoledì sera, stessa ora, che giovedì sera devo sistemare la camera", "ponme el
despertador a las siete, que me voy al mercado", "schieb ihn auf halb acht, weil ich um
sieben noch beim Arzt bin".

The reason's day or clock was read as the new one ("samedi" undid "vendredi").
``without_reason_clause(text)`` returns the request without it, or ``text`` unchanged
(English has :mod:`hark.text.reason_first` and :mod:`hark.dialogue.reason_after`).
"""

from __future__ import annotations

import re

from hark.text.day_looks import DAY_WORDS
from hark.text.shorthand import detect_language

# the clause's opening: a reason word, or a day then someone doing something
_SUBJECT = {
    # (or what it will be like: "…, samedi avec le changement ce sera la folie")
    "fr": r"(?:(?:je|j'|on|nous|il|elle|ils|elles|ça|ca)\s*\w+|(?:ce sera|ce serait)\b)",
    # (a verb of "I" or "we": "devo", "dormo"; not a day or a word of the time: "tutti i
    # lunedì, martedì e sabato", "mercoledì 9 alle tre del pomeriggio")
    "it": rf"(?!(?:{DAY_WORDS['it']}|pomeriggio|mattino|giorno|mezzogiorno|quarto|mezzo|dopo|"
          r"presto|tardo|gennaio|febbraio|marzo|maggio|giugno|luglio|agosto|prossimo|primo|"
          r"uno|quattro|otto|diciotto|ventuno|ventotto|trentuno|stesso|orario)\b)"
          r"(?:ho|[^\W\d]+o|[^\W\d]+iamo|viene|vengono|arriva|arrivano|passa|passano)\b",
    "es": r"(?:tengo|tenemos|voy|vamos|estoy|estamos|me voy|he|hemos|ya|cojo|trabajo|salgo|llego|"
          r"entro|estudio|vuelvo|curro|ceno|juego|recojo|llevo|"
          # someone coming: "…, que el miércoles viene el técnico"
          r"viene|vienen|llega|llegan|pasa|pasan)\b",
    "de": r"(?:(?:ich|i|wir|mir)\s+\w+|(?:soll|wird|gibt|ist|war|muss)'s\b)",
}
_WHY = {
    "fr": r"(?:parce que|parce qu'|car|vu que|inchallah|comme|avant que|avant qu')",
    "it": r"(?:che|perché|tanto|così|visto che|dato che)",
    "es": r"(?:que|porque|pues|ya que|como)",
    "de": r"(?:weil|denn|da|wo)",
}
# what may follow the reason: the end, a sentence of its own ("… empresa. ¿Y qué me queda
# el sábado?") or another request joined on ("…, che sabato sono al mercatino, e poi dimmi
# cos'ho venerdì")
_THEN = r"e\s+poi|poi|y\s+luego|luego|y|et\s+puis|puis|et|und\s+dann|dann|und"
# (a day and its doer in one sentence: "Ah, mercoledì. Me lo sposti …? Mercoledì viene il
# tecnico" is no reason after "Ah")
_CLAUSE = {lang: re.compile(
    rf",\s*(?P<why>(?:{_WHY[lang]})\s+(?:[^,]{{0,40}}?)|(?:{DAY_WORDS[lang]})\b[^,.?!]{{0,40}}?"
    rf"(?<![\w'])(?={_SUBJECT[lang]})){_SUBJECT[lang]}[^,.?!¿]*"
    rf"(?=[.?!]*$|[.?!]+\s|,\s*(?:{_THEN})\s)", re.I) for lang in _WHY}
_TIMED = {lang: re.compile(rf"\b(?:{DAY_WORDS[lang]}|soir|matin|sera|mattina|pomeriggio|noche|"
                           rf"tarde|abend|früh|heure|ora|hora|uhr)\b|\d", re.I) for lang in _WHY}
# a clock said in words: "que a las nueve tengo …", "che alle otto …", "um acht"
CLOCK_WORDS = re.compile(r"\b(?:a las|a la una|alle|all'una|um)\s+\w", re.I)
_KIND = re.compile(r"\b(?:despertador|alarma|recordatorio|temporizador|sveglia|promemoria|timer|"
                   r"réveil|rappel|minuteur|wecker|erinnerung)\b", re.I)
_ASKS = re.compile(r"\b(?:mets|ajoute|supprime|rappelle|décale|déplace|avance|recule|change|passes?|"
                   r"metti|sposta|ricorda|anticipa|posticipa|p[oó]n|mu[eé]v|c[aá]mbi|atr[aá]s|retr[aá]s|"
                   r"adel[aá]nt|p[aá]s[aá]|recu[eé]rda|"
                   r"stell|schieb|verschieb|leg|lösch|erinner)\w*", re.I)
# the same, and the verbs of taking away, before "not being able to"
_CANCELS = re.compile(r"\b(?:cancel|canc[eé]l|borr|b[oó]rr|quit|qu[ií]t|annul|supprim|togli|streich|"
                      r"elimin)\w*", re.I)

# what takes back the last answer, said before why: "Uy, no, perdona", "Ah non, pardon",
# "Nee, sorry", "No, scusa"
_TAKEN_BACK = re.compile(r"\W*(?:(?:uy|ay|oh|ah|ach|ahi|ahia|ops|oups|no|non|nein|nee|perdona|perdón|"
                         r"perdon|pardon|désolée?|scusa|scusami|anzi|sorry|entschuldigung|"
                         r"mist)\b\W*)+", re.I)

# not being able to, said last: "…, cancélalo, no llego ni loco con la casa llena"
_CANNOT = re.compile(r",\s*(?:no (?:llego|llegamos|puedo|podemos|voy a poder)|non (?:ce la faccio|"
                     r"posso|riesco|arrivo)|je (?:ne )?(?:peux|pourrai) pas|j'y arriverai pas|"
                     r"ich schaff(?:e)? (?:das|es) nicht|das schaff(?:e)? ich nicht)\b[^,]*$", re.I)


# what the speaker wants to do, as a sentence of its own after the request: "Tu peux
# l'avancer d'une demi-heure ? J'aimerais chauffer ma voix avant d'y aller."
_WISH_AFTER = re.compile(
    r"(?<=[.?!])\s+(?:j'aimerais|je voudrais|je veux|je dois|il faut que je|comme ça|c'est pour|"
    r"ich (?:will|möchte|muss|würde gern)|damit ich|dann kann ich|quiero|me gustaría|tengo que|"
    r"así (?:puedo|tengo)|vorrei|voglio|devo|così (?:posso|ho))\b[^.?!]*[.!?]*$", re.I)


# a verb's past participle says what was done, not what is asked ("…, che il ritiro
# l'hanno anticipato a giovedì", "…, on l'a déplacé"), nor does its noun ("…, samedi avec
# le changement ce sera la folie")
_NOT_ASKED = re.compile(r"(?:at[oaie]|ad[oa]s?|ée?s?|ments?|mento|miento)$", re.I)


def _asks_in(clause: str) -> bool:
    """Whether ``clause`` has a verb of asking, not only its past participle or noun."""
    return any(not _NOT_ASKED.search(m.group(0)) for m in _ASKS.finditer(clause))


# why, as a sentence of its own after the request, saying what day it is: "Mi metti un
# promemoria per le fatture? Che è fine mese." (its "fine mese" was read as the day)
_WHY_AFTER = re.compile(
    r"(?<=[.?!])\s+(?:che|perché|visto che|dato che|tanto|que|porque|ya que|parce que|"
    r"vu que|car)\s+(?:è|e'|c'è|es|hoy es|c'est|on est)\s[^.?!]*[.!?]*$", re.I)
# (a day or a clock in it may be the request's own: "Metti la cena. Che è giovedì alle 8.")
_DAY_SAID = re.compile(r"\b(?:oggi|domani|stasera|hoy|mañana|esta noche|aujourd'hui|demain|"
                       r"ce soir)\b", re.I)


# German why after an alarm, with no "weil": "…, ich hab um neun Statistik und verschlaf
# sonst" (its "um neun" had set the alarm for nine)
_I_HAVE_DE = re.compile(r",\s*(?:ich|i)\s+(?:hab|habe|hob|bin|muss|geh|gehe|fahr|fahre)\b[^,.?!]*"
                        r"(?=[.?!]*$|[.?!]+\s)", re.I)
_ALARM_DE = re.compile(r"\b(?:\w*wecker|weck\w*)\b", re.I)


# news after the request that something of the speaker's is off or moved: "…, mon cours de
# huit heures et demie est annulé, genre" (its "annulé" had asked which reminder to
# cancel), "…, mi clase de las ocho se canceló", "…, la mia lezione delle otto è stata
# annullata", "…, mein Kurs um acht fällt aus"
_OFF_NEWS = re.compile(
    r",\s*(?:mon|ma|mes|notre|nos|le|la|les|mi|mis|nuestr[oa]s?|el|los|las|la mia|il mio|le mie|"
    r"i miei|mein|meine|unser|unsere|der|die|das)\s+[^,.?!]{1,50}?\s+(?:(?:est|sont|a été|ont été|"
    r"se|è|sono|è stat[oa]|sono stat[ei])\s+)?(?:annulée?s?|reportée?s?|décalée?s?|supprimée?s?|"
    r"cancel(?:ó|aron|ad[oa]s?)|suspendi(?:ó|eron|d[oa]s?)|annullat[oaie]|rimandat[oaie]|"
    r"salta(?:t[oaie])?|fällt aus|fallen aus|ist abgesagt|sind abgesagt|wurde abgesagt)\b"
    r"[^,.?!]*(?:,\s*(?:genre|là|tsé|quoi|eh|neta|wey|po|dai|ne|gell))?(?=[.?!]*$)", re.I)


def without_reason_clause(text: str) -> str:
    """``text`` without a reason said last that has a day or a time of its own, or that
    says the speaker cannot, or a wish or a reason said as a sentence of its own after the
    request."""
    news = _OFF_NEWS.search(text)
    if news is not None and _ASKS.search(text[:news.start()]) \
            and not _CANCELS.search(text[:news.start()]):
        return text[:news.start()].rstrip(" ,") + text[news.end():]
    i_have = _I_HAVE_DE.search(text)
    if i_have is not None and CLOCK_WORDS.search(i_have.group(0)) \
            and _ALARM_DE.search(text[:i_have.start()]) \
            and not re.search(r"erinner", text[:i_have.start()], re.I):
        return text[:i_have.start()].rstrip(" ,") + text[i_have.end():]
    why = _WHY_AFTER.search(text)
    if why is not None and not _KIND.search(why.group(0)) and not _ASKS.search(why.group(0)) \
            and not any(t.search(why.group(0)) for t in _TIMED.values()) \
            and not _DAY_SAID.search(why.group(0)) and not CLOCK_WORDS.search(why.group(0)) \
            and _ASKS.search(text[:why.start()]):
        return text[:why.start()]
    wish = _WISH_AFTER.search(text)
    if wish is not None and not _KIND.search(wish.group(0)) and not _ASKS.search(wish.group(0)) \
            and _ASKS.search(text[:wish.start()]):
        return text[:wish.start()]
    cannot = _CANNOT.search(text)
    if cannot is not None and (_ASKS.search(text[:cannot.start()])
                               or _CANCELS.search(text[:cannot.start()])) \
            and len(text[:cannot.start()].split()) >= 3:
        return text[:cannot.start()].rstrip(" ,")
    if "," not in text or not any(p.search(text) for p in _CLAUSE.values()):
        return text  # (the language is told only when a clause of some language is said)
    lang = detect_language(text)
    pattern = _CLAUSE.get(lang)
    if pattern is None:
        return text
    m = pattern.search(text)
    if m is None or _asks_in(m.group(0)):
        return text
    if _TAKEN_BACK.fullmatch(text[:m.start()]) and m.end() < len(text.rstrip(" .!?")):
        # "Uy, no, perdona, que mañana entro más tarde. Que sea a las siete": why the
        # last answer was wrong, then the new one
        return (text[:m.start()].rstrip(" ,") + text[m.end():]).strip()
    if len(text[:m.start()].split()) < 3 or not _ASKS.search(text[:m.start()]):
        return text
    if not (_TIMED[lang].search(m.group(0)) or CLOCK_WORDS.search(m.group(0))) and not (
            _KIND.search(text[:m.start()]) and _TIMED[lang].search(text[:m.start()])):
        return text  # (a reason with no time of its own stays, unless the request is whole:
        # "ponme el despertador a las siete, que me voy al mercado")
    return text[:m.start()].rstrip(" ,") + text[m.end():]
