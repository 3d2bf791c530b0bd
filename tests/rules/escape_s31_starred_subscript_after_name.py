# expect: reject store
# line: 8
# why: a starred subscript after a name (list_splat_pattern around the subscript): the new list lies one level up, so d's items hold sys.argv's list two levels in
import sys

d = {}
first, *d["rest"] = [1, [sys.argv]]
d["rest"][0][0].append("--pwned")
print(sys.argv)
