"""A new alarm or reminder timed from the request said just before it, in German, French,
Spanish or Italian: "¿A qué hora es la reunión de equipo mañana? Ponme una alarma una hora
antes", "Wann ist das Abendessen mit Anna? Erinnere mich zwei Stunden vorher", "A che ora
è la cena con Anna venerdì? Mettimi un promemoria un'ora prima per prenotare il taxi".

``anchored(piece, about, now, lang)`` returns ``piece`` with the relative time ("una hora
antes", "zwei Stunden vorher", "une heure avant", "un'ora prima", "30 Minuten danach")
said as the date and clock time it names ("el 1 de diciembre a las 8:00"); ``about`` is
what the request before was about (:func:`relative.about_of`). Only a new alarm or
reminder is timed so: "stell den Wecker eine Stunde früher" changes an alarm and is left
as it is, as is a piece without such words or without ``about``. When it rings or ends
("rappelle-moi … quand il sonne", "erinner mich, wenn er klingelt") is said as the clock the
thing before rings or ends at; "that morning" ("quella mattina", "esa mañana") as its day.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from hark.dialogue.openers_other import LANGUAGES
from hark.dialogue.reason_after import request_alone
from hark.nlu.normalize import normalize
from hark.nlu.scope_frames import NOTED
from hark.text import same_time
from hark.text.calendar_words import WEEKDAYS

__all__ = ["LANGUAGES", "anchored", "said_at", "that_day"]

# a quarter of an hour, or three: "un quart d'heure", "tres cuartos de hora", "un quarto
# d'ora", "eine Viertelstunde"
_QUARTERS = (r"(?:une?|uno|eine|tre|trois|tres)\s+(?:quarts?\s+d'heure|cuartos?\s+de\s+hora|"
             r"quart[oi]\s+d'ora)|(?:eine\s+)?(?:drei)?viertelstunde")
_AMOUNT = (rf"(?:{_QUARTERS}|"
           r"(?:(?:eine?n?|einer|zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|dreißig|"
           r"une?|deux|trois|quatre|cinq|dix|quinze|vingt|trente|"
           r"una?|uno|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|"
           r"un'|due|tre|quattro|cinque|dieci|quindici|venti|trenta|"
           r"\d+|halbe?|demi-|media|mezz'|mezza|anderthalb|eineinhalb)\s*)+"
           r"(?:stunden?|minuten?|tage?|heures?|minutes?|jours?|horas?|minutos?|días?|"
           r"ore|ora|minuti|giorni|giorno)"
           r"(?:\s+(?:und|et|y|e)\s+(?:demie|media|mezza|un quarto|quart|cuarto|eine halbe))?)")
_BEFORE = {"de": r"vorher|davor|zuvor|bevor es losgeht", "fr": r"avant|à l'avance",
           "es": r"antes", "it": r"prima"}
_AFTER = {"de": r"danach|nachher|nachdem(?=\s+(?:er|es|sie|der|das|die)\b|$)", "fr": r"après",
          "es": r"después", "it": r"dopo"}
# the thing's end said after the amount: "fünf Minuten nachdem [die fertig ist]", "cinq
# minutes après [qu'elle se termine]", "cinco minutos después [de que termine]", "cinque
# minuti dopo [che finisce]" (not the reminder's words)
_ITS_END_SAID = {
    "de": r"\s+(?:er|es|sie|der|das|die)(?:\s+\w+)?\s+(?:klingelt|piept|abläuft|abgelaufen ist|"
          r"fertig ist|vorbei ist|rum ist|zu ende ist|endet|geendet hat)\b,?",
    "fr": r"\s+(?:qu'(?:il|elle)|que\s+(?:ça|le minuteur|la lessive))\s+(?:sonne|se termine|finit|"
          r"est fini|est finie|est terminé|est terminée|a fini|s'arrête)\b",
    "es": r"\s+de\s+que\s+(?:suene|termine|acabe|esté list[oa])\b",
    "it": r"\s+che\s+(?:suona|finisce|scade|termina|è finit[oa]|ha finito)\b",
}
# a new alarm or reminder: said with "a" or "another" ("otra alarma", "un'altra sveglia")
# or with the verb of reminding
_NEW = {
    "de": r"\b(?:einen|eine|nen|'nen|noch einen)\s+(?:\w+\s+)?(?:wecker|alarm|erinnerung)\b|"
          r"\berinner\w*\s+(?:sie\s+)?(?:mich|uns)\b|\bweck\w*\s+(?:sie\s+)?(?:mich|uns)\b|"
          r"\b(?:mich|uns)\b.*\b(?:erinnern|wecken)\b",
    "fr": r"\b(?:un|une)\s+(?:\w+\s+)?(?:réveil|alarme|rappel)\b|\brappel(?:le|lez)-(?:moi|nous)\b|"
          r"\bréveill(?:e|ez)-(?:moi|nous)\b",
    "es": r"\b(?:una|un|otra|otro)\s+(?:\w+\s+)?(?:alarma|recordatorio|despertador)\b|\bpon(?:me|nos)?\s+"
          r"(?:el|la)\s+(?:despertador|alarma)\b|\brecu[eé]rd(?:ame|"
          r"anos|eme)\b|\brecord(?:ame|anos)\b|\bdespi[eé]rt(?:ame|anos|eme)\b|"
          r"\bav[ií]s(?:ame|anos)\b",
    "it": r"\b(?:una|un|un'altra|un altro|altra|altro)\s+(?:\w+\s+)?(?:sveglia|promemoria|allarme)\b|"
          r"\bricord(?:ami|aci)\b|"
          r"\bsvegli(?:ami|aci)\b|\bmi ricordi\b",
}
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}
_PATTERNS = {
    lang: (re.compile(rf"(?<![\w']){_AMOUNT}\s+(?:{_BEFORE[lang]}|{_AFTER[lang]})(?![\w'])", re.I),
           re.compile(rf"(?:{_AFTER[lang]})$", re.I), re.compile(_NEW[lang], re.I))
    for lang in _BEFORE
}


def said_at(at: datetime, lang: str) -> str:
    """``at`` as a date and clock time in ``lang``: "am 1.12. um 8:00", "le 1 décembre à
    8h00", "el 1 de diciembre a las 8:00", "il 1 dicembre alle 8:00"."""
    return f"{day_at(at, lang)} {_clock_at(at, lang)}"


