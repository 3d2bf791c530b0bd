# expect: reject import
# why: raw memory and C calls
# line: 4
import ctypes
print(ctypes)
