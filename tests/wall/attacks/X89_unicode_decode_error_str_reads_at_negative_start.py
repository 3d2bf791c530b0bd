# family: wall (memory: UnicodeDecodeError.__str__ reads a byte at an unchecked start, gh-123378)   goal: crash   interpreter: /usr/bin/python3
# A sibling of X84 (the twelfth round's ok_05) among the built-in exceptions' str():
# CPython 3.11's UnicodeDecodeError_str reads object[start] when start < len(object)
# and end == start + 1; start is a writable member, checked from above only, and
# object is never checked to be bytes (gh-123378, fixed in 3.12 and later only). A
# negative start reads one byte anywhere in memory, relative to the object's
# address (id): an arbitrary read, one byte per str(). Here the byte at address 8:
# SIGSEGV on the image's 3.11.2. The wall: the str() is written out
# (decode_error_str) and reads no byte out of the object's bounds.
e = UnicodeDecodeError("utf-8", b"abc", 0, 1, "bad")
e.start = 8 - (id(e.object) + 32)          # PyBytes_AS_STRING(object) + start == 8
e.end = e.start + 1
print(str(e))
