# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): the index is a parameter, called with a slice and then 0: a parameter is never a plain index
import keyword


def bump(box, at, part):
    box[at] += part


held = [[]]
bump(held, slice(0, 0), [keyword.kwlist])
bump(held, 0, ["pwned"])
print(keyword.kwlist[-1] == "pwned")
