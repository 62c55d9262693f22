"""The new baby in German, French, Spanish and Italian: an amount said after the thing as a
piece of its own ("…, zwei Packungen"), German jobs said with their verb last after a to-do
was added ("und Wäsche waschen und Bett beziehen"). Written apart from the held-out sets."""

from __future__ import annotations

import pytest

from hark.text.amount_after import folded, is_amount
from tests.conversations import judged


@pytest.mark.parametrize(("piece", "lang", "amount"), [
    ("drei Packungen", "de", True),
    ("deux paquets", "fr", True),
    ("4 botellas", "es", True),
    ("due confezioni", "it", True),
    ("two packs", "en", True),
    ("Schnuller", "de", False),
    ("due banane", "it", False),  # a thing counted, not a measure
    ("deux", "fr", False),
])
def test_an_amount_alone(piece: str, lang: str, amount: bool) -> None:
    assert is_amount(piece, lang) is amount


@pytest.mark.parametrize(("items", "lang", "out"), [
    (["Spucktücher", "drei Packungen", "Milch"], "de", ["drei Packungen Spucktücher", "Milch"]),
    (["couches", "deux paquets"], "fr", ["deux paquets de couches"]),
    (["eau", "six bouteilles"], "fr", ["six bouteilles d'eau"]),
    (["pañales", "dos paquetes"], "es", ["dos paquetes de pañales"]),
    (["salviette", "tre confezioni"], "it", ["tre confezioni di salviette"]),
    (["baby wipes", "two packs"], "en", ["two packs of baby wipes"]),
])
def test_the_amount_joins_the_thing_before(items: list[str], lang: str, out: list[str]) -> None:
    assert folded(items, lang) == out


@pytest.mark.parametrize(("lang", "turns", "items"), [
    ("de", ["Schreib Schnuller auf die Einkaufsliste", "und Spucktücher, drei Packungen"],
     {"shopping": ["Schnuller", "Spucktücher"]}),
    ("fr", ["ajoute du coton à la liste de courses", "et des couches, deux paquets"],
     {"shopping": ["coton", "couches"]}),
    ("es", ["añade a la lista de la compra pañales, dos paquetes, y toallitas"],
     {"shopping": ["pañales", "toallitas"]}),
])
def test_an_amount_after_the_thing_goes_with_it(lang: str, turns: list[str],
                                                items: dict[str, list[str]]) -> None:
    judged(lang, turns, {"added_items": items})


def test_german_jobs_with_their_verb_last_after_a_to_do() -> None:
    judged("de", ["Setz Wickeltasche packen auf die To-do-Liste",
                  "Und Babywäsche waschen und, ähm, Stubenwagen aufstellen."],
           {"added_items": {"to-do": ["Wickeltasche", "Babywäsche", "Stubenwagen"]}})


def test_a_german_request_with_its_verb_last_is_still_its_own() -> None:
    judged("de", ["Setz Zwieback auf die Einkaufsliste",
                  "und Windeln auf die To-do-Liste schreiben"],
           {"added_items": {"shopping": ["Zwieback"], "to-do": ["Windeln"]}})


@pytest.mark.parametrize(("piece", "which", "told"), [
    ("quelle grandi", True, "grandi"),
    ("celles pour nouveau-nés", True, "pour nouveau-nés"),
    ("esos pequeñitos", True, "pequeñitos"),
    ("die für Neugeborene", True, "für Neugeborene"),
    ("the ones for newborns", True, "for newborns"),
    ("las de recién nacido", True, "de recién nacido"),
    ("le salviette", False, "le salviette"),
    ("die Milch", False, "die Milch"),
])
def test_which_one_said_by_a_pronoun(piece: str, which: bool, told: str) -> None:
    from hark.text.which_ones import says_which, told_apart

    assert says_which(piece) is which
    assert told_apart(piece) == told


def test_italian_shopping_said_by_its_name_alone() -> None:
    judged("it", ["metti nella spesa le salviette, quelle senza profumo"],
           {"added_items": {"shopping": ["salviette"]}})


