# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): range is the program's own def handing out a slice: only the builtin range() makes a plain index
import keyword


def range(n):
    return [slice(0, 0), 0][:n]


held = [[]]
parts = [[keyword.kwlist], ["pwned"]]
n = 0
for at in range(2):
    held[at] += parts[n]
    n += 1
print(keyword.kwlist[-1] == "pwned")
