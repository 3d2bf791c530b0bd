# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: a writer handed to map, which applies it to a library class

import json
import typing

list(map(typing.final, [json.JSONEncoder]))
print("__final__" in dir(json.JSONEncoder))
