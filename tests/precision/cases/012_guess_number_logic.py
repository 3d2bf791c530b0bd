# Number guessing game played by a computer strategy, seeded for repeatability.
import random

random.seed(42)


def play(secret, strategy, low=1, high=100):
    guesses = 0
    lo, hi = low, high
    while True:
        guess = strategy(lo, hi)
        guesses += 1
        if guess == secret:
            return guesses
        if guess < secret:
            lo = guess + 1
        else:
            hi = guess - 1


def binary(lo, hi):
    return (lo + hi) // 2


def randomly(lo, hi):
    return random.randint(lo, hi)


secrets = [random.randint(1, 100) for _ in range(10)]
print("secrets:", secrets)
for name, strat in [("binary", binary), ("random", randomly)]:
    results = [play(s, strat) for s in secrets]
    print(f"{name:>7}: {results} avg={sum(results) / len(results):.1f} worst={max(results)}")

exhaustive = [play(s, binary) for s in range(1, 101)]
print("binary worst case over 1..100:", max(exhaustive))
print("binary mean over 1..100:", sum(exhaustive) / 100)
