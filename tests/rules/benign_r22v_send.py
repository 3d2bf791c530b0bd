# expect: accept
# why: a generator fed with send() appends to what it is sent: the program's own lists
def collector():
    total = []
    while True:
        got = yield len(total)
        got.append("seen")
        total.append(got)


c = collector()
next(c)
print(c.send([1]), c.send(["a", "b"]))
