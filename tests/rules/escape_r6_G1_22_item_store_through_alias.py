# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): an item store (not an attribute store) through an alias of __eq__'s parameter, into keyword.kwlist.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   replaced
import keyword


class K:
    def __eq__(self, other):
        v = other
        v[0] = "replaced"
        return True


K() == keyword.kwlist
print(keyword.kwlist[0])
