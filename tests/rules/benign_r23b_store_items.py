# expect: accept
# why: counts is a dict comprehension bound once: items() is the builtin view, its pairs are new tuples; the list built from them is the program's
import keyword

counts = {w[0]: [w] for w in keyword.kwlist}
pairs = list(counts.items())
pairs.append(("z", []))
pairs.sort(key=lambda p: p[0])
print(len(pairs), pairs[-1][0])
