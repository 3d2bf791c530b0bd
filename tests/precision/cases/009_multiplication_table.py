# Multiplication table with f-string alignment and a template held in a variable.

size = 9
header = "    " + "".join(f"{i:4d}" for i in range(1, size + 1))
print(header)
print("    " + "-" * (4 * size))
for row in range(1, size + 1):
    cells = "".join(f"{row * col:4d}" for col in range(1, size + 1))
    print(f"{row:2d} |{cells}")

print()
line_fmt = "{a:>3} x {b:<3} = {p:>5,}"
for a, b in [(12, 12), (25, 40), (99, 101), (123, 456)]:
    print(line_fmt.format(a=a, b=b, p=a * b))

print()
fmt = "{0:08.3f} | {0:+.2e} | {0:>10.1%}"
for x in (0.5, 3.14159, 1234.5):
    print(fmt.format(x))
print(f"{255:#x} {255:#o} {255:#b} {1_000_000:_}")
