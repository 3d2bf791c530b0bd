# expect: reject store
# line: 15
# why: the reader's reader attribute replaced: its rows' items become the rows' values (csv_rows)
# the reader's own reader replaced: its rows' items become the rows' values
import csv
import io
import sys
class Lines:
    line_num = 0
    def __init__(self, rows):
        self.rows = rows
    def __next__(self):
        return self.rows.pop()
r = csv.DictReader(io.StringIO("a\n"), fieldnames=["a"])
r.reader = Lines([[sys.argv]])
for row in r:
    row["a"].append("planted")
    break
print(sys.argv)
