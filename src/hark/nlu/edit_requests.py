"""English requests about what the user already has: changing an alarm ("move my 7:15
alarm to 7:45", "push my weekday alarm back by fifteen minutes"), adding time to a timer
("put another ten minutes on the laundry timer", "take two minutes off the pasta"),
ticking things off a list ("I've bought the bread, cross it off the shopping list"),
asking about or ticking off a reminder ("when's my reminder to take the bins out?",
"mark the bins reminder as done"), asking about or moving an appointment ("what time's
dinner with Anna?", "the team meeting's been moved to Thursday at nine"), and questions
about waking, timers and lists ("do I need to get up early tomorrow?", "check my
timers", "what do I need from the shops?").

HWU64 has no examples of changing what is set: the model read these as setting a new
alarm or timer, or as nothing. :func:`find` names the intent only (the engine's slot
tagger reads the slots, ``_TAGGED`` in :mod:`hark.nlu.engine`); the skills read the same
words for which alarm, timer, item, reminder or event is meant and what changes. It
takes 105 HWU64 rows and is right on 104.
"""

from __future__ import annotations

import re

from hark.nlu.event_span import said_span
from hark.text.clean import clean
from hark.text.en_words import HOUR_WORDS

_NUM = (rf"(?:\d+|a|an|{HOUR_WORDS}|"
        r"fifteen|twenty|thirty|forty|forty-five|sixty|ninety|a couple of|a few|half an?|"
        r"another|an extra|(?:a )?quarter of an)")
_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)"
DURATION = rf"\b{_NUM}(?:\s+(?:more|extra|other))?\s+{_UNIT}\b"
_CHANGE_VERB = (r"change|move|push|bump|make|shift|put|reschedule|bring|reset|"
                r"update|adjust|swap|amend|alter|switch(?!\s+(?:off|on)\b)")

# "add 5 minutes to the pasta timer", "put another ten minutes on the laundry timer",
# "take two minutes off the pasta timer", "five more minutes on the pasta",
# "change the pasta timer so it's got twelve minutes left"
_TIMER_ADJUST = re.compile(
    rf"\b(?:add|put|give|stick|pop|chuck|bung|whack|throw|take|knock|shave|remove|chop|cut)\b.*?"
    rf"{DURATION}.*?"
    r"\b(?:to|on|onto|off|from)\b(?!\s+(?:a|an|another|one)\b).*?\btimers?\b"
    rf"|\b(?:add|give|put|chuck|bung|whack|stick|pop)\b.*?{DURATION}\s+(?:to|on|onto)\s+"
    r"(?:the|my|that)\s+\w+$"
    # "add two minutes for the pasta timer"
    rf"|\b(?:add|give|put)\s+{DURATION}\s+for\s+(?:the|my|that)\s+\w+\s+timer\b"
    rf"|\b(?:take|knock|shave)\s+{DURATION}\s+off\s+(?:the|my|that)\s+\w+$"
    # "take 3 off the eggs timer": time taken off, never a cancel
    r"|\b(?:take|knock|shave)\s+(?:\d+|a couple|two|three|four|five|ten)\s+(?:more\s+)?(?:off|from)\s+"
    r"(?:the|my|that)\s+(?:[\w-]+\s+)?timer\b"
    rf"|\b(?:another|an extra|a further|{_NUM}\s+(?:more|extra))\s+{_UNIT}\s+(?:to|on|onto)\s+"
    r"(?:the|my|that)\s+\w+(?:\s+timer)?(?:\s+please)?$"
    # "increase the pasta timer by 2 minutes", "reduce laundry timer by 5 minutes"
    rf"|\b(?:increase|reduce|decrease|lower|extend|lengthen|shorten)\b[^,]*?\bby\s+{DURATION}"
    # "make the laundry timer 20 minutes"
    rf"|\bmake\s+(?:the|my|that)\s+\w+\s+timer\s+{DURATION}(?!\s+(?:shorter|longer))"
    rf"|\btimers?\b.*?\b(?:so|to)\b.*?{DURATION}\s+(?:left|to go|remaining)\b"
    rf"|\b(?:give|add)\s+(?:the|my)\s+(?:\w+\s+){{1,2}}(?:(?:another|an extra)\s+(?:{_NUM}\s+)?|"
    rf"{_NUM}\s+(?:more|extra)\s+){_UNIT}"
    rf"|\bmake\s+(?:the|my|that)\s+\w+\s+timer\s+{DURATION}\s+(?:shorter|longer)\b"
    rf"|\b(?:set|change|reset|make|put|cut|bring|turn)\s+(?:(?:the|my|that)\s+)?\w+\s+timer\s+"
    rf"(?:back\s+|down\s+|up\s+)?to\s+{DURATION}"
    r"|\b(?:extend|lengthen|shorten)\b.*?\btimers?\b")
# an alarm changed to a time or by a length of time: "change my weekday alarm to 6:45",
# "make the swimming alarm a bit earlier, say eight fifteen", "move tomorrow's one-off
# alarm to 8 a.m.", "push my weekday alarm back by fifteen minutes"
_ALARM_CHANGE = re.compile(
    # "set my weekday alarm to 6:45" (but "set my alarm for 7" is a new alarm)
    r"\bset\s+(?:my|the|that|this|\w+'s)\s+(?!alarm)[^,]*?\balarm\s+(?:to|for)\b\s+\S.*\b(?:instead|now)\b"
    r"|\bset\s+(?:my|the|that|this|\w+'s)\s+(?!alarm)[^,]*?\balarm(?:\s+(?:tomorrow|today|on\s+\w+day))?"
    r"\s+to\b"
    r"|\bset\s+(?:my|the|that|this|\w+'s)\s+[^,]*?\balarm\b.*\b(?:earlier|later)\b"
    # "change tomorrow's 7:15 to 7:20": an alarm named by its time alone
    r"|^(?:please\s+)?(?:change|move|make|push|set|switch)\s+(?:tomorrow's|today's|the|my)\s+"
    r"\d{1,2}(?:[:.]\d\d)?(?:\s?(?:am|pm))?(?:\s+one)?\s+(?:to|for)\s+\d{1,2}(?::\d\d)?(?:\s?(?:am|pm))?"
    r"(?:\s+instead)?$"
    # "make the 7:15 alarm 7:45"
    r"|\bmake\s+(?:my|the|that|this|\w+'s)\s+[^,]*?\balarm\s+(?:\d|half\b|quarter\b|"
    rf"(?:{HOUR_WORDS})\b|(?:five|ten|twenty|twenty-five|twenty five)\s+"
    r"(?:past|to)\b)"
    # with no "the": "move swimming alarm to 830"
    r"|^(?:please\s+)?(?:change|move|push|shift|reschedule|bump|amend)\s+(?:[\w:'-]+\s+){0,2}?alarm\b"
    r"[^.?!]{0,40}?\s(?:to|till|until|back|forward|later|earlier)\b"
    rf"|\b(?:{_CHANGE_VERB})\b(?:\s+\w+)?\s+(?:my|the|that|this|\w+'s)\b[^,]*?\balarms?\b.*?"
    r"(?:\b(?:to|for|at|till|until|by|say)\b\s+\S|\b(?:later|earlier|back|forward|instead)\b)"
    rf"|\balarms?\b.*?\b(?:go(?:es)? off|ring|wake me)\b.*?(?:{DURATION}|an hour|half an hour)"
    r".*?\b(?:later|earlier|sooner)\b")
