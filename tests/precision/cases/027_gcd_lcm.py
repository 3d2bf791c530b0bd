# GCD and LCM by hand and with math, plus a few math module functions.
import math
from functools import reduce


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a * b // gcd(a, b)


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (270, 192)]
for a, b in pairs:
    assert gcd(a, b) == math.gcd(a, b)
    print(f"gcd({a}, {b}) = {gcd(a, b)}, lcm = {lcm(a, b) if a and b else 0}")

print("lcm 1..20:", reduce(lcm, range(1, 21)))
print("math.lcm 1..20:", math.lcm(*range(1, 21)))
g, x, y = extended_gcd(240, 46)
print(f"240*{x} + 46*{y} = {g}")
print("inverse of 3 mod 11:", pow(3, -1, 11))
print("isqrt(10**20 + 1):", math.isqrt(10 ** 20 + 1))
print("comb(52, 5):", math.comb(52, 5), "perm(10, 3):", math.perm(10, 3))
print(f"pi={math.pi:.10f} e={math.e:.10f} tau/2==pi: {math.tau / 2 == math.pi}")
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(2.5), round(3.5))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.copysign(3, -0.0))
print(f"{math.log(1000, 10):.6f} {math.log2(1024)} {math.factorial(12)}")
