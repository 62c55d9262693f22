"""Why, said after a follow-up without a comma, as a speech recogniser writes it: "bump it
to eleven i got a thing first", "make that an hour later we've got practice till seven",
"the bike light one as well i fixed it yesterday", "and make it half an hour earlier
while you're at it", "Milch und Eier kannste runternehmen
hab ick schon", "mets-le à huit heures j'ai un truc avant", "quítalos que ya los compré".

Read whole, the reason's words became part of the request ("remind you to call the
dentist eleven instead i'll still be wrapping stuff up at 10 PM today") or hid it.
:func:`request_alone` returns the request alone; the assistant reads a follow-up that
way first and falls back to the whole turn when the request alone leans on nothing.

A reason opens with a speaker or a person and a verb ("i got", "we've", "she has", "hab
ich", "j'ai", "on a"), or a word that says why ("because", "only she", "weil", "parce
que", "que ya", "perché"), after at least two words of request (one elsewhere: "bórralos") that do not end in a
word that needs more ("to", "when", "if", "can" …: "can we move it to 8" has no reason in it).
"""

from __future__ import annotations

import re

from hark.dialogue.pointing import DEMONSTRATIVES, KIND_NOUNS
from hark.text.en_words import HOUR_WORDS, WEEKDAYS

_WHY_EN = r"(?:because|cos|coz|cause|'cause|since|only|as)"
# a remark as the last sentence(s) of a turn, asking nothing and saying no when: "It's me on
# keys both days, innit.", "Sure it's the big pot today.", "The bakery van dey come late
# this week.", "Just in case they don't pick up.", "Grand, thanks.", "They have not
# confirmed only, till now." (see :func:`hark.text.story_first.without_news_after`)
REMARK_SENTENCE = (
    rf"(?!.*(?:\d|\b(?:{HOUR_WORDS}|{WEEKDAYS}|tomorrow|morning|"
    r"afternoon|evening|noon|midnight|half|quarter|minutes?|hours?|instead|set|add|put|move|"
    r"make|change|remind|cancel|delete|remove|take|push|bring|shift|mean|meant|called|"
    r"named)\b|\?))(?:(?:sure|just|cos|because|but|well|oh|ah|aye|yeah)\s+)?"
    r"(?:(?:it|that|they|he|she|we|i)(?:'s|'re|'m|'ve| is| are| am| have| has| was| were|"
    r" will| won't| can't| don't| dey| no)|(?:the|my|our|his|her|their)\s+[\w'-]+(?:\s+"
    r"[\w'-]+)?(?:'s|'re|\s+(?:is|are|was|were|has|have|had|dey|will|won't|can't|keeps|needs|"
    r"takes|comes|came|said|says|don't|doesn't|isn't|just))|(?:just\s+)?in case|grand|thanks|"
    r"thank you|cheers|lovely|tidy|brill|ta|nice one|great|sound)\b.*$")
