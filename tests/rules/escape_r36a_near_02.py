# expect: reject store
# line: 42
# why: round 36a near_02: a name taken for text is a program object after 'a' + K() with a fullwidth __radd__; identifiers are normalised before they are judged
# near_02 -- refused (store: 'append' on names).
# Aim: goal 1.  Mechanism: a name the checker takes for exact text (bound only
#   to "a" and by `s += K()`, so immutable_name holds, and text_args() makes
#   method_returns_mask() answer 0 for string.capwords(s, s)) but which at run
#   time is an instance of the program's class K, rebound by a reflected
#   operator (`"a" + K()` -> K.__radd__).  capwords(s, s) is then
#   s.join(...) == sys.argv.
# Why refused: reflected_free() in stores.c refuses the exemption when K has a
#   library base (s->foreign: UserList/Set/Complex/Fraction supply __radd__/
#   __ror__/__rsub__ without the program spelling them) and when the text
#   holds the dunder's name; spelled in fullwidth (`def __ｒadd__`, NFKC makes
#   it __radd__) it is refused too (identifiers are normalised).  With a plain
#   class K and no __radd__ the checker ACCEPTS this program but it fails at
#   run time (TypeError), which shows the whole exemption rests on
#   reflected_free: any other way to give a class a reflected operator
#   without its name in the text and without a library base would make it an
#   escape.
import logging
import string
import sys
import unittest


class K:
    def __ｒadd__(self, other):
        return self

    def split(self, sep):
        return []

    def join(self, parts):
        return sys.argv


s = "a"
s += K()
names = string.capwords(s, s)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
