# expect: reject store
# line: 12
# why: a datetime keeps the tzinfo it was given: its parts are the arguments', read back through .tzinfo
import sys
from datetime import datetime, tzinfo, timedelta
class Z(tzinfo):
    def __init__(self, v):
        self.v = v
    def utcoffset(self, dt):
        return timedelta(0)
x = datetime(2020, 1, 1, tzinfo=Z(sys.argv)).tzinfo.v
x += ["pwned"]
print(sys.argv)