_REASON = {
    "en": re.compile(
        rf"\s+(?:{_WHY_EN}\s+|so (?:that )?(?=(?:i|we)(?:'ve|'ll| have| will)? (?:can|could|get to|have time|got time|"
        r"have enough|be able)\b))?"
        r"(?:i|we|she|he|they)(?:'(?:ve|ll|m|re|d))?\s+"
        # ("i want to get a bit of revision in first" is why; "i want a timer too" asks)
        r"(?!mean\b|meant\b|said\b|say\b|think\b|guess\b|want(?:ed)?\b(?!\s+to\s+(?:get|go|be|"
        r"have|do|fit|squeeze|finish|leave|catch|revise|study|sleep|try)\b))\w+.*$"
        rf"|\s+{_WHY_EN}\s+(?:it|that|there|the|my|our|it's|that's|there's)\b.*$"
        r"|\s+got (?:it|them|em|'em|those|that|some)\b.*$"
        # a remark on the thing: "… it's still crunchy", "… that's too early"
        r"|\s+(?:it's|it is|its|that's|that is)\s+(?:still|not|too|a bit|bit|way|far|gonna|"
        r"going|already|done|ready|late|early|wicked|really|so|very|pretty|quite|super|proper|"
        r"full|fully booked|booked up|been cancelled|been canceled|off now|called off)\b.*$"
        r"|\s+while you'?re at it\b.*$"
        # what it is for, after a comma: "…, in case I am still fixing the references"
        r"|(?<=,)\s+(?:just\s+)?in case\b.*$"
        # when it is, told after a comma: "from four, that's roughly when we open the fast"
        r"|(?<=,)\s+(?:that's|that is|it's|it is)\s+(?:roughly\s+|about\s+|around\s+|just\s+|usually\s+)?"
        r"(?:when|what time|the time)\b.*$"
        # news of something else as a sentence after the question: "Can you push that back
        # an hour? The plot inspection's been moved to two."
        r"|(?<=\?)\s+(?:the|my|our|their|his|her)\s+[\w' -]{1,30}?(?:'s|\s+is|\s+has|\s+was)\s+"
        r"(?:been\s+|just\s+|now\s+)*(?:moved|changed|cancelled|canceled|put back|brought forward|"
        r"rescheduled)\b.*$"
        # a remark as a sentence of its own: "… make it five. That's what the venue told
        # us.", "And on Saturday? That's the stag do.", "… to Sunday then, same time.
        # Saturday's the stag do.", "… 5.45 instead. The hairdresser's coming at half six.",
        # "… Thursday the 10th. Same time though."
        r"|(?<=[.!?])\s+(?:that's|that is|it's|it is|this is|there's|there is)\s+(?:what|when|"
        r"where|why|how|the|my|our|a|an|all|just|due|only|still|already|been|because|cos)\b.*$"
        # what it costs: "4 in the afternoon. It's £35, cash."
        r"|(?<=[.!?])\s+(?:that's|that is|it's|it is)\s+(?:about\s+|only\s+|just\s+)?[£$€].*$"
        r"|(?<=[.!?])\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight)(?:'s|\s+is)"
        r"\s+(?:the|my|our|a|an|when)\b.*$"
        r"|(?<=[.!?])\s+(?:the|my|our|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?(?:'s|\s+is|\s+are)"
        r"\s+(?:coming|going|arriving|leaving|starting|booked|doing|picking|dropping)\b.*$"
        # what someone may still be doing, as a sentence of its own: "Can you push it back
        # an hour? The boiler man might still be here." (no clock in it: "The meeting will
        # be at 3." says when)
        r"|(?<=[.!?])\s+(?:the|my|our|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?(?:'ll|\s+(?:might|"
        r"may|could|will|won't|wouldn't|can't|should))\s+(?:still|not|be|have|run|take|need)\b"
        r"(?![^.!?]*\d)(?!\s+(?:at|on|from|till|until|moved|changed)\b).*$"
        # how things go for the speaker, after the question: "Can you push it back to 8 pm?
        # It takes me forever to get anywhere at the moment." (no number in it)
        r"|(?<=\?)\s+(?:it|that|this|everything)\s+(?:(?:always|just|still)\s+)?(?:takes|took|"
        r"makes|gets|means|hurts|feels)\b(?![^.!?]*\d).*$"
        # a remark of any kind as a sentence of its own, nothing in the rest of the turn
        # asking or saying when: "… same time. It's me on keys both days, innit.", "… thirty.
        # Sure it's the big pot today.", "I mean six forty-five. The bakery van dey come late
        # this week.", "… same time. Just in case they don't pick up.", "… Grand, thanks."
        r"|(?<=[.!])\s+" + REMARK_SENTENCE +
        r"|(?<=[.!?])\s+same\s+(?:time|day|place|length)(?:\s+(?:though|as before|as well))?"
        r"[.!]*$"
        # what there is then, after a comma: "…, there's a gala"
        r"|(?<=,)\s+there(?:'s| is| are)\s+(?:a|an|the|my|our|no|some)\b.*$"
        # a remark on something else after a comma: "…, the bus is always slow"
        r"|(?<=,)\s+the\s+[\w-]+(?:\s+[\w-]+)?(?:'s|\s+(?:is|are|was|were|'s|has|have|had|keeps|"
        r"says|said))\s+\w+.*$"
        # someone of one's own did something: "…, our Lewis has gone through the lot"
        r"|\s+(?:our|my|me)\s+(?:[\w'-]+\s+(?:has|have|had|is|was|'s|keeps|just)|[\w-]+'s)\s+\w+.*$"
        # someone else's word as the reason: "…, doctor says I'm to go easy"
        r"|\s+(?:the\s+|my\s+|me\s+)?(?:doctor|doc|gp|nurse|physio|mum|mom|dad|wife|husband|"
        r"boss|missus|hubby)\s+(?:says|said|told|wants|reckons)\b.*$", re.I),
    "de": re.compile(
        r"\s+(?:(?:hab|habe|hab's|habs|hatte)\s+(?:ich|ick|i|ik)|(?:ich|ick|ik|wir)\s+"
        r"(?:hab|habe|haben|hab's|habs|bin|sind|muss|müssen|war|waren)|weil|denn|da ich|"
        # a word first, then the verb and "ich" after a comma or in a sentence of its own:
        # "…, vorher bin ich nicht daheim", "… Freitag meinte ich. Donnerstag bin ich weg"
        # (not a consequence leading to the request: "…, also muss ich es am Montag machen")
        r"(?<=[,.!]\s)(?!(?:also|deshalb|darum|daher|drum|deswegen)\b)(?!dann\s+(?:muss|müssen)\b)"
        r"(?:[\w']+\s+){1,2}?"
        r"(?:bin|sind|war|waren|muss|müssen|kann|können|hab|habe|haben)\s+"
        r"(?:ich|i|ick|wir)|"
        r"wo du (?:gerade|grad|schon) dabei bist|wenn du schon dabei bist|"
        r"wo wir (?:gerade|grad|schon) dabei sind|wenn wir (?:schon|gerade|grad) dabei sind|"
        # "…, des hemmer no", "…, das brauch ich nicht mehr"
        r"(?:des|das|dat|die|den)\s+(?:hab\w*|ham|hemmer|hammer|hamma|brauch\w*|is|ist|sind)|"
        # a remark on the thing after a comma: "…, der soll länger ziehen"
        r"(?<=,\s)(?:der|die|das|dat|des|er|sie|es)\s+(?:soll|sollte|muss|braucht|wird|darf)|"
        # what the thing itself is or does, after a comma: "…, die kommt ja grad erst aus
        # dem Kühlraum", "…, der ist noch ganz gefroren"
        r"(?<=,\s)(?:der|die|das|dat|des|er|sie|es)\s+(?:ist|sind|war|waren|kommt|kommen|kam|"
        r"geht|gehen|hat|haben|liegt|liegen|steht|stehen|dauert|läuft|kocht|backt)\s+"
        r"(?:ja|doch|noch|grad|gerade|schon|erst|halt|eben|heute|immer|ganz|nicht)\b|"
        # a remark on a thing named after a comma: "…, das Blech ist größer als sonst"
        r"(?<=,\s)(?:der|die|das|dat|des)\s+\w+\s+(?:ist|sind|war|waren|wird|werden|"
        r"braucht|brauchen|hat|haben|muss|müssen|soll|sollen)"
        r")\b.*$",
        re.I),
    "fr": re.compile(
        r"\s+(?:j'ai|je l'ai|je les ai|je suis|on a|on l'a|on les a|on est|elle a|il a|"
        r"parce que|parce qu'|car|puisque|vu que|tant que t'y es|tant que tu y es|"
        r"pendant que tu y es|tant qu'à faire|tant qu'on y est|pendant qu'on y est|"
        # what one has to do, in a sentence of its own: "… d'une heure ? Je dois d'abord
        # passer à la salle"
        r"(?<=[.?!]\s)(?:je dois|il faut que je|faut que je|j'ai besoin de)|"
        # a day of one's own after a comma: "…, samedi je serai au village"
        r"(?<=,\s)(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\s+"
        r"(?:je|j'|on|nous)\s*\w+|"
        # a remark on the thing after a comma: "…, l'eau coule doucement"
        r"(?<=,\s)(?:ça|c'est|il|elle|ils|elles|l'\w+|(?:le|la|les)\s+\w+)\s+(?:est|sont|coule(?:nt)?|"
        r"va|vont|prend|prennent|a|ont|fait|font|chauffe|cuit|arrive(?:nt)?|"
        # someone's coming or going: "…, l'infirmière passe chez maman à 7h30"
        r"passe(?:nt)?|vient|viennent|part(?:ent)?|rentre(?:nt)?|commence(?:nt)?|doit|doivent|"
        # where it has been: "…, elle sort de la même flaque"
        r"sort(?:ent)?|revient|reviennent)"
        r")(?:\s|$).*$", re.I),
    "es": re.compile(
        r"\s+(?:que ya|ya (?:lo|la|los|las|me|he)|porque|es que|que tengo|tengo que|que me|"
        r"ya que est[aá]s|ya que estamos|(?<=,\s)que (?:todavía|aún|no|hoy|están|está|son|es|llegan|llegaron|"
        r"vienen|viene)|(?<=,\s)no (?:llego|llegamos|puedo|podemos|voy|vamos|me da)|"
        # a word or two before what one has to do: "…, que antes tengo que pasar por casa"
        r"(?<=,\s)que (?:\S+\s+){1,3}?(?:tengo|tenemos|debo|debemos|he|hemos) que|"
        # what one is busy with then: "…, que a esa hora estoy cerrando el bar"
        r"(?<=,\s)que (?:\S+\s+){0,6}?(?:estoy|estamos|ando|andamos|voy a estar|estaré)\s+\w+(?:ando|iendo)|"
        # a day of one's own after "que": "…, que el sábado hago la tirada larga"
        r"(?<=,\s)que (?:(?:el|este|ese|esta|esa)\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|"
        r"viernes|s[aá]bado|domingo|finde|fin de semana|mañana|tarde|noche|hoy)\s+\w+|"
        # the same without "que": "…, antes tengo que pasar por casa"
        r"(?<=,\s)(?:antes|después|luego|hoy|mañana)\s+(?:tengo|tenemos|debo|debemos|he|hemos)"
        r" que)\b.*$",
        re.I),
    "it": re.compile(
        r"\s+(?:perché|perche|tanto|già che ci sei|già che ci siamo|che (?:ce l'ho|l'ho|li ho|le ho|ho|sono|devo)|"
        r"(?<=,\s)che (?:in|ancora|non|c'è|ci sono|sono|è|arrivano|vengono|oggi)|"
        # a word or two before what one has to do: "…, che prima devo passare in farmacia"
        r"(?<=,\s)che (?:\S+\s+){1,3}?(?:devo|dobbiamo|ho da)|"
        # a day of one's own after "che": "…, che sabato faccio il lungo"
        r"(?<=,\s)che (?:(?:il|la|questo|questa|quel|quella)\s+)?(?:lunedì|martedì|mercoledì|"
        r"giovedì|venerdì|sabato|domenica|domani|stasera|stamattina|weekend)\s+\w+|"
        # the same without "che": "…, prima devo finire una consegna", "…, devo uscire"
        r"(?<=,\s)(?:(?:prima|dopo|poi|oggi|domani|stasera|stamattina|ancora)\s+)?"
        r"(?:devo|dobbiamo|ho da)|(?<=[.?!]\s)(?:(?:prima|dopo|poi|oggi|domani)\s+)?"
        r"(?:devo|dobbiamo|ho da)|"
        r"(?:ce\s+)?(?:l'ho|li ho|le ho|ho) già|"
        # news of that day in a sentence of its own: "… stessa ora? Mercoledì viene il tecnico"
        r"(?<=[.?!]\s)(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani|oggi|"
        r"stasera|stamattina)\s+(?:viene|vengono|arriva|arrivano|passa|passano|c'è|ci sono|ho|"
        r"sono|devo|lavoro)|"
        # the thing not meant, had already, in a sentence of its own: "… non gli
        # evidenziatori. Quelli ce li ho già."
        r"(?<=[.!]\s)(?:quell[oaie]|quest[oaie])\s+(?:(?:ce|non|li|le|lo|l')\s*)*"
        r"(?:ho|abbiamo|servono|serve)|"
        # someone coming by then, after a comma: "…, passa stasera", "…, viene domani"
        r"(?<=,\s)(?:(?:lui|lei|loro)\s+)?(?:passa|passano|viene|vengono|arriva|arrivano)\s+"
        r"(?:stasera|stamattina|oggi|domani|dopo|più tardi|lunedì|martedì|mercoledì|giovedì|"
        r"venerdì|sabato|domenica|alle)|"
        # a thing of one's own and its time, after a comma: "…, la messa è alle undici"
        r"(?<=,\s)(?:la|il|lo|l')\s*\w+\s+(?:è|e'|comincia|inizia)|"
        # what someone named wants or does, in a sentence of its own: "… stessa ora. La
        # pizzeria vuole due giorni d'anticipo."
        r"(?<=[.!]\s)(?:la|il|lo|l'|i|le|gli|mia|mio)\s*\w+\s+(?:vuole|vogliono|chiede|chiedono|"
        r"chiude|chiudono|apre|aprono|consegna|consegnano|deve|devono|può|possono|ha|hanno|"
        r"lavora|lavorano|fa|fanno))\b.*$", re.I),
}
# a request cannot end on these: what follows is part of it
_NEEDS_MORE = re.compile(
    r"(?:^|\s)(?:to|at|for|if|when|until|till|after|before|and|or|but|can|could|would|will|"
    r"should|shall|must|might|does|did|"  # ("how often should | we feed him": a question)
    r"so|that|than|as|where|wenn|bis|und|oder|dass|quand|si|et|ou|que|cuando|hasta|y|o|"
    r"quando|finché|e|se|because|cos|since|only|weil|denn|parce|car|porque|perché|tanto|"
    # (a verb that takes what is said after it: "to check they've sent the order")
    r"to (?:check|make sure|see|ask|confirm|remember|find out|tell|say|let \w+ know))$",
    re.I)

