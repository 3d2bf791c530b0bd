# expect: accept
# why: starred targets that are plain names, the list then stored by item
data = [3, 1, 2]
first, *rest = data
head, *tail = "abc"
box = {}
box["rest"] = rest
for a, *more in [(1, 2, 3)]:
    print(a, more)
print(first, rest, head, tail, box)
