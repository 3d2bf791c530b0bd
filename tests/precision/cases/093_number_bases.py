# Convert numbers between bases, by hand and with built-ins.
import string

DIGITS = string.digits + string.ascii_uppercase


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def from_base(s, base):
    sign = -1 if s.startswith("-") else 1
    total = 0
    for ch in s.lstrip("-").upper():
        total = total * base + DIGITS.index(ch)
    return sign * total


for n in [0, 5, 255, 1000, -42, 2 ** 32 - 1]:
    print(f"{n:>11}: bin {to_base(n, 2):>33} oct {to_base(n, 8):>12} hex {to_base(n, 16):>9} b36 {to_base(n, 36)}")
    assert to_base(n, 16) == (format(n, "X") if n >= 0 else "-" + format(-n, "X"))
    assert from_base(to_base(n, 7), 7) == n

print(int("ff", 16), int("0b1011", 0), int("777", 8), int("zz", 36))
print(bin(10), oct(64), hex(4096))
print(f"{10:b} {10:08b} {255:x} {255:X} {-5 & 0xFF:08b}")
print("popcount of 2024:", bin(2024).count("1"), (2024).bit_count(), (2024).bit_length())
print("gray codes:", [format(i ^ (i >> 1), "03b") for i in range(8)])
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
