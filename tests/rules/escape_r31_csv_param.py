# expect: reject store
# line: 11
# why: a parameter named like the imported csv.reader: no import is its only binding (module_function_only)
import csv
import io
import sys


def g(reader):
    for row in reader(io.StringIO("a\n")):
        row.append("planted")


g(lambda f: [sys.argv])
print(sys.argv)
