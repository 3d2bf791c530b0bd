# expect: reject store
# line: 10
# why: restval in a ** splat: a splat may fill any parameter (csv_rows)
# restval through a splat of the arguments
import csv
import io
import sys
opts = {"restval": sys.argv}
for row in csv.DictReader(io.StringIO("a,b\n1\n"), **opts):
    row["b"].append("planted")
print(sys.argv)
