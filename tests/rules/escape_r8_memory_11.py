# expect: reject memory
# line: 21
# verified: under the image's python3.11 (3.11.2) the result holds 64 bytes that are neither
#   the separator (emptied) nor the parts (a read of freed memory: it shows a
#   0x7f... pointer, an address of the process); 3.11.7 raises BufferError
# Mechanism: gh-112625, as escape_r8_memory_10.
# This member: the unbound bytearray.join(sep, iterable), a map of a program function that
#   empties the separator with a slice deletion.
# Checker before the rule: exit 0 (accepted)
sep = bytearray(b"=" * 64)
state = {"n": 0}


def part(c):
    state["n"] += 1
    if state["n"] == 2:
        del sep[:]
    return bytes([c])


joined = bytearray.join(sep, map(part, b"xyz"))
print(len(joined), joined)
