# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the last line prints the library object after)
# why: a literal's maketrans keeps the values it is given in the table it returns: re.I itself, whose attributes are the library's

import re

table = "".maketrans({"a": re.I})
table[ord("a")].note = "pwned"
print(re.I.note)