# one more said alone: what follows is the thing ("and another one, there's a chipped tile
# by the window"), not why
_ONE_MORE = re.compile(r"\b(?:another(?: one)?|one more|and one|noch (?:eins|einer|eine)|"
                       r"un autre|une autre|otro|otra|un altro|un'altra)[\s,.!]*$", re.I)

# a thing said with a demonstrative is followed by which one, not why: "quella sveglia che ho
# appena messo", "that alarm i set for friday", "esa alarma que me pusiste"
_THAT_KIND = re.compile(rf"(?:^|\s)(?:{'|'.join(DEMONSTRATIVES.values())})\s+(?:{KIND_NOUNS})$", re.I)


# (English) the request still to come after the reason: "The first and the third I have
# finished, remove them please."
_ASKED_AFTER = re.compile(r",\s*(?:(?:so|then|please|kindly|just)\s+)*\w+(?:\s+\w+)?\s+"
                          r"(?:it|them|that|those|'em|em)\b", re.I)
# the same in German, French, Spanish and Italian: "Die ersten zwei hab ich noch daheim,
# streich die bitte.", "… c'est fait, tu peux les ôter", "… ya los he comprado, táchalos"
_ASKED_AFTER_OTHER = re.compile(r",\s*(?:[\w'-]+\s+){0,3}?(?:die|sie|les|\w+(?:los|las|li|le))\b",
                                re.I)
