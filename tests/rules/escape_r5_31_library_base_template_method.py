# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a library base's method
#   (calendar.Calendar.monthdatescalendar) returns what the program's override of its
#   hook (itermonthdates) hands out.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import calendar
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class C(calendar.Calendar):
    def itermonthdates(self, year, month):
        return iter([json.JSONEncoder] * 7)


C().monthdatescalendar(2024, 1)[0][0].default = fake
print(json.dumps({"k": object()}))
