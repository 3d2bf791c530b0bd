# expect: accept
# why: str.join on literal text answers new text; list.copy of a list display bound once is a new list the program may change
import keyword

xs = [w for w in keyword.kwlist if len(w) < 4]
line = "-".join(xs)
ys = xs.copy()
ys.append(line)
ys.sort()
print(len(ys), line[:10])
