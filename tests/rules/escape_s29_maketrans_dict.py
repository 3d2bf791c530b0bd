# expect: reject store
# line: 6
# why: the one-argument str.maketrans hands its dict's values back as the table's values
import sys
T = str.maketrans({"a": sys.argv})
T[97].append("pwned")
print(sys.argv)