# "tick off renew passport on my to-do list", "I've bought the bread, cross it off the
# shopping list", "mark renewing my passport as done on the to-do list"
_LIST_DONE = re.compile(
    r"\b(?:tick|cross|check|strike|scratch|mark)\b.*?\b(?:off|done|complete|completed|"
    r"finished)\b.*?\b(?:list|to-?dos?)\b|\blist\b.*?\b(?:tick|cross|check|strike)\b.*?\boff\b"
    r"|\b(?:take|remove|delete|get rid of|clear)\b\s+(?:it|them|those|that|these|the rest)\s+"
    r"(?:off|from)\b.*?\b(?:list|to-?dos?)\b"
    r"|\b(?:clear|tick|cross)\b.*?\b(?:the rest|everything else)\b"
    # "take 'book a haircut' off my to-do list please"
    r"|^(?:please\s+)?(?:take|remove|delete|strike|scratch)\s+(?!(?:a|an|another|some)\s)[^,]{1,60}?"
    r"\s+(?:off|from)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?(?:list|to-?dos?)\b")
# without a list named: "cross off bread", "I got the bananas, tick them off", "mark renew
# passport as done" (not when a reminder, alarm, timer or appointment is named)
_DONE_ANY = re.compile(
    r"\b(?:tick|cross|check|strike|scratch)\s+(?:(?!and\b|then\b|turn\b|switch\b)\w+\s+){0,4}?"
    r"off\b|\b(?:tick|cross|check|strike|take)"
    r"\s+off\s+(?!(?:my|your|the|a|an)\s+(?:shoes?|coat|jacket|clothes|hat|make-?up)\b)\w|^mark\b.*?\bas (?:done|complete|completed|finished)$"
    # "take washing-up liquid off" (after a list request)
    r"|^(?:please\s+)?take\s+(?!(?:it|them|that|\d|a|an|my|your)\b)(?!.*\b(?:shoes?|coat|jacket|clothes|hat|"
    r"make-?up|lid|tag|label|heat|hob|stove|cooker|oven|minutes?|hours?)\b)[\w' -]{2,40}?\s+off$")
# "mark the bins reminder as done", "tick off the reminder to take the bins out",
# "scrap the reminder about Sam"
_REMINDER_DONE = re.compile(
    r"\btake\b.*?\breminders?\b.*?\boff\b|"
    # ("check my reminders for Tuesday" looks at them: "check" ticks only with "off"/"done")
    # (not what to check when reminded: "… and check he'll be done in time")
    r"\bcheck\b(?!\s+(?:that\s+|if\s+|whether\s+)?(?:he|she|they|we|i|you|it|the\s+\w+)"
    r"(?:'ll|'s|'re|'d|\s+will|\s+is|\s+are|\s+has|\s+have|\s+can|\s+would)\b)"
    r"(?=.*\b(?:off|done|complete|completed)\b)|"
    r"\b(?:mark|tick|cross|scrap|scratch|ditch|drop|bin(?=\s+(?:the|that|this|my|it)\b)|"
    r"forget|cancel|delete|remove|clear|"
    r"kill|lose|get rid of)\b"
    r".*?\breminders?\b(?!.*\b(?:to|at|for|on)\s+\d)")
_REMINDER_QUERY = re.compile(
    r"^(?:(?:hey|so|just wondering|remind me|um|oh|ok|okay)\W+)*"
    r"(?:when(?:'s| is| was| will| are| do)?|what(?:'s| is| was| time| day| reminders?)?|"
    r"is there|are there|do i have|have i got|did i (?:set|make|ask)|which|any|have i)\b"
    r".*?\b(?:reminders?|remind(?:ed)? (?:me|you))\b"
    # "does the reminder to call the dentist go off while I'm in the meeting?"
    r"|^(?:does|did|will|is)\s+(?:the|my|that)\s+reminder\b"
    # "what time are you reminding me about the bins?"
    r"|^(?:when|what time|what day|which day)\b.*?\b(?:are|will) you (?:be )?reminding (?:me|us)\b"
    r"|^(?:(?:tell me|let me know)\s+)?(?:what|when|anything|something|is there|have i)\b.*?\b(?:be|being|"
    r"get|getting) reminded\b"
    r"|^(?:is|are) (?:my |the |that )?(?:\w+ )?reminders?\b"  # "is the bins reminder at 7?"
    # "is that birthday card reminder for Sam still on Saturday?", "on which day is the
    # reminder for the bins?"
    r"|^(?:is|are) (?:my|the|that|this) (?:[\w'-]+ ){0,4}?reminders?\b.*\bstill\b"
    r"|^(?:on |for )?(?:which|what) (?:day|date|time) (?:is|are|was) (?:my|the|that) "
    r"(?:[\w'-]+ ){0,4}?reminders?\b"
    r"|\b(?:read|list|tell me|show me|go through)\b.*?\breminders\b"
    r"|^(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:check|look at|look through)\s+"
    r"(?:my|the|our|all my)\s+reminders\b"
    r"|^(?:any |all |my |all my )?reminders (?:for |on )?(?:today|tonight|tomorrow|\w+day|"
    r"(?:this|next) week)$"
    r"|\breminders?\b.*\bwhat (?:are|is) (?:they|it|those)\b"
    # "I asked the machine to remind me about something on Thursday, … could you tell me?"
    r"|\b(?:i|did i)\s+(?:asked|ask|told|tell|got)\s+(?:you|the \w+|it)\s+to\s+remind\s+me\b"
    r".*\b(?:what|which|tell me|remember)\b")
