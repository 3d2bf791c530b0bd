# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: twelfth red team, family G, our own (against judging a target on what it held before the statement): the index is a match capture of a slice, then of 0: not a plain index
import keyword

held = [[]]
parts = [[keyword.kwlist], ["pwned"]]
for n in range(2):
    match [slice(0, 0), 0][n]:
        case at:
            held[at] += parts[n]
print(keyword.kwlist[-1] == "pwned")
