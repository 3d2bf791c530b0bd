# expect: reject store
# line: 9
# why: restval stored on the reader after the call: a row's items include what any attribute store writes (csv_rows)
# restval stored on the reader after it is made
import csv
import io
import sys
r = csv.DictReader(io.StringIO("a,b\n1\n"))
r.restval = sys.argv
for row in r:
    row["b"].append("planted")
print(sys.argv)
