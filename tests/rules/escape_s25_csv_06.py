# expect: reject store
# line: 9
# why: restval by position, the fourth argument (csv_rows)
# restval by position (f, fieldnames, restkey, restval)
import csv
import io
import sys
for row in csv.DictReader(io.StringIO("1\n"), ["a", "b"], None, sys.argv):
    row["b"].append("planted")
print(sys.argv)
