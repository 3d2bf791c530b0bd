# expect: reject store
# line: 18
# why: session 28: a method name something but a def binds (Row.me = ident, ident returning its argument) hands the receiver back when called: Row().me() given to an instance reaching csv.DictWriter.writerow (which calls row.get(key, restval=sys.argv) by name), then unittest.main() reads the name pushed into sys.argv and prints os.environ (verified under python3.11)
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
        return 1
def ident(s):
    return s
Row.me = ident
w.writerow(Row().me())
unittest.main(exit=False)
