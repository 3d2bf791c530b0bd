# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_16_from_import_class_store)
# Mechanism: a class bound by 'from json import JSONDecoder' is not treated as reached 
#   through a module by the store rule (module_rooted ignores BIND_VALUE names): 
#   JSONDecoder.decode replaced
# Goal reached: write into a namespace of the standard library (json.decoder.JSONDecoder.decode replaced; json.loads hijacked)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | HIJACKED json.loads: {"a": 1}
# The store rule refuses stores through a module path and through names bound by
# `NAME = path` (BIND_ALIAS), but a name bound by `from module import Class` is a
# BIND_VALUE, which module_rooted() never consults: the store goes straight into the
# standard library's class. json.loads now runs the program's decode.
import json
from json import JSONDecoder


def decode(self, s):
    return "HIJACKED json.loads: " + s


JSONDecoder.decode = decode
print(json.loads('{"a": 1}'))
