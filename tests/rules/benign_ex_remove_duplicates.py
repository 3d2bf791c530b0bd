# expect: accept
def dedupe(xs):
    seen = set()
    return [x for x in xs if not (x in seen or seen.add(x))]


print(dedupe([3, 1, 3, 2, 1]), list(dict.fromkeys("mississippi")), sorted(set("banana")))
