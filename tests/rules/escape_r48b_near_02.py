# expect: reject store
# line: 29
# why: round 48b near_02: a private def returning self, called mangled (_Row__me), was matched by no name (refused by the private and mangled-name rules too); a private returner makes every call a possible hand-back
# near_02 — REFUSED (rule attribute: private '._Row__me' read on a non-self object; rule name:
#   '_Row__me' is a mangled name). Would be goal 1 under python3 (verified: prints environ).
# mechanism: instances.c returners_found() records a returner by its def's *source* name
#   (`__me`), while hands_receiver_back() compares the attribute as written (`_Row__me`): the
#   two differ under CPython's private-name mangling, so `Row()._Row__me()` is judged "kept"
#   (called, and wk_only_defs_give_attribute('_Row__me') holds vacuously) though it IS the
#   instance. Only the unrelated private/mangled-name rules stop it. Note also that any
#   called attribute that no def/store/keyword names at all (`Row().zz()`) is judged kept:
#   safe only as long as no machinery (a library base, a dataclass, __getattr__) supplies
#   a non-dunder attribute returning the receiver under another name.
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

    def __me(self):
        return self


x = Row()._Row__me()
w.writerow(x)
logging.info("x")
unittest.main(exit=False)