# "what time am I getting woken up on Thursday?", "do I need to get up early tomorrow?",
# "is my alarm definitely going off at seven fifteen tomorrow?"
_ALARM_QUERY = re.compile(
    r"^(?:(?:hey|so|just wondering|um|oh|ok|okay|hiya)\W+)*"
    r"(?:what(?:'s| time| is)?|when(?:'s| is| do| does| am| will)?|do i|have i|am i|is|are|"
    r"will|does|did|which)\b"
    r".*?\b(?:woken|wake|waking|get up|be up|getting up|alarms? (?:go|goes|going) off|"
    r"alarms?)\b")
# a shop the shopping list is for: "the shops", "Tesco"
_SHOP = (r"(?:shops?|supermarket|store|grocer\w*|tesco|sainsbury'?s|asda|aldi|lidl|morrisons|"
         r"waitrose|co-?op|m&s|marks and spencer'?s?|spar|iceland|the market)")
# "what do I need to pick up from the shops?", "did I add washing-up liquid to the
# shopping list?", "what's on my lists?"
_LIST_QUERY = re.compile(
    r"^(?:what|anything)\b.*?\b(?:need|meant|supposed|have|got)\b.*?\b(?:get|getting|buy|"
    rf"buying|pick up|picking up|grab|grabbing)\b.*?\b{_SHOP}\b"
    rf"|^what (?:do|did|else do) (?:i|we) need (?:from|at) (?:the )?{_SHOP}\b"
    r"|^(?:did|have) i (?:already )?(?:add|added|put|already add|already put)\b.*?\b(?:to|on|onto) (?:my|the) "
    r"(?:[\w-]+ )?list\b"
    r"|^what(?:'s| is| are)? (?:on|in) (?:all |both )?(?:of )?(?:my|the|our) (?:\w+ )?lists\b"
    r"|^what(?:'s| is| are)? (?:on|in) (?:my|the|our) to-?dos?\b"
    r"|^what(?:'s| is| are) (?:my|our) to-?dos$"
    r"|^do (?:i|we) still need\b|^do (?:i|we) (?:still )?need to (?:buy|grab)\b"
    r"|\b(?:shops?|supermarket|store|grocer\w*)\b.*\bwhat (?:do|did) (?:i|we) need\b"
    r"|\b(?:read|tell)\b.*\b(?:list|to-?dos?)\b.*\band\b.*\blist\b"
    # "check whether eggs are on the shopping list" (a question, not a removal)
    r"|^(?:(?:can|could) you\s+)?(?:please\s+)?(?:check|see|find out|look)\s+(?:if|whether)\s+.+?"
    r"(?:'s|\s+is|\s+are)\s+(?:still\s+)?(?:on|in)\s+(?:(?:my|the|our)\s+(?:[\w-]+\s+)?list|there|it)\b")
# "what's the rest of my week looking like", "how's my day looking"
_WEEK_QUERY = re.compile(r"^what(?:'s| is) (?:the rest of )?my (?:week|day|weekend)(?: looking| look)?"
                         r"(?: like)?$|^how(?:'s| is) my (?:week|day|weekend)(?: looking)?$")
# a new timer or alarm named after it: "set a new one for an hour and call it laundry"
_SET_NAMED = re.compile(r"^(?:please\s+)?(?:(?:can|could) you\s+)?(?:set|start|make|put on|create)\b"
                        r".*?\b(timer|alarm)\b.*\band\s+(?:call|name|label)\s+it\s+\w")
# "cancel the timer with 8 minutes left", "get rid of the laundry timer"
_TIMER_REMOVE = re.compile(r"^(?:(?:and|also|oh and|oh)\s+)?(?:please\s+)?(?:cancel|delete|remove|kill|"
                           r"scrap|get rid of|bin|ditch|nuke|axe)\s+"
                           r"(?:the|my|that)\s+(?:[\w-]+\s+)?timer\b(?!.*\band\b)")
# what is "done" or "ready" without a timer: "is my coffee ready", "when's the pizza going to
# be done" (each question adds its own)
_NOT_TIMED = r"coffee|order|delivery|takeaway|parcel|package|car|food|meal|pizza|curry|shopping"
# "check my timers", "which timer goes off first?"
_TIMER_QUERY = re.compile(r"^(?:check|which|what)\b(?:\s+\w+)?\s+timer'?s?\b(?!.*\b(?:for|to)\s+\d)"
                          r"|^have i (?:got )?any timers?\b"
                          r"|^how(?:'s| is| are) (?:my|the|our) (?:[\w-]+ )?timers?(?: doing| going| looking)?$"
                          rf"|^(?:is|are) (?:my|the|our) (?!(?:{_NOT_TIMED}|kettle|dishwasher|tea)\b)"
                          r"[\w-]+ (?:done|ready|finished)(?: yet)?\b"
                          r"|^what(?:'s| is) the [\w-]+ minute timer\b"
                          r"|^what are (?:my|the) timers (?:called|named|for)\b"
                          # "which of my timers will go off first?"
                          r"|^which (?:of (?:my|the) )?timers? (?:will |is going to |is gonna )?"
                          r"(?:go(?:es)? off|finish(?:es)?|ring|end|be done)\b")
