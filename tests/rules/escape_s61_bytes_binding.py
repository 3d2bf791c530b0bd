# expect: reject memory
# line: 9
# why: found in review of round 91: __bytes__ runs inside bytearray's % formatting (escape_s60_bytes_clears_format_buffer) as the text dunders run inside C reprs, and its def was judged pure, but a class-body binding of it to another value was not judged at all; bound to a library callable (a bytearray's clear) it may do what a def may not
buf = bytearray(b"A" * 40 + b"%s" + b"B" * 60)
HOLD = []


class Arg:
    __bytes__ = staticmethod(buf.clear)

    def __repr__(self):
        return "<arg>"


try:
    print(buf % (Arg(),))
except TypeError as exc:
    HOLD.append(exc)
print(len(buf), HOLD)
