# expect: reject syntax
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (seventh static red team, ok_08_tab_indent_differential_private_self_read_json_module_store)
# Mechanism: same tab differential; the moved method returns the json module, and the program replaces json.dumps in the json module's namespace
# Goal reached: json module as a value; write into a standard-library module namespace (json.dumps replaced)
# Output under python3 (3.11.7, fresh temp dir, env -i PATH HOME MARKER=round7-marker):
#   replaced by the program

import json
import unittest


class K:
       	class L(unittest.TestLoader):
       	        y = 0
                def m(self):
                        return self._get_module_from_name("json")


def fake(*a, **k):
    return "replaced by the program"


j = K.L().m()
j.dumps = fake
print(json.dumps({"a": 1}))