# "how long until my laundry's done?", "what's left on the pasta?", "how much time is
# left on the rice?" (a timer named by what it times)
_TIMER_LEFT = re.compile(
    r"^how (?:long|much (?:time|longer))\b.*?\b(?:until|till|til|before)\s+(?:my|the|our)\s+"
    r"[\w-]+(?:'s|\s+is|\s+are|\s+will be|'ll be)\s+(?:done|ready|finished|cooked)\b"
    r"|^how long(?: has| have|'s) (?:my|the|our) [\w-]+(?: timer)? got(?: left)?$"
    # "what time's the pasta going to be done?"
    rf"|^(?:what time|when)(?:'s| is| will)\s+(?:my|the|our)\s+(?!(?:{_NOT_TIMED}|meeting|dinner|lunch|party)\b)"
    r"[\w-]+\s+(?:going to be|be)\s+"
    r"(?:done|ready|finished|cooked)\b"
    # "how long before I need to take the laundry out?"
    r"|^how (?:long|much longer)\s+(?:before|until|till)\s+(?:i|we)\s+(?:need to|have to|can|should)"
    r"\s+(?:take|get|put|check|turn)\s+(?:my|the|our)\s+[\w-]+\s+(?:out|off|in)\b"
    r"|^how long (?:have i got|do i have|is there|'s there|is left) (?:left )?on (?:my|the|our) "
    r"[\w-]+(?: timer)?(?: and (?:the|my) [\w-]+(?: timer| one)?)?$"
    r"|^(?:uh |um )?how long(?:'s| is)? (?:left )?on (?:my|the|our) [\w-]+(?: timer| one)?$"
    # "tell me how long the pasta's got", "how long has that laundry got left", "how much
    # longer has the washing got"
    r"|^(?:(?:can you |could you )?tell me |let me know )?how (?:long|much longer|much more time) "
    r"(?:has |have )?(?:my|the|our|that) "
    r"[\w-]+(?: timer)?(?:'s| has)? got(?: left| to go)?$"
    r"|^(?:(?:can you |could you )?tell me |do you know )?"
    r"(?:what(?:'s| is)|how (?:long|much(?: time)?)(?:'s| is)?)\s+(?:left|remaining|to go)\s+"
    r"(?:on|for|in)\s+(?:my|the|our)\s+[\w-]+(?:\s+timer)?$")
# "I'm done with the laundry timer, you can cancel it"
_TIMER_CANCEL_IT = re.compile(r"\btimer\b.*?\b(?:cancel|stop|kill|delete|scrap|get rid of)\s+"
                              r"(?:it|that|that one)$")
# "pause the laundry" (not "pause the music": "resume the two towers" is an audiobook)
_TIMER_PAUSE = re.compile(
    r"^(?:please\s+)?(?:pause|hold)\s+(?:the|my)\s+(?!(?:music|song|track|playback|audio|"
    r"podcast|radio|audiobook|book|video|movie|film|show|tv|player|playlist|album|game)\b)"
    r"[\w-]+(?:\s+timer|\s+one)?(?:\s+(?:for now|please))?$"
    # "stick the laundry timer on pause"
    r"|^(?:please\s+)?(?:stick|put|pop|leave)\s+(?:the|my)\s+[\w-]+\s+timer\s+on\s+(?:pause|hold)\b")
# "turn off the 7:15", "switch off tomorrow's 6:30 alarm"
_ALARM_OFF = re.compile(
    r"^(?:please\s+)?(?:turn|switch|shut|knock)\s+off\s+(?:the|my|tomorrow's|today's)\s+"
    r"\d{1,2}(?::\d\d)?(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:alarm|one))?$"
    # "bin the 7:15 alarm", "ditch the swimming alarm"
    r"|^(?:please\s+)?(?:bin|ditch|scrap|kill|nuke|lose)\s+(?:the|my|that|tomorrow's)\s+"
    r"(?:[\w:'-]+\s+){0,2}?alarms?(?:\s+(?:for\s+|on\s+)?(?:tomorrow|today|tonight|\w+day))?$")
# a reminder timed from the thing said before: "remind me 15 minutes beforehand to …"
_REMIND_RELATIVE = re.compile(
    rf"^(?:please\s+)?(?:remind me|set (?:a|another) reminder)\s+(?:{DURATION}|half an hour|an hour|"
    r"the (?:day|night|evening|morning))\s+(?:before|beforehand|after|afterwards|ahead|earlier)\b")
# "what have I got on the fourth?", "what's happening on December second?"
_ORDINAL = (r"the (?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|twenty[- ]\w+|thirtieth|"
            r"thirty[- ]first)")
_DAY = (rf"(?:today|tonight|tomorrow|\w+day|{_ORDINAL}|(?:january|february|march|"
        r"april|may|june|july|august|september|october|november|december)(?: \w+)?|"
        r"this week(?:end)?|next week(?:end)?)")
# one day or several: "tuesday", "wed or sat", "thursday friday and saturday", "between
# tuesday and thursday", "fri thru sun", "after tuesday", "from thursday onwards"
_ONE_DAY = r"(?:today|tonight|tomorrow|\w+day)"
_DAYS = (rf"(?:(?:from|between|after|before|until|till)\s+)?(?:on\s+|for\s+)?{_ONE_DAY}"
         rf"(?:,?\s+(?:(?:and|or|n|&|to|till|until|through|thru)\s+)?(?:on\s+)?{_ONE_DAY})*"
         r"(?:\s+(?:onwards?|on|forwards?))?")
# a heading with days: "reminders for thu and sat?", "alarms between tuesday and thursday",
# "anything in the diary tuesday or friday?", "anythin booked wed or sat"
_DAYS_HEADING = re.compile(
    rf"^(?:any|all|my|all my)?\s*(?P<kind>reminders|alarms)\s+(?:set\s+)?(?:for\s+|on\s+)?{_DAYS}"
    r"(?:\s+(?:please|pls|plz|ta|thanks))?$"
    rf"|^(?P<any>anythin[g']?)\s+(?:(?:in|on) (?:my|the) (?:diary|calendar|schedule)|"
    rf"booked|planned|on)\s+(?:for\s+)?{_DAYS}(?:\s+(?:please|pls|plz|ta|thanks))?$")
_DAY_QUERY = re.compile(
    rf"^what (?:have i got|do i have|have i)(?: on)?(?: for)?(?: this)? {_DAY}(?: \w+)?$"
    rf"|^what (?:have i got|do i have|have i)(?: on)? {_DAYS}$"
    rf"|^what(?:'s|s| is) (?:happening|going on|on) (?:on|for) {_DAY}(?: \w+)?(?: {_ORDINAL})?"
    rf"(?: of \w+)?$"
    # "what's happening wed afternoon" (a day of the user's; "… in town" is out and about)
    rf"|^what(?:'s|s| is) (?:happening|going on) {_ONE_DAY}"
    r"(?: (?:morning|afternoon|evening|night))?$"
    rf"|^what(?:'s|s| is) on (?:on )?{_DAY}(?: (?:morning|afternoon|evening|night))?"
    rf"(?: (?:and|to|until|through|or) (?:on )?{_DAY})?$"
    rf"|^what time(?:'s| is) (?:the|my) (?:\w+ ){{1,3}}(?:on |this |next )?{_DAY}$"
    rf"|^what (?:am i|are we) (?:doing|up to) (?:on |this |next )?{_DAY}(?: \w+)?$")