# (French has no "-le" grown onto its verbs: "…, l'eau coule doucement" asks nothing)
_ASKED_AFTER_FR = re.compile(r",\s*(?:[\w'-]+\s+){0,3}?(?:les\s+\w+|\w+-(?:les|le|la|moi|lui))\b", re.I)


# a question word in what follows: a question, not a reason ("…, j'ai quoi d'autre ?")
QUESTION = re.compile(r"\b(?:what|when|which|how|quoi|qu'est-ce|quand|quel\w*|combien|"
                       r"qu[eé]|cu[aá]ndo|cu[aá]nt\w*|cosa|quando|quant\w*|was|wann|wie|welche\w*)\b",
                       re.I)


def request_alone(text: str, lang: str) -> str:
    """``text`` without a reason said after the request, or ``text`` as it is."""
    pattern = _REASON.get(lang)
    if pattern is None:
        return text
    body = text.strip()
    if lang == "en" and _WHY_SENTENCE_FIRST.match(body):
        return text  # (a remark as a sentence of its own, then the change: read without it)
    other = _OTHER_CLOCK.search(body) if lang == "en" else None
    if other is not None and _CLOCK_SAID.search(body[:other.start()]):
        return body[:other.start()]  # "Twelve noon. The portal closes at two but honestly
        # I don't trust it.": when something else is, after the time asked for
    for space in re.finditer(r"\s+", body):  # the first place a reason may start
        if not pattern.match(body, space.start()):
            continue
        asked = {"en": _ASKED_AFTER, "fr": _ASKED_AFTER_FR}.get(lang, _ASKED_AFTER_OTHER)
        if asked.search(body, space.start()) or (body.endswith("?") and QUESTION.search(
                body, space.start())):  # ("et mercredi, j'ai quoi d'autre ?": asked)
            return text
        head = body[:space.start()].rstrip(" ,")
        day = _DAY_OF_REASON.search(head) if lang == "en" and body[space.start() - 1] != "," \
            else None
        if day is not None:  # the reason's own day: "change it to Thursday, tomorrow I have
            head = head[:day.start()]  # a late meeting at work"
        if len(head.split()) >= (2 if lang == "en" else 1) and not _NEEDS_MORE.search(head) \
                and not _THAT_KIND.search(head) and not _ONE_MORE.search(head):
            more = _MORE_ASKED.search(body, space.start()) if lang == "en" else None
            # another request after the reason: "delete it, the landlord's sorting the
            # bins this week, and add call the insurer to my to-do list"
            return f"{head}, and {body[more.end():]}" if more else head
    return text


