# expect: accept
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    out = []
    neg, n = n < 0, abs(n)
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return ("-" if neg else "") + "".join(reversed(out))


print(to_base(255, 2), to_base(255, 16), to_base(-42, 7), int(to_base(12345, 36), 36))
