# Learner: string methods
s = "  The quick brown Fox jumps over the lazy Dog  "
print(repr(s.strip()))
print(s.lower().split())
words = s.split()
print(" ".join(w.capitalize() for w in words))
print(s.count("o"), s.find("Fox"), s.rfind("o"))
print(s.strip().replace("lazy", "sleepy").upper())
print("-".join(reversed(words)))
print(s.strip().startswith("The"), s.strip().endswith("Dog"))
palins = ["level", "hello", "Racecar", "noon", "python"]
for p in palins:
    print(p, p.lower() == p.lower()[::-1])
print("abc".center(11, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|")
print("a,b,,c".split(","), "a b  c".split(), "line1\nline2\n".splitlines())
print("hello world".title(), "Hello".swapcase(), "42".zfill(5))
vowels = sum(1 for ch in s.lower() if ch in "aeiou")
print("vowels:", vowels)
print(ord("A"), chr(97), "ß".upper(), "straße".casefold())
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