# (English) when something else happens, as a sentence of its own after a time
_OTHER_CLOCK = re.compile(r"(?<=[.!?])\s+(?:the|my|our|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
                          r"(?:closes|opens|shuts|starts|finishes|ends|begins|is due|'s due|"
                          r"are due|was due)\b.*$", re.I)
_CLOCK_SAID = re.compile(rf"\d|\b(?:{HOUR_WORDS}|noon|midday|midnight|half|quarter)\b", re.I)


# a day said after a comma, right before the reason it opens (English)
_DAY_OF_REASON = re.compile(r"(?<=\S),\s*(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|"
                            r"satur|sun)day)$", re.I)


# a request after a reason said in the middle (English)
_MORE_ASKED = re.compile(
    r"[,.;]\s+(?:and\s+)?(?:(?:can you|could you|please|also|then|oh)\s+)*(?=(?:add|put|set|remind|"
    r"move|cancel|delete|make|stick|pop|book|schedule|push|change|wake|bring|shift)\s)", re.I)


# (English) a reason said first without a comma, then the request about "it": "actually
# she's running late push it a further 30 minutes", "they moved it to thursday same time
# can you update it" is not one (its request has no verb of its own first)
_WHY_FIRST = re.compile(
    r"^(?:(?:actually|oh|ah|mm+|well|so|ok|okay|uh|um|right|yeah|hang on|hold on|wait|oops)[\s,]+)*"
    r"(?:she|he|they|we|i|"
    # or someone named: "the Saturday girl wants to swap so I'm working, push it to Sunday"
    r"(?:the|my|our|their|his|her)\s+[\w'-]+(?=[\w' ]{0,50}?\s(?:wants?|needs?|is|are|has|have|"
    r"can't|cannot|won't|isn't|aren't|asked|says|said)\b)|"
    r"that|it)(?:'s|'re|'m|'ve|'ll|'d)?\s+[\w' ]{1,60}?(?:\d{1,2}[:.]\d\d)?[\s,]+(?:so\s+)?(?P<ask>(?:push|move|make|put|bring|"
    r"shift|set|change|cancel|delete|give|add|take|bump|knock|stop|pause|chuck|throw|stick|"
    r"shove|nudge)\s+"
    r"(?:it|that|[\w ]{1,30}? (?:off|on|onto|to) (?:it|that|there))\b.*)$", re.I)
