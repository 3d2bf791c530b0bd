# Roman numerals: to and from, with validation.
import re

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range")
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s):
    if not s or not VALID.match(s):
        raise ValueError(f"invalid numeral: {s}")
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = single[a]
        total += -v if b != " " and single[b] > v else v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")

for bad in ["IIII", "VX", "MMMM", "", "IC", "XLII"]:
    try:
        print(bad, "=", from_roman(bad))
    except ValueError as e:
        print("error:", e)

assert all(from_roman(to_roman(i)) == i for i in range(1, 4000))
print("round trip ok for 1..3999")
print("longest:", max((to_roman(i) for i in range(1, 4000)), key=len))
