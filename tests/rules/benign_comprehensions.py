# expect: accept
# why: list/set/dict comprehensions and generator expressions
words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words}
initials = {w[0] for w in words}
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [list(row) for row in zip(*matrix)]
evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
nested = {k: [v for v in range(k)] for k in range(4)}
gen_total = sum(x * x for x in range(10))
print(lengths["quick"], sorted(initials)[:3], transposed[0], evens, pairs)
print(nested[3], gen_total)
