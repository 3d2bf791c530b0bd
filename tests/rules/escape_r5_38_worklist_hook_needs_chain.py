# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): the target's value comes through a hook
#   (__iter__) whose result comes through two more names (box, holder) bound later in
#   the text; for the worklist, the hook's keys are needed only once a hook is read, and
#   their events are evaluated then.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __iter__(self):
        return iter(box)


box = []
holder = [json.JSONEncoder]
box.extend(holder)
for c in H():
    c.default = fake
print(json.dumps({"k": object()}))
