# expect: accept
# why: honest dict subclasses whose __missing__ stores a default into self (a
#   defaultdict-like counter and a memo): what a method puts into self is held by
#   every instance of its class, and here that is a number or the program's own list.


class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


class Groups(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


class Fib(dict):
    def __missing__(self, n):
        value = n if n < 2 else self[n - 1] + self[n - 2]
        self[n] = value
        return value


counts = Counter()
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
groups = Groups()
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[w[0]].append(w)
fib = Fib()
print(sorted(counts.items()), dict(groups), fib[30])
for k, v in counts.items():
    print(k, v)
groups["a"].append("apricot")
print(groups.get("a"), counts.get("the"))