# "have I got anything on Tuesday morning?", "is my calendar free on Thursday evening?",
# "is there anything in my diary on Friday afternoon?", "am I busy tomorrow?"
_FREE_QUERY = re.compile(
    r"^(?:(?:have i got|have i|do i have|am i|is my (?:calendar|diary|schedule|day))\s+"
    r"(?:got\s+)?(?:anything|something|any (?:events?|appointments?|meetings?|plans)|free|"
    r"busy|clear|available|empty|booked up)|(?:is there|are there)\s+(?:anything|something|"
    r"any \w+) (?:in|on) my (?:calendar|diary|schedule))\b"
    rf"(?!.*\b(?:lists?|alarms?|timers?|reminders?|weather|rain|traffic)\b).*?\b{_DAY}\b"
    # "is Tuesday afternoon free?", "is there anything on Friday night?"
    rf"|^is (?:on )?{_DAY}(?: (?:morning|afternoon|evening|night))? (?:free|clear|busy)\b"
    rf"|^is there anything on (?:on )?{_DAY}\b")
# an appointment asked about or moved: "what time's dinner with Anna?", "when am I seeing
# Anna?", "change the dentist appointment to eleven", "the team meeting's been moved to
# Thursday at nine"
_EVENT = (r"(?:meetings?|appointments?|dinner|lunch|breakfast|brunch|party|class|lesson|"
          r"session|interview|diary|calendar)")
_EVENT_QUERY = re.compile(
    rf"^(?:(?:(?:tell me|let me know)\s+)?(?:what|which) (?:time|day)(?:'s| is| does| do)?|"
    rf"when(?:'s| is| does| do)?)"
    rf"\b.*?\b{_EVENT}\b"
    # how long it lasts: "how long does the team meeting last?", "how long is the dentist
    # appointment booked for?" (not "how long till …")
    rf"|^how long (?:is|does|will) (?:the|my|our) (?:[\w'-]+ ){{0,3}}?{_EVENT}\b"
    r"(?!.*\b(?:until|till|before|left|to go)\b)"
    # "is my dinner with Anna still on Friday?"
    rf"|^(?:is|are) (?:(?:my|the|our) )?(?:[\w'-]+ ){{0,3}}?(?:{_EVENT}|dinner|lunch)\b.*?\bstill "
    r"(?:on|at|for|half|quarter|\d)\b"
    r"|^(?:when|what time|(?:which|what) day) (?:am i|do i|will i|are we) "
    r"(?:seeing|meeting|having|going|off)\b"
    # "tell me what time I'm dining with Anna on Friday"
    r"|^(?:tell me |let me know |remind me )?(?:when|what time) (?:i'm|i am|am i|we're|we are) "
    r"(?!going to\b|gonna\b)[a-z]+ing\b"
    rf"|^(?:is|are) (?:my|the|our) (?:[\w'-]+ ){{0,3}}?{_EVENT}\b.*\b(?:at|on)\b.*\bor\b"
    # "is the dentist appointment on Wednesday at two o'clock?"
    rf"|^(?:is|are) (?:my|the|our) (?:[\w'-]+ ){{0,3}}?(?!calendar\b|diary\b){_EVENT} "
    rf"(?:on (?:{_DAY}|the \w+)|at (?:\d+|half|quarter|noon|{HOUR_WORDS}))\b")
# "could you check my calendar for Friday?"
_CALENDAR_LOOK = re.compile(r"^(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:check|look at|"
                            r"read|go through|tell me what's in|what's in|what is in|"
                            r"show me|show)\s+"
                            r"(?:my|the|our)\s+(?:calendar|diary|schedule|reminders)\b"
                            # "tell me what I have in the diary for Wednesday"
                            r"|^(?:(?:please\s+)?(?:tell me|let me know)\s+)?what (?:i have|i've got|"
                            r"i have got|i've|have i got|do i have) (?:on (?:today|tonight|"
                            r"tomorrow|\w+day)\b|in (?:my|the|our) (?:diary|calendar)\b)")
# a plan or a to-do asked about without naming a reminder: "when am I meant to call the
# dentist?", "which day do I need to take the bins out?", "what was I supposed to buy
# for Sam?", "is there anything I need to remember to do on Thursday night?"
_PLAN_QUERY = re.compile(
    r"^(?:when|what time|which day|what day)\b.*?\b(?:am i|do i|was i|have i|are we|"
    r"did i)\s+(?:meant|supposed|going|got|need|needed|have|had)\s+to\b(?!.*\border\b)"
    r"|^what\b.*?\b(?:was i|am i|were we)\s+(?:meant|supposed)\s+to\b"
    # "what time I'm to call the dentist tomorrow"
    r"|^(?:(?:tell me|let me know)\s+)?(?:when|what time|which day)\s+(?:i'm|i am)\s+"
    r"(?:meant to|supposed to|due to|to)\s+\w"
    r"|\b(?:anything|something|what)\b.*?\bto remember\b"
    # bin day: "when do the bins go out?", "which day is the recycling?"
    r"|^(?:when|what day|which day)\b.*?\b(?:bins?|rubbish|recycling|trash|garbage)\b")
# "get rid of dinner with Anna", "cancel the team meeting"
_EVENT_REMOVE = re.compile(rf"^(?!.*\blists?\b)(?:please\s+)?(?:(?:can|could) you\s+)?(?:cancel|delete|remove|"
                           rf"get rid of|scrap|drop|call off)\s+(?:the\s+|my\s+|our\s+)?"
                           rf"(?:[\w'-]+\s+){{0,3}}?{_EVENT}\b(?!.*\b(?:alarm|timer)\b)")
