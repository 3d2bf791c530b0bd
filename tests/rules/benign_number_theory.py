# expect: accept
def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def pythagorean_triples(limit):
    return [(a, b, c) for c in range(1, limit) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]


def look_and_say(s, rounds):
    for _ in range(rounds):
        out, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            out.append(f"{j - i}{s[i]}")
            i = j
        s = "".join(out)
    return s


def goldbach(n, primes):
    return next((p, n - p) for p in primes if n - p in primes)


primes = {p for p in range(2, 200) if all(p % d for d in range(2, int(p ** 0.5) + 1))}
print([n for n in range(1, 50) if is_happy(n)], pythagorean_triples(20), look_and_say("1", 6), goldbach(100, primes))
