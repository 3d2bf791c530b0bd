# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: the factory's decorator applied to a library class returned by the program's function

import json
import typing


def target():
    return json.JSONEncoder


typing.dataclass_transform(eq_default=False)(target())
print("__dataclass_transform__" in dir(json.JSONEncoder))
