""""Undo that": a request to take back what the session's last change did (five
languages), and what the session keeps of that change (``DialogueState.changed``).

- **Said**: "undo that", "no wait, leave it running", "put it back", "I didn't mean
  that", "mach das rückgängig", "lass ihn laufen", "remets-le", "reviens en arrière",
  "deshaz eso", "déjalo correr", "ripristinalo", "non volevo farlo". Words before it
  that only hesitate ("oh no, wait, …") and a clause after it ("…, I still need it") are
  allowed; anything else in its clause makes it a request of its own ("put the milk back
  on the list").
- **Kept**: each executed request that changed the user's things leaves the rows it
  changed (:mod:`hark.store.journal`); the requests of one sentence are kept together
  ("cancel the pasta and the laundry timers" is undone at once). A question in between
  keeps them; a request that acted outside the store (lights, music, a taxi) leaves a
  mark that it cannot be undone, so "undo" never reaches back past it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hark.dialogue.lexicon import WHY, WHY_OTHER, clean
from hark.dialogue.state import DialogueState
from hark.store import journal
from hark.text.clean import unaccented
from hark.text.numbers import words_to_digits

UNDO_INTENT = "general_undo"

# requests whose effect lives outside Hark's store: "undo" cannot take them back
_OUTSIDE = re.compile(r"^(?:iot_|play_|audio_volume_|music_settings|takeaway_order|"
                      r"transport_(?:ticket|taxi)|social_post|email_send)")

# Each language's ways of asking, searched for in each clause (split at , . ; ! ? —), its
# words lower-cased, without accents, umlauts spelt out ("rueckgaengig"):
# - ``_UNDO``: take back the last change, whatever it was ("put it back", "undo that last
#   add", "remets tout comme avant", "vuelve a ponerlo", "ripristina tutto");
# - ``_NEW``: take away the thing just made, said of it ("get rid of the new one", "take
#   that off again", "quítalo", "annullalo"): an undo only when the last change made
#   things, else the request it says;
# - ``_LAST``: "scrap that", "forget it", only as the last thing said ("scrap that, put
#   squash on instead" is a correction);
# - ``_AS_IT_WAS``: "like it was", "com'era": an undo even with a time in it ("leave it at
#   10 like it was");
# - ``_MORE``: a clause that asks for more of the same, or names a new time, is a request
#   of its own ("set it back to 7", "and the eggs too", "Atrásalo otra hora más").
_OBJ_EN = (r"(?:it|that|them all|them|those|this|these|that one|everything|all|all of (?:them|it)|"
           r"the [\w'-]+(?: [\w'-]+){0,3})")
_UNDO = {
    "en": (
        r"\bundo\b", r"\bun ?(?:tick|check|pause|cancel|delete)(?:ed)?\b",
        r"\b(?:take|put) (?:it|that|them|those|this|these|everything|all of (?:it|them)|"
        r"the (?:\w+ )?(?:minutes?|mins?|hours?|seconds?)) (?:off|out|away|back) again\b",
        r"\b(?:reverse|revert|restore|reinstate|recover)\b",
        rf"\b(?:change|put|turn|switch|bring|stick|pop) (?:{_OBJ_EN} )?back\b"
        r"(?! (?:to|by|an?|one|two|half|\d)\b)",
        r"\b(?:leave|keep) (?:it|that|them|this|those) (?:running|going|on|there|in|alone)\b",
        r"^(?:(?:wait|actually|no|oh|hang on|sorry|ah)[\s,]+)*keep (?:it|that|them|the [\w'-]+"
        r"(?: [\w'-]+){0,2})(?: going| running| on)?$",
        r"\bleave (?:it|that|them|the [\w'-]+(?: [\w'-]+){0,2}) (?:where|as) (?:it|they) "
        r"(?:is|are|was|were)\b",
        r"\b(?:don't|dont|do not) (?:cancel|delete|remove|stop|turn off|switch off|clear|"
        r"tick off|move|change|take off|pause)\b",
        r"\bi (?:didn't|did not|didnt) (?:mean|want)\b", r"\bnot what i (?:meant|wanted|asked)",
        r"\b(?:that|it) was (?:a )?mistake\b", r"\bby mistake\b", r"\bi was wrong\b",
        r"\bi (?:still|do) need (?:that|it|them|those)\b", r"\bi said the wrong\b",
        r"^go back$",
    ),
    "de": (
        r"rueckgaengig", r"\bwiederherstell", r"\bzurueckhol",
        r"\b(?:mach|mache|machs|machen sie)\b(?: \w+){0,3} (?:wieder )?zurueck\b",
        r"\b(?:das|des) letzte (?:wieder )?zurueck\b",
        r"\b(?:stell|hol|bring|setz|nimm|tu)e? (?:den|die|das|des|ihn|sie|es|alles)"
        r"(?: \w+){0,2}? (?:wieder )?(?:her|zurueck)\b",
        r"\blass (?:den|die|das|ihn|sie|es) (?:doch )?(?:wieder )?(?:(?:weiter)?laufen|an|"
        r"drin|stehen|so|wie (?:er|sie|es) war)\b",
        r"\blass (?:den|die|das|ihn|sie|es) doch$",  # "Na, wart, lass ihn doch, ich muss …"
        # "Nein, warte, lass ihn, wie er ist": the one just changed, left as it was
        r"^(?:(?:nein|nee|warte|halt|moment|ach|oh) )*lass (?:den|die|ihn|sie)"
        r"(?: (?:doch|lieber|einfach|bitte|mal))*$",
        r"^(?:(?:so|lieber|doch) )*wie (?:er|sie|es) (?:ist|war)$",
        r"\b(?:doch )?nicht (?:loeschen|stoppen|abbrechen|ausschalten|entfernen)\b",
        r"\bwollt\w* (?:i|ich) (?:so )?(?:ned|nicht|net)\b",
        r"\b(?:war|is) (?:ein |a )?(?:versehen|fehler|falsch)\b", r"\bnimm das zurueck\b",
        r"\bwie vorher\b",
        # "Ach nein, lass, …, brauchst keinen": the one just asked for, not wanted
        r"^lass$", r"\b(?:brauchst|brauchen sie)(?: du)? (?:keinen|keine|keins|ihn nicht|sie nicht|"
        r"es nicht|den nicht|die nicht|das nicht)\b",
    ),
    "fr": (
        r"\bremet(?:s|tre|tez)?(?: le| la| les| tout| l'\w+| (?:le|la|les) \w+)?\b",
        r"\bcomme (?:c'etait|avant|il etait|elle etait)\b",
        r"\bannule(?:r|z)? (?:ca|cela|ce que (?:je|tu) (?:viens? de faire|as fait|ai fait)|"
        r"la derniere \w+|le dernier \w+|tout)\b", r"^(?:non )?annule$",
        r"\b(?:reviens|revenir|retour) en arriere\b", r"\b(?:defais|defaire)\b",
        r"\bc'(?:etait|est) une erreur\b", r"\bpas ce que je voulais\b",
        r"\bje (?:ne )?voulais pas\b", r"\b(?:retablis|restaure|recupere)\b",
        r"\blaisse (?:le|la|les) (?:tourner|continuer|marcher|allume\w*|comme)\b",
        r"\b(?:ne )?l'(?:annule|arrete|efface|supprime|enleve) pas\b",
        # "Oh, attends, non, laisse-le finalement", "…, garde-le": the one just taken away,
        # kept after all
        r"^(?:(?:oh|ah|non|attends|bon) )*(?:laisse|garde)z? (?:le|la|les)"
        r"(?: (?:finalement|alors|donc|quand meme|plutot|en fin de compte))*$",
    ),
    "es": (
        r"\bdeshac\w*|\bdeshaz\w*", r"\bregresa(?:lo|la|los|las)\b", r"\bcomo estaba\b",
        r"\bvuelve a (?:ponerl|activarl)\w*", r"\bvolve\w* a como\b",
        r"\b(?:restaura|recupera|restablece|devuelve)(?:lo|la|los|las)\b",
        r"\b(?:cancela|anula) (?:lo ultimo|eso|lo que hiciste)\b", r"\beso ultimo no\b",
        r"\bno (?:lo|la|los|las) (?:apuntes|borres|canceles|quites|apagues|elimines|pares)\b",
        r"\bno queria (?:hacer )?eso\b", r"\bfue un error\b", r"\bme equivoque\b",
        r"\bdeja(?:lo|la|los|las) (?:como|correr|seguir|puest\w|andando|funcionando)\b",
    ),
    "it": (
        r"\bcom'era\b", r"\brimett\w*", r"\bripristin\w*", r"\briattiva\w*",
        r"\bannulla (?:annulla|l'ultima \w+|l'ultimo \w+|quello che hai (?:appena )?fatto|"
        r"tutto)\b", r"\btorna indietro\b",
        r"\btogli quello che hai (?:appena )?(?:aggiunto|messo|fatto)\b",
        r"\bnon volevo\b", r"\be stato un errore\b", r"\bho sbagliato\b", r"\bper sbaglio\b",
        r"\bnon (?:lo|la|li|le) (?:cancellare|togliere|spegnere|eliminare|fermare)\b",
        # "Anzi no, lasciala stare": the thing left where it was
        r"\blascia(?:lo|la|li|le) (?:stare|dov'e|dove (?:sta|stava|era)|cosi|com'e)\b",
    ),
}
_NEW = {
    "en": (r"\b(?:cancel|remove|delete|take off|take out|get rid of|forget)\b.*"
           r"\b(?:(?:you|i) just|(?:the|that) new ones?)\b",
           r"^(?:cancel|remove|delete|get rid of|bin|ditch|kill) (?:that|it|this)(?: one)?"
           r"(?: (?:mate|please|then))?$",
           r"^(?:cancel|remove|delete|get rid of|bin|ditch|kill) (?:that|this) "
           r"(?:alarm|timer|reminder|event|entry)$",
           r"^forget (?:that|this|the) (?:alarm|timer|reminder|event|one)\b",
           # "Oh never mind, take that off, the car's at the garage anyway"
           r"^(?:(?:oh|no|actually|just|so|ok|okay) )*(?:take|knock|cross|scratch) (?:that|it|this)"
           r"(?: one)? off(?: (?:again|please|then|the list))?$"),
    "de": (r"\bnimm (?:das|den|die|es|ihn|sie)(?: \w+)? (?:wieder )?raus\b",
           r"\b(?:den|die|das) neuen?\b.*\b(?:weg|raus|loeschen|rueckgaengig)\b"),
    "fr": (r"\b(?:retire|enleve|supprime) (?:celui|celle|ceux|ce) que tu viens\b",
           r"^(?:non )*(?:enleve|retire|supprime)(?: (?:le|la|les|ca|cela))?$"),
    "es": (r"^(?:quita|borra|elimina|cancela)(?:lo|la|los|las)$",
           r"\bla que acabas de poner\b"),
    "it": (r"\b(?:annulla|togli|cancella|elimina)(?:lo|la|li|le)(?: pure| per favore)?$",  # ("Toglili
           # pure.": go ahead and take them off)
           r"\b(?:annulla|togli|cancella|elimina)(?:lo|la|li|le)\b.*\bper sbaglio\b",
           r"\bper sbaglio\b.*\b(?:annulla|togli|cancella|elimina)(?:lo|la|li|le)\b"),
}
_LAST = {"en": r"^(?:(?:and|oh|ah|actually|no|um|erm?|hmm|wait|so|ok|okay|right|sorry) )*"
               r"(?:scrap|scratch|forget|ignore) (?:that|it|this)$|"
               r"^(?:(?:ah|oh|no|actually) )*(?:don't|dont|do not) bother(?: with (?:that|it|this|"
               r"them))?(?: at all)?$|"
               r"^(?:(?:and|oh|ah|actually|no|um|erm?|hmm|wait) )*never ?mind$|"
               # "Ah no, wait, don't." once it was done
               r"^(?:(?:ah|oh|no|wait|actually|sorry) )*(?:don't|dont|do not)(?: do (?:that|it))?$",
         "de": r"^vergiss (?:das|des|es)(?: \w+){0,2}$|^lass (?:es|das|mal|gut)(?: gut)? sein$|"
               r"^lass (?:es|das)$|"
               # "Lass es bleiben.", "lass das lieber bleiben": don't do it after all
               r"^lass (?:es|das|des)(?: (?:lieber|doch|besser|mal|einfach))* bleiben$|"
               # "Lass das bitte weg.": the thing just asked for, left out
               r"^lass (?:es|das|des|die|den|ihn|sie)(?: (?:bitte|doch|lieber|einfach|mal))* weg$",
         "fr": r"^oubliez? (?:ca|cela|tout ca)$|^laissez? (?:tomber|faire)$",
         # ("Ay no, espérate, mejor déjalo": better leave it)
         "es": r"^(?:olvidalo|olvida eso|olvidate(?: de eso)?|dejalo estar|(?:mejor )?dejal[oa]|"
               r"mejor no)$",
         # (and spoken short: "lascia stà", "lassa perde")
         "it": r"^(?:lascia perdere|lascia stare|lasciamo perdere|lasciamo stare|scordatelo|"
               r"lascia sta|lascia perde|lassa sta|lassa perde)$"}
_AS_IT_WAS = {lang: re.compile(words) for lang, words in (
    # (or left or kept at a time: "No, hang on, … Leave it at 9." after it was moved)
    ("en", r"\b(?:like|as|how|the way) (?:it|they) (?:was|were)\b|"
           r"^(?:(?:no|just|actually|oh|wait)[\s,]+)*(?:leave|keep) (?:it|that|them) (?:at|on|for)\b"),
    ("de", r"\bwie (?:vorher|es war|er war|sie war)\b"), ("fr", r"\bcomme (?:c'etait|avant)\b"),
    ("es", r"\bcomo estaba\b"), ("it", r"\bcom'era\b"))}
# what was done, said to be done the other way again: "take the five minutes off again"
_AGAIN = re.compile(r"\b(?:take|put) (?:it|that|them|those|this|these|the (?:\w+ )?"
                    r"(?:minutes?|mins?|hours?|seconds?)) (?:off|out|away|back) again\b")
_MORE = {
    "en": r"\b(?:too|as well|also|another|more|extra|\d+)\b|^and\b",
    "de": r"\b(?:auch|noch|nochmal|\d+)\b",
    "fr": r"\b(?:aussi|encore|egalement|\d+)\b",
    "es": r"\b(?:tambien|otra|otro|mas|\d+)\b",
    "it": r"\b(?:anche|(?<!lo )(?<!la )(?<!li )(?<!le )pure|ancora|un'altra|\d+)\b",
}  # (not "pure" said after "it": "Toglili pure" is go ahead, not "too")
_TIME = re.compile(r"\b(?:half|quarter|o'clock|halb|viertel|heures?|midi|y media|e mezza|"
                   r"minutes?|mins?|minuten|minutos?|minuti|"
                   r"alle \w+|a las \w+|um \w+|auf (?:\w+ )?(?:uhr|eins|zwei|drei|vier|fuenf|"
                   r"sechs|sieben|acht|neun|zehn|elf|zwoelf))\b")
# a question about undoing, not a request to ("what can you undo?")
_QUESTION = re.compile(r"^(?:what|which|how|when|where|who|was|wie|welche\w*|quoi|"
                       r"qu'est|quel\w*|comment|cosa|come|quale|qual|cuando|cual\w*)\b")
# a thing named by its kind: "Mi nuh need di laundry timer again, cancel it" cancels the
# timer, not the thing just made ("the one you just set" names that one)
_KIND = re.compile(r"\b(?:alarms?|timers?|reminders?|events?|meetings?|appointments?|lists?|"
                   r"calendar|\w*wecker|\w*erinnerung\w*|termin\w*|\w*besprechung|\w*liste|"
                   r"minuteurs?|minuterie|compte a rebours|reveils?|rappels?|rendez.vous|"
                   r"reunion\w*|alarmas?|temporizador\w*|cuenta (?:atras|regresiva)|"
                   r"recordatorios?|citas?|sveglie|sveglia|promemoria|conto alla rovescia|"
                   r"riunion\w*|appuntament\w*|calendario|agenda)\b|"
                   r"\bthe [\w:.'-]+(?: [\w:.'-]+){0,2} one\b")
# a kind named by "that": the thing just made ("forget that alarm, I don't need it")
_THAT_ONE = re.compile(r"\b(?:that|this) (?:alarm|timer|reminder|event|one)\b")
_JUST_MADE = re.compile(r"\b(?:you|i) just\b|\bnew one\b|\bneue[nr]?\b|\bque tu viens\b|"
                        r"\bacabas de\b|\bappena\b")
# words of a pause or of dismay around the request ("ah no", "oh for god's sake")
_FILLER = re.compile(r"(?:(?:oh|ah|aw|och|oops|whoops|no+|nope|nah|naw|wait|hang on|hold on|sorry|"
                     r"actually|um|uh|er|hmm|ugh|damn|crap|okay|ok|please|love|mate|my bad|"
                     r"oh god|for god's sake|nein|nee|ne|ach|mist|moment|halt|stopp?|warte|"
                     r"oje|non|oups|zut|mince|attends|pardon|euh|en fait|uy|ay|vaya|espera|"
                     r"perdon|perdona|ostras|vale|ops|aspetta|scusa|mannaggia|oddio|dai|"
                     r"macche|anzi|allora|bueno|pues|bah|ben|voyons|donc|hein|na|geh|para|pare|"
                     r"te|peuchere|neta)\s*)+")  # (Provençal "…, té", "peuchère"; Mexican
# "…, neta": really)
# said on its own, "undo" is asked even when there is nothing to undo
_PLAIN = re.compile(r"\b(?:undo|rueckgaengig|defais|defaire|deshaz\w*|deshacer|"
                    r"ripristina\w*|torna indietro|en arriere)\b")
# what says only that the turn before was wrong, not "undo": it speaks of that turn alone
_WEAK = re.compile(r"\b(?:mean|meant|want|wanted|mistake|wrong|need|leave|keep|don't|dont|"
                   r"do not|versehen|fehler|falsch|wollt\w*|lass|nicht|erreur|voulais|"
                   r"laisse|pas|error|queria|equivoque|no (?:lo|la|los|las)|sbagli\w*|"
                   r"volevo|errore|non (?:lo|la|li|le))\b")


def _compiled(patterns: tuple[str, ...] | str) -> re.Pattern[str]:
    if isinstance(patterns, str):
        return re.compile(patterns)
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_ASK = {lang: (_compiled(_UNDO[lang]), _compiled(_NEW[lang]), _compiled(_LAST[lang]),
               _compiled(_MORE[lang])) for lang in _UNDO}


def _words(text: str) -> str:
    text = text.lower()
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelt)  # "rückgängig" as the patterns spell it
    return clean(unaccented(text))


@dataclass(frozen=True)
class Heard:
    """An undo request: its language; whether it only takes away a thing just made ("get
    rid of the new one"); whether it only speaks of the turn just before ("scrap that",
    "I didn't mean that": not of a change made before a question)."""

    language: str
    new_only: bool = False
    recent_only: bool = False


# a thing named by itself before "take it off": "le pain", "le lasagne", "los plátanos"
_NAMED_FIRST = re.compile(r"(?:(?:ah|oh|et|pis|puis|and|e|y|und|no|dai|ach|so|bon|alors|"
                          r"allora|pues|also)\s+)*(?:(?:le|la|les|il|lo|gli|el|los|las|der|die|"
                          r"das|den|the|my|mon|ma|mes)\s+|l'\s*)[\w'-]+(?:\s+[\w'-]+){0,2}")
_NAMED_START = re.compile(_NAMED_FIRST.pattern.removesuffix(r"(?:\s+[\w'-]+){0,2}"))


def said(text: str, lang: str = "en") -> Heard | None:
    """The undo request ``text`` is (``lang``'s ways looked at first), else None."""
    clauses = [c for c in (_words(c) for c in re.split(  # (a clock's "7:30" is one)
        r"[,;!?—–]+|[.:]+(?!\d)|(?<!\d)[.:]+|\s-\s", text)) if c]
    if not clauses:
        return None
    if any(_KEEP_NAMED.match(c) for c in clauses) and any(_DROP_NAMED.match(c) for c in clauses):
        return None  # "Actually, forget the bin bags, …. Keep the washing powder only.": one
        # thing of several taken off, the other kept (no undo of them all)
    for code in (lang, *(c for c in _ASK if c != lang)):
        if code not in _ASK:
            continue
        undo, new, last, more = _ASK[code]
        found: Heard | None = None
        at = 0  # the clause that asks
        for i, clause in enumerate(clauses):
            as_it_was = _AS_IT_WAS[code].search(clause) is not None \
                or _AGAIN.search(clause) is not None
            if _QUESTION.match(clause):
                continue
            said_last = last.search(clause) or _last_then_why(clause, last) or (
                code == "en" and _LEAVE_IT.match(clause) is not None
                and any(_NO_WORD.search(c) for c in clauses[:i + 1]))
            if (more.search(clause) or _TIME.search(clause)) and not as_it_was and not said_last:
                if found is None and (undo.search(clause) or new.search(clause)):
                    break  # "set it back to 7", "take the eggs off too"
                continue
            if undo.search(clause) or as_it_was:
                found = Heard(code, recent_only=_WEAK.search(clause) is not None
                              and not _PLAIN.search(clause))
                at = i
            elif found is None and new.search(clause):
                just = _JUST_MADE.search(clause) is not None
                if not just and (any(_KIND.search(_THAT_ONE.sub(" ", c)) for c in clauses)
                                 or _KIND.search(_THAT_ONE.sub(" ", _words(text)))):
                    return None  # "La sveglia delle sei non serve più, toglila"
                # (not after "never mind": "Anzi no, lascia perde, la porta Marco. Toglila":
                # what it is told, the beer just added taken off)
                if not just and not any(last.search(c) for c in clauses[:i]) and (
                        (i and _NAMED_FIRST.fullmatch(clauses[i - 1])
                         and not _TOLD.search(clauses[i - 1])) or (
                        (first := _NAMED_START.match(clause)) is not None
                        and new.search(clause, first.end()) is not None)):
                    return None  # "Ah pis le pain, enlève-le", "le lasagne toglile": the
                    # thing named, taken off
                if not just and re.search(r" (?:pure|per favore)$", clause) and any(
                        _NAMED_START.match(c) for c in clauses[:i]):
                    return None  # "Ah, la luce della bici l'ho aggiustata, toglila pure": the
                    # thing named first, taken off (not the last one added)
                # "the one you just set" names it even after a question
                found, at = Heard(code, new_only=True, recent_only=not just), i
            elif found is None and said_last and all(
                    _LEFT_AT.match(c) or WHY.match(c) or (code != "en" and WHY_OTHER.match(c))
                    or _FILLER.fullmatch(c) for c in clauses[i + 1:]):
                # "scratch that, leave it at half seven": where it was; "never mind, I don't
                # start until next week": why
                found, at = Heard(code, recent_only=True), i
        if found is not None and found.recent_only and (
                _corrected(clauses[at:], undo, new, last)
                or _corrected(["", *(c for c in clauses[:at]
                                     if re.search(r"\d(?!\d|st\b|nd\b|rd\b|th\b)",
                                                  words_to_digits(c, code)))],
                              undo, new, last)):  # (before it, only a number is a new value:
            # not "no, leave it, …", "actually remove that, …", "on reflection, …")
            return None  # "No, me equivoqué, peras", "No, pará, que sean veinte, me
            # equivoqué de receta": a correction, said with its new value
        if found is not None:
            return found
    return None


# (English) a thing kept by name, and another dropped by name in the same turn
_KEEP_NAMED = re.compile(r"^(?:(?:wait|actually|no|oh|hang on|sorry|ah|just|but)\s+)*keep (?:the|my) \w")
_DROP_NAMED = re.compile(r"^(?:(?:actually|no|oh|ah|wait|sorry|just|and|but)\s+)*(?:forget|remove|"
                         r"drop|scrap|delete|skip|lose|take off|leave out|get rid of|"
                         r"(?:i )?(?:don't|dont|do not) need) (?:about )?(?:the|my) \w")


# "leave it" takes back what was just done only said with "no", "actually" or "wait"
# ("Actually no, leave it, Tom's just said he'll walk him."); alone it may answer anything
_LEAVE_IT = re.compile(r"^(?:(?:actually|no|nah|naw|wait|ah|oh) )*(?:(?:leave|keep) (?:it|that|them)"
                       r"(?: (?:off|aff|out|only|alone|be))?|let (?:it|that|them) be)$")  # ("leave it
# aff", Indian "leave it only", "actually, let it be")
_NO_WORD = re.compile(r"\b(?:no|nah|naw|actually|wait|never ?mind)\b")


def _last_then_why(clause: str, last: re.Pattern[str]) -> bool:
    """Whether ``clause`` takes back the last turn and says why with no comma between, as
    a recogniser writes it: "and actually um scrap that ill just get the bus all week"."""
    m = re.match(r"(?P<head>.*?\b(?:(?:scrap|scratch|forget|ignore) (?:that|it|this)|never ?mind))"
                 r" (?P<why>.+)$", clause)
    return m is not None and last.search(m["head"]) is not None and WHY.match(m["why"]) is not None


# a clause that tells something, not one that names a thing: "the hob's gone off"
_TOLD = re.compile(r"'s (?:gone|been|got|just|not|broken|burnt|off|on|run)\b|"
                   r"\b(?:is|are|was|were|has|have|had)\b")
_LEFT_AT = re.compile(r"^(?:just )?leave (?:it|that|them) (?:at|on|for)\b")


def _corrected(clauses: list[str], *asks: re.Pattern[str]) -> bool:
    """Whether a short clause that asks for nothing names a new value ("…, peras",
    "…, 7:30")."""
    return any(len(c.split()) <= 3 and not any(a.search(c) for a in asks)
               and not _FILLER.fullmatch(c) and not WHY.match(c) and not _NO_NEED.search(c)
               and not _STAYS.search(c) and not _NEGATED.match(c) for c in clauses[1:])


# a short clause said negated, no new value: "non la mando", "ich geh nicht", "je n'y vais
# pas", "no la llevo"
_NEGATED = re.compile(r"^(?:non|ne|n'\w*|no (?:lo|la|los|las|le|les|me|te|se|voy|va))\s+\S|"
                      r"^\S+(?: \S+)? (?:nicht|pas)$")


# a short clause that says the thing stays, no new value: "la cena resta", "der bleibt",
# "elle reste", "se queda", "it stays"
_STAYS = re.compile(r"\b(?:stays?|remains?|bleib\w*|rest(?:e|ent)|(?:se )?queda\w*|rest(?:a|ano)|"
                    r"riman\w*)$")
# a short clause that says the thing is not needed, no new value: "brauchst du nicht",
# "pas besoin", "no hace falta", "non serve"
_NO_NEED = re.compile(r"\b(?:brauch\w*|noetig|besoin|falta|serve|servira|need|needed)\b")


def plainly(text: str) -> bool:
    """Whether ``text`` says "undo" in so many words (asked even with nothing to undo)."""
    return _PLAIN.search(_words(text)) is not None


def asked(heard: Heard, text: str, state: DialogueState) -> bool:
    """Whether the undo request ``text`` is carried out now: no question waits for an
    answer ("no, don't delete it" answers "shall I?"), and there is a change to take
    back ("get rid of the new one": a change that made things) or "undo" was said in so
    many words (then "nothing to undo")."""
    if state.pending is not None:
        return False
    if re.search(r"\bun-? ?pause", text, re.I) and (state.changed or {}).get(
            "intent") != "timer_pause":
        return False  # "add a minute onto it" — "unpause it": a resume, not the add undone
    if heard.recent_only and (state.changed or {}).get("turn") != state.turns:
        return False  # "forget it" after a question: not of the change before it
    rows = (state.changed or {}).get("rows") or []
    if heard.new_only:
        return bool(rows) and all(r.get("op") == "added" for r in rows)
    return bool(state.changed) or plainly(text)


def kept(before: dict[str, Any] | None, rows: list[dict[str, Any]], *, turn: int,
         sentence: str, intent: str, now: datetime) -> dict[str, Any] | None:
    """What the session keeps for "undo" after an executed request of ``sentence`` (one
    id per sentence said) that committed ``rows``."""
    if not rows and not _OUTSIDE.match(intent or ""):
        return before
    if rows and before and before.get("sentence") == sentence and before.get("rows"):
        rows = [*before["rows"], *rows]  # the same sentence's earlier request
    mark = {"sent": journal.irreversible(rows)} if rows else {"outside": True}
    return {"rows": rows, "turn": turn, "sentence": sentence, "intent": intent,
            "at": now.isoformat(), **mark}


# a request said after the undo, in the same breath: "put the eggs back and take the bread
# off", "remets-la … Par contre le passeport, ça c'est fait, vire-le"
_VERB = {
    "en": r"(?:take|remove|cross|tick|strike|scratch|delete|knock|add|put|stick)\b",
    "de": r"(?:streich|nimm|lösch|setz|schreib)\w*\b",
    "fr": r"(?:enlève|retire|supprime|vire|raye|ajoute|mets)\b",
    "es": r"(?:quita|borra|saca|tacha|añade|agrega|pon)\w*\b",
    "it": r"(?:togli|leva|cancella|aggiungi|metti)\w*\b",
}
_JOIN = {"en": r"and|then|and then", "de": r"und|dann", "fr": r"et|puis", "es": r"y|luego",
         "it": r"e|poi"}
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def then_asked(text: str, lang: str) -> str | None:
    """What ``text`` asks after its undo request ("take the bread off" in "Put the eggs
    back and take the bread off."), or None: the rest of the undo's clause when a joining
    word and a verb of lists open it, else the sentences after the undo's when they say
    such a verb or ask a question."""
    lang = lang if lang in _VERB else "en"
    sentences = _SENTENCE_END.split(text.strip())
    for i, sentence in enumerate(sentences):
        if said(sentence, lang) is None:
            continue
        then = re.search(rf"\s(?:{_JOIN[lang]})\s+(?P<rest>{_VERB[lang]}.+)$", sentence, re.I)
        if then is not None and said(sentence[:then.start()], lang) is not None:
            return then["rest"]
        rest = " ".join(sentences[i + 1:]).strip()
        if rest and said(rest, lang) is None and (re.search(rf"\b{_VERB[lang]}", rest, re.I)
                                                  or rest.endswith("?")):  # "… rimettila
            return rest  # com'era. Allora, venerdì a che ora ce l'ho?": asked after
        return None
    return None
