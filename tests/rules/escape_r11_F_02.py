# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (['__isabstractmethod__'] printed)
# why: eleventh red team (11a), family F', our own: a from-import alias of abstractclassmethod
import json
from abc import abstractclassmethod as acm

acm(json.JSONEncoder.default)
print(sorted(k for k in dir(json.JSONEncoder.default) if "abstract" in k))