_EVENT_MOVE = re.compile(
    rf"\b(?:change|move|reschedule|switch|update|shift|bump)\b.*?\b{_EVENT}\b.*?\b(?:to|for)\b"
    r"|\b(?:been|was|got|is being) (?:moved|changed|rescheduled|pushed|put back|"
    r"brought forward)\b.*?\bto\b")
# "put the train to Leeds in the calendar for 8:15" (not a ticket to Leeds)
_CALENDAR_PUT = re.compile(
    r"^(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:put|pop|stick|pencil|"
    r"add|enter|write|note)\b.{1,60}?\b(?:in|into|on|to|onto)\s+(?:my|the|our)\s+"
    r"(?:calendar|diary|agenda)\b")
# "book study time for Jack and Emma on Wednesday at 4pm", "book in a catch-up with Sam
# tomorrow at 10" (not a ticket, a taxi or a table: those are bookings elsewhere)
_CALENDAR_BOOK = re.compile(
    rf"^(?:please\s+)?(?:(?:can|could) you\s+)?book\s+(?:in\s+)?(?!me\b|us\b)"
    r"(?!.*\b(?:taxi|cab|uber|lyft|ticket|tickets|train|flight|plane|bus|coach|table|ride|"
    r"car|seat|seats|room|hotel|restaurant|audiobook|book|chapter)\b)"
    rf".{{2,60}}?(?:\b(?:on|for|this|next)?\s*{_DAY}\b.*?\b(?:at\s+\d|\d\s?(?:am|pm)\b|at noon)"
    rf"|\b(?:(?:at|for)\s+\d{{1,2}}(?::\d\d)?\s?(?:am|pm)?|at noon)\s+(?:on\s+|this\s+|next\s+)?{_DAY}$)")
# asked for: "please", "could you", "would you ever"
_ASKED = r"^(?:please\s+)?(?:(?:can|could|would|will) you\s+)?(?:ever\s+)?(?:please\s+)?"
# "pop squash in at 7pm on Thursday", "put a run in for Tuesday at 8": an event put in
_PUT_IN = re.compile(
    _ASKED + r"(?:put|pop|pencil|"
    r"stick|slot|squeeze|book)\s+(?:in\s+(?=(?:an?|the|my|our)\s)|"
    r"(?!(?:it|them|that|this|me|us)\b)(?:[\w'-]+\s+){1,5}?in\s+(?:for\s+|on\s+|at\s+)?)"
    rf"(?=.*\b{_DAY}\b)(?=.*(?:\bat\s+(?:\d|{HOUR_WORDS}|half|quarter|noon)|"
    r"\d\s?(?:am|pm)\b))"
    r"(?!.*\b(?:oven|fridge|freezer|microwave|washing machine|dishwasher|bin|list)\b)")
# an event said with its end: "book the physio at 3 for 45 minutes on Tuesday", "put study
# group in for Wednesday from 4 till 6" (read by nlu.event_span)
_ADDS_EVENT = re.compile(
    _ASKED + r"(?:add|book|put|pop|schedule|pencil|block)\b"
    r"(?!.*\b(?:heating|lights?|lamp|oven|kettle|fan|tv|music|radio|washing machine|dishwasher)\b)"
    rf"(?=.*\b{_DAY}\b)")
# an event named as such first, then its day: "new event tmrw 3pm study group", "calendar
# entry: physio friday 10am"
_NEW_EVENT = re.compile(rf"^(?:new|another)\s+(?:calendar\s+)?(?:event|appointment|entry)\b"
                        rf"(?=.*\b{_DAY}\b)|^(?:calendar|diary)\s+(?:entry|event)\b(?=.*\b{_DAY}\b)")
# an event said with no verb, only its day and its hours: "lunch with Marcus Friday 12:30
# till 2pm", "gym thursday 6 to 7pm" (a range, read by nlu.event_span)
_BARE_EVENT = re.compile(
    r"^(?!(?:what|whats|what's|when|where|who|how|which|is|are|am|do|does|did|have|has|can|"
    r"could|would|will|should|cancel|delete|remove|move|change|set|turn|switch|remind|wake|"
    r"stop|pause|play|tell|show|check|am i|i'm|i am|it's|its)\b)"
    r"(?!.*\b(?:heating|lights?|lamp|oven|kettle|fan|tv|music|radio|weather|traffic|lists?|"
    r"alarms?|timers?|reminders?|free|busy|clear|events?|happening|anything|something|plans|"
    rf"schedule|agenda)\b)(?=.*\b{_DAY}\b)")
# a meet-up with someone on a day at a time: "add coffee with Liam and Niamh on Thursday at
# half ten", "schedule drinks with Tom on Friday at 7" (not the coffee machine)
_MEET_UP = re.compile(
    _ASKED + r"(?:add|schedule|put|pop|pencil)\s+(?:in\s+)?(?:an?\s+)?(?:[\w'-]+\s+){1,3}?with\s+"
    r"(?!(?:milk|sugar|cream|oat|soy|foam|ice|extra|no|a|an|the|some)\b)[a-z]+\b"
    r"(?!.*\b(?:lists?|alarms?|timers?|reminders?)\b)"
    rf"(?=.*\b{_DAY}\b)(?=.*\bat\s+(?:\d|{HOUR_WORDS}|half|quarter|noon))")
# a meet-up already in the calendar, moved or asked about: "move coffee with Aoife to 3pm",
# "when is coffee with Aoife", "coffee with Aoife is now at 3pm on Saturday" (not a drink)
_MEET = (r"(?:my\s+|the\s+|our\s+)?(?:coffee|tea|drinks|lunch|dinner|breakfast|brunch)\s+with\s+"
         r"(?!(?:milk|sugar|cream|oat|soy|almond|foam|ice|honey|lemon|sweetener|extra|no|a|an|the|"
         r"some)\b)[a-z]+\b")
_MEET_MOVE = re.compile(rf"^(?:(?:please|can you|could you)\s+)*(?:move|push|shift|change|reschedule|"
                        rf"bring|put back)\s+{_MEET}|^{_MEET}(?:\s+on\s+\w+day)?(?:\s+is|'s)\s+now\b")
