# expect: reject memory
# line: 9
# why: round 90's S2 (the red team's): bytearray % (x,) reads its format from the bytearray's buffer while it runs x.__bytes__, which clears it (freed memory read back); __bytes__ is judged pure as the text dunders are
buf = bytearray(b"A" * 40 + b"%s" + b"B" * 60)


class Arg:
    def __bytes__(self):
        buf.clear()
        fill = [bytearray(b"Q" * 101) for i in range(4)]
        HOLD.append(fill)
        return b"<arg>"


HOLD = []
print(buf % (Arg(),))
