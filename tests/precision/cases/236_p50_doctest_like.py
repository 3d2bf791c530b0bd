def slugify(s):
    """
    >>> slugify("Hello, World!")
    'hello-world'
    >>> slugify("  many   spaces ")
    'many-spaces'
    """
    out, dash = [], False
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")

def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    res = ""
    for v, sym in vals:
        while n >= v:
            res += sym
            n -= v
    return res

CHECKS = [
    ('slugify("Hello, World!")', slugify("Hello, World!"), "hello-world"),
    ('slugify("  many   spaces ")', slugify("  many   spaces "), "many-spaces"),
    ("roman(1994)", roman(1994), "MCMXCIV"),
    ("roman(4)", roman(4), "IV"),
    ("roman(3999)", roman(3999), "MMMCMXCIX"),
]
passed = 0
for expr, got, want in CHECKS:
    if got == want:
        passed += 1
    else:
        print(f"Failed example:\n    {expr}\nExpected:\n    {want!r}\nGot:\n    {got!r}")
print(f"{passed}/{len(CHECKS)} passed")
assert roman(9) == "IX", "roman(9)"
print(slugify.__doc__.count(">>>"), "docstring examples")
