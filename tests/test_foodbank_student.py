"""A food bank volunteer's week and a first-year student's last weeks of term (English):
what was fixed after the two held-out sets of those themes, tested with other sentences
and other things."""

from __future__ import annotations

from hark.dialogue.reason_after import request_alone
from hark.text.dialect import standard
from hark.text.run_out import run_out
from tests.conversations import judged


def test_a_call_for_attention_first_is_no_request() -> None:
    judged("en", ["Oh listen, would you ever start a timer for the stew? It's only gone on.",
                  "Forty minutes."],
           {"new": [{"kind": "timer", "seconds": 2400, "name": "stew"}]})


def test_how_big_said_after_an_item_is_no_item() -> None:
    judged("en", ["Add coffee, the big jar, and digestives to the shopping list."],
           {"added_items": {"shopping": ["coffee", "digestives"]}})


def test_a_remark_after_a_follow_up_is_left_out() -> None:
    judged("en", ["Remind me on Wednesday at ten to collect the raffle prizes.",
                  "And one for Thursday too, same time. It's me on the stall both days."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T10:00", "about": ["raffle"]},
                    {"kind": "reminder", "due": "2026-12-03T10:00", "about": ["raffle"]}]})
    judged("en", ["Set a timer for the rice for fifteen minutes.",
                  "Ah no, sorry, twenty. Sure it's brown rice tonight."],
           {"new": [{"kind": "timer", "seconds": 1200, "name": "rice"}]})
    assert request_alone("Make it twelve. The gym shuts at two but I'd rather go early.",
                         "en") == "Make it twelve."


def test_news_after_a_new_thing_is_not_its_name() -> None:
    judged("en", ["Remind me tomorrow at 4 pm to chase the printer about the flyers. They "
                  "have not replied only."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T16:00", "about": ["printer"]}]})
    judged("en", ["Abeg, put the first aid course for my calendar on Friday at ten. The trainer "
                  "just confirmed it."],
           {"new": [{"kind": "event", "start": "2026-12-04T10:00", "about": ["aid"]}]})


def test_a_weekday_in_what_a_reminder_is_about_is_not_when() -> None:
    judged("en", ["Remind me to email Tom about the Friday rota.", "Tomorrow at ten."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["rota"]}]})


def test_giving_up_with_someone_else_doing_it_takes_it_back() -> None:
    judged("en", ["Set an alarm for six tomorrow, I'm on the early van.",
                  "Actually, forget it. Priya's just texted, she's driving it instead."],
           {})
    judged("en", ["Put crumpets on the shopping list.",
                  "Oh actually, forget it. Mum's bringing some round on Sunday."], {})
    judged("en", ["Forget it, Joe's sorting the tickets at the weekend."], {})  # (nothing made)


def test_one_item_dropped_by_name_and_the_other_kept_drops_only_that_one() -> None:
    judged("en", ["Add foil and cling film to the shopping list.",
                  "Actually, forget the foil, we have loads. Keep the cling film."],
           {"added_items": {"shopping": ["cling film"]}})


def test_dont_after_a_removal_puts_it_back() -> None:
    judged("en", ["Delete the dentist call reminder.", "Oh no, wait, don't."], {})


def test_sorry_in_another_language_and_particles_before_a_comma() -> None:
    assert standard("No, scusa, not at six, at seven.") == "No, sorry, not at six, at seven."
    assert standard("Stell den Wecker. Entschuldigung, nicht um vier.") == \
        "Stell den Wecker. Entschuldigung, nicht um vier."
    judged("en", ["Set an alarm for nine on Saturday lah, got badminton."],
           {"new": [{"kind": "alarm", "time": "09:00", "date": "2026-12-05"}]})
    judged("en", ["Set an alarm for half six Tuesday morning.",
                  "And the same for Friday so. Lovely, thanks."],
           {"new": [{"kind": "alarm", "time": "06:30", "date": "2026-12-01"},
                    {"kind": "alarm", "time": "06:30", "date": "2026-12-04"}]})


def test_there_is_another_one_is_another_one() -> None:
    judged("en", ["Add a seminar to my calendar, Wednesday from ten to eleven.",
                  "Oh, and there's another one next Tuesday, same time."],
           {"new": [{"kind": "event", "start": "2026-12-02T10:00", "about": ["seminar"]},
                    {"kind": "event", "start": "2026-12-08T10:00", "about": ["seminar"]}]})


def test_a_range_of_hours_in_words_is_the_event_s_span() -> None:
    judged("en", ["Put a tutorial in my calendar, Friday three to four."],
           {"new": [{"kind": "event", "start": "2026-12-04T15:00", "end": "2026-12-04T16:00",
                     "about": ["tutorial"]}]})
    judged("en", ["Put a tutorial in my calendar, Friday at ten to four."],  # (a clock time)
           {"new": [{"kind": "event", "start": "2026-12-04T15:50", "about": ["tutorial"]}]})


def test_a_time_put_right_after_it_with_i_mean_and_why() -> None:
    judged("en", ["Remind me tonight at seven to back up my thesis.",
                  "And another at ten, ten pm I mean, in case I forget again."],
           {"new": [{"kind": "reminder", "due": "2026-11-30T19:00", "about": ["thesis"]},
                    {"kind": "reminder", "due": "2026-11-30T22:00", "about": ["thesis"]}]})


def test_what_an_event_is_for_is_not_its_title() -> None:
    judged("en", ["Add a revision session to my calendar Friday at 2 pm, in room 4, for the "
                  "history exam"],
           {"new": [{"kind": "event", "start": "2026-12-04T14:00", "about": ["revision"]}]})


def test_a_guess_asked_then_settled_and_a_time_that_will_do() -> None:
    judged("en", ["I need a reminder to pay the rent on Friday.",
                  "Um, like ten? Yeah, ten in the morning."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T10:00", "about": ["rent"]}]})
    judged("en", ["Can you set an alarm for Wednesday?", "Half seven'll do."],
           {"new": [{"kind": "alarm", "time": "07:30", "date": "2026-12-02"}]})


def test_yes_or_aye_before_and_the_other_one() -> None:
    judged("en", ["How long's left on the laundry?", "Aye, and the pasta?"],
           {"mention": [{"minutes": 8}]})


def test_run_out_of_then_add_that() -> None:
    assert run_out("We're nearly out of teabags, so add them please") == \
        "add teabags to the shopping list"
    assert run_out("I'm out of stamps, add it to the to-do list") == \
        "add stamps to the to-do list"
    assert run_out("We're out of teabags.") == "We're out of teabags."
    judged("en", ["Set a timer for twelve minutes for the pizza.",
                  "Cheers. Oh and we're out of kitchen roll, add that too."],
           {"new": [{"kind": "timer", "seconds": 720}],
            "added_items": {"shopping": ["kitchen roll"]}})


def test_make_the_reminder_one_pm_moves_it() -> None:
    judged("en", ["Remind me to ring the landlord tomorrow at five, yeah?",
                  "Make the reminder one pm instead so I've got time to sort it."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T13:00", "about": ["landlord"]}]})
    judged("en", ["Remind me to post the forms on Friday at noon.",
                  "Oh wait, the post office shuts at one, doesn't it. Make the reminder eleven "
                  "am instead so I've got time to queue. Cheers."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T11:00", "about": ["forms"]}]})


def test_a_two_word_number_put_right_is_put_right_whole() -> None:
    from hark.text.corrections import corrected

    assert corrected("a timer for twenty-five, no, thirty minutes") == \
        "a timer for thirty minutes"  # (it had been "thirty minutes-five")
    assert corrected("for forty five, sorry, fifty minutes") == "for fifty minutes"
