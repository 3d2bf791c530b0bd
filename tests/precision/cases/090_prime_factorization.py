# Prime factorization, divisors, Euler's totient and perfect numbers.
from collections import Counter
from math import prod


def factorize(n):
    factors = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] += 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] += 1
    return factors


def fmt(factors):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(factors.items()))


def divisors(n):
    divs = [1]
    for p, e in factorize(n).items():
        divs = [d * p ** k for d in divs for k in range(e + 1)]
    return sorted(divs)


def totient(n):
    return prod((p - 1) * p ** (e - 1) for p, e in factorize(n).items())


for n in [12, 97, 360, 1001, 65536, 999999, 600851475143]:
    print(f"{n} = {fmt(factorize(n))}")
print("divisors of 360:", divisors(360))
print("phi:", [totient(n) for n in range(1, 21)])
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print("perfect numbers below 10000:", perfect)
amicable = [(a, b) for a in range(2, 3000) for b in [sum(divisors(a)) - a] if a < b and sum(divisors(b)) - b == a]
print("amicable pairs:", amicable)