_MEET_ASKED = re.compile(rf"^(?:when(?:'s| is)|what time(?:'s| is))\s+{_MEET}")
# "add flu jab on Wednesday the 9th at 10:15": an event added on a day at a time (no list)
_ADD_ON_DAY = re.compile(
    _ASKED + r"add\s+(?!.*\b(?:lists?|timers?|alarms?|reminders?|minutes?|hours?)\b)"
    rf".{{1,40}}?\s(?:(?:on|this|next)\s+)?{_DAY}\b.*?\bat\s+(?:\d|noon|midday|half|quarter)")
# a new alarm said with its time first and what it is for, whose words ("take the bins
# out") the model reads as a removal: "alarm at 11pm tonight to take the bins out"
_ALARM_AT = re.compile(r"^(?:please\s+)?(?:(?:set|make|put on|create)\s+(?:me\s+)?(?:an?|another)\s+)?"
                       r"alarm\s+(?:at|for)\s+\d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
                       r"(?:\s+(?:tonight|today|tomorrow(?: morning)?))?\s+(?:to|for)\s+[a-z]"
                       # "could I have an alarm at quarter to seven every morning …"
                       r"|^(?:could|can|may) (?:i|we) (?:have|get|set) (?:an?|another|one more) "
                       r"(?:new )?alarm (?:at|for)\b"
                       # "alarm every Friday at 4pm so I remember to do my invoices"
                       r"|^(?:an?\s+)?alarm\s+(?:every|each|on|tomorrow|tonight|today|(?:mon|tues|wednes|"
                       r"thurs|fri|satur|sun)day)\b[^?]*?\b(?:at|for)\s+(?:\d|half|quarter|noon|midday)")
# "block out 3 to 5pm on Thursday for deep work", "block off Friday morning"
_CALENDAR_BLOCK = re.compile(
    r"^(?:please\s+)?(?:(?:can|could) you\s+)?block\s+(?:out|off|in)\b(?!.*\b(?:number|caller|"
    rf"contact|sender|website|site|app|ads?|emails?|calls?|texts?|messages?)\b).*\b{_DAY}\b")
_REMIND_TO_SET = re.compile(r"^(?:please\s+)?(?:can you\s+|could you\s+)?remind me\b")


# a quoted item put on a list: "add 'change the battery in the smoke alarm' to my to-do
# list" (the words inside the quotes are no alarm)
_QUOTED_TO_LIST = re.compile(r"^(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?"
                             r"(?:add|put|write|pop|stick|jot down)\s+(['\"‘“]).+?['\"’”]\s+"
                             r"(?:to|on|onto|in|into)\s+(?:my|the|our)\s+[\w -]*?list\b")


# a new timer for a length and for a thing: "set a timer of three minutes for the coffee"
# (no coffee machine), "… for the stock" (no stock prices); asked only when the templates
# found nothing (:func:`new_timer`)
_TIMER_FOR = re.compile(r"^(?:(?:please|can you|could you|would you)\s+)*(?:set|start|put on|make|give me)\s+"
                        r"(?:me\s+)?(?:a|an|another|one more|the)\s+(?:[\w-]+\s+)?timer\s+(?:for|of)\s+"
                        rf"(?:\d+|an?|{HOUR_WORDS}|"
                        r"fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|half|quarter)[\s-]+"
                        r"(?:and a half\s+)?(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|an? hour)\s+"
                        r"for\s+(?:the|my|our)\s+\w"
                        # its length before the word: "set a 15 minute timer to leave for the bus"
                        r"|^(?:(?:please|can you|could you|would you|just)\s+)*(?:set|start|make|"
                        r"give me|put on|put|pop|stick)\s+(?:me\s+|us\s+)?(?:a|an|another|one more)\s+"
                        rf"(?:\d+|{HOUR_WORDS}|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|"
                        r"ninety)[\s-]+(?:minute|min|second|sec|hour)s?\s+timer\s+(?:on\s+)?(?:for|to)\s+\w"
                        # no length yet: "put a timer on for the bus", "can you put a timer on?"
                        r"|^(?:(?:please|can you|could you|would you|just)\s+)*(?:put|pop|stick)\s+"
                        r"(?:me\s+|us\s+)?(?:a|another)\s+timer\s+on(?:\s+(?:for|to)\s+\w|"
                        r"(?:\s+(?:please|for me|for us|then|now|quickly|quick))*$)")


def new_timer(text: str) -> bool:
    """Whether ``text`` (English) sets a new timer for a length and names what it is for."""
    return _TIMER_FOR.search(clean(text)) is not None


# "read out my timers, with the name and the time left on each", "could you read out every
# reminder I have"
_READ_OUT = re.compile(r"^(?!.*\b(?:delete|remove|clear|cancel)\b)(?:please\s+)?(?:(?:can|could|would) you\s+)?"
                       r"(?:please\s+)?(?:read|state|name|list(?=\s+all\b))\s+"
                       r"(?:out\s+|me\s+)?"
                       r"(?:out\s+)?(?:every|each|all(?:\s+of)?(?:\s+(?:my|the))?|my|the)\s+"
                       r"(?:calendar\s+)?(?P<kind>timer|reminder|alarm|event)s?\b")
_READ_KIND = {"timer": "timer_query", "reminder": "calendar_query", "alarm": "alarm_query",
              "calendar": "calendar_query", "diary": "calendar_query", "event": "calendar_query"}
# "what must I buy from the shop", "what do we have to get from the shops"
_MUST_BUY = re.compile(r"\bwhat\s+(?:(?:i|we)\s+(?:must|have to|need to|should)|(?:must|should)\s+(?:i|we)|do\s+(?:i|we)\s+"
                       r"(?:have to|need to))\s+(?:buy|get|pick up)\s+(?:from|at)\s+(?:the\s+)?(?:shops?|supermarket)\b"
                       # "I'm heading to Coles now, what do I need to grab?": on the way to a shop
                       r"|\b(?:heading|going|off|popping|nipping|on my way|driving)\s+(?:to|down to|into)\s+"
                       r"[\w' -]{2,30}?,?\s+(?:so\s+)?what\s+(?:do|should|must)\s+(?:i|we)\s+(?:need to\s+|have to\s+)?"
                       r"(?:grab|get|buy|pick up)\b")
# "give me a quick rundown of my timers", "gimme the rundown of my calendar for the week"
_RUNDOWN = re.compile(r"^(?:(?:can|could) you\s+)?(?:please\s+)?give me\s+(?:a|the)\s+(?:quick\s+)?"
                      r"(?:rundown|run-down|run down|summary|roundup|round-up)\s+(?:of|on)\s+(?:my|the)\s+"
                      r"(?P<kind>timer|reminder|alarm|calendar|diary)s?\b")
