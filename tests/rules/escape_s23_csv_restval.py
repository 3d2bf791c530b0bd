# expect: reject store
# line: 10
# why: a DictReader's rows are new dicts, but what it was given lies two levels down: restval=sys.argv makes each short row's missing value sys.argv itself
import csv
import io
import sys

reader = csv.DictReader(io.StringIO("a,b\n1\n"), restval=sys.argv)
for row in reader:
    row["b"].append("logging.os.environ")
print(sys.argv)
