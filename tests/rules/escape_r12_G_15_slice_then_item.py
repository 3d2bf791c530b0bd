# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): the same statement runs first with a slice for index (its result's elements, keyword.kwlist among them, become the holder's items) then with 0 (that item extended in place): an index that may be a slice counts the statement's own store
import keyword

held = [[]]
parts = [[keyword.kwlist], ["pwned"]]
for n, at in enumerate([slice(0, 0), 0]):
    held[at] += parts[n]
print(keyword.kwlist[-1] == "pwned")