# "how many mins on the laundry"
_MINUTES_ON = re.compile(r"^how many (?:mins|minutes|seconds|secs)\s+(?:are\s+|is\s+)?(?:there\s+)?"
                         r"(?:(?:left\s+|remaining\s+|to go\s+)?(?:on|for|in)\s+(?:my|the|our|that)\s+"
                         r"[\w-]+(?:\s+timer)?"
                         # "how many mins till the pasta's ready"
                         r"|(?:till|until|before)\s+(?:my|the|our|that)\s+[\w-]+(?:\s+timer)?(?:'s|\s+is)?\s+"
                         r"(?:ready|done|finished|up))$")


# "add coffee to shopping": the shopping list, not the coffee machine
_TO_SHOPPING = re.compile(r"^(?:please\s+)?(?:(?:can|could) you\s+)?(?:add|put|pop|stick)\s+(?!(?:it|them)\b)"
                          r"[\w' -]+?\s+(?:to|on|onto)\s+(?:the\s+|my\s+|our\s+)?shopping$")


INTENTS = ("timer_adjust", "alarm_change", "alarm_query", "lists_query", "lists_remove",
           "lists_createoradd", "timer_query", "timer_remove", "timer_pause", "alarm_remove", "timer_set", "alarm_set", "calendar_remove", "calendar_query", "calendar_set")


# a word to get attention first: "yo how long til my pasta's ready", "ugh the bins thing, …"
_HAILED = re.compile(r"^(?:yo|oi|ugh|argh|hey|right|okay|ok|so|oh)\s+(?=\S)")
# "would you please tell me what …": what is asked is what follows
_ASKED_TO_TELL = re.compile(r"^(?:(?:can|could|would|will) you\s+)?(?:please\s+)?"
                            r"(?=(?:tell me|let me know)\s)")


def _said_range(said: str) -> bool:
    """Whether ``said`` holds an event's clock range ("12:30 till 2pm")."""
    span = said_span(said)
    return span is not None and span.range is not None


def find(text: str) -> str | None:
    """The intent of an English request about an existing alarm, timer, list item or
    reminder, or None."""
    said = _ASKED_TO_TELL.sub("", _HAILED.sub("", clean(text).rstrip(".")))
    if not said:
        return None
    if "," in text:  # "I'm going swimming on Saturday, did I set an alarm for it?"
        last = clean(text.rsplit(",", 1)[1])
        if len(last.split()) >= 3 and _ALARM_QUERY.search(last) and "alarm" in last:
            return "alarm_query"
    if _QUOTED_TO_LIST.search(said) or _TO_SHOPPING.search(said):
        return "lists_createoradd"
    heading = _DAYS_HEADING.search(said.rstrip("?"))
    if heading:
        kind = heading["kind"] or ""
        return "alarm_query" if kind.startswith("alarm") else "calendar_query"
    read = _READ_OUT.search(said) or _RUNDOWN.search(said)
    if read:
        return _READ_KIND[read["kind"]]
    if _MINUTES_ON.search(said):
        return "timer_query"
    if _MUST_BUY.search(said):
        return "lists_query"
    named = _SET_NAMED.search(said)
    if named:
        return f"{named.group(1)}_set"
    if _ALARM_AT.search(said):
        return "alarm_set"
    if _TIMER_ADJUST.search(said) and not re.search(
            r"\b(?:list|calendar|alarm|reminder)s?\b|\bremind", said):
        return "timer_adjust"
    if _ALARM_CHANGE.search(said) and not re.search(r"\b(?:timer|reminder)s?\b", said):
        return "alarm_change"
    if _ALARM_QUERY.search(said) and not re.search(
            r"\b(?:timers?|reminders?|remind|calendar|diary|meeting|appointment)\b|"
            r"\byou\s+(?:please\s+)?(?:set|make|create|add|put|wake|get|turn|switch|cancel|"
            r"delete|remove|stop|snooze)\b", said):
        return "alarm_query"
    if _LIST_QUERY.search(said):
        return "lists_query"
    if _LIST_DONE.search(said) or (_DONE_ANY.search(said) and not re.search(
            rf"\b(?:reminders?|alarms?|timers?|{_EVENT}|calendar)\b", said)):
        return "lists_remove"
    if _TIMER_QUERY.search(said) or _TIMER_LEFT.search(said):
        return "timer_query"
    if _TIMER_REMOVE.search(said) or _TIMER_CANCEL_IT.search(said):
        return "timer_remove"
    if _TIMER_PAUSE.search(said):
        return "timer_pause"
    if _ALARM_OFF.search(said):
        return "alarm_remove"
    if re.search(r"\breminders?\b", said) and _REMINDER_DONE.search(said):
        return "calendar_remove"
    if _REMINDER_QUERY.search(said) and not _REMIND_TO_SET.search(said):
        return "calendar_query"
    if _REMIND_RELATIVE.match(said):  # "remind me 15 minutes beforehand to pull up the price list"
        return "calendar_set"
    if re.search(r"\bremind", said) or re.search(r"\b(?:alarm|timer)s?\b", said):
        return None
    if _EVENT_REMOVE.search(said):
        return "calendar_remove"
    if _MEET_MOVE.search(said):
        return "calendar_set"
    if _MEET_ASKED.search(said):
        return "calendar_query"
    if _EVENT_MOVE.search(said) or _CALENDAR_PUT.search(said) or _CALENDAR_BOOK.search(said) \
            or _CALENDAR_BLOCK.search(said) or _PUT_IN.search(said) or _MEET_UP.search(said) \
            or _ADD_ON_DAY.search(said) or _NEW_EVENT.search(said) \
            or (_ADDS_EVENT.search(said) and said_span(said) is not None) \
            or (_BARE_EVENT.search(said) and _said_range(said)):
        return "calendar_set"
    if _EVENT_QUERY.search(said) or _DAY_QUERY.search(said) or _CALENDAR_LOOK.search(said) \
            or _PLAN_QUERY.search(said) or _FREE_QUERY.search(said) or _WEEK_QUERY.search(said):
        return "calendar_query"
    return None
