# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B, a dunder-allow in-place operator captured by a keyword class pattern: case list(__iadd__=ia) on keyword.kwlist; keyword.kwlist.__iadd__([...]) written out is refused by store
# Goal reached: write into a namespace of the standard library: keyword.kwlist extended (no builtin is given a dunder name at run time: the name is in the pattern)
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   keyword.kwlist[-1] = EVIL
import keyword

match keyword.kwlist:
    case list(__iadd__=ia):        # a dunder-allow name read by a keyword pattern
        ia(["EVIL"])
print("keyword.kwlist[-1] =", keyword.kwlist[-1])
