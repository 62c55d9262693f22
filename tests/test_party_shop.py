"""A child's birthday party and a small online shop run from home (English): what was
fixed after the two held-out sets of those themes, tested with other sentences and other
things."""

from __future__ import annotations

import pytest

from hark.dialogue.reason_after import request_after_reason, request_alone
from hark.nlu.repeat_changes import find as repeat_change
from hark.text.closing import without_closing
from hark.text.dialect import standard
from hark.text.put_in import put_in
from hark.text.reason_first import without_reason
from hark.text.said_again import without_repeats
from hark.text.shorthand import written_out
from tests.conversations import judged


def test_too_late_is_no_as_well() -> None:
    change = repeat_change("Move the bins reminder, Thursday's far too late, make it Tuesday.",
                           "en")
    assert change is None or all(g.op != "add" for g in change.groups)
    judged("en", ["When's the reminder to call the dentist?",
                  "Tuesday's much too early, the surgery's shut till Wednesday. Make it "
                  "Wednesday at eleven."],
           {"changed": {"R1": {"due": "2026-12-02T11:00"}}})


def test_a_remark_sentence_before_make_it_is_dropped() -> None:
    assert request_after_reason("Friday's no use, the hall's booked. Make it Thursday at six.",
                                "en") == "Make it Thursday at six."
    assert request_alone("Friday's no use, the hall's booked. Make it Thursday at six.",
                         "en") == "Friday's no use, the hall's booked. Make it Thursday at six."


def test_a_sorry_sentence_at_the_end_is_dropped() -> None:
    assert without_closing("No, not seven, half past seven. My mistake.") == \
        "No, not seven, half past seven."
    judged("en", ["Alarm for seven on Thursday, the van's coming early.",
                  "No, not seven, half past seven. Sorry about that."],
           {"new": [{"kind": "alarm", "time": "07:30", "date": "2026-12-03"}]})


def test_a_long_title_put_in_for_a_day_at_p_m() -> None:
    assert put_in("Put the phone call with the Leeds gift shop in for Friday at 4 p.m.") \
        != "Put the phone call with the Leeds gift shop in for Friday at 4 p.m."
    judged("en", ["Put the phone call with the Leeds gift shop in for Friday at 4 p.m.",
                  "Hang on, they said Thursday, not Friday."],
           {"new": [{"kind": "event", "start": "2026-12-03T16:00", "about": ["Leeds"]}]})