# a day said in the piece: then the thing before's day is not the piece's
_DAY_SAID = {
    "de": r"\b(?:heute|(?<!am )(?<!vom )morgen|übermorgen|\w+tag|mittwoch|\d{1,2}\.\d{1,2}\.?|jeden|täglich)\b",
    "fr": r"\b(?:aujourd'hui|demain|après-demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
          rf"dimanche|\d{{1,2}}(?:er)? (?:{'|'.join(_MONTHS['fr'])})|tous|chaque)\b",
    "es": r"\b(?:hoy|(?<!la )mañana|pasado mañana|lunes|martes|miércoles|jueves|viernes|sábado|"
          r"domingo|\d{1,2} de(?! la)|todos|cada)\b",
    "it": r"\b(?:oggi|domani|dopodomani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
          rf"domenica|\d{{1,2}} (?:{'|'.join(_MONTHS['it'])})|tutti|ogni)\b",
}
# a clock time said in the piece (a new alarm with one and no day is on the day before's)
_CLOCK_SAID = {"de": r"\bum\s+\S", "fr": r"\bà\s+(?:\d|\w+ heures?|midi|minuit)",
               "es": r"\ba las?\s+\S|\bal mediod[ií]a", "it": r"\b(?:alle|all')\s*\S|\ba mezzo(?:giorno|di)"}
# "that same day", said of the day before's
_THAT_DAY = r"\s*\b(?:am (?:selben|gleichen) tag|an (?:dem|diesem|demselben) tag|le même jour|"\
            r"ce jour-là|ce jour là|ese mismo día|ese día|el mismo día|ese mismo dia|ese dia|"\
            r"lo stesso giorno|quello stesso giorno|quel giorno|quel giorno stesso)\b"
