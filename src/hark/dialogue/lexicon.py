"""Words the dialogue itself understands, independent of the NLU model: yes/no, stop,
repeat, greetings, ordinals for choices, follow-up cues and reference words."""

from __future__ import annotations

import re

_FILLER = r"(?:\s*(?:please|hark|thanks|thank you|then|now|ok|okay))*"


def clean(text: str) -> str:
    """Lower-case, no punctuation except apostrophes, single spaces."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


# sounds and words of hesitation before what is meant, in the five languages
_HESITATIONS = (r"oh|ah|um|uh|er|erm|hmm|ugh|urgh|argh|actually|ok|okay|wait|sorry|hang on|"
                r"ach|äh|euh|ay|eh|ehm|bof|beh|pues|bueno")


def _full(words: str, tail: str = "") -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{_HESITATIONS}|well|so|nah|naw|nope|bon|allora|also)\s+){{0,3}}"
                      rf"(?:{words}){_FILLER}{tail}$")


# the thing still being asked about given up, named (English): "forget the reminder" to
# "When should I remind you …?" (before, it asked to remove the user's reminders)
STOP_ASKED = _full(r"(?:forget|never mind|nevermind|scrap|cancel|skip|ditch|drop|leave) "
                   r"(?:about )?(?:the|that|this) (?:reminder|alarm|timer|event|appointment|"
                   r"entry|one)")


# why, said after "never mind", "scrap that" or "cancel that" (English): a statement of two
# words or more ("I don't start until next week", "I'll go another time", "it's ruined",
# "HR haven't confirmed the time yet"), no request and no new value
WHY = re.compile(r"^(?=\S+\s+\S+)(?!.*\d)"
                 # not "instead" (a new value: "I'll do seven instead") but of someone else
                 # ("he's doing the run instead")
                 r"(?:(?=(?:he|she|they)(?:'s|'re|'ll| is| are| will)?\b)|(?!.*\binstead\b))"
                 r"(?:because|since|cos|cause|as|i|i'm|"
                 r"im|i'll|ill|i've|ive|it's|its|it|we|we're|we'll|they|they're|he|she|"
                 r"that's|thats|there's|theres|the|my|our|his|her|their|"
                 r"\w+ (?:haven't|hasn't|isn't|aren't|"
                 r"didn't|won't|can't)|"
                 # news from someone: "Mia's mum just said she's bringing them", "Morag's
                 # texted", "Tom's just offered"
                 r"[\w'-]+(?: [\w'-]+)?(?: has| have| just|'s)* (?:just )?(?:said|says|texted|"
                 r"told|rang|called|messaged|phoned|emailed|offered|confirmed)|"
                 # someone did it already: "Jess has already put one on in the kitchen"
                 r"[\w'-]+(?: [\w'-]+)?(?: has| have|'s|'ve) already \w+|"
                 # someone else will see to it: "Niamh's bringing a load back from home"
                 r"[\w'-]+(?:'s| is| are|'re|'ll| will) (?:\w+ing|going to|gonna|be \w+ing)\b|"
                 # what is not to be, now: "no nap for me", "no swimming for us this week"
                 r"no [\w'-]+(?: [\w'-]+)? for (?:me|us|him|her|them)\b(?!.*\b(?:at|on|to)\b)|"
                 # what is kept: "just the soup's fine"
                 r"(?:just|only) (?:the )?[\w'-]+(?: [\w'-]+)?(?:'s| is| are) (?:fine|enough|"
                 r"ok|okay|all)$)\b")
# why, said after giving up, in German, French, Spanish and Italian: a clause that opens
# with who or what it tells of, or with "because", "in fact", "no need" ("ya lo compro en la
# gasolinera", "en fait le garage ouvre qu'à 9 heures", "ich mach das selber"); a day or
# time in it is the news' own, not a new value — but not a clause that asks ("mets-le à 9
# heures", "lieber um neun"); "si ya tengo la de todos los días": "since I already have"
# the days news may be of (weekdays, the weekend), written with or without accents
_DAY_WORDS = (r"wochenende|\w+tag|mittwoch|week-?end|weekend|lundi|mardi|mercredi|jeudi|"
              r"vendredi|samedi|dimanche|finde|fin de semana|lunes|martes|mi[eé]rcoles|jueves|"
              r"viernes|s[aá]bado|domingo|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|"
              r"venerd[iì]|sabato|domenica|fine settimana")
WHY_OTHER = re.compile(
    r"^(?=\S+\s+\S+)(?:"
    r"ich|wir|er|sie|es|das|des|der|die|mein\w*|unser\w*|weil|denn|da|brauch\w*|hab|habe|"
    r"haben|hat|bin|ist|sind|geht|"
    r"je|j'\w+|on|il|elle|ils|elles|nous|c'est|c'etait|c'était|ça|ca|le|la|les|mon|ma|mes|"
    r"notre|nos|en fait|parce|car|puisque|finalement|pas besoin|"
    r"l'\w+|gli|"  # (who or what, its article elided: "l'agence doit encore me confirmer")
    r"ya|yo|lo|el|los|las|que|porque|no hace falta|no me hace falta|mi|mis|me|es|nuestr\w+|"
    r"eso|al final|no|si ya|pero ya|es que|"
    r"io|ci|che|perché|perche|tanto|ho|abbiamo|ha|hanno|sono|già|gia|mia|mio|miei|mie|li|"
    r"nostr\w|alla fine|non|non serve|non mi serve|il|lo|"
    # someone's word, or what it is with: "m'ha detto mia madre che …", "con la notte ancora
    # non mi fido"
    r"m'ha|m'hanno|mi ha|mi hanno|con (?:la|il|lo|le|gli|i|questo|questa|quel\w*)|"
    r"eigentlich|in realtà|in realta|en realidad|"
    # news of a day, no clock said: "am Wochenende weckt mich eh meine Mama", "le samedi
    # ma mère me réveille", "el finde me despierta mi madre", "sabato mi sveglia mia madre"
    rf"(?:(?:am|an|im|übers|uebers|le|les|ce|el|los|este|nel|il|di|questo|lo)\s+)?(?:{_DAY_WORDS})"
    r"(?=(?:\s+\S+){2})(?!.*(?:\d|\b(?:um|à|a|vers|a las|alle|verso)\s+(?:la\s+|las\s+)?"
    r"(?:ein|zwei|drei|vier|f\w+nf|sechs|sieben|acht|neun|zehn|elf|zw\w+lf|halb|une|deux|"
    r"trois|quatre|cinq|six|sept|huit|neuf|dix|onze|midi|una|dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez|once|doce|due|tre|quattro|sei|sette|otto|nove|dieci|undici|"
    r"dodici)\b)))\b")
_OPENERS = re.compile(rf"^(?:(?:{_HESITATIONS}|no|oops|hold on|ähm|nee|nein|ne|warte|non|bah|"
                      r"attends|en fait|uy|espera|aspetta|anzi|mah)\s*)+$")


def stop_and_why(text: str, *, named: bool = False) -> bool:
    """Whether ``text`` gives up, after words of hesitation and maybe saying why ("Ah,
    cancel that, HR haven't confirmed the time yet.", "Ah non, laisse tomber, en fait le
    garage ouvre qu'à 9 heures"): of a question waiting, nothing more is asked. ``named``:
    the thing asked about may be named ("Oh forget the timer. Just the soup's fine.")."""
    parts = [clean(p) for p in re.split(r"[,.;:!?—–…]+", text) if clean(p)]
    k = next((i for i, p in enumerate(parts) if not _OPENERS.match(p)), len(parts))
    return k < len(parts) and (STOP.match(parts[k]) is not None or (
        named and STOP_ASKED.match(parts[k]) is not None)) and all(
        WHY.match(p) or WHY_OTHER.match(p) for p in parts[k + 1:])


YES = _full(r"yes|yeah|yep|yup|sure|of course|correct|right|that's right|do it|go ahead|"
            r"please do|confirm|confirmed|absolutely|definitely|affirmative|ok|okay|"
            r"yes please|yes do it|yes go ahead|sounds good|"
            r"ja|ja bitte|klar|gerne|genau|mach das|oui|d'accord|bien sûr|oui merci|"
            r"sí|si|vale|claro|de acuerdo|certo|va bene|sì|d'accordo")
NO = _full(r"no|nope|nah|naw|no thanks|no thank you|don't|do not|don't do it|negative|"
           r"not now|no way|wrong|nein|nee|lieber nicht|nein danke|non|non merci|"
           r"no gracias|mejor no|no grazie|meglio di no|"
           # the thing asked about kept, after a no and a wait: "Nein, warte, lass sie doch
           # drin", "non attends, garde-le", "no, espera, déjala", "no aspetta, lasciala"
           r"(?:(?:no|nein|nee|non|wait|warte|warte mal|moment|attends|espera|aspetta)\s+)*"
           r"(?:keep (?:it|her|him|them|that)(?: in| on| there)?|"
           r"lass (?:sie|ihn|es|das|den|die)(?: (?:doch|lieber|mal|ruhig))* (?:drin|stehen|da|so|"
           r"bleiben|an)|behalt (?:sie|ihn|es|das)|doch nicht|"
           r"laisse(?: le| la| les)?(?: comme ça| tomber)?|garde(?: le| la| les)|"
           r"d[ée]j(?:alo|ala|alos|alas)(?: así| como está)?|"
           r"lascia(?:lo|la|li|le)(?: così| stare)?|tienil[oa])")
STOP = _full(r"stop|cancel|cancel that|cancel it|never mind|nevermind|forget it|"
             r"forget about it|forget that|abort|quit|nothing|that's all|that is all|"
             r"no stop|stop it|halt|enough|leave it|skip it|don't worry about it|"
             r"don't bother|forget it i'll do it later|never mind i'll do it later|"
             r"forget it i'll sort it out later|no wait nothing|nothing cancel|"
             # "leave the alarm as it is" (had removed the alarm)
             r"(?:(?:no|ok|okay|actually|just) )*(?:leave|keep|let) (?:it|that|them|this|(?:the|my|that) "
             r"[\w'-]+(?: [\w'-]+){0,2}) (?:as it is|as is|alone|be|where it is|like that|"
             r"as they are|the way it is)|"
             r"stopp|abbrechen|vergiss es|lass es|lass gut sein|egal|vergiss es doch|"
             r"arrête|annule|laisse tomber|oublie ça|oublie|ça suffit|laisse faire|"
             r"para|cancela|déjalo|olvídalo|basta|olvidalo|dejalo|mejor no|"
             r"annulla|lascia perdere|lascia stare|fermati|niente|lascia"
             # giving up, and why: "forget it, she's fallen asleep" (not "cancel that, it's
             # full": the thing made is taken back)
             r"|(?:never mind|nevermind|forget it|forget about it|forget that|leave it|"
             r"don't bother|skip it) (?:she|he|they|we|it|i)(?:'s|'re|'ve|'m| is| are| has| have|"
             r" was| were) (?!not\b)\w.*",
             # "…, I'll do it later", "…, je verrai plus tard", "…, lo hago luego"
             r"(?: (?:i'll|i will|je verrai|je vais|ich mach|ich schau|lo hago|lo veo|"
             r"ci penso|lo faccio)\b.*)?")
REPEAT = re.compile(
    r"^(?:(?:can|could) you |please )?(?:repeat(?: that| it| please| yourself)?|say (?:that|it) "
    r"again|what did you (?:just )?say|come again|pardon(?: me)?|sorry what|"
    r"one more time|again please)(?: please)?$")
# hello / thanks / bye in each language the assistant answers in
_GREETING_WORDS: dict[str, dict[str, str]] = {
    "en": {"hello": r"hello|hi|hey|hiya|howdy|good morning|good afternoon|good evening|"
                    r"hello there|hi there|hey there|greetings|yo",
           "thanks": r"thanks|thank you|thank you very much|thanks a lot|cheers|"
                     r"many thanks|much appreciated|ta",
           "bye": r"bye|goodbye|good bye|bye bye|see you|see you later|good night|"
                  r"goodnight|that's it|talk to you later|later|exit|i'm done|we're done"},
    "de": {"hello": r"hallo|hallöchen|servus|moin|moin moin|grüß gott|grüß dich|"
                    r"guten morgen|guten tag|guten abend",
           "thanks": r"danke|danke schön|dankeschön|danke sehr|vielen dank|vielen lieben dank|"
                     r"besten dank|herzlichen dank|danke dir|danke euch",
           "bye": r"tschüss|tschüs|tschau|auf wiedersehen|bis später|bis bald|bis dann|"
                  r"gute nacht|schönen abend noch|mach's gut|das war's|ich bin fertig"},
    "fr": {"hello": r"bonjour|bonsoir|salut|coucou|bonjour à toi|salut à toi",
           "thanks": r"merci|merci beaucoup|merci bien|merci mille fois|mille mercis|"
                     r"je te remercie|je vous remercie|merci à toi|merci à vous",
           "bye": r"au revoir|bonne nuit|à plus|à plus tard|à bientôt|à tout à l'heure|"
                  r"bonne soirée|salut et à plus|c'est tout|j'ai fini"},
    "es": {"hello": r"hola|buenos días|buenos dias|buen día|buenas|buenas tardes|hola hola",
           "thanks": r"gracias|muchas gracias|muchísimas gracias|mil gracias|te lo agradezco|"
                     r"gracias a ti",
           "bye": r"adiós|adios|hasta luego|hasta pronto|hasta mañana|nos vemos|chao|chau|"
                  r"buenas noches|eso es todo|he terminado"},
    "it": {"hello": r"ciao|salve|buongiorno|buon giorno|buonasera|buona sera|ehi ciao",
           "thanks": r"grazie|grazie mille|grazie tante|ti ringrazio|molte grazie|grazie a te",
           "bye": r"arrivederci|buonanotte|buona notte|a dopo|a presto|ci vediamo|"
                  r"ci sentiamo|alla prossima|è tutto|ho finito"},
}
_KINDS = ("hello", "thanks", "bye")
GREETINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, _full("|".join(words[kind] for words in _GREETING_WORDS.values())))
    for kind in _KINDS)
_GREETINGS_BY_LANGUAGE: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    code: tuple((kind, _full(words[kind])) for kind in _KINDS)
    for code, words in _GREETING_WORDS.items()}

ORDINALS = {"first": 0, "1st": 0, "one": 0, "1": 0, "second": 1, "2nd": 1, "two": 1, "2": 1,
            "third": 2, "3rd": 2, "three": 2, "3": 2, "fourth": 3, "4th": 3, "four": 3, "4": 3,
            "last": -1, "latter": -1, "former": 0, "later": -1, "earlier": 0, "top": 0,
            "bottom": -1,
            # de / fr / es / it
            "erste": 0, "ersten": 0, "zweite": 1, "zweiten": 1, "dritte": 2, "dritten": 2,
            "letzte": -1, "letzten": -1,
            "premier": 0, "première": 0, "deuxième": 1, "seconde": 1, "troisième": 2,
            "dernier": -1, "dernière": -1,
            "primero": 0, "primera": 0, "segundo": 1, "segunda": 1, "tercero": 2, "tercera": 2,
            "último": -1, "última": -1,
            "primo": 0, "prima": 0, "secondo": 1, "terzo": 2, "terza": 2, "ultimo": -1,
            "ultima": -1}
_ORDINAL = re.compile(
    r"^(?:the |number |option |choice |der |die |das |den |le |la |el |il |lo |l')?"
    rf"({'|'.join(sorted(ORDINALS, key=len, reverse=True))})"
    r"(?: one| option| choice)?(?: please| bitte| s'il te plaît| por favor| per favore)?$")

# "and tomorrow?", "what about in Paris?", "how about friday", "same for London"
FOLLOWUP_CUE = re.compile(
    r"^(?:and|but|also|ok and|okay and|so)?\s*(?:what about|how about|what of|and|same for|"
    r"same thing for|now for|then for|also for)\b\s*")
_LEAD_PREP = re.compile(r"^(?:in|at|for|on|to|from|with|near|by)\s+")

THERE = re.compile(r"\b(there|that place|that city|over there)\b")
PERSON_PRONOUN = re.compile(r"\b(her|him|them|she|he)\b")
SONG_REF = re.compile(r"\b(that song|this song|the song|that track|this track|that one again|"
                      r"it again|that again|same song)\b")
ITEM_REF = re.compile(
    r"^(?:(?:actually|no|oh|okay|ok|wait|sorry|um|uh|so|hmm|nah|ugh|argh|damn)\s+)*"
    r"(?:please )?(?:cancel|delete|remove|undo|scrap|drop|stop|take)\s+(?:it|that|this|that one|"
    r"the last one|what you just (?:set|made|added|created))(?: off| out)?(?: please)?"
    # why, said after: "…, I won't need it", "…, it's full", "…, they've called it off"
    r"(?: (?:i'll|i will|we|we've|i don't|i won't|i'm|i am|not|it's|it is|its|they're|they've|"
    r"they are|she's|he's|she can't|he can't|they can't|that's|because|cos|as) .*)?$")


# "the 8 pm one", "the one at ten", "that one", "the other one": a choice said alone, in
# English; with no question waiting it chooses nothing (the model read "the 8 PM one" as
# an event called "the one")
_BARE_CHOICE = re.compile(
    r"^(?:(?:oh|um|uh|erm|ok|okay|yes|yeah|no|sorry|i mean)\s+)*(?:the|that|this)\s+"
    r"(?:[\w:.]+\s+){0,3}one(?:\s+(?:at|on|for|about|from)\s+[\w:. ]{1,24})?"
    r"(?:\s+please)?$")


def bare_choice(text: str) -> bool:
    """Whether ``text`` is only a choice among things ("the 8 PM one", "the first one")."""
    said = clean(text)
    return ordinal_choice(said) is not None or _BARE_CHOICE.match(said) is not None


def ordinal_choice(text: str) -> int | None:
    """Index meant by "the first one", "second", "number two", "the last one"."""
    m = _ORDINAL.match(clean(text))
    return ORDINALS[m.group(1)] if m else None


def followup_remainder(text: str) -> str | None:
    """For a cue-led follow-up, the rest after the cue ("what about in Paris" -> "Paris")."""
    t = clean(text)
    m = FOLLOWUP_CUE.match(t)
    if not m or not m.group(0).strip():
        return None
    rest = _LEAD_PREP.sub("", t[m.end():]).strip()
    return rest


def strip_preposition(text: str) -> str:
    return _LEAD_PREP.sub("", clean(text)).strip()


def greeting_kind(text: str) -> str | None:
    t = clean(text)
    for kind, rx in GREETINGS:
        if rx.match(t):
            return kind
    return None


def greeting_language(text: str, default: str = "en") -> str:
    """The language a greeting is in: ``default`` when its words fit it (or are shared
    with it), else the language whose words they are ("grazie" -> "it")."""
    t = clean(text)
    base = (default or "en").lower()[:2]
    order = [base] + [code for code in _GREETINGS_BY_LANGUAGE if code != base]
    for code in order:
        if any(rx.match(t) for _, rx in _GREETINGS_BY_LANGUAGE.get(code, ())):
            return code
    return base if base in _GREETINGS_BY_LANGUAGE else "en"
