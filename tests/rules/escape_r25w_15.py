# expect: reject store
# line: 15
# why: the red team's round 25w ok_15 (its header below): a method fetched through a class, handed to the library, is the plain function: bound only from a proved instance (fetch_first)
# goal: prints os.environ (serious), as ok_02.
# mechanism: as ok_02 through sorted(key=getattr(A, "key")): the key function is the plain A.key, called
#   with each element: key(a=sys.argv).
# rule slipped: store (fetched-name callback fan-out at offset 1). family/principle: ok_02.
import logging
import sys
import unittest


class A:
    def key(a):
        a.append("logging.os.environ")
        return 0


sorted([sys.argv], key=getattr(A, "key"))
print(sys.argv)
unittest.main(exit=False)
