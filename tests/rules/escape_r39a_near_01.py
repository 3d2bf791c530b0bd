# expect: reject store
# line: 20
# why: round 39a near_01: a builtin bound under a plain name and called as a method, refused before and after
# near_01 -- REFUSED (rule store at the append): the ok_02 trick (a builtin function
#   as a class attribute is called without self) with a NON-dunder name:
#   `class K: f = next` then K().f(iter([sys.argv])).  A method call on any receiver
#   spreads its arguments into the result (call_mask0_as), so the builtin-as-method
#   form is caught; only the implicit protocol/operator calls (ok_02) slip, because
#   there the operand reaches the result only through ()__ / ()__op / proto_key keys,
#   which plain_data_name() leaves empty for a builtin name.
import sys
import logging
import unittest

class K:
    f = next

names = K().f(iter([sys.argv]))
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
