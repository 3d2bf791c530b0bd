# expect: reject memory
# line: 13
# verified: SIGSEGV (exit 139) under the image's python3.11 (3.11.2)
# Mechanism: as escape_r8_memory_08 (struct.Struct re-initialised while pack_into walks its
#   format).
# This member: the class is named through a variable, `from struct import Struct` then
#   `Base = Struct`, so no base names struct.Struct.
# Checker before the rule: exit 0 (accepted)
from struct import Struct

buf = bytearray(160 * 8)

Base = Struct


class Packer(Base):
    def switch(self):
        super().__init__("1b")


s = Packer("20q")


class Index:
    def __index__(self):
        s.switch()
        x = [bytes(200) for _ in range(100)]
        return 1


try:
    s.pack_into(buf, 0, Index(), *range(19))
except Exception as e:
    print(type(e).__name__, e)