def test_a_day_corrected_with_its_time() -> None:
    judged("en", ["Remind me to pick up the balloons on Friday at eleven.",
                  "Sorry, not Friday, Thursday afternoon at four, the shop shuts Friday."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T16:00", "about": ["balloons"]}]})


def test_the_reasons_own_day_is_no_part_of_the_change() -> None:
    assert request_alone("Move it to Friday, Thursday I have the school run.", "en") == \
        "Move it to Friday"
    judged("en", ["Remind me on Wednesday at six to order the pizzas.",
                  "Oh, change it to Thursday, Wednesday I'm at my sister's."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T18:00", "about": ["pizzas"]}]})


def test_same_time_is_kept_after_a_part_of_the_day() -> None:
    assert "same time" in without_repeats(
        "Move the bins reminder to Tuesday evening, same time, Thursday's the party.")
    judged("en", ["Push the bins reminder to Wednesday evening, same time, Thursday's going to "
                  "be chaos."],
           {"changed": {"R2": {"due": "2026-12-02T19:00"}}})


def test_scots_gonnae_after_is_is_going_to() -> None:
    assert standard("Friday's gonnae be busy") == "Friday's going to be busy"
    assert "can you" in standard("Gonnae put the big light off").lower()


def test_a_change_asked_then_a_remark() -> None:
    assert without_reason("Could you move it to Friday, same time? Thursday's all deliveries.") \
        == "Could you move it to Friday, same time?"
    judged("en", ["When is dinner with Anna?",
                  "Could you move it to Saturday, same time? Friday's the school disco."],
           {"changed": {"E3": {"start": "2026-12-05T19:30"}}})


@pytest.mark.parametrize("word", ["garbage", "rubbish"])
def test_the_bins_go_by_other_names(word: str) -> None:
    judged("en", [f"When's the {word} reminder?", "Make that Friday, same time."],
           {"changed": {"R2": {"due": "2026-12-04T19:00"}}})


def test_news_sentence_before_make_that() -> None:
    judged("en", ["When's the reminder to call the dentist?",
                  "Right, so the surgery opens late tomorrow. Make that eleven."],
           {"changed": {"R1": {"due": "2026-12-01T11:00"}}})


def test_how_long_before_said_first() -> None:
    judged("en", ["When is my dentist appointment?",
                  "Right, half an hour before that, remind me to find the insurance card."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T13:30", "about": ["insurance"]}]})


def test_another_at_minutes_past_comes_after_the_first() -> None:
    judged("en", ["Set an alarm for ten to six on Friday.",
                  "And another at ten past, just in case."],
           {"new": [{"kind": "alarm", "time": "05:50", "date": "2026-12-04"},
                    {"kind": "alarm", "time": "06:10", "date": "2026-12-04"}]})
    judged("en", ["Set an alarm for six on Friday.", "And another at quarter past."],
           {"new": [{"kind": "alarm", "time": "06:00", "date": "2026-12-04"},
                    {"kind": "alarm", "time": "06:15", "date": "2026-12-04"}]})


def test_a_clock_said_again_as_its_own_sentence() -> None:
    assert without_repeats("Eight, no, make it eight fifteen. Eight fifteen.") == \
        "Eight, no, make it eight fifteen."
    judged("en", ["I need an alarm for Sunday.", "Um, eight... no, make it eight fifteen. "
                  "Eight fifteen."],
           {"new": [{"kind": "alarm", "time": "08:15", "date": "2026-12-06"}]})


def test_irish_em_is_a_filler() -> None:
    assert written_out("so, em, half five") == "so half five"
    assert "them" in written_out("put them on the list")


def test_what_it_must_be_before_then_the_clock() -> None:
    judged("en", ["Remind me tomorrow to ring the printers.",
                  "Ah, before they close, so, em, quarter to five in the afternoon, yeah."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T16:45", "about": ["printers"]}]})


def test_and_the_other_timer_with_a_remark() -> None:
    judged("en", ["How long on the laundry?", "And the pasta? The kids are getting hungry."],
           {"mention": [{"minutes": 8}]})


def test_a_thing_of_another_kind_asked_after() -> None:
    judged("en", ["When is the bins reminder?", "And the swimming alarm?"],
           {"mention": ["09:00"]})
    judged("en", ["When does the swimming alarm go off?", "What about the dentist reminder?"],
           {"mention": ["10:00"]})


def test_never_mind_then_leave_it_off() -> None:
    judged("en", ["Put party poppers on the shopping list.",
                  "Never mind, my mum's got some. Leave it off."], {})


def test_a_reason_of_being_distracted_after_the_request() -> None:
    judged("en", ["Put another five minutes on the laundry, I got sidetracked wrapping presents."],
           {"changed": {"T2": {"remaining_s": 1200}}})


def test_things_asked_for_after_a_yes() -> None:
    judged("en", ["Can you chuck a few bits on the shopping list for Sunday's barbecue?",
                  "Yeah, paper plates, the big bin bags, and, um, squash for the kids."],
           {"added_items": {"shopping": ["paper", "bin", "squash"]}, "item_words": True})


def test_him_put_in_after_news_of_him() -> None:
    judged("en", ["The piano tuner has finally rung back. Please put him in the calendar for "
                  "Thursday at two."],
           {"new": [{"kind": "event", "start": "2026-12-03T14:00", "about": ["piano"]}]})


def test_leave_it_then_why_then_forget_it() -> None:
    judged("en", ["Start a twenty minute timer for the bread.",
                  "Oh wait, no, leave it, he's just said the dough hasn't risen. Forget it."], {})


@pytest.mark.parametrize("second", ["actually take that off, I put it in by mistake",
                                    "On second thoughts, please don't cancel it after all."])
def test_a_taking_back_before_why_is_no_new_value(second: str) -> None:
    first = "Cancel the pasta timer, please." if "cancel" in second else \
        "Add drinks with Omar on Friday at 6 p.m. to my calendar."
    judged("en", [first, second], {})
