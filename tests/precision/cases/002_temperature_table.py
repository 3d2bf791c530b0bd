# Celsius to Fahrenheit conversion table, with a bit of formatting.

def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


print(f"{'Celsius':>8} | {'Fahrenheit':>10}")
print("-" * 21)
for c in range(-20, 45, 5):
    print(f"{c:>8} | {c_to_f(c):>10.1f}")

print()
readings = [72.5, 68.0, 101.3, 32.0, -4.0, 98.6]
converted = [round(f_to_c(f), 2) for f in readings]
for f, c in zip(readings, converted):
    label = "hot" if c > 30 else "cold" if c < 5 else "mild"
    print(f"{f:6.1f}F = {c:7.2f}C  ({label})")

avg = sum(converted) / len(converted)
print(f"average: {avg:.3f}C, max: {max(converted)}C, min: {min(converted)}C")
