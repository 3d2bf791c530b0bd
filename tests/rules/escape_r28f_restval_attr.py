# expect: reject store
# line: 9
# why: round 28f family: a DictReader's restval attribute is the restval argument itself
import csv
import io
import sys

reader = csv.DictReader(io.StringIO(""), restval=sys.argv)
reader.restval.append("logging.os.environ")
print(sys.argv)