# ("them" is not taken: "I've got the eggs and the bread, take them off" names them first)


# (English) a reason, then "so" and the request: "Anna's poorly, so take the Friday one out"
# (not one of what the first words named: "Grabbed the bananas and the last one, so take
# those off")
# ("it" timed from: "I want to check on the greenhouse first, so wake me an hour and a half
# before it" after a question about the team meeting)
_SO_THEN = re.compile(r"^[^,.?!]{3,60},\s*so\s+(?!.*\b(?:them|those|these|'em|both)\b)"
                      r"(?!.*(?<!before )(?<!after )\b(?:it|that)\b)"
                      r"(?P<ask>(?:please\s+|just\s+|can you\s+|could you\s+)?"
                      r"(?:take|cancel|delete|remove|move|push|pull|bring|shift|put|make|change|set|"
                      r"pause|stop|add|tick|cross|scrap|drop|bin|ditch|get rid of|knock|bump|"
                      r"wake me|get me up|remind me)\b.*)$",
                      re.I)


# a reason said first in the other languages, set off by a comma: "et vu que je dors jamais
# à l'hôtel, rajoute les bouchons d'oreilles"
_WHY_FIRST_OTHER = {
    lang: re.compile(rf"^\W*(?P<lead>(?:{lead})\s+)?(?:{why})(?:\s+|(?<='))[^,]{{3,80}},\s*(?P<ask>\S.*)$",
                     re.I)
    for lang, lead, why in (
        ("fr", "et|ah|bon", "vu que|vu qu'|comme|puisque|puisqu'|parce que|parce qu'|"
                            "étant donné que|étant donné qu'"),
        ("de", "und|ach", "weil|da ich|da wir|nachdem"),
        ("es", "y|ah|bueno", "como|ya que|porque|dado que|puesto que"),
        ("it", "e|ah|allora", "visto che|dato che|siccome|poiché|perché"))}


