"""Small closed word classes: CRF features (number/time/date words) and the words for an
appointment that the date-question and move readers look for."""

from __future__ import annotations

NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million half quarter couple dozen a an".split()
)
ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth st nd rd th".split()
)
TIME_WORDS = frozenset(
    "am pm a.m. p.m. o'clock oclock noon midnight hour hours minute minutes second seconds "
    "morning afternoon evening night tonight dawn dusk sunrise sunset past to till half".split()
)
DATE_WORDS = frozenset(
    "today tomorrow yesterday tonight week weekend month year day days weeks months years next "
    "last this coming monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december mon tue wed thu fri "
    "sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

# an appointment in five languages (a regex alternation): "Zahnarzttermin", "rendez-vous",
# "reunión", "appuntamento"…
APPOINTMENT_WORDS = (r"\w*termin\w*|meeting|besprechung|treffen|rendez|r[ée]union|cita|"
                     r"reuni[óo]n|appuntament\w*|riunion\w*|appointment|event|calendar|"
                     # who one has an appointment with: "move the dentist an hour later"
                     r"dentist|doctor|gp|vet|hairdresser|barber|haircut|physio|optician")


def word_class(word: str) -> str | None:
    w = word.lower()
    if w.isdigit():
        return "digit"
    if w in NUMBER_WORDS:
        return "number"
    if w in ORDINALS:
        return "ordinal"
    if w in TIME_WORDS:
        return "time"
    if w in DATE_WORDS:
        return "date"
    return None
