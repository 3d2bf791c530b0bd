# expect: reject store
# line: 28
# why: round 35b near_01: datetime.datetime.now(tz) hands back tz.fromutc(...) unchecked; now is no call that builds anew
# near_01 -- REFUSED (store, line of names.append): instructive near miss.
#   datetime.datetime.now(tz) (C, _datetimemodule.c datetime_now_impl) returns
#   tz.fromutc(self) UNCHECKED, so with a tzinfo subclass whose fromutc returns
#   sys.argv, datetime.datetime.now(Z()) IS sys.argv (python3 confirms;
#   dt.astimezone(tz) and fromtimestamp(t, tz) do the same).  The checker
#   refuses it because `now` is no builds_new() name: the call passes its
#   arguments (and the library-base class's method returns) on.  If `now`,
#   `astimezone` or `fromtimestamp` ever join a "new value" table, this opens.
import datetime
import logging
import sys
import unittest


class Z(datetime.tzinfo):
    def utcoffset(self, dt):
        return datetime.timedelta(0)

    def fromutc(self, dt):
        return sys.argv


names = datetime.datetime.now(Z())
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
