# expect: accept
# why: a Match's group and a datetime's isoformat answer text; the program's own list and dict are changed
import datetime
import re

m = re.match(r"(\w+)-(\d+)", "item-42")
dt = datetime.datetime(2024, 5, 1, 12, 30)
rows = []
if m:
    rows.append(m.group(1))
    rows.append(int(m.group(2)))
stamp = {"at": dt.isoformat()}
stamp["at"] += "Z"
rows.append(stamp)
print(rows)
