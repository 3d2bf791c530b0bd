# expect: accept
# Honest extended-slice stores: sieves and interleaving whose values are built before
# the store starts (bytearray/bytes of an int, [x] * len(range(...)), list(...) of a
# generator, comprehensions, displays, sorted(...)), reversed reads, slices without a
# step, del of an extended slice, slice(a, b) without a step.
def primes_bytearray(limit):
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, limit + 1, i)))
    return [i for i, v in enumerate(sieve) if v]


def primes_list(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i in range(n + 1) if is_prime[i]]


def primes_bytes(limit):
    flags = bytearray(b"\x01") * (limit + 1)
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
    return [i for i in range(2, limit + 1) if flags[i]]


def interleave(evens, odds):
    out = [None] * (len(evens) + len(odds))
    out[::2] = list(evens)
    out[1::2] = [x for x in odds]
    return out


def squares_in_place(xs):
    xs[::3] = list(x * x for x in xs[::3])
    xs[1::3] = sorted(xs[1::3])
    xs[2::3] = (0,) * len(xs[2::3])
    return xs


words = "level radar python".split()
print(primes_bytearray(50))
print(primes_list(50))
print(primes_bytes(50))
print(interleave([0, 2, 4], [1, 3, 5]))
print(squares_in_place(list(range(9))))
print([w for w in words if w == w[::-1]], "abcdef"[slice(1, 4)], "abcdef"[::2])
data = list(range(10))
del data[::2]
data[1:3] = (v for v in "xy")
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(data, counts)
