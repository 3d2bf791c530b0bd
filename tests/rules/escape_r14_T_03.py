# expect: reject class_value
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the class comes back as the exception line's text only; with a third argument 3.11 raises TypeError, and a walrus keeps the class: io.FileIO built, /etc/hostname read and printed)
# why: round 14, the ignored first argument of traceback.format_exception_only(type(x), x): a walrus inside the argument keeps the class for the program

import sys
import traceback
raw = sys.stdin.buffer.raw
traceback.format_exception_only((K := type(raw)), ValueError("x"))
print(K("/etc/hostname").read())
