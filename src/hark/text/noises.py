"""Noises and asides written into a typed or transcribed turn: "Sorry — *cough* — no, four.",
"Moin, *hust* ... schreib mal …", "[sniffs] make it fifteen". A cough, sniff, sneeze or
sigh in asterisks or brackets says nothing: it goes, with the dashes or dots around it.
Other words in asterisks are emphasis ("I *really* need milk"): the words stay."""

from __future__ import annotations

import re

from hark.nlu.repeat_changes import day_names

# the sounds an ill or tired speaker writes in (five languages)
_SOUNDS = (r"coughs?|coughing|cough cough|sniff(?:s|les?|ing)?|sneez(?:e|es|ing)|a+choo+|"
           r"sighs?|yawns?|groans?|clears? throat|wheez(?:e|es|ing)|snorts?|hic+|"
           r"hust(?:et|en)?|hüstel|räusper|schnief|seufz|hatschi|"
           r"tou(?:sse|x)|toussote|renifle|soupir|atchoum|"
           r"tos(?:e|iendo)?|cof|achís|suspiro|"
           r"coff?(?: coff?)*|tossisce|starnuto|etcì|sospiro")
_NOISE = re.compile(rf"(?:\s*[—–-]+)?\s*[*\[(]\s*(?:{_SOUNDS})\s*[*\])]"
                    r"(?:\s*(?:[—–-]+|\.{2,}|…))?", re.I)
_EMPHASIS = re.compile(r"(?<![\w*])\*(\w[^*\n]{0,40}?)\*(?![\w*])")


# sorry said to the assistant after words to someone else
_SORRY = r"sorry|pardon|entschuldigung|désolée?|perdón|perdona|scusa"
# words said to someone else between dashes, a name first: "… on the shopping list — Oisín,
# get down off that — sorry", "Mach ma 'ne neue Liste — Jonas, Finger weg vom Kuchen! — 'ne
# neue Liste …" (and "— sorry" said after it, to the assistant)
_ASIDE = re.compile(r"\s*[—–]\s*(?!(?i:" + "|".join(day_names()) + r"|tomorrow|today|tonight|morgen|"
                    r"heute|demain|mañana|domani|no|nein|non|sorry|oh|ah|and|und|et|y|e|ok|okay)\b)"
                    r"[¡¿]?(?:(?:Ja|Jo|Hey|Oi|Oye|Eh|Dai)\s+)?[A-ZÀ-Ý][\w'’-]+\s*[,!]\s*[^—–]{1,80}?[—–]"
                    r"(?:\s*(?i:" + _SORRY + r"|thanks|"
                    r"thank you|cheers(?: mate| love)?|ta|danke|merci|gracias|grazie)\b[.!,]*)?\s*")
# (or any words between dashes with "sorry" said to the assistant after them: "remind me
# in two hours — yeah, just leave the boxes in the hall, cheers — sorry, remind me …"; not
# a correction: "— no, seven —")
_ASIDE_SORRY = re.compile(r"\s*[—–]\s*+(?!(?i:no|nein|non|nope|nah|actually|wait|make it|I mean|"
                          r"I meant)\b)(?=[^—–]*[^\W\d])[^—–\d]{3,90}?[—–]\s*(?i:" + _SORRY
                          + r")\b[.!,]*\s*")

# the same said last, cried out, with no dash after it: "no, perdón, leche deslactosada, no
# de almendra — ¡Sofi, bájate de ahí!"
_ASIDE_LAST = re.compile(r"\s*[—–]\s*[¡]?[A-ZÀ-Ý][\w'’-]+\s*,\s*[^—–,]{1,60}?!\s*$")
# where the speaker was, said after such words: "äh, wo war ich… ach ja, und eine
# Leselampe", "scusa, dicevo: la pompa per il materasso"
_WHERE_WAS_I = re.compile(
    r"^(?:(?:äh|ähm|ehm|euh|eh|uh|um|er|bon)\s*,?\s*)?(?:where was i|wo war ich|où j'en étais|"
    r"où en étais-je|dónde estaba|en qué estaba|qué (?:te )?decía|como (?:te )?decía|dicevo|"
    r"dove ero rimast[oa]|cosa dicevo)\s*[.…?!,:]*\s*(?:(?:ah|ach|oh|ah\s+oui|ah\s+sí|ah\s+sì)\s*"
    r"(?:ja|yes|oui|sí|sì|right|genau|voilà)?\s*[,.!…]*\s*)?(?=\S)", re.I)


# the same said first, cried out, then "— sorry" to the assistant: "Isla, nae touchin' the
# tape gun! — sorry. Pit bubble wrap on …", "— Attention au carton, il est lourd ! —
# Pardon. Mets dedans …", "Ach – ja, stellen Sie's einfach in den Flur! – sorry. …" (not
# "Add milk — sorry, eggs": a correction has no "!")
_ASIDE_FIRST = re.compile(r"^\s*(?:[—–]\s*)?(?i:(?:ach|oh|ah|äh|ähm|euh|eh|ay|uy|ehm)\s*[—–,]\s*)?"
                          r"[^—–!]{1,80}?!\s*[—–]\s*(?i:" + _SORRY
                          + r"|tschuldigung|scusate)\b[.!,]*\s*(?=\S)")