# (English) "change it" after what someone said it is: "he said half four, change it"
_CHANGE_BARE = re.compile(r"^(?:change|move|make|update|switch|put)\s+(?:it|that)(?:\s+then)?"
                          r"(?:\s+(?:please|for me))?[\s.!]*$", re.I)
_SAID_IS = re.compile(r"\b(?:said|says|reckons|wants|can only do|can do|has moved it to|"
                      r"moved it to|changed it to)\s+(?:it'?s\s+|it\s+is\s+|now\s+|it'?ll be\s+)?"
                      r"(?P<what>[\w:. ]{1,30}?)[\s,]*$", re.I)


# (English) when the thing talked about starts, told as news: "their train gets in at twenty to
# four in the afternoon", "she's due at half ten", "it kicks off at 7" (not its end)
_STARTS_AT = re.compile(
    r"^(?:(?:oh|ah|and|so|well|actually|right|okay|ok|um|uh)[\s,]+)*"
    r"(?:they|he|she|it|we|their|his|her|the|our|my)\b[\w' ]{0,30}?\b"
    r"(?:gets? in|get there|gets there|arrives?|lands?|starts?|begins?|kicks? off|turns? up|"
    r"shows? up|comes?|(?:is|are|'s|'re) (?:due|coming|arriving|getting in|landing|starting))\s+"
    r"(?:at|around|about|for)\s+(?P<t>(?:\d{1,2}(?:[:.]\d\d)?|half|quarter|twenty|ten|five|"
    rf"twenty-five|noon|midday|{HOUR_WORDS})\b[\w' .]{{0,30}}?)[\s.!]*$", re.I)


