# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: the library class reaches the writer through a name

import json
import typing

E = json.JSONEncoder
typing.no_type_check(E)
print("__no_type_check__" in dir(json.JSONEncoder))
