# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_01_super_unbound_init_on_stdlib_class_jsonencoder_default)
# Mechanism: super(E, E).__init__(X, ...) -- the two-argument super() with a CLASS as
#   its second argument is an unbound lookup: it hands out JSONEncoder.__init__ as a
#   plain function, which the program then calls with any object as self (here the
#   library class json.JSONEncoder itself). check_init_call (analyzer/names.c) returns
#   at once for every `super(...).__init__` receiver, whatever super's arguments are,
#   so neither the fourth round's fix (self.__init__ / Base.__init__(self) make the
#   method privileged) nor the store rule sees it; it works at module level, outside
#   any method. (README: "super(C, C) ... hands out the plain function" is known for
#   the method rule, not for __init__.)
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced by a program function (json.dumps then uses it).
# Output under python3 (3.11.7):
#   {"k": "replaced"}
#   <function fake at 0x7f402ffd1c60>
import json


class E(json.JSONEncoder):
    pass


def fake(self, o):
    return "replaced"


super(E, E).__init__(json.JSONEncoder, default=fake)
print(json.dumps({"k": object()}))
print(json.JSONEncoder.default)
