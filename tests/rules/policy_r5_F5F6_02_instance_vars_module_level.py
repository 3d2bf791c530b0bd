# expect: reject builtin
# why: vars(x) of an instance bound once, read at module level: printed, sorted,
#   iterated, spread into a new instance, dumped as JSON, copied and changed as a
#   copy. Attributes are set with setattr from keyword arguments.
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 14
import json


class Record:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"


r = Record(name="ada", year=1815)
print(vars(r))
print(sorted(vars(r)), len(vars(r)), "year" in vars(r))
for key, value in vars(r).items():
    print(key, value)
twin = Record(**vars(r))
print(twin, json.dumps(vars(r), sort_keys=True))
older = dict(vars(r), year=1800)
print(older, vars(r)["year"], vars(r).get("month", "?"))
