# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (['__isabstractmethod__'] printed)
# why: eleventh red team (11a), family F', our own: a library function through a loop
import abc
import json

for f in [json.JSONEncoder.iterencode]:
    abc.abstractclassmethod(f)
print(sorted(k for k in dir(json.JSONEncoder.iterencode) if "abstract" in k))