# "that morning", "that evening" of the day before's: the part of the day said after it
_THAT_PART = {
    "de": [(r"\b(?:an|am)\s+(?:dem|diesem|demselben|selben|gleichen)\s+(?:morgen|vormittag)\b",
            "morgens"),
           (r"\b(?:an|am)\s+(?:dem|diesem|demselben|selben|gleichen)\s+nachmittag\b",
            "nachmittags"),
           (r"\b(?:an|am)\s+(?:dem|diesem|demselben|selben|gleichen)\s+abend\b", "abends")],
    "fr": [(r"\bce\s+matin[- ]là\b|\ble\s+matin\s+même\b", "matin"),
           (r"\bcet\s+après-midi[- ]là\b|\bl'après-midi\s+même\b", "après-midi"),
           (r"\bce\s+soir[- ]là\b|\ble\s+soir\s+même\b", "soir")],
    "es": [(r"\besa\s+(?:misma\s+)?mañana\b", "por la mañana"),
           (r"\besa\s+(?:misma\s+)?tarde\b", "por la tarde"),
           (r"\besa\s+(?:misma\s+)?noche\b", "por la noche")],
    "it": [(r"\bquella\s+(?:stessa\s+)?mattin(?:a|ata)\b", "mattina"),
           (r"\bquello\s+stesso\s+pomeriggio\b|\bquel\s+pomeriggio\b", "pomeriggio"),
           (r"\bquella\s+(?:stessa\s+)?ser(?:a|ata)\b", "sera")],
}
# the evening before the thing's day: "am Abend vorher", "la veille au soir", "la noche
# anterior", "la sera prima"
_EVENING_BEFORE = {
    "de": r"\b(?:am\s+)?abend\s+(?:vorher|davor|zuvor)\b|\bam\s+vorabend\b",
    "fr": r"\bla\s+veille\s+au\s+soir\b|\ble\s+soir\s+(?:d'avant|précédent|avant)\b",
    "es": r"\bla\s+noche\s+(?:anterior|antes|de\s+antes)\b",
    "it": r"\bla\s+sera\s+(?:prima|precedente)\b",
}
# when the thing just talked about is over: "quand il sonne", "wenn er klingelt", "cuando
# suene", "quando suona", "dès que c'est fini" (a timer or alarm rings, an event ends)
_WHEN_DONE = {
    "de": r"(?:genau\s+|gleich\s+|direkt\s+)?(?:wenn|sobald|sowie|in dem moment,?\s+(?:wo|in dem|wenn))"
          r"\s+(?:er|es|sie|der|das|die)"
          r"(?:\s+\w+)?\s+(?:klingelt|piept|abläuft|abgelaufen ist|fertig ist|vorbei ist|rum ist|"
          r"zu ende ist|endet)",
    "fr": r"(?:pile\s+|juste\s+|dès\s+)?(?:quand|lorsqu'|lorsque|dès qu'|dès que|une fois qu'|"
          r"(?:au|dès le) moment où|à l'instant où|dès l'instant où)\s*"
          r"(?:il|elle|ça|ca|le minuteur|le réveil|c')\s*(?:sonne(?:ra)?|bipe(?:ra)?|finit|finira|"
          r"se termine(?:ra)?|s'arrête(?:ra)?|est fini|sera fini|a fini|aura fini|est terminé|"
          r"sera terminé)",
    "es": r"(?:justo\s+)?(?:cuando|en cuanto|apenas|nada más|en el (?:mismo )?momento (?:en )?que)\s+"
          r"(?:el temporizador\s+|la alarma\s+|"
          r"se\s+)?(?:suene|pite|termine|acabe|esté listo|esté lista)",
    "it": r"(?:proprio\s+|subito\s+)?(?:quando|appena|non appena|nel (?:momento|preciso momento) in cui)"
          r"\s+(?:il timer\s+|la sveglia\s+)?"
          r"(?:suona|suonerà|scade|scadrà|finisce|finirà|termina|terminerà|ha finito|è finito|"
          r"è finita)",
}
_WHEN_DONE_RE = {lang: re.compile(rf"(?<![\w']){words}(?![\w'])", re.I)
                 for lang, words in _WHEN_DONE.items()}
