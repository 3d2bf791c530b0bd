# expect: accept
# why: rows parsed by json and a logger of the program's own name, kept through aliases and changed through another name; a helper filling its parameter and an augmented assignment through the alias

import collections
import json
import logging

rows = []
cur = rows
for line in ['{"a": 1}', '{"b": 2}']:
    cur.append(json.loads(line))
rows[0]["seen"] = True
cur += [{"c": 3}]
rows[-1]["seen"] = False

counts = collections.Counter()
alias = counts
alias["x"] += 1
counts.update(["y"])

state = {}
view = state
view["log"] = logging.getLogger("app.alias")
state["log"].propagate = False


def fill(box, item):
    box.setdefault("items", []).append(item)


mine = {}
other = mine
fill(other, {"id": 1})
mine["items"][0]["id"] = 2
table = {"cell": mine}
table["cell"]["items"].append({"id": 3})
print(rows, dict(counts), state["log"].name, mine)
