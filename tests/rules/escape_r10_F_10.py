# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: typing.no_type_check_decorator(d) makes a decorator that runs no_type_check on what d returns

import json
import typing

typing.no_type_check_decorator(lambda f: f)(json.JSONEncoder)
print("__no_type_check__" in dir(json.JSONEncoder))
