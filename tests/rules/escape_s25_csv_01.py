# expect: reject store
# line: 10
# why: restval= is the value of every short DictReader row: a row's items are its arguments' restval and fieldnames items (csv_rows)
# restval handed to DictReader is every short row's value itself
import csv
import io
import sys
r = csv.DictReader(io.StringIO("a,b\n1\n"), restval=sys.argv)
for row in r:
    row["b"].append("planted")
print(sys.argv)
