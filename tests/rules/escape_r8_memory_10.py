# expect: reject memory
# line: 21
# verified: under the image's python3.11 (3.11.2) the result holds 64 bytes that are neither
#   the separator (cleared) nor the parts: the join copied the separator from freed memory
#   (a read of freed heap memory); 3.11.7 raises BufferError (the separator is exported)
# Mechanism: gh-112625: bytearray.join takes the separator's buffer pointer and length, then
#   reads the iterable; a generator that clears the separator frees that buffer, and the join
#   copies the old length from it between the parts.
# This member: a generator argument clears the separator.
# Checker before the rule: exit 0 (accepted)
sep = bytearray(b"-" * 64)


def parts():
    yield b"<"
    sep.clear()
    fill = [bytes([65 + k]) * 64 for k in range(20)]
    yield b">"


joined = sep.join(parts())
print(len(joined), joined)
print("separator bytes seen:", joined.count(b"-"), "of 64")
