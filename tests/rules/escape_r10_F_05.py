# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: a writer bound by a from-import under another name, called on a library class

import json
from typing import final as fin

fin(json.JSONEncoder)
print("__final__" in dir(json.JSONEncoder))
