# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist gains "pwned")
# why: round 15 (keywords of audited classes kept one level in, never the instance):
#   SequenceMatcher holds what it is given by keyword in an attribute; the attribute
#   read of the new instance is still the module's list.
import difflib
import keyword

m = difflib.SequenceMatcher(a=keyword.kwlist, b=[])
m.a.append("pwned")
print(keyword.kwlist[-1])
