"""A time or day corrected in the same breath, in German, French, Spanish and Italian:
"Le rappel …, décale-le à onze heures, non, 10h30" is at 10:30; "La sveglia del nuoto
mettila alle dieci, anzi no, alle dieci e mezza" at 10:30; "stell ihn auf sieben, nein,
Viertel vor sieben" at 6:45; "ponla a las ocho, no, mejor a las ocho y media"; "Giovedì,
cioè, giovedì sera, …" Thursday evening (English: :mod:`hark.text.corrections`).

``corrected_other(text)`` returns ``text`` with the first of two times or days that only
a correcting word ("nein", "non", "anzi", "o sea" …) separates left out, or ``text``
unchanged.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hark.dialogue.compound import language_of
from hark.types import Slot

LANGUAGES = ("de", "fr", "es", "it")
_CUE = {
    # (Austrian "naa", "na": "Um sechse. Naa, wart, sagma zehn nach sechse")
    "de": r"nein|nee|ne|nei|naa|na(?=\s*,)|sorry|quatsch|ich meine|besser|lieber|korrektur|doch",
    "fr": r"non|pardon|plutôt|plutot|je veux dire|ou plutôt|oups|je me suis trompée?",
    "es": r"no|perdón|perdon|perdona|mejor|digo|quiero decir|o sea|me equivoqué",
    "it": r"no|anzi|scusa|cioè|cioe|volevo dire|meglio|o meglio|ho sbagliato",
}
# words of a pause, said with the correcting words but not correcting by themselves
# ("mercredi, euh, l'après-midi" is Wednesday afternoon)
_PAUSE = {"de": r"äh|ähm|halt|moment|warte?|also|sagen wir|sag ?ma", "fr": r"euh|attends|enfin|bon",
          "es": r"eh|em|espera|bueno|pues", "it": r"ehm|eh|aspetta|cioè|allora"}
# a correcting word set off by a pause: the cheap first look
_ANY_CUE = re.compile(rf"[,.;—–-]\s*(?:{'|'.join(_CUE.values())})\b", re.I)
# what may stand between the correcting words and the new time: a preposition, an article
_PREPOSITIONS = r"um|auf|gegen|am|à|a|au|vers|pour|le|alle?|verso|per|il|las?|el|los"
_LEAD = rf"(?:(?:{_PREPOSITIONS}|all')\s+)*"
# the same words ending what was said before the first time ("mettila alle")
_HEAD_LEAD = re.compile(rf"(?:\b(?:{_PREPOSITIONS})\s+)+$|\ball'$", re.I)
_KINDS = {"time", "date", "datetime"}
# Spanish "no" said straight onto the second, with no pause: what is not meant ("es el
# martes, no el miércoles"), not a correction to it
_NOT_THAT = {"es": re.compile(r"\s*[,;—–-]\s*no\s+(?:(?:a|para|hasta|de|del|al)\s+)?"
                             r"(?:(?:el|la|los|las)\s+)?", re.I)}  # (and "a las seis, no a las
# cinco": six)
_NEVER = re.compile(r"(?!)")


def _between(lang: str, stop: bool = False) -> re.Pattern[str]:
    cue, pause = _CUE[lang], _PAUSE[lang]
    pause_at = r"(?:[,;—–-]|\.(?=\s))" if stop else r"[,;—–-]"
    return re.compile(rf"\s*{pause_at}\s*(?:(?:{pause})\b[\s,;—–-]*)*(?:(?:{cue})\b[\s,;—–-]*)+"
                      rf"(?:(?:{cue}|{pause})\b[\s,;—–-]*)*(?P<lead>{_LEAD})", re.I)


_BETWEEN = {lang: _between(lang) for lang in LANGUAGES}
# (between two times, a full stop too: "Um sechse. Naa, wart, sagma zehn nach sechse"; not
# after an hour said within a time: "Viertel vor sieben. Nee, warte, zehn vor sieben")
_BETWEEN_TIMES = {lang: _between(lang, stop=True) for lang in LANGUAGES}
# an hour said as a bare number before the correction ("auf sieben, nein, Viertel vor sieben")
_HOURS = {
    "de": r"eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf",
    "fr": r"une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|midi|minuit",
    "es": r"una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
    "it": r"una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici",
}
_BARE = {lang: re.compile(rf"\b(?:\d{{1,2}}(?:[:.h]\d\d)?|{_HOURS[lang]})"
                          rf"(?:\s*(?:uhr|heures?|h))?(?=(?:{_BETWEEN_TIMES[lang].pattern})$)", re.I)
         for lang in LANGUAGES}


def corrected_other(text: str) -> str:
    """``text`` with a time, day or amount corrected in the same breath put right."""
    lang = language_of(text)
    if lang in LANGUAGES:
        text = _amount_put_right(text, lang)
    if lang not in LANGUAGES or (_ANY_CUE.search(text) is None and
                                 _FAR_CUE.search(text) is None and
                                 re.search(_LETS_SAY[lang], text, re.I) is None):
        return text
    from hark.nlu.time_spans import find_time_spans

    spans = [s for s in find_time_spans(text, datetime.now(UTC), lang) if s.name in _KINDS]
    for first, second in zip(spans, spans[1:], strict=False):
        if first.end is None or second.start is None:
            continue
        between = _BETWEEN[lang].fullmatch(text[first.end:second.start])  # (a full stop
        # between them is read below, where a word that says it will do is left out)
        if between is None or _NOT_THAT.get(lang, _NEVER).fullmatch(between.group(0)):
            continue  # ("es el martes, no el miércoles": not the second, meant the first)
        # "à sept, non, huit heures": the first's "à" kept for the second
        own = re.match(_LEAD, text[first.start:first.end], re.I)
        return _put_right(text, first.start, between, second.start,
                          own.group(0) if own else "")
    for second in spans:  # the first said as a bare hour
        if second.start is None:
            continue
        bare = _BARE[lang].search(text, 0, second.start)
        led = bare is not None and re.search(rf"\b(?:{_PREPOSITIONS})\W*$",
                                             text[:bare.start()], re.I) is not None
        between = (_BETWEEN_TIMES if led and lang == "de" else _BETWEEN)[lang].fullmatch(
            text[bare.end():second.start]) if bare else None
        if bare is not None and between is not None and not _NOT_THAT.get(
                lang, _NEVER).fullmatch(between.group(0)):
            return _put_right(text, bare.start(), between, second.start, "")
    far = _far_put_right(text, lang, spans)
    return far if far != text else _said_last(text, lang, spans)


# "let's say", said before the time settled on after thinking aloud: "Am Samstag um...
# warte, die Kinder kommen um drei, also sagen wir halb elf am Vormittag"
_LETS_SAY = {"de": r"sagen\s+wir|sag\s*ma|sagen\s+ma", "fr": r"disons|mettons",
             "es": r"digamos|pongamos", "it": r"diciamo|facciamo|mettiamo"}
_SO = r"also|alors|donc|bon|pues|entonces|bueno|allora|quindi|dai"


def _said_last(text: str, lang: str, spans: list[Slot]) -> str:
    """A when said alone (its day first), thought aloud over, then settled by "let's say"
    and a time: its day at that time ("Am Samstag um halb elf am Vormittag"); else
    ``text``."""
    say = re.search(rf"[,.…;—–-]\s*(?:(?:{_SO})\s+)?(?:{_LETS_SAY[lang]})\s+", text, re.I)
    placed = [s for s in spans if s.start is not None and s.end is not None]
    if say is None or not placed or placed[0].start is None:
        return text
    last = next((s for s in placed if say.end() <= s.start <= say.end() + 6
                 and s.name == "time"), None)
    told = [s for s in placed if s.name == "time" and s.end is not None and s.end <= say.start()]
    first = placed[0]
    if last is None or last.end is None or not told or first.name != "date" or len(
            text[:first.start].split()) > 2 or not re.fullmatch(r"[\s.!?]*", text[last.end:]):
        return text
    said = text[say.end():last.end].rstrip(" .!?")
    at = "" if _OWN_LEAD.match(said) else f"{_AT_WORD[lang]} "
    return f"{text[:first.end]} {at}{said}."


# a time put right after the errand, past a pause: "Ricordami stasera alle otto di chiamare
# la mamma... no, scusa, alle otto e mezza, che alle otto lei cena", "Stell mir einen
# Wecker für Donnerstag, Viertel nach sechs. Ach nee, sorry, mach sechs draus, ich muss …"
_FAR_CUE = re.compile(r"(?:\.{1,3}|…|[,;—–-])\s*(?:(?:ach|oh|ah|äh|euh|eh|ehm)\b[\s,]*)?"
                      r"(?:nein|nee|no|non|sorry|pardon|perdón|perdona|scusa|anzi)\b", re.I)
# the verb that says the new time: "mach sechs draus", "mets-le à huit heures", "ponla a las
# nueve", "mettila alle nove"
_MAKE_IT = {"de": r"mach(?:'s|s|\s+es|\s+ihn|\s+den|\s+das|\s+die)?|stell\s+(?:ihn|es|den|die)",
            "fr": r"mets(?:-le|-la)?|fais", "es": r"pon(?:lo|la)?|haz(?:lo|la)?|mejor",
            "it": r"metti(?:lo|la)?|fai|facciamo|fallo|falla"}
_FAR = {lang: re.compile(
    rf"(?:\.{{1,3}}|…|[,;—–-])\s*(?:(?:{_PAUSE[lang]}|ach|oh|ah)\b[\s,;—–.-]*)*"
    rf"(?:(?:{_CUE[lang]})\b[\s,;—–.-]*)+(?:(?:{_CUE[lang]}|{_PAUSE[lang]})\b[\s,;—–-]*)*"
    rf"(?:(?:{_MAKE_IT[lang]})\s+)?(?P<lead>{_LEAD})", re.I) for lang in LANGUAGES}
# what may follow the new time: a word that says it is instead, then nothing or why
_INSTEAD_WORDS = r"draus|daraus|stattdessen|plutôt|mejor|invece"
# or a word that says the new time will do: "zehn vor sieben reicht, …", "sept heures ça
# suffit", "a las siete basta", "alle sette va bene"
_DOES_IT = {"de": r"(?:reicht|langt|genügt|passt)(?: (?:auch|doch|schon|eigentlich|ja|locker|"
                  r"völlig|dann|wohl))*",
            "fr": r"(?:ça |ca )?(?:suffit|suffira|ira)|c'est bon|ça va|ca va",
            "es": r"basta|alcanza|vale|est[aá] bien|es suficiente",
            "it": r"basta|va bene|è sufficiente|e' sufficiente|può andare|puo andare"}
_WHY = {"de": r"weil|denn|da|ich|wir|sie|er|es|die|der|das|dann|sonst|vorher|davor|früher",
        "fr": r"parce|car|je|j'|on|il|elle|c'est|sinon",
        "es": r"que|porque|es que|tengo|ya|así",
        "it": r"che|perché|tanto|devo|ho|così"}
_OWN_LEAD = re.compile(rf"(?:(?:{_PREPOSITIONS})\s+)+|all'", re.I)
_AT_WORD = {"de": "um", "fr": "à", "es": "a las", "it": "alle"}


def _far_put_right(text: str, lang: str, spans: list[Slot]) -> str:
    """``text`` with the clock of the last time before a correcting word far after it set
    to the time said after that word; what follows it (why) left out; else ``text``."""
    from hark.nlu.time_spans import find_time_spans

    for cue in _FAR[lang].finditer(text):
        if _NOT_THAT.get(lang, _NEVER).fullmatch(cue.group(0)):
            continue  # ("…, no el miércoles": what is not meant)
        before = [s for s in spans if s.start is not None and s.end is not None and
                  s.start + len(text[s.start:s.end].rstrip(" ,.!?")) <= cue.start()]
        if not before or before[-1].start is None:
            continue
        old = before[-1]
        at = cue.end() - len(cue.group("lead"))
        new = next((s for s in spans if s.start is not None and s.end is not None
                    and cue.end() <= s.start <= cue.end() + 1), None)
        if new is not None and new.end is not None:
            new_end = new.end
        else:
            bare = re.match(rf"(?:\d{{1,2}}(?:[:.h]\d\d)?|{_HOURS[lang]})\b", text[cue.end():], re.I)
            if bare is None:
                continue
            new_end = cue.end() + bare.end()
        said = text[at:new_end].strip(" ,.")
        after = text[new_end:]
        if not re.fullmatch(rf"(?:\s+(?:{_INSTEAD_WORDS}|{_DOES_IT[lang]}))?\s*"
                            rf"(?:[.!?]*|,\s*(?:{_WHY[lang]})\b.*)",
                            after, re.I | re.S):
            continue
        raw = text[old.start:old.end].rstrip(" ,.")
        # where the clock starts in the old time: "stasera | alle otto", "Donnerstag, | Viertel
        # nach sechs" (a time alone: all of it)
        words = [m.start() for m in re.finditer(r"\S+", raw)]
        clock = next((k for k in words[1:] if any(
            (s.value or {}).get("kind") == "time" for s in find_time_spans(
                raw[k:], datetime.now(UTC), lang) if s.start == 0)), 0)
        head = text[:old.start + clock]
        its_own = _OWN_LEAD.match(raw[clock:])
        own = its_own or _HEAD_LEAD.search(head)
        if cue.group("lead") or own is not None:
            head = _HEAD_LEAD.sub("", head) if cue.group("lead") else head
            if not cue.group("lead") and its_own is not None:  # "Übermorgen um zehn... nein,
                said = f"{its_own.group(0)}{said}"  # Viertel nach zehn": its "um" kept
        else:
            said = f"{_AT_WORD[lang]} {said}"  # ("mach sechs draus": "um sechs")
        end = old.start + len(raw)
        return f"{head}{said}{text[end:cue.start()]}".rstrip(" ,") + "."
    return text


_COUNTS = {
    # (the tens with their ones first: "fünfunddreißig", "trente-cinq", "treinta y cinco",
    # "trentacinque")
    "de": r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|"
          r"dreissig|vierzig|fünfzig|sechzig)|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|"
          r"achtzehn|neunzehn|eins|eine?n?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
          r"elf|zwölf",
    "fr": r"(?:vingt|trente|quarante|cinquante)(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|"
          r"huit|neuf))?|dix-sept|dix-huit|dix-neuf|une?|deux|trois|quatre|cinq|six|sept|huit|"
          r"neuf|dix|onze|douze|treize|quatorze|quinze|seize",
    "es": r"(?:treinta|cuarenta|cincuenta)(?:\s+y\s+(?:uno|dos|tres|cuatro|cinco|seis|siete|"
          r"ocho|nueve))?|veinti(?:uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|"
          r"nueve)|una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
          r"catorce|quince|dieciséis|dieciseis|diecisiete|dieciocho|diecinueve|veinte",
    "it": r"(?:venti?|trenta?|quaranta?|cinquanta?)(?:uno|due|tre|quattro|cinque|sei|sette|"
          r"otto|nove)|venti|trenta|quaranta|cinquanta|una?|uno|due|tre|quattro|cinque|sei|"
          r"sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|"
          r"diciassette|diciotto|diciannove",
}
_UNITS = {"de": r"minuten?|stunden?|sekunden?", "fr": r"minutes?|heures?|secondes?",
          "es": r"minutos?|horas?|segundos?", "it": r"minut[oi]|ore|ora|second[oi]"}

# a length said whole, with no count of units: "trois quarts d'heure", "eine halbe Stunde"
_WHOLE = {
    "de": r"(?:eine\s+)?(?:halbe|viertel|dreiviertel)\s*stunde|dreiviertelstunde|"
          r"(?:anderthalb|eineinhalb)\s+stunden",
    "fr": r"(?:une\s+)?demi-heure|(?:un|trois)\s+quarts?\s+d'heure|une\s+heure\s+et\s+(?:demie|quart)",
    "es": r"(?:una\s+)?media\s+hora|(?:un|tres)\s+cuartos?\s+de\s+hora|una\s+hora\s+y\s+"
          r"(?:media|cuarto)",
    "it": r"(?:una\s+)?mezz'ora|mezzora|(?:un|tre)\s+quarti?\s+d'ora|un'ora\s+e\s+"
          r"(?:mezza|un\s+quarto)",
}
# "more", said after the new amount
_MORE = {"de": r"mehr|noch|extra|zusätzlich|länger", "fr": r"de plus|en plus|supplémentaires?",
         "es": r"más|mas|de más|extra", "it": r"in più|di più|extra"}
# "let's say", said before the new amount
_SAY = {"de": r"sagen\s+wir|sag\s+ma|sagen\s+ma|mach|nimm", "fr": r"disons|mettons|plutôt",
        "es": r"digamos|pongamos|mejor", "it": r"diciamo|facciamo|mettiamo|meglio"}


def _amount_put_right(text: str, lang: str) -> str:
    """``text`` with an amount corrected at its end put in place of the first: "mach da ma
    noch zehn Minuten drauf äh nee acht" → "… noch acht Minuten drauf"; a reason after it
    stays ("zwanzig Minuten – äh, nee, fünfzehn, sonst brennt's an")."""
    count = rf"(?:\d{{1,3}}|{_COUNTS[lang]})"
    m = re.search(rf"\b(?P<n>{count}|un')(?:\s+|(?<='))(?P<unit>{_UNITS[lang]})\b(?P<mid>(?:\s+[\w']+){{0,2}}?)"
                  rf"[,.…\s—–-]+(?P<cues>(?:(?:{_PAUSE[lang]}|{_CUE[lang]}|{_SAY[lang]})[,.…\s—–-]+)+)"
                  rf"(?:(?P<whole>{_WHOLE[lang]}|{count}\s+(?:{_UNITS[lang]}))|(?P<m>{count}))"
                  rf"(?:[\s.!?]*$|(?P<after>\s*[,;—–]\s*\D*$|"
                  # (or "more" and the rest of the request: "una hora... bueno, no, quince
                  # minutos más al temporizador de la colada, …")
                  rf"\s+(?:{_MORE[lang]})\b\D*$))",
                  text, re.I)
    if m is None or not re.search(rf"\b(?:{_CUE[lang]})\b", m["cues"], re.I):
        return text
    if m["whole"]:  # "quarante minutes. Non, disons trois quarts d'heure": the new length whole
        return f"{text[:m.start()]}{m['whole']}{m['mid']}{m['after'] or ''}"
    return f"{text[:m.start()]}{m['m']} {m['unit']}{m['mid']}{m['after'] or ''}"


def _put_right(text: str, old: int, between: re.Match[str], new: int, own: str) -> str:
    """``text`` without what runs from the first time (at ``old``) to the second (at
    ``new``), the preposition said between them kept once ("alle dieci, anzi no, alle
    dieci e mezza": "alle" said once), else ``own``, the first time's."""
    head, lead = text[:old], between.group("lead")
    if lead:
        head = _HEAD_LEAD.sub("", head)
    return f"{head}{lead or own}{text[new:]}"