@pytest.mark.parametrize(("lang", "turns", "items"), [
    ("de", ["Setz Body Größe 50 auf die Einkaufsliste",
            "nee, Quatsch – nicht Größe 50, die für Frühchen"], ["Body"]),
    ("it", ["aggiungi alla spesa il latte in polvere tipo due",
            "anzi no, tipo uno, quello per neonati"], ["latte in polvere"]),
])
def test_a_part_of_the_thing_just_added_put_right(lang: str, turns: list[str],
                                                   items: list[str]) -> None:
    judged(lang, turns, {"added_items": {"shopping": items}})


def test_the_thing_itself_put_right_is_replaced_whole() -> None:
    judged("de", ["Setz Schnuller Größe 1 auf die Einkaufsliste", "nee, nicht Schnuller, Fläschchen"],
           {"added_items": {"shopping": ["Fläschchen"]}})


@pytest.mark.parametrize(("text", "plain"), [
    ("— sch, sch, alles gut, alles gut — was steht auf der Einkaufsliste?",
     "was steht auf der Einkaufsliste?"),
    ("ajoute du coton… chut, chut, ma chérie… et du sérum phy",
     "ajoute du coton et du sérum phy"),
    ("añade toallitas — sss, ya, ya, mi vida — y pañales",
     "añade toallitas y pañales"),
    ("metti il body e… tesoro, mi prendi il biberon? grazie… e le calze",
     "metti il body e le calze"),
    ("add wipes — shh, shh, it's okay — and muslins", "add wipes and muslins"),
    ("add… shopping bags to the list", "add… shopping bags to the list"),
    ("ajoute… chutney à la liste", "ajoute… chutney à la liste"),
])
def test_words_said_to_the_baby_or_the_partner(text: str, plain: str) -> None:
    from hark.text.hushed import without_hushing

    assert without_hushing(text) == plain


def test_a_hush_in_the_middle_of_an_adding() -> None:
    judged("fr", ["ajoute du coton à la liste de courses",
                  "et du sérum phy… chut, chut, ma puce, chut… et des bavoirs"],
           {"added_items": {"shopping": ["coton", "sérum", "bavoirs"]}})


def test_a_question_to_the_partner_in_the_middle_of_an_adding() -> None:
    judged("it", ["crea una lista chiamata nanna",
                  "mettici il ciuccio, la copertina e… tesoro, mi prendi il biberon? grazie… "
                  "e il carillon"],
           {"added_items": {"nanna": ["ciuccio", "copertina", "carillon"]}})


def test_a_hush_before_a_question() -> None:
    judged("de", ["— sch, sch, alles gut — äh, wann ist nochmal das Abendessen mit Anna?"],
           {"mention": ["19:30"]})


def test_spanish_and_then_another_timer_asked_after_its_opening_mark() -> None:
    judged("es", ["¿cuánto le queda a la colada?", "¿y a la pasta?"], {"mention": [{"minutes": 8}]})


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Minuteur biberon, cinq minutes", "biberon"),
    ("de", "Timer Fläschchen, fünf Minuten", "Fläschchen"),
    ("es", "temporizador biberón, cinco minutos", "biberón"),
    ("it", "timer biberon, cinque minuti", "biberon"),
])
def test_a_timer_named_right_after_its_word(lang: str, text: str, name: str) -> None:
    judged(lang, [text], {"new": [{"kind": "timer", "seconds": 300, "name": name}]})


@pytest.mark.parametrize(("lang", "turns"), [
    ("fr", ["mets un minuteur de vingt minutes pour la sieste",
            "oh non, laisse tomber la sieste, elle est réveillée"]),
    ("it", ["metti un timer di venti minuti per la nanna", "lascia perdere la nanna"]),
    ("es", ["pon un temporizador de veinte minutos para la siesta", "uy, quita la siesta"]),
    ("de", ["stell einen Timer für den Mittagsschlaf auf zwanzig Minuten",
            "ach, lösch den Mittagsschlaf, sie ist wach"]),
])
def test_a_timer_dropped_by_its_name_alone(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {})


