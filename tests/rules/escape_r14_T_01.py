# expect: reject class_value
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (io.FileIO built from the class of sys.stdin's raw file: /etc/hostname read and printed)
# why: round 14, the ignored first argument of traceback.format_exception_only(type(x), x): the name imported from traceback is bound again by a def of the program's, which hands the class back

import sys
from traceback import format_exception_only
def format_exception_only(t, v):
    return t
raw = sys.stdin.buffer.raw
FileIO = format_exception_only(type(raw), raw)
print(FileIO("/etc/hostname").read())
