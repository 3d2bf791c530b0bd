# expect: accept
# why: session 28: a class with a duck-named method (get) and a method returning self, whose instance is only bound, read through and printed: it never reaches the library, so get's parameters take nothing the program handed it (the same class handed to csv's writerow is escape_s28_instance_*)
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

    def __repr__(self):
        return "Row()"
r = Row().me()
r.keys()
print(r)
unittest.main(exit=False)