@pytest.mark.parametrize(("text", "start", "end"), [
    ("samstag, zehn bis zwölf uhr", (10, 0), (12, 0)),
    ("am freitag 9 bis 11", (9, 0), (11, 0)),
])
def test_a_german_range_without_von(text: str, start: tuple[int, int],
                                    end: tuple[int, int]) -> None:
    from hark.nlu.event_span_other import said_span

    said = said_span(text, "de")
    assert said is not None and said.range is not None
    assert (said.range.start.hour, said.range.start.minute) == start
    assert (said.range.end.hour, said.range.end.minute) == end


def test_a_german_length_is_no_range() -> None:
    from hark.nlu.event_span_other import said_span

    said = said_span("zehn bis fünfzehn minuten", "de")
    assert said is None or said.range is None


def test_the_german_verbs_ein_before_its_colon_is_no_hour() -> None:
    from hark.nlu.normalize import normalize
    from tests.test_baby import NOW

    got = normalize("time", "ein: Freitag", NOW, "de")
    assert got is None or "13:00" not in str(got.get("datetime"))


def test_a_german_entry_said_after_an_alarm_was_deleted() -> None:
    judged("de", ["lösch den Wecker fürs Schwimmen",
                  "Und die Hebamme trag bitte auch ein: Freitag, neun bis zehn Uhr, Hausbesuch."],
           {"gone": ["A3"], "new": [{"kind": "event", "start": "2026-12-04T09:00",
                                     "end": "2026-12-04T10:00", "about": ["Hausbesuch"]}]})


@pytest.mark.parametrize(("text", "said"), [
    ("Sur ma to-do, rajoute monter le lit parapluie",
     "rajoute monter le lit parapluie Sur ma to-do"),
    ("Sur ma liste de courses, ajoute du sérum phy",
     "ajoute du sérum phy Sur ma liste de courses"),
    ("En mi lista de la compra, añade baberos", "añade baberos En mi lista de la compra"),
    ("nella lista della spesa, metti le salviette", "metti le salviette nella lista della spesa"),
])
def test_the_list_said_first_then_a_comma(text: str, said: str) -> None:
    from hark.text.list_first import items_first_other

    assert items_first_other(text) == said


def test_the_to_do_said_first_then_a_comma() -> None:
    judged("fr", ["Sur ma to-do, rajoute monter le lit parapluie", "et stériliser les biberons"],
           {"added_items": {"to-do": ["monter le lit", "stériliser"]}})


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("¿qué hay en la mochila?", "es", "¿qué hay en la lista mochila?"),
    ("cosa c'è nella borsa nido?", "it", "cosa c'è nella lista borsa nido?"),
    ("qu'est-ce qu'il y a sur la valise ?", "fr", "qu'est-ce qu'il y a sur la liste valise ?"),
    ("Was steht auf der Kliniktasche?", "de", "Was steht auf der Liste Kliniktasche?"),
    ("what's on the baby shower?", "en", "what's on the baby shower list?"),
    ("¿qué hay en la nevera?", "es", "¿qué hay en la nevera?"),  # no list of the user's
    ("¿qué hay en la compra?", "es", "¿qué hay en la compra?"),  # said by its own words
])
def test_the_users_list_asked_by_its_name_alone(text: str, lang: str, said: str) -> None:
    from hark.text.list_named import with_list_word

    names = ["shopping", "to-do", "mochila", "borsa nido", "valise", "kliniktasche",
             "baby shower"]
    assert with_list_word(text, names, lang) == said


def test_a_new_list_asked_about_by_its_name_alone() -> None:
    judged("es", ["crea una lista que se llame mochila", "añade pañales y un body",
                  "¿qué hay en la mochila?"],
           {"added_items": {"mochila": ["pañales", "body"]}, "mention": ["pañales", "body"]})


def test_other_asides_keep_their_dashes_for_the_noises() -> None:
    from hark.text.hushed import without_hushing

    said = "– Ja Lena, zehn, nicht zwanzig! – ach weißt du was, lösch den wieder."
    assert without_hushing(said) == said
