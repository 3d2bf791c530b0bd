# expect: reject store
# line: 17
# why: session 28: a bound method of a self-returning def, read without a call, hands the instance to whoever calls it: map(r.me2, [0]) into writerows, an instance reaching csv.DictWriter.writerow (which calls row.get(key, restval=sys.argv) by name), then unittest.main() reads the name pushed into sys.argv and prints os.environ (verified under python3.11)
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")
class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""

    def me(self):
        return self
    def me2(self, *a):
        return self
r = Row()
w.writerows(map(r.me2, [0]))
unittest.main(exit=False)
