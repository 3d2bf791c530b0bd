# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: eleventh red team (11a), family N, branch fix11a's member: DecimalTuple unpacked
import decimal
import keyword

sign, digits, exponent = decimal.DecimalTuple(keyword.kwlist, (), 0)
sign.append("pwned")
print("pwned" in keyword.kwlist)
