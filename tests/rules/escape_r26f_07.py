# expect: reject store
# line: 27
# why: the red team's round 26f ok_07 (its header below): a base written (B) or Outer.B is refused, so every walk of a class's program bases sees each base; a program instance or class handed to library code hands back what any of its methods returns that library code calls by name (library-duck names, non-fixed dunders, any method of a class with a library base)
# goal: prints os.environ (serious).
# mechanism: z = Z(); datetime.datetime.now(tz=z) with Z.fromutc returning run (a keyword, a name bound once).
# rule slipped: store: as ok_05 (z -> sole assignment Z() -> "no function").
# family M: "a library function that calls a program method by a NON-dunder name and hands back its result": the
#   tzinfo protocol: datetime.now(tz), datetime.fromtimestamp(ts, tz) (and astimezone) call tz.fromutc(dt) and return
#   what it returns unchecked (C _datetime: `return callmethod(tzinfo, "fromutc", self)`). maybe_function judges the
#   library call by its arguments; Z() (a tzinfo subclass, no arguments) is "no function": class_hands_out lists only
#   __getitem__/__iter__/.../keys/get/pop, and chain_value_dunder only dunders; fromutc is neither.
# principle: a program instance handed to library code hands out what ANY of its methods whose name the library calls
#   returns: every name of library-duck-calls.txt (fromutc, utcoffset, dst, tzname, ...), not a fixed list -- i.e.
#   class_hands_out should ask "does the class chain bind any library-duck name or any non-fixed dunder"; or judge
#   a library call with a program instance of a library-derived class as an argument "may be a function".
# verify: the checker THIS -> exit 0; python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest
import operator
import datetime
import queue


def run(x, *a):
    x.append("logging.os.environ")
    return 0

class Z(datetime.tzinfo):
    def fromutc(self, dt):
        return run


z = Z()
es = contextlib.ExitStack()
es.callback(datetime.datetime.now(tz=z), sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
