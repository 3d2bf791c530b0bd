# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (['__isabstractmethod__'] printed)
# why: eleventh red team (11a), family F', our own: abstractstaticmethod held in a name
import abc
import json

mark = abc.abstractstaticmethod
mark(json.JSONEncoder.encode)
print(sorted(k for k in dir(json.JSONEncoder.encode) if "abstract" in k))
