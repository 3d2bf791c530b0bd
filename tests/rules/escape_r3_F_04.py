# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_17_star_import_class_store)
# Mechanism: a class bound by 'from calendar import *' (not star-denied) is untracked; 
#   a store through it writes into calendar.TextCalendar's namespace
# Goal reached: write into a namespace of the standard library (calendar.TextCalendar.formatmonth replaced; calendar.prmonth prints the program's text)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | HIJACKED calendar.TextCalendar.formatmonth
# A star import binds names the checker does not track at all; a store through one of
# them is not "reached through a module". calendar.TextCalendar.formatmonth is replaced
# for every user of the calendar module (calendar.prmonth() calls it).
import calendar as cal
from calendar import *


def formatmonth(self, theyear, themonth, w=0, l=0):
    return "HIJACKED calendar.TextCalendar.formatmonth"


TextCalendar.formatmonth = formatmonth
cal.prmonth(2026, 11)
