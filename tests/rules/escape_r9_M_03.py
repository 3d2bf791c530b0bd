# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (prints True: keyword.kwlist extended)
# why: round 9 family M through an alias: `from operator import methodcaller as mc` and mc("extend", [...]) on a library module's list
import keyword
from operator import methodcaller as mc

mc("extend", ["PWNED"])(keyword.kwlist)
print("PWNED" in keyword.kwlist)
