# Sieve of Eratosthenes using a bytearray and an array of results.
from array import array


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return array("i", (i for i, f in enumerate(flags) if f))


primes = sieve(1000)
print("count below 1000:", len(primes))
print("first 15:", list(primes[:15]))
print("last 5:", list(primes[-5:]))

twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), twins[-3:])

gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:2}: {gaps[gap]}")
print("itemsize ok:", primes.itemsize >= 2)
