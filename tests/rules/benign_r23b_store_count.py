# expect: accept
# why: str.count and tuple.index on exact text and a tuple display answer numbers; the program's own list is changed
import keyword

s = "banana"
t = ("a", "b", "n")
out = []
out.append(s.count("a"))
out.append(t.index("n"))
out.append(len(keyword.kwlist))
out[0] += 1
print(out)
