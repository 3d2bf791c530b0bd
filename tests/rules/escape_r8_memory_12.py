# expect: reject memory
# line: 19
# verified: under the image's python3.11 (3.11.2) the result holds 64 bytes that are neither
#   the separator (cleared) nor the parts (a read of freed memory: it shows a
#   0x7f... pointer, an address of the process); 3.11.7 raises BufferError
# Mechanism: gh-112625, as escape_r8_memory_10.
# This member: the join method fetched by getattr with a literal name, so no `.join` is
#   written, the iterable a generator expression whose condition clears the separator.
# Checker before the rule: exit 0 (accepted)
sep = bytearray(b"+" * 64)


def keep(i):
    if i == 1:
        sep.clear()
    return True


joiner = getattr(sep, "join")
joined = joiner(bytes([i + 48]) for i in range(3) if keep(i))
print(len(joined), joined)