# (English) news of who said it, then what it is now: "sorry, they've just texted, it's
# Wednesday at one now" (the opening words kept: "sorry" says it corrects)
_TOLD_THEN_IS = re.compile(
    r"^(?P<lead>(?:(?:sorry|oh|ah|no|actually|right|okay|ok|um|uh|oops)[\s,]+)*)"
    r"(?:they|he|she|we|i)(?:'ve|'re|'d|'ll|'s| have| has)?\s+[\w' ]{1,40}?,\s*"
    r"(?P<is>(?:it's|it is|it'll be|it will be|now it's)\s+.+)$", re.I)


# (English) a reason as a sentence of its own, then the change of the thing: "Oh, hang on,
# I've got the team meeting till 10. Make it 10:30."
_WHY_SENTENCE_FIRST = re.compile(
    r"^(?:(?:oh|ah|um|uh|hang on|hold on|wait|actually|sorry|right|hmm+|no|okay|ok|so|well)"
    r"[\s,]+)*"
    r"(?:i|i've|i'm|i'll|we|we've|we're|she|she's|he|he's|they|they're|there's|the\s+\w+|"
    # or of the day or time it has: "Saturday's way too late, the party's Saturday afternoon."
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|that|it)(?:'s|\s+is))\b"
    r"[^.!?]{3,80}[.!]\s+(?P<ask>(?:(?:so|then|just|ok|okay)[\s,]+)*(?:make|move|push|change|"
    r"put|set|bring|shift)\s+(?:it|that|the (?:reminder|alarm|timer|event|entry|appointment))\b.*)$",
    re.I)


def request_after_reason(text: str, lang: str) -> str:
    """``text`` without a reason said before the request, or ``text`` as it is."""
    if lang == "en":
        starts = _STARTS_AT.match(text.strip())
        if starts is not None:  # the time alone, for what it is of
            return f"at {starts['t']}"
        told = _TOLD_THEN_IS.match(text.strip())
        if told is not None:
            return f"{told['lead']}{told['is']}"
        m = _WHY_FIRST.match(text.strip()) or _SO_THEN.match(text.strip()) \
            or _WHY_SENTENCE_FIRST.match(text.strip())
        if m is not None and _CHANGE_BARE.match(m["ask"]):
            said = _SAID_IS.search(text.strip()[:m.start("ask")])
            if said is not None:  # "he said half four, change it": to half four
                return f"{m['ask'].rstrip(' .!')} to {said['what']}"
    else:
        m = _WHY_FIRST_OTHER[lang].match(text.strip()) if lang in _WHY_FIRST_OTHER else None
        if m is not None:  # (its "and" kept: "et rajoute …" adds to the list talked about)
            return f"{m['lead'] or ''}{m['ask']}"
    if m is None:
        return text
    return request_alone(m["ask"], lang) if lang == "en" else m["ask"]  # ("… Make the
    # reminder one pm instead so I've got time to print it. Tidy.": why, after it too)
