# itertools combinatorics: permutations, combinations, product.
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(permutations("abc")))
print(["".join(p) for p in permutations("abcd", 2)][:8])
print(list(combinations(range(5), 3)))
print(list(combinations_with_replacement("xy", 3)))
print(len(list(product("01", repeat=4))), ["".join(p) for p in product("01", repeat=3)])

# Which digit permutations of 1..4 are divisible by 11?
hits = [int("".join(p)) for p in permutations("1234") if int("".join(p)) % 11 == 0]
print(hits)

# Find coins summing to 1 dollar with at most 6 coins.
coins = [1, 5, 10, 25, 50]
ways = set()
for n in range(1, 7):
    for combo in combinations_with_replacement(coins, n):
        if sum(combo) == 100:
            ways.add(combo)
for w in sorted(ways):
    print(w)

# A small password space.
space = product("abc", "12", "!?")
print(sum(1 for _ in space), "candidates")
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in range(2, 13)})
