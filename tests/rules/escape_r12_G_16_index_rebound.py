# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): the index is a name bound by range() in one place and to a slice in another (names are judged whatever their scope): not a plain index
import keyword

held = [[]]
parts = [[keyword.kwlist], ["pwned"]]


def step(n):
    held[i] += parts[n]


i = slice(0, 0)
step(0)
for i in range(1):
    step(1)
print(keyword.kwlist[-1] == "pwned")