# at the time the thing just talked about is at: "à cette heure-là", "a esa hora", "a
# quell'ora", "zu der Zeit" (a timer's: when it rings)
_THAT_TIME = {
    "de": r"(?:um|zu)\s+(?:dieser|der|jener)\s+(?:zeit|uhrzeit)|zu\s+dem\s+zeitpunkt",
    "fr": r"à\s+cette\s+heure(?:[- ]là)?|à\s+ce\s+moment[- ]là",
    "es": r"a\s+esa\s+(?:misma\s+)?hora|en\s+ese\s+(?:mismo\s+)?momento",
    "it": r"a\s+quell'\s*ora(?:\s+lì)?|in\s+quel\s+momento(?:\s+lì)?|(?:al|allo)\s+stesso\s+momento",
}
_THAT_TIME_RE = {lang: re.compile(rf"(?<![\w']){words}(?![\w'])", re.I)
                 for lang, words in _THAT_TIME.items()}
# "about it": a reminder's words that say nothing but "it"
_OF_IT = {"de": r"\b(?:daran|dran|drauf)\b", "fr": r"\b(?:aussi|y)\b", "es": r"\btambién\b",
          "it": r"\b(?:anche|ci)\b"}
# what a reminder is about, said after it ("… an den Zahnarzttermin")
_ABOUT = {"de": "an {title}", "fr": "pour {title}", "es": "para {title}", "it": "per {title}"}
# a reminder, said with "a" or its verb, and only that: nothing of its own to remind about
_BARE_REMINDER = {
    "de": r"^(?:(?:und|dann|bitte|auch|noch|mal)\s+)*(?:erinner\w*(?:\s+sie)?\s+mich|"
          r"(?:stell|setz|mach)\w*\s+(?:mir\s+)?(?:auch\s+|noch\s+)?eine\s+erinnerung)\s*$",
    "fr": r"^(?:(?:et|puis|aussi)\s+)*(?:rappel(?:le|lez)-moi|(?:mets|mettez|ajoute|crée)(?:-moi)?\s+"
          r"(?:aussi\s+)?un\s+rappel)\s*$",
    "es": r"^(?:(?:y|también)\s+)*(?:recu[eé]rd(?:ame|eme)|(?:pon|ponme|añade|crea)?\s*(?:también\s+)?"
          r"un\s+recordatorio)\s*$",
    "it": r"^(?:(?:e|poi|anche)\s+)*(?:ricordami|(?:metti|mettimi|aggiungi|crea)\s+(?:anche\s+)?"
          r"un\s+promemoria)\s*$",
}


