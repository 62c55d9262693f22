"""Requests found missed by the blind sets of 1 Dec (fourth session): a thing named first
as a heading ("Bins reminder. Delete."), long courtesies ("would you be good enough to …"),
text speak ("wat timers r going"), a clock's own "to" ("make the weekday alarm quarter to
seven"), a reminder said done by its words ("mark 'call the dentist' as done"), three
days listed for a repeating alarm, remarks between requests, and the readers' new
questions. Unit tables, then end to end through a real Assistant over the seeded SQLite
store (Monday 30 November 2026, 17:00 Europe/London)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from compound_bench import judge  # noqa: E402

from hark.nlu import edit_requests
from hark.skills.providers.dates import split_at_to
from hark.text.courtesy import plainly
from hark.text.shorthand import written_out
from hark.text.topic_first import topic_first


@pytest.mark.parametrize("text, plain", [
    ("Bins reminder. Delete.", "delete the Bins reminder"),
    ("Dentist reminder. Make it 0915 tomorrow.", "make the Dentist reminder 0915 tomorrow."),
    ("swimming alarm make it 0815", "make the swimming alarm 0815"),
    ("Swimming alarm, half nine instead", "change the Swimming alarm to half nine"),
    ("Dinner with Anna. Time?", "what time is Dinner with Anna"),
    ("Alarms. Saturday.", "what alarms have I got on Saturday"),
    ("Reminders tomorrow.", "what reminders have I got tomorrow"),
    # the verb after the thing, no "it" (also in a later request)
    ("Team meeting tomorrow move to 11 o'clock morning, and reminder for call dentist move to 13:00.",
     "move the Team meeting tomorrow to 11 o'clock morning, and move the reminder for call "
     "dentist to 13:00"),
    ("Alarm tomorrow 7.15 please delete", "delete the Alarm tomorrow 7.15"),
    # not headings
    ("remind me to cancel the meeting", "remind me to cancel the meeting"),
    ("the meeting is cancelled", "the meeting is cancelled"),
    ("set an alarm for 7", "set an alarm for 7"),
    ("What time? Dinner.", "What time? Dinner."),
    ("remind me to call mum. tomorrow at 6", "remind me to call mum. tomorrow at 6"),
])
def test_a_heading_first(text: str, plain: str) -> None:
    assert topic_first(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("Would you be good enough to remind me to call Margaret",
     "please remind me to call Margaret"),
    ("Please be so good as to remove eggs from my list", "please remove eggs from my list"),
    ("I should be most grateful if you would add marmalade to the list",
     "please add marmalade to the list"),
    ("Reckon you could move dinner to 8", "please move dinner to 8"),
    ("add milk, and do you think you could set a timer", "add milk, and please set a timer"),
    ("I think you could be right", "I think you could be right"),
    # words said to the listener, and wanting to know before a question
    ("How long's left on my pasta, mate, and what's on Friday?",
     "How long's left on my pasta, and what's on Friday?"),
    ("Which timer goes off first, honey?", "Which timer goes off first?"),
    ("I would like to know when is the dinner with Anna", "when is the dinner with Anna"),
    ("add mate tea to the list", "add mate tea to the list"),
])
def test_long_courtesies(text: str, plain: str) -> None:
    assert plainly(text) == plain


@pytest.mark.parametrize("text, plain", [
    ("wat timers r going", "what timers are going"),
    ("remove eggs n bread from shopping list", "remove eggs and bread from shopping list"),
    ("whats the 10am reminder tmrw", "what's the 10am reminder tomorrow"),
    ("wen do i hav to put the bins out", "when do i have to put the bins out"),
    ("whack a pub quiz in the calendar on Thursday", "put a pub quiz in the calendar on Thursday"),
    ("set an alarm at 6.15am", "set an alarm at 6:15am"),
    ("make alarm for 5.45 tomorrow", "make alarm for 5:45 tomorrow"),
    ("Add an extra minute to the pasta, it's still hard, like.",
     "Add an extra minute to the pasta, it's still hard."),
    ("remove eggs and bread from shopping", "remove eggs and bread from the shopping list"),
    ("TIMER 90 SECONDS FOR THE STEAK", "set a timer for 90 seconds for the steak"),
    # capitals and single letters that are words stay
    ("convert 2.50 pounds to euros", "convert 2.50 pounds to euros"),
    ("I got back from shopping", "I got back from shopping"),
    ("Add R to the list", "Add R to the list"),
    ("whack the heating up", "whack the heating up"),
])
def test_text_speak(text: str, plain: str) -> None:
    assert written_out(text) == plain


@pytest.mark.parametrize("said, cut", [
    ("move the bins reminder to quarter to seven", ("move the bins reminder", "quarter to seven")),
    ("change the alarm from 7 to 8", ("change the alarm from 7", "8")),
    ("move it from five to six", ("move it from five", "six")),
    ("move the dentist to ten to 3", ("move the dentist", "ten to 3")),
    ("push it back an hour", None),
])
def test_a_clocks_to_is_no_move(said: str, cut: tuple[str, str] | None) -> None:
    assert split_at_to(said) == cut


@pytest.mark.parametrize("text, intent", [
    ("i need a reminder for 4pm tomorrow to email my tutor", None),  # the rules' (extra.py)
    ("new event tomorrow 3pm study group", "calendar_set"),
    ("move swimming alarm to 830", "alarm_change"),
    ("make alarm for 7am", None),
    ("set pasta timer to 12 min", "timer_adjust"),
    ("make the laundry timer 20 minutes", "timer_adjust"),
    ("An extra minute on the pasta please", "timer_adjust"),
    ("Increase the pasta timer by 2 minutes", "timer_adjust"),
    ("reduce the heating by 2 degrees", None),
    ("stick the laundry timer on pause", "timer_pause"),
    ("Which of my timers will go off first", "timer_query"),
    ("would you please tell me what I have in the diary for Wednesday", "calendar_query"),
    ("tell me what time I'm dining with Anna on Friday", "calendar_query"),
    ("what time I'm to call the dentist tomorrow", "calendar_query"),
])
def test_the_readers_new_requests(text: str, intent: str | None) -> None:
    assert edit_requests.find(text) == intent


@pytest.mark.asyncio
@pytest.mark.parametrize("text, expect", [
    # a reminder said done by its words, when no list holds them
    ("mark 'call the dentist' as done", {"gone": ["R1"]}),
    ("I've rung the dentist, you can tick that one off", {"gone": ["R1"]}),
    ("mark renew passport as done", {"gone_items": {"to-do": ["renew passport"]}}),
    # a repeating alarm on three days listed; two days stay one-off
    ("alarm Mon Wed Fri 5.30am", {"new_alarms": [{"time": "05:30", "repeat": ["MO", "WE", "FR"]}]}),
    ("set alarms for 7am on Saturday and 8am on Sunday",
     {"new_alarms": [{"time": "07:00", "date": "2026-12-05"}, {"time": "08:00", "date": "2026-12-06"}]}),
    # a reason after the request that pulls the whole elsewhere; a remark after items
    ("Set an alarm for 12.30am, I've a taxi to catch to the airport",
     {"new_alarms": [{"time": "00:30", "date": "2026-12-01"}]}),
    ("add butter, we're out", {"new_items": {"shopping": ["butter"]}}),
    ("I have to remember the handover notes, remind me at 7.15 tomorrow morning",
     {"new_reminders": [{"due": "2026-12-01T07:15", "about": ["handover"]}]}),
    ("i need a reminder for 4pm tmrw to email my tutor",
     {"new_reminders": [{"due": "2026-12-01T16:00", "about": ["tutor"]}]}),
    ("new event tmrw 3pm study group",
     {"new_events": [{"start": "2026-12-01T15:00", "about": ["study group"]}]}),
    ("Add a flu clinic shift to my calendar on Saturday at 8am",
     {"new_events": [{"start": "2026-12-05T08:00", "about": ["flu clinic shift"]}]}),
    # a clock's own "to"
    ("Make the weekday alarm quarter to seven", {"changed": {"A1": {"time": "06:45"}}}),
    ("Change the bins reminder to quarter to seven in the evening",
     {"changed": {"R2": {"due": "2026-12-03T18:45"}}}),
    ("Change the alarm at 7:15 tomorrow to 8 o'clock", {"changed": {"A2": {"time": "08:00"}}}),
    ("Och, change the one-off alarm for tomorrow from quarter past seven to ten to seven",
     {"changed": {"A2": {"time": "06:50"}}}),
    ("Delete the weekday alarm and the swimming one", {"gone": ["A1", "A3"]}),
    ("Check my alarms for Tuesday the first of December please",
     {"mention": ["06:30", "07:15"], "absent": ["09:00"]}),
    ("what alarms go off before 7 tomorrow", {"mention": ["06:30"], "absent": ["07:15"]}),
    # headings
    ("Bins reminder. Delete.", {"gone": ["R2"]}),
    ("the reminder about sams card make it friday 0800",
     {"changed": {"R3": {"due": "2026-12-04T08:00"}}}),
    ("Make the call the dentist reminder half two tomorrow afternoon",
     {"changed": {"R1": {"due": "2026-12-01T14:30"}}}),
    ("Dinner with Anna. Time?", {"mention": ["19:30"]}),
    ("whats the 10am reminder tmrw", {"mention": ["dentist"], "absent": ["bins"]}),
    # timers
    ("set pasta timer to 12 min", {"changed": {"T1": {"remaining_s": 720}}}),
    ("set rice timer to 12 min", {"new_timers": [{"seconds": 720, "name": "rice"}]}),
    ("The laundry timer, add a quarter of an hour to it", {"changed": {"T2": {"remaining_s": 1800}}}),
    ("Cancel the pasta timer and reduce laundry timer by 5 minutes",
     {"gone": ["T1"], "changed": {"T2": {"remaining_s": 600}}}),
    ("How long's on the laundry timer and stick it on pause",
     {"mention": [{"minutes": 15}], "changed": {"T2": {"paused": True}}}),
    ("pause the laundry, the baby's asleep, and set a timer for half an hour",
     {"changed": {"T2": {"paused": True}}, "new_timers": [{"seconds": 1800}]}),
    # events
    ("what events do i have between 9 and 10 tmrw", {"mention": ["team meeting"]}),
    ("Dinner with Anna is now at 8pm", {"changed": {"E3": {"start": "2026-12-04T20:00"}}}),
    ("I'd like to arrange lunch with Reverend Hughes on Thursday at half past twelve, and "
     "please change my bins reminder that evening from seven o'clock to six",
     {"new_events": [{"start": "2026-12-03T12:30", "about": ["lunch", "Hughes"]}],
      "changed": {"R2": {"due": "2026-12-03T18:00"}}}),
    ("Would you please tell me what I have in the diary for Wednesday, and set an alarm for "
     "half past eight that morning",
     {"mention": ["dentist"], "new_alarms": [{"time": "08:30", "date": "2026-12-02"}]}),
    ("Please schedule a sprint retro on Thursday from 3 PM to 4 PM and remind me at 2:30 PM "
     "same day to prepare the notes",
     {"new_events": [{"start": "2026-12-03T15:00", "end": "2026-12-03T16:00", "about": ["retro"]}],
      "new_reminders": [{"due": "2026-12-03T14:30", "about": ["notes"]}]}),
    ("How long's left on me pasta, mate, and what've I got on Friday?",
     {"mention": [{"minutes": 8}, "Anna"]}),
    ("Add salt and pepper squid to the shopping list",
     {"new_items": {"shopping": ["salt and pepper squid"]}}),
    # lists
    ("remove fix the bike light from todo", {"gone_items": {"to-do": ["fix the bike light"]}}),
    ("Empty the to-do list and the shopping list, everything on both",
     {"gone_items": {"shopping": ["milk", "eggs", "bread", "bananas", "washing-up liquid"],
                     "to-do": ["renew passport", "fix the bike light", "book a haircut"]}}),
    # found by the second round (G, K, U): what must stay stays
    ("Switch off all my alarms except the weekday one", {"gone": ["A2", "A3"]}),
    ("cancel all timers except the laundry", {"gone": ["T1"]}),
    ("So would you take off the bread and the milk for me, and leave the bananas on?",
     {"gone_items": {"shopping": ["bread", "milk"]}}),
    ("take everything off the shopping list but keep the eggs",
     {"gone_items": {"shopping": ["milk", "bread", "bananas", "washing-up liquid"]}}),
    ("Cross off everything on my to-do list, I've done the lot",
     {"gone_items": {"to-do": ["renew passport", "fix the bike light", "book a haircut"]}}),
    ("Dinner with Anna is now on Saturday, still half seven",
     {"changed": {"E3": {"start": "2026-12-05T19:30"}}}),
    ("Now, my son came round and he says he'll do the bins for me this week, bless him, so I "
     "won't be needing that reminder on Thursday. Could you take it off for me?", {"gone": ["R2"]}),
    ("I've a feeling I asked the machine to remind me about something on the Thursday, only I "
     "can't remember what it was. Could you tell me, dear?", {"mention": ["bins"]}),
    # changes and questions
    ("Kindly amend my 07:15 alarm tomorrow to 07:30.", {"changed": {"A2": {"time": "07:30"}}}),
    ("alarm 0715 tmrw -> 0700 pls", {"changed": {"A2": {"time": "07:00"}}}),
    ("Switch my weekday alarm from half six to seven", {"changed": {"A1": {"time": "07:00"}}}),
    ("When am I meant to be calling the dentist?", {"mention": ["10:00"]}),
    ("Which reminders have I got before Friday?", {"mention": ["dentist", "bins"], "absent": ["Sam"]}),
    ("Which events have I got after Tuesday?",
     {"mention": ["dentist", "Anna"], "absent": ["team meeting"]}),
    ("What time is the team meeting tomorrow, and when will it be over?",
     {"mention": ["09:00", "10:00"]}),
    ("Remove the 9 o'clock meeting tomorrow", {"gone": ["E1"]}),
    ("Knock two minutes off the pasta, ta", {"changed": {"T1": {"remaining_s": 360}}}),
    ("Cut the laundry timer down to 5 mins", {"changed": {"T2": {"remaining_s": 300}}}),
    ("How long before I need to take the laundry out?", {"mention": [{"minutes": 15}]}),
    ("Picked up the milk and eggs on me way home, tick 'em off",
     {"gone_items": {"shopping": ["milk", "eggs"]}}),
    ("What do I need to grab from Tesco on the way home off shift?",
     {"mention": ["milk", "bananas"]}),
    ("Take 'book a haircut' off my to-do list please, I had it cut after school today",
     {"gone_items": {"to-do": ["book a haircut"]}}),
    ("Remove milk from the shopping list and the passport from my to-do list",
     {"gone_items": {"shopping": ["milk"], "to-do": ["renew passport"]}}),
    # new things
    ("I'd like an alarm at 05:45 each morning, Monday through Saturday, if you would.",
     {"new_alarms": [{"time": "05:45", "repeat": ["MO", "TU", "WE", "TH", "FR", "SA"]}]}),
    ("set alarm for 12 noon saturday", {"new_alarms": [{"time": "12:00", "date": "2026-12-05"}]}),
    ("Set a daily alarm for 10 at night",
     {"new_alarms": [{"time": "22:00", "repeat": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}]}),
    ("Alarm at 7:10 on weekday mornings for the school run",
     {"new_alarms": [{"time": "07:10", "repeat": ["MO", "TU", "WE", "TH", "FR"]}]}),
    ("Remind me at 3 in the morning, during my shift tonight, to check the loading bay doors",
     {"new_reminders": [{"due": "2026-12-01T03:00", "about": ["loading bay"]}]}),
    ("cinema with the lads 9pm tomorrow put it in my calendar",
     {"new_events": [{"start": "2026-12-01T21:00", "about": ["cinema"]}]}),
    ("TIMER 90 SECONDS FOR THE STEAK AND 6 MINUTES FOR THE SAUCE",
     {"new_timers": [{"seconds": 90, "name": "steak"}, {"seconds": 360, "name": "sauce"}]}),
    ("set new timer of 1 minute and 30 seconds for tea", {"new_timers": [{"seconds": 90, "name": "tea"}]}),
    ("How long's left on the pasta, and chuck another five minutes on the laundry while you're at it.",
     {"mention": [{"minutes": 8}], "changed": {"T2": {"remaining_s": 1200}}}),
    ("Is the team meeting still at nine tomorrow, and put a reminder in for Friday at 3pm to pay "
     "the harbour dues.", {"mention": ["09:00"],
                           "new_reminders": [{"due": "2026-12-04T15:00", "about": ["harbour"]}]}),
    ("Add plasters and paracetamol to the shopping list, take washing-up liquid off, and what's "
     "the bins reminder set for?", {"new_items": {"shopping": ["plasters", "paracetamol"]},
                                    "gone_items": {"shopping": ["washing-up liquid"]},
                                    "mention": ["19:00"]}),
    ("I would like to know when is the dinner with Anna, and please remind me one hour before it "
     "to buy a gift.", {"mention": ["19:30"],
                        "new_reminders": [{"due": "2026-12-04T18:30", "about": ["gift"]}]}),
    ("Please add read Pride and Prejudice to my to-do list, it is for my English practice.",
     {"new_items": {"to-do": ["read pride and prejudice"]}}),
    ("add Milk and Eggs to the shopping list", {}),  # both there already: nothing new
    ("Please put event 'Japanese society dinner' on Saturday from 6pm and until 9pm.",
     {"new_events": [{"start": "2026-12-05T18:00", "end": "2026-12-05T21:00",
                      "about": ["japanese", "society"]}]}),
    ("My friend Bernie's taking me to the bingo on Wednesday night, so put it in the calendar for "
     "7 o'clock, and remind me at 6 that evening to get my coat ready.",
     {"new_events": [{"start": "2026-12-02T19:00", "about": ["bingo"]}],
      "new_reminders": [{"due": "2026-12-02T18:00", "about": ["coat"]}]}),
    ("Our Sinead's getting married next Monday, would you believe, so put the wedding in the "
     "calendar for 1 o'clock in the afternoon and set me an alarm for 7 that morning.",
     {"new_events": [{"start": "2026-12-07T13:00", "about": ["wedding"]}],
      "new_alarms": [{"time": "07:00", "date": "2026-12-07"}]}),
    ("Remind me Friday at 10 in the morning to collect my prescription, and Sunday at half "
     "eleven in the morning to phone our Declan.",
     {"new_reminders": [{"due": "2026-12-04T10:00", "about": ["prescription"]},
                        {"due": "2026-12-06T11:30", "about": ["declan"]}]}),
    # found by the third round (H, L, V): wrong things done
    ("Cancel timer for pasta, is ready already, and laundry how many minutes still?",
     {"gone": ["T1"], "mention": [{"minutes": 15}]}),
    ("Wake us at five in the morning tomorrow, and delete the reminder about the bins on "
     "Thursday, the council's doing them.",
     {"new_alarms": [{"time": "05:00", "date": "2026-12-01"}], "gone": ["R2"]}),
    ("Add an extra minute to the pasta, it's still hard, like.",
     {"changed": {"T1": {"remaining_s": 540}}}),
    ("Remove eggs and bread from shopping, I bought already, and add coffee.",
     {"gone_items": {"shopping": ["eggs", "bread"]}, "new_items": {"shopping": ["coffee"]}}),
    ("Please set an alarm at 6.15am every Monday, Wednesday and Friday",
     {"new_alarms": [{"time": "06:15", "repeat": ["MO", "WE", "FR"]}]}),
    ("Put the bairns' swimming lesson in the calendar, Saturday at ten in the morning, for "
     "forty-five minutes.", {"new_events": [{"start": "2026-12-05T10:00", "end": "2026-12-05T10:45",
                                             "about": ["swimming"]}]}),
    ("Change alarm for Saturday, swimming, to 10 o'clock morning.",
     {"changed": {"A3": {"time": "10:00"}}}),
    ("Move me weekday alarm from half six to half five in the morning, and set a 10 minute "
     "timer for me brew.", {"changed": {"A1": {"time": "05:30"}},
                            "new_timers": [{"seconds": 600, "name": "brew"}]}),
    ("Please make alarm for 5.45 tomorrow morning and add to shopping list screws and silicone.",
     {"new_alarms": [{"time": "05:45", "date": "2026-12-01"}],
      "new_items": {"shopping": ["screws", "silicone"]}}),
    ("Remind me tomorrow 12:00 to pay invoice for materials, and put on to-do list skip hire.",
     {"new_reminders": [{"due": "2026-12-01T12:00", "about": ["invoice"]}],
      "new_items": {"to-do": ["skip hire"]}}),
    ("Team meeting tomorrow move to 11 o'clock morning, and reminder for call dentist move to "
     "13:00.", {"changed": {"E1": {"start": "2026-12-01T11:00"}, "R1": {"due": "2026-12-01T13:00"}}}),
    ("Please add a carol service to the calendar on Sunday 6th December at 6.30pm, lasting one "
     "and a half hours, and set an alarm for 8.00am that Sunday.",
     {"new_events": [{"start": "2026-12-06T18:30", "end": "2026-12-06T20:00", "about": ["carol"]}],
      "new_alarms": [{"time": "08:00", "date": "2026-12-06"}]}),
    ("Weekday alarm. Make it six.", {"changed": {"A1": {"time": "06:00"}}}),
    ("Swimming alarm, fifteen minutes earlier, thanks.", {"changed": {"A3": {"time": "08:45"}}}),
    ("Dentist reminder. Two hours later.", {"changed": {"R1": {"due": "2026-12-01T12:00"}}}),
    ("The post office shuts early on Saturday, so what time's my reminder about the birthday card?",
     {"mention": ["09:30"]}),
    ("I'm trying to plan out Thursday, so what am I being reminded about on Thursday?",
     {"mention": ["bins"], "absent": ["dentist"]}),
    ("Pasta. How long?", {"mention": [{"minutes": 8}]}),
    ("Timers. What've I got on?", {"mention": ["pasta", "laundry"]}),
    ("Next reminder?", {"mention": ["dentist"]}),
    ("Bananas. On the list?", {"mention": ["bananas"]}),
    ("Cross off bread, bananas and washing-up liquid.",
     {"gone_items": {"shopping": ["bread", "bananas", "washing-up liquid"]}}),
    ("yo how long til my pasta's ready", {"mention": [{"minutes": 8}]}),
    ("Set tomorrow's 7.15 one to 7 instead", {"changed": {"A2": {"time": "07:00"}}}),
    ("Alarm every Friday at 4pm so I remember to do my invoices.",
     {"new_alarms": [{"time": "16:00", "repeat": ["FR"]}]}),
    ("gonnae set an alarm for 11pm the night so i actually log off",
     {"new_alarms": [{"time": "23:00", "date": "2026-11-30"}]}),
    ("remind me to call mum at 6 so I don't forget",
     {"new_reminders": [{"due": "2026-11-30T18:00", "about": ["call mum"]}]}),
    # broken on the way by the changes above, kept working since
    ("Change my 9 a.m. alarm to 10.", {"changed": {"A3": {"time": "10:00"}}}),
    ("change my 7:15 alarm tomorrow to 10:30, I don't have class till noon, and add laundry "
     "detergent to the shopping list", {"changed": {"A2": {"time": "10:30"}},
                                         "new_items": {"shopping": ["laundry detergent"]}}),
    ("create an event called yoga tomorrow at 6pm and set an alarm for 5:30 the day after",
     {"new_events": [{"start": "2026-12-01T18:00", "about": ["yoga"]}],
      "new_alarms": [{"time": "05:30", "date": "2026-12-02"}]}),
    ("Remind me, if you would, on Wednesday at half ten in the morning to post the Christmas cards",
     {"new_reminders": [{"due": "2026-12-02T10:30", "about": ["Christmas", "cards"]}]}),
    ("Set a timer for fifteen minutes, for the wheaten bread, so it doesn't burn like it did last "
     "Christmas.", {"new_timers": [{"seconds": 900, "name": "wheaten bread"}]}),
    ("Our Orla's swimming lesson on Saturday has been put back half an hour, so shift the "
     "swimming alarm to half nine, and add a swimming cap to the shopping list.",
     {"changed": {"A3": {"time": "09:30"}}, "new_items": {"shopping": ["swimming cap"]}}),
])
async def test_end_to_end(text: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "kind": "compound", "expect": expect})
    assert ok, (said, diff)
