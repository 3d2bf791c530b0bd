# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (sys.argv replaced, a write into the sys module: ['/forged'] printed)
# why: round 14, private names through a class's name: the name A is bound by a class statement of the program's, and bound again by a second one that derives from contextlib.redirect_stdout; the name is then not one closed class, and a private store through it writes the library's private state

import contextlib
import sys
class A:
    pass
if len(sys.argv) > 0:
    class A(contextlib.redirect_stdout):
        pass
A._stream = "argv"
with A(["/forged"]):
    print(sys.argv)
