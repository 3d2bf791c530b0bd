from enum import Enum

class Length(Enum):
    MM = 0.001
    CM = 0.01
    M = 1.0
    KM = 1000.0
    INCH = 0.0254
    FOOT = 0.3048
    MILE = 1609.344

def convert(value: float, src: Length, dst: Length) -> float:
    return value * src.value / dst.value

def c_to_f(c: float) -> float:
    return c * 9 / 5 + 32

def f_to_c(f: float) -> float:
    return (f - 32) * 5 / 9

print(f"{'value':>10} {'from':>5} {'to':>5} {'result':>12}")
cases = [(5, Length.KM, Length.MILE), (12, Length.INCH, Length.CM),
         (6, Length.FOOT, Length.M), (1, Length.MILE, Length.FOOT),
         (250, Length.MM, Length.INCH)]
for v, a, b in cases:
    print(f"{v:>10} {a.name:>5} {b.name:>5} {convert(v, a, b):>12.4f}")

for c in (-40, 0, 37, 100):
    f = c_to_f(c)
    print(f"{c:>5}C = {f:6.1f}F -> back {f_to_c(f):.1f}C")
print(Length["KM"], Length(1.0), [m.name for m in Length][:3])
