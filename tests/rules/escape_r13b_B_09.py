# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: family B, own member: operator.attrgetter('append') hands out the bound mutator of whatever it is applied to

import keyword
import operator

grab = operator.attrgetter("append")      # kwlist.append, for whatever it is applied to
grab(keyword.kwlist)("pwned")
print("pwned" in keyword.kwlist, keyword.iskeyword("pwned"))