# words to someone else opening the turn between two dashes, the request after them: "—
# hang on, she's got the hiccups — can you make it just Monday", "hold on — shh, it's okay
# — add wipes" (not a correction: "— no, seven — …"; no numbers, which a request has)
_ASIDE_OPENING = re.compile(r"^\s*(?i:(?:hang on|hold on|wait|one sec(?:ond)?|oh|ah|um|uh)\W*)?"
                            r"[—–]\s*+(?!(?i:no|nein|nee|nö|non|nope|nah|actually|make it|I mean|"
                            r"I meant|attends|espera|aspetta|anzi|oder|plutôt|mejor|meglio)\b)"
                            r"[^—–\d]{3,90}?[—–]\s*(?=\S)")


# a correction opened with a dash, as a comma: "Sorry — quarter past.", "Nein — Donnerstag",
# "no sorry — twenty to six"
_PUT_RIGHT_WORD = (r"(?:" + _SORRY + r"|no|nah|nope|wait|actually|oops|nein|nee|non|attends|espera|"
                   r"aspetta|anzi)")
_PUT_RIGHT_DASH = re.compile(r"^(\W*(?:(?:oh|ah|um|uh)\s*,?\s+)?" + _PUT_RIGHT_WORD
                             + r"(?:[\s,]+" + _PUT_RIGHT_WORD + r"){0,2})"
                             r"\s*[—–]\s*(?=\w)", re.I)


# the speaker called away and back, first: "Attends, un client... voilà. La réunion …",
# "Warte, da klingelt's … so. Stell …", "Espera, un cliente... listo. ¿A qué hora …?" (the
# words between go, with the return)
_CALLED_AWAY = re.compile(
    r"^\W*(?:wait|hang on|hold on|one sec(?:ond)?|just a sec(?:ond)?|attends|attendez|une seconde|"
    r"warte|wart mal|moment|sekunde|espera|un momento|un segundo|aspetta|un attimo)"
    r"\s*[,.…!]+\s*(?!\s*(?:no|nope|nah|nein|nee|non|actually|sorry|pardon|désolée?|perdón|perdona|"
    r"scusa|plutôt|mejor|meglio|anzi|oder|lieber)\b)[^.!?…\d]{1,40}?(?:\.{2,}|…|,)\s*"
    r"(?:voilà|voila|bon|c'est bon|me revoilà|ok|okay|so|right|done|gut|fertig|da bin ich wieder|listo|ya está|ya|vale|ecco|"
    r"eccomi|fatto|bene)\s*[.!,]+\s*(?=\S)", re.I)


def _said_again(text: str) -> str:
    """The words before an aside (marked by a NUL) dropped when they are said again after
    it: "Can you add — Rex, drop it! — sorry, add dog treats …", "Add rice — … — add rice
    and lentils"."""
    for mark in [m.start() for m in re.finditer("\0", text)][::-1]:
        before, after = text[:mark].split(), text[mark + 1:].split()
        for n in range(min(6, len(before), len(after)), 0, -1):
            if [w.lower() for w in before[-n:]] == [w.lower().strip(",") for w in after[:n]]:
                text = " ".join(before[:-n]) + " \0 " + text[mark + 1:]
                break
    return text


def without_noises(text: str) -> str:
    """``text`` without the noises written in it and the words said to someone else
    between dashes, emphasis asterisks dropped."""
    text = _CALLED_AWAY.sub("", text)
    if "—" in text or "–" in text:
        text = _said_again(_ASIDE_SORRY.sub(" \0 ", _ASIDE.sub(" \0 ", _ASIDE_OPENING.sub(
            "", _ASIDE_FIRST.sub("", text))))).replace("\0", " ")
        text = " ".join(text.split()).strip(" ,")
        text = _ASIDE_LAST.sub("", text)
        text = _WHERE_WAS_I.sub("", text)
        text = _PUT_RIGHT_DASH.sub(r"\1, ", text)
    if "*" not in text and "[" not in text and "(" not in text:
        return text
    out = _NOISE.sub(lambda m: ", " if re.search(r"[—–.…-]", m.group(0)) else " ", text)
    out = _EMPHASIS.sub(r"\1", out)
    out = re.sub(r"(?:\s*,)+\s*(?=[,.!?;:])", "", out)  # "febbre..., ," → "febbre..."
    out = re.sub(r"\s*,(?:\s*,)+", ",", out)
    out = re.sub(r"(?:\.{2,}|…)\s*,", "...", out)
    return " ".join(out.strip(" ,").split())
