# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): a nested holder with an index read from a list (a slice, then 0): not a plain index
import keyword

grid = [[[]]]
parts = [[keyword.kwlist], ["pwned"]]
at = [slice(0, 0), 0]
for n in range(2):
    grid[0][at[n]] += parts[n]
print(keyword.kwlist[-1] == "pwned")
