# family: wall (memory: bytearray.hex reading the buffer its separator's __len__ moved)   goal: memory   interpreter: /usr/bin/python3
# The read-only kin of X60 (upstream gh-142558..60 list find, count and index; hex,
# startswith, endswith, `in` and % have the same shape in 3.11.2): bytearray.hex takes
# the buffer's address and length, then asks its separator's length. A str subclass's
# __len__ extends the bytearray (the realloc frees the old 64-byte block) and an empty
# bytearray's header takes that block: hex() then prints the header, the address of
# the bytearray type among it (the program read memory it does not own:
# MEMORY-OVERWRITTEN, the suite's word for it). The wall's bytearray_held keeps a
# buffer export for the call: the resize raises BufferError.
b = bytearray(60)
got = []
class S(str):
    def __len__(self):
        b.extend(bytes(4096))
        got.append(bytearray())
        return 1
try:
    seen = bytes.fromhex(b.hex(S(":"), 1).replace(":", ""))
    text = seen.hex()
except BufferError as e:
    seen, text = b"", "BufferError: %s" % e
if id(bytearray).to_bytes(8, "little") in seen:
    print("MEMORY-OVERWRITTEN: hex() printed another object's header")
else:
    print("hex:", text[:60])
