"""English word classes as regex alternation fragments.

Each constant is plain regex source of the form ``word|word|...`` with no group of
its own: embed it inside your own group, e.g. ``rf"\\b(?:{WEEKDAYS})\\b"``.
"""

WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december")
