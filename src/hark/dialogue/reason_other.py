"""A reason said before the request, in German, French, Spanish and Italian: what has
happened, then what to do about it ("Der Termin morgen früh ist abgesagt worden, lösch
bitte den Wecker um 7:15", "Domani non ho più l'appuntamento presto, togli la sveglia
delle sette e un quarto"). Cut off and read as a request of its own, the reason ("ist
abgesagt worden") had deleted the appointment too.

The reason is a statement of what happened or no longer is (a perfect or past tense, "no
longer", "non … più", "ya no") that asks nothing by its own words, before a request that
opens with a verb or a polite question. The reason stays with the request it explains,
one piece, as the request may need it to tell which thing it means ("Ho già chiamato il
dentista, segna il promemoria come fatto"). English has :mod:`hark.text.reason_first`.
"""

from __future__ import annotations

import re

from hark.dialogue.openers_other import reader

# what happened or no longer is: "ist abgesagt worden", "hat angerufen", "est annulé",
# "j'ai plus", "ya compré", "han cancelado", "è saltato", "non ho più"
_REPORTED = {
    "de": r"\b(?:ist|sind|wurde|wurden|war|waren|hat|haben|hab|habe|hatte|hatten)\b"
          r"(?:\s+\S+){0,6}?\s+(?:ge\w+(?:t|en)|\w+iert|ab\w+t|aus\w+en|ver\w+(?:t|en)|"
          r"\w+ge\w+(?:t|en))(?:\s+worden)?\b|\bnicht mehr\b|\bfällt\b.*\baus\b|"
          r"\bfindet\b.*\bnicht statt\b",
    "fr": r"\b(?:est|sont|été|était|ai|as|a|avons|ont)\s+(?:\S+\s+){0,2}?"
          r"\w+(?:é|ée|és|ées|is|ise|it|ite|u|ue|us|ert|erte)\b|"
          r"\b(?:n'|ne\s+)\S+(?:\s+\S+)?\s+plus\b|\bj'ai plus\b",
    "es": r"\b(?:ha|han|he|has|hemos|habéis)\s+\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b|"
          r"\bya no\b|\b\w+(?:aron|ieron)\b|\bya\s+\w+(?:é|í|ó)\b|"
          r"\bse\s+\w+(?:ó|aron|ieron)\b",
    "it": r"\b(?:è|e'|sono|ho|hai|ha|abbiamo|hanno)\s+(?:\S+\s+){0,2}?"
          r"(?:\w+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)|"
          r"(?:fatt|mess|pres|scritt|rott|chius|spent)[oaie])\b|"
          r"\bnon\s+(?:\S+\s+){0,3}?più\b",
}
# wishes and plans are requests, not reasons: "Ich hätte gern …", "j'ai besoin de …"
_WISH = {
    "de": r"\b(?:brauch\w*|möchte|möchten|will|wollen|hätte gern|hätten gern|bräuchte)\b",
    "fr": r"\b(?:besoin|voudrais|veux|voudrions|aimerais)\b",
    "es": r"\b(?:necesit\w*|quiero|querría|quisiera|me gustaría)\b",
    "it": r"\b(?:bisogno|vorrei|voglio|mi serve|mi servirebbe)\b",
}
# where the reason ends: a comma, a full stop or a dash, and an optional "so"
_END = re.compile(r"\s*(?:[,;:]|[.!]\s|\s[–-]\s)\s*(?:(?:also|deshalb|donc|alors|du coup|así que|"
                  r"entonces|quindi|allora|perciò)\b[\s,]*)?(?=\S)", re.I)


def reason_before(text: str, lang: str) -> int | None:
    """Where the request of ``text`` starts after a reason said before it, or None."""
    if lang not in _REPORTED:
        return None
    m = _END.search(text)
    if m is None:
        return None
    head, tail = text[:m.start()], text[m.end():]
    said = reader(lang)
    plain_head = head.lower()
    if "?" in head or len(tail.split()) < 2 or said.asks_itself(head) or not re.search(
            _REPORTED[lang], plain_head) or re.search(_WISH[lang], plain_head):
        return None
    opener = said.opener(tail)
    if not (said.verb.match(opener) or said.asks_first.match(opener)):
        return None
    return m.end()


# why, said after the request and a comma: "que ya lo compré", "parce que …", "weil …"
_WHY_WORD = re.compile(r"(?:que|porque|ya que|weil|denn|da|parce que|car|puisque|perché|poiché|"
                       r"che)\b", re.I)


def reason_after(text: str, lang: str) -> int | None:
    """Where a reason said after the request of ``text`` starts: its last clause after a
    comma, when it tells what happened ("…, j'en ai acheté ce midi", "…, che l'ho fatto
    ieri") or says why ("…, que ya lo compré") and opens no request of its own; else None."""
    if lang not in _REPORTED:
        return None
    m = re.search(r",\s*([^,]+)$", text)
    if m is None or len(text[:m.start()].split()) < 2:
        return None
    clause = m.group(1).strip().lower()
    said = reader(lang)
    opener = said.opener(clause)
    if said.verb.match(opener) or said.asks_first.match(opener) or "?" in clause:
        return None
    if _WHY_WORD.match(clause) or (re.search(_REPORTED[lang], clause)
                                   and not re.search(_WISH[lang], clause)):
        return m.start()
    return None
