# expect: reject module_value
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (io.FileIO built from the class of sys.stdin's raw file: /etc/hostname read and printed)
# why: round 14, the ignored first argument of traceback.format_exception_only(type(x), x): the module name traceback bound again to an object of the program's, whose method of that name hands the class back (the rebinding is a module as a value)

import sys
import traceback
class Fake:
    def format_exception_only(self, t, v):
        return t
traceback = Fake()
raw = sys.stdin.buffer.raw
FileIO = traceback.format_exception_only(type(raw), raw)
print(FileIO("/etc/hostname").read())
