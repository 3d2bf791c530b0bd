# expect: accept
limit = 200
sieve = bytearray([1]) * (limit + 1)
sieve[0:2] = b"\x00\x00"
for i in range(2, int(limit ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = bytes(len(range(i * i, limit + 1, i)))
primes = [i for i in range(limit + 1) if sieve[i]]
print([(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2][:8], len(primes))
