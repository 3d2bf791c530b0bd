# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B, computed-prefix spelling: getattr(keyword.kwlist, 'app' + t) and an f-string name f"ins{...}". The fix13p completion check judges unbound reads and setattr stores for each completion, not a bound mutator read then called.
# Goal reached: write into a namespace of the standard library: keyword.kwlist extended at both ends
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   keyword.kwlist now: ['EVIL0', 'False'] ... ['yield', 'EVIL']
import keyword
t = "end"
getattr(keyword.kwlist, "app" + t)("EVIL")     # computed name, letter prefix
getattr(keyword.kwlist, f"ins{'ert'}")(0, "EVIL0")
print("keyword.kwlist now:", keyword.kwlist[:2], "...", keyword.kwlist[-2:])
