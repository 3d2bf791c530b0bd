# doctest-like self-checks with assert and a tiny test harness
def roman(n):
    """Convert an integer to a Roman numeral.

    >>> roman(1994)
    'MCMXCIV'
    """
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)

def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total

cases = [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (1994, "MCMXCIV"), (2024, "MMXXIV")]
passed = failed = 0
for n, expected in cases:
    got = roman(n)
    if got == expected and from_roman(got) == n:
        passed += 1
    else:
        failed += 1
        print(f"FAIL roman({n}) = {got!r}, expected {expected!r}")
assert all(from_roman(roman(i)) == i for i in range(1, 4000)), "round trip failed"
print(f"{passed} passed, {failed} failed")
print(roman.__doc__.strip().splitlines()[0])
examples = [line.strip()[4:] for line in roman.__doc__.splitlines() if line.strip().startswith(">>>")]
print("examples in docstring:", examples)
def check(expr_result, expected, label):
    status = "ok" if expr_result == expected else "MISMATCH"
    print(f"{label:<20} {status}")
check(roman(3999), "MMMCMXCIX", "roman(3999)")
check(from_roman("XLII"), 42, "from_roman('XLII')")
try:
    assert roman(0) == "N", "zero has no roman numeral"
except AssertionError as e:
    print("AssertionError:", e)
