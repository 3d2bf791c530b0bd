# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: abc.abstractmethod re-exported by numbers, called on a library function

import json
import numbers

numbers.abstractmethod(json.JSONEncoder.default)
print("__isabstractmethod__" in dir(json.JSONEncoder.default))