def anchored(piece: str, about: dict[str, Any] | None, now: datetime, lang: str) -> str:
    """``piece`` with a time relative to ``about`` said as a date and clock time: "una
    hora antes", "zur gleichen Zeit", a new alarm with a clock and no day on ``about``'s
    day ("… et mets-en un à dix heures à la place"), and a reminder with nothing of its
    own to remind about reminding of ``about``'s title ("Erinner mich eine Stunde vorher
    daran")."""
    patterns = _PATTERNS.get(lang)
    if patterns is None or not about or about.get("at") is None:
        return piece
    relative, after, new = patterns
    alone = request_alone(piece, lang)
    if alone != piece and piece.strip()[len(alone):].startswith(",") and relative.search(alone):
        # "ponme una alarma media hora antes, que a esa hora estoy cerrando el bar": the
        # request timed, why it is left out after its comma (its "a esa hora" is no day of
        # the new one; "recordame una hora antes que le tengo que dar la pastilla …" says
        # what to remind of)
        piece = _errand_kept(piece, alone, relative, lang)
    piece = _another_named(piece, str(about.get("kind") or ""), lang)
    at: datetime = about["at"]
    on_that_day = that_day(piece, about, now, lang)
    if on_that_day != piece:
        return on_that_day
    if re.search(_CLOCK_SAID[lang], piece, re.I) and not re.search(_DAY_SAID[lang], piece,
                                                                     re.I):
        # "segnami il falò il giorno dopo, alle 10": the day after the thing before's, at
        # the clock said (not "tous les lundis à 20h … pour le lendemain": a day of its own)
        from hark.dialogue.its_day import from_its_day  # (it reads this module's days)

        dated = from_its_day(piece, about, now, lang, made=True)
        if dated != piece:
            return dated
    if about.get("kind") == "day":  # "Ho qualcosa mercoledì 9?" — "segnaci l'esame alle
        # 10:40": on that day (a day asked about is no time to count from)
        clock = re.search(_CLOCK_SAID[lang], piece, re.I)
        if (new.search(piece) or re.match(rf"\W*(?:\w+\W+){{0,2}}?(?:{NOTED[lang]})\b", piece,
                                          re.I)) and clock is not None \
                and not re.search(_DAY_SAID[lang], piece, re.I):
            if lang in ("de", "es"):  # (before the clock, the verb's "ein" last: "trag
                # mir die Prüfung am 9. Dezember um 10:40 ein"; "apúntame el examen el 9 de
                # diciembre a las 10:40")
                return f"{piece[:clock.start()]}{day_at(at, lang)} {piece[clock.start():]}"
            return f"{piece.rstrip(' .!')} {day_at(at, lang)}"
        return piece
    if new.search(piece) is None:
        return piece
    done = _WHEN_DONE_RE[lang].search(piece)
    if done is not None and about.get("kind") in ("timer", "alarm", "event"):
        # "Il me reste combien sur le minuteur de la lessive ?" — "rappelle-moi d'étendre
        # le linge pile quand il sonne": when it rings (an event: when it ends)
        end: datetime = about.get("end") or at
        stop = done.end()
        later = relative.match(piece, stop + len(re.match(r"[\s,]*", piece[stop:])[0]))
        if later is not None:  # "quand elle aura fini, dix minutes après, rappelle-moi …":
            shift = _shift(later.group(0), now, lang)  # that long after it
            end, stop = (end + shift, later.end()) if shift is not None else (end, stop)
        rest = piece[stop:].lstrip(" ,")
        asked = new.match(rest) if not piece[:done.start()].strip() else None
        if asked is not None:  # (said first, the time after the verb: "rappelle-moi le 30
            # novembre à 17h25 de répondre aux courriels" — first, it read as an e-mail)
            when = _clock_at(end, lang) if end.date() == now.date() else said_at(end, lang)
            return f"{rest[:asked.end()]} {when}{rest[asked.end():]}"  # (today: the clock)
        return f"{piece[:done.start()].rstrip()} {said_at(end, lang)}{piece[stop:]}"
    then = _THAT_TIME_RE[lang].search(piece)
    if then is not None and about.get("kind") in ("timer", "alarm", "event", "reminder"):
        # "À quelle heure elle finit, la lessive ?" — "mets-moi une alarme à cette heure-là"
        # (an event's end when its end was asked: "A che ora finisce la riunione?")
        told: datetime = about["end"] if about.get("asked_end") and about.get("end") else at
        return f"{piece[:then.start()].rstrip()} {said_at(told, lang)}{piece[then.end():]}"
    m = relative.search(piece)
    if m is not None:
        words = m.group(0)
        direction = re.search(rf"(?:{_BEFORE[lang]}|{_AFTER[lang]})$", words, re.I)
        assert direction is not None
        length = normalize("duration", words[:direction.start()].strip(), now, lang)
        if not length or not length.get("seconds"):
            return piece
        sign = 1 if after.search(direction.group(0)) else -1
        moved = at + sign * timedelta(seconds=float(length["seconds"]))
        ends = re.match(_ITS_END_SAID[lang], piece[m.end():], re.I) if sign > 0 else None
        tail = piece[m.end() + (ends.end() if ends else 0):]
        return _about(f"{piece[:m.start()]}{said_at(moved, lang)}{tail}",
                      said_at(moved, lang), about, lang)
    eve = re.search(_EVENING_BEFORE[lang], piece, re.I)
    if eve is not None:  # "erinnere mich am Abend vorher um acht": the evening before its day
        day = at - timedelta(days=1)
        said = {"de": "am {d} abends", "fr": "{d} soir", "es": "el {d} por la noche",
                "it": "{d} sera"}[lang].format(d=_weekday(day, now, lang, 0) or day_at(day, lang))
        if day.date() == now.date():
            said = {"de": "heute abends", "fr": "ce soir", "es": "esta noche",
                    "it": "stasera"}[lang]
        return f"{piece[:eve.start()]}{said}{piece[eve.end():]}"
    same = same_time.find(piece)
    if same is not None:
        return f"{piece[:same.start()]}{_clock_at(at, lang)}{piece[same.end():]}"
    if about.get("kind") == "alarm" and re.search(_CLOCK_SAID[lang], piece, re.I) and \
            not re.search(_DAY_SAID[lang], piece, re.I):
        said = re.sub(_THAT_DAY, "", piece, flags=re.I).strip()
        return f"{said} {day_at(at, lang)}"  # "… et mets-en un à dix heures à la place"
    return piece


