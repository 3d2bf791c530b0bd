# expect: reject store
# line: 18
# why: session 28: a chain of self-returning calls bound to a name, then a call through the name given to an instance reaching csv.DictWriter.writerow (which calls row.get(key, restval=sys.argv) by name), then unittest.main() reads the name pushed into sys.argv and prints os.environ (verified under python3.11)
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
r = Row().me().me()
w.writerow(r.me())
unittest.main(exit=False)
