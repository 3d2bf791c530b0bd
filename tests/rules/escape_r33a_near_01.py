# expect: reject store
# line: 32
# why: round 33a near_01: refused by a broader rule than the one the red team aimed at; kept so that narrowing it shows
# near_01 -- REFUSED (store, line 17). Would be goal 1 via goal 3 (sys.argv /
#   unittest.main lever); python3 3.11 does reach it: names is sys.argv.
# Mechanism: datetime.datetime.now(tz) returns tz.fromutc(now) as it is (C
#   datetime_datetime_now_impl: no type check on fromutc's result). A tzinfo
#   subclass whose fromutc returns sys.argv makes now(Z()) sys.argv itself.
#   builds_new trusts datetime (text_module) and datetime.datetime.now() alone
#   is accepted as a new value.
# Why refused: Z has a library base (datetime.tzinfo), so s->foreign sets H_LIB
#   to override_mask_at (every method's return), and CK_MODULE adds lib. The
#   same route through a class WITHOUT a library base is not possible (now()
#   type-checks tz as a tzinfo instance). Instructive: this C-level
#   "return the hook's result" is covered only by the foreign-base rule.
import datetime
import logging
import sys
import unittest


class Z(datetime.tzinfo):
    def fromutc(self, dt):
        return sys.argv

    def utcoffset(self, dt):
        return None


names = datetime.datetime.now(Z())
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
