# expect: reject store
# line: 8
# why: policy (round 28f): a DictReader keeps what it is given as attributes (fieldnames, restval, its reader over f), and the store rule's masks count parts by depth, not by kind, so its rows over sys.stdin count as parts of sys.stdin; read them into dicts of your own first (dict(row)) or read text from io.StringIO(sys.stdin.read())
import csv
import sys

for row in csv.DictReader(sys.stdin):
    row["delay"] = int(row["delay"])
    print(row)
