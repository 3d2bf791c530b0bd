# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B (bound mutating method read by name): getattr(module_list, 'append') with a LITERAL name. The literal getattr is judged 'like obj.name' for attribute/unbound/private rules, but the store rule's 'mutating method taken as a value / called on a module value' never sees it: keyword.kwlist.append('x') is refused by store, getattr(keyword.kwlist, 'append')('x') is accepted.
# Goal reached: write into a namespace of the standard library: the module list keyword.kwlist is extended
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   keyword.kwlist grew: 35 -> 36 ['yield', 'EVIL']
import keyword
before = len(keyword.kwlist)
getattr(keyword.kwlist, "append")("EVIL")      # keyword.kwlist.append("EVIL") is refused by `store`
print("keyword.kwlist grew:", before, "->", len(keyword.kwlist), keyword.kwlist[-2:])
