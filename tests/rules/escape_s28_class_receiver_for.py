# expect: reject store
# line: 10
# why: session 28 review: `for cls.send in [helper]` in a classmethod gives instances a method as `cls.send = helper` does (round 47b ok_03); the class-receiver store test now is strings.c's attribute-target test (for and with targets, unpackings, del), where a hand-written copy knew assignments and del only; reaches os.environ under python3.11 through the csv restval lever
import csv, io, sys, unittest, logging
w = csv.DictWriter(io.StringIO(), ["a"], restval=sys.argv, extrasaction="ignore")
def helper(s):
    w.writerow(s)
class Row:
    def get(self, k, d):
        d.append("logging.os.environ")
        return ""
    @classmethod
    def setup(cls):
        for cls.send in [helper]:
            pass
r = Row()
r.setup()
r.send()
unittest.main(exit=False)
