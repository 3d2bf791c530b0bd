# List, dict and set comprehensions, the way a course introduces them.

nums = list(range(1, 21))
squares = [n * n for n in nums]
evens = [n for n in nums if n % 2 == 0]
pairs = [(x, y) for x in range(1, 4) for y in range(1, 4) if x != y]
print(squares)
print(evens)
print(pairs)

words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
lengths = {w.lower(): len(w) for w in words}
print(lengths)
initials = sorted({w[0].lower() for w in words})
print(initials)

matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row]
print(flat, sum(flat))

labels = ["even" if n % 2 == 0 else "odd" for n in range(6)]
print(labels)
nested = {k: [v for v in range(k)] for k in range(1, 5)}
print(nested)
print(sum(1 for w in words if w[0].isupper()), "capitalised words")
