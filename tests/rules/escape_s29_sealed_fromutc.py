# expect: reject store
# line: 12
# why: datetime.now(tz) answers whatever the program's tzinfo.fromutc returns (CPython does not check it): a sealed class's call still hands back what a library hook of the program returns
import sys
from datetime import datetime, tzinfo, timedelta
class Z(tzinfo):
    def utcoffset(self, dt):
        return timedelta(0)
    def fromutc(self, dt):
        return sys.argv
x = datetime.now(Z())
x += ["pwned"]
print(sys.argv)