# what one has to do, said after the comma of a reminder that names nothing: "recuérdame
# media hora antes, que le tengo que dejar las lapiceras …", "ricordamelo un'ora prima, che
# devo passare in farmacia" (what to remind of, not only why)
_ERRAND_AFTER = {
    "de": r"(?:weil\s+|denn\s+)?(?:ich|wir)\s+(?:muss|müssen)\b",
    "fr": r"(?:parce\s+que\s+|car\s+)?(?:je\s+dois|(?:il\s+)?faut\s+que\s+j)\b",
    "es": r"(?:que|porque)\s+(?:(?:le|les|me|te|se|lo|la)\s+)?(?:tengo|tenemos|debo|hay)\s+que\b",
    "it": r"(?:che|perché)\s+(?:devo|dobbiamo)\b",
}


def _errand_kept(piece: str, alone: str, relative: re.Pattern[str], lang: str) -> str:
    """``alone`` (the request before its comma), with what is to be done after the comma
    kept when the reminder names nothing else to remind of; else ``alone``."""
    rest = piece.strip()[len(alone):].lstrip(" ,")
    bare = " ".join(relative.sub(" ", alone).split()).strip(" .!?¿¡")
    if re.match(_ERRAND_AFTER[lang], rest, re.I) and re.match(_BARE_REMINDER[lang], bare, re.I):
        return f"{alone} {rest}"
    return alone


def _shift(words: str, now: datetime, lang: str) -> timedelta | None:
    """How far "dix minutes après", "eine Stunde vorher" moves a time (back: negative)."""
    direction = re.search(rf"(?:{_BEFORE[lang]}|{_AFTER[lang]})$", words, re.I)
    length = normalize("duration", words[:direction.start()].strip(), now, lang) \
        if direction is not None else None
    if not length or not length.get("seconds") or direction is None:
        return None
    sign = 1 if re.fullmatch(_AFTER[lang], direction.group(0), re.I) else -1
    return sign * timedelta(seconds=float(length["seconds"]))


def that_day(piece: str, about: dict[str, Any] | None, now: datetime, lang: str) -> str:
    """``piece`` with "that same day" said with a clock ("Und weck mich an dem Tag um halb
    fünf", "ponme el despertador ese día a las cinco y media", "le même jour, mets-moi une
    séance de 15h à 16h") said as the day of ``about``, the thing before, whatever it was
    and whatever is made ("that morning", "quella sera": the day and that part of it);
    ``piece`` as it is otherwise."""
    at = (about or {}).get("at")
    that = re.search(_THAT_DAY, piece, re.I) if lang in _CLOCK_SAID else None
    part = ""
    for words, said in _THAT_PART.get(lang, []) if that is None else []:
        that = re.search(words, piece, re.I)
        if that is not None:  # "ricordami … quella mattina alle 9" after the dentist's
            part = f" {said}"  # Wednesday: Wednesday morning at 9
            break
    if that is None or not isinstance(at, datetime) or \
            not re.search(_CLOCK_SAID[lang], piece, re.I) or \
            re.search(_DAY_SAID[lang], piece[:that.start()] + _without_errand(
                piece[that.end():], lang), re.I):
        return piece
    name = _weekday(at, now, lang, 1)  # (a weekday as said: "el jueves")
    day = {"de": "am {}", "es": "el {}"}.get(lang, "{}").format(name) if name else \
        day_at(at, lang)
    return f"{piece[:that.start()]} {day}{part}{piece[that.end():]}"


