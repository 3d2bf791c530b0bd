# expect: accept
# why: a DictReader bound once in a function, its rows converted and grouped (honest27 p48)
# a DictReader bound once in a function, rows filled and grouped (honest27 p48)
import csv
import io
from collections import defaultdict
def summarise(text):
    rows = []
    reader = csv.DictReader(io.StringIO(text), skipinitialspace=True)
    for row in reader:
        row["delay"] = int(row["delay"])
        row["hour"] = row["scheduled"][:2] + ":00"
        rows.append(row)
    groups = defaultdict(list)
    for r in rows:
        groups[r["hour"]].append(r["delay"])
    return dict(groups)
print(summarise("scheduled, delay\n08:15, 3\n08:40, 7\n09:05, 1\n"))
