# expect: reject attribute
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sys.argv replaced, a write into the sys module: ['/forged'] printed)
# why: round 14, private names through a class's name: A is written once, but a subclass mixes it before contextlib.redirect_stdout, so A's namespace is read by redirect_stdout's getattr(sys, self._stream): a private store through A's name is a store into that library class's private state (A is not closed)

import contextlib
import sys
class A:
    pass
class R(A, contextlib.redirect_stdout):
    pass
A._stream = "argv"
with R(["/forged"]):
    print(sys.argv)