# where the errand starts after the clock: a day said in it is the errand's ("…, dass ich sie
# frag, ob sie am Samstag beim Kuchenstand mithilft"), not the reminder's
_ERRAND_START = {"de": r",|\b(?:dass|daran|ob)\b", "fr": r",|\b(?:de|d'|que|qu')",
                 "es": r",|\b(?:que|de)\b", "it": r",|\b(?:di|d'|che)\b"}


def _without_errand(rest: str, lang: str) -> str:
    """``rest`` (what follows "that day") up to where the errand starts after its clock."""
    clock = re.search(_CLOCK_SAID[lang], rest, re.I)
    cut = re.search(_ERRAND_START[lang], rest[clock.end():], re.I) if clock is not None else None
    return rest if clock is None or cut is None else rest[:clock.end() + cut.start()]


# "another one", its kind unsaid: "noch so 'ne zweite", "un autre", "otro", "un altro"
_ANOTHER = {
    "de": r"\bnoch\s+(?:so\s+)?(?:'ne|'nen|eine|einen|ne|nen)(?:\s+(?:zweite|weitere|andere)[nrs]?)?\b",
    "fr": r"\bune? autre\b",
    "es": r"\botr[oa]\b",
    "it": r"\b(?:un altro|un'altra|altr[oa])\b",
}
_KIND_NOUN = r"wecker|erinnerung|réveil|rappel|alarme|alarma|despertador|recordatorio|sveglia|" \
    r"promemoria|timer|minuteur|temporizador"
_ANOTHER_SAID = {
    ("de", "reminder"): "noch eine Erinnerung", ("de", "alarm"): "noch einen Wecker",
    ("fr", "reminder"): "un autre rappel", ("fr", "alarm"): "un autre réveil",
    ("es", "reminder"): "otro recordatorio", ("es", "alarm"): "otra alarma",
    ("it", "reminder"): "un altro promemoria", ("it", "alarm"): "un'altra sveglia",
}


def _another_named(piece: str, kind: str, lang: str) -> str:
    """"Y ponme otro aparte para los jueves …" after a reminder: "otro recordatorio"."""
    said = _ANOTHER_SAID.get((lang, kind))
    m = re.search(_ANOTHER[lang], piece, re.I)
    if said is None or m is None or re.search(rf"\b(?:{_KIND_NOUN})\b", piece, re.I):
        return piece
    return f"{piece[:m.start()]}{said}{piece[m.end():]}"


def _clock_at(at: datetime, lang: str) -> str:
    """The clock time of ``at``: "um 8:00 Uhr", "à 8h00", "a las 8:00", "alle 8:00"."""
    return {"fr": f"à {at.hour}h{at.minute:02d}", "es": f"a las {at.hour}:{at.minute:02d}",
            "it": f"alle {at.hour}:{at.minute:02d}"}.get(lang, f"um {at.hour}:{at.minute:02d} Uhr")


def _weekday(day: datetime, now: datetime, lang: str, after: int) -> str | None:
    """The name of ``day``'s weekday when it is more than ``after`` and less than 7 days
    from ``now`` (said so, it is read as that day), else None."""
    return WEEKDAYS[lang][day.weekday()] if after < (day.date() - now.date()).days < 7 else None


def day_at(at: datetime, lang: str) -> str:
    """The day of ``at``, said so the language's reader takes it: "am 5.12.", "le 5
    décembre", "el 5 de diciembre", "il 5 dicembre"."""
    if lang == "de":
        return f"am {at.day}.{at.month}."
    month = _MONTHS[lang][at.month - 1]
    return {"fr": f"le {at.day} {month}", "es": f"el {at.day} de {month}"}.get(
        lang, f"il {at.day} {month}")


def _about(out: str, when: str, about: dict[str, Any], lang: str) -> str:
    """``out`` reminding of ``about``'s title when it says nothing to remind about."""
    title = str(about.get("title") or "")
    rest = re.sub(_OF_IT[lang], " ", out.replace(when, " ").strip(" .!?¿¡"), flags=re.I)
    if not title or not re.match(_BARE_REMINDER[lang], " ".join(rest.split()), re.I):
        return out
    out = re.sub(_OF_IT[lang], " ", out, flags=re.I)
    return f"{' '.join(out.split()).rstrip(' .!?')} {_ABOUT[lang].format(title=title)}"
