# expect: reject memory
# line: 9
# why: UnicodeEncodeError's C __str__ converts reason, then encoding, each borrowed: reason's __str__ sets encoding to a slice whose repr sets it again (SIGSEGV under python3 3.11.2)
class Pad:
    def __repr__(self):
        return "p"
class B:
    def __repr__(self):
        e.encoding = "ascii"
        return "b"
class A:
    def __str__(self):
        e.encoding = slice(B(), [Pad() for _ in range(5)], None)
        return "r"
e = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
e.reason = A()
print(str(e))
