# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 3.11 in a temp dir (a module's list or dict written: prints pwned)
# why: round 15 takes a def named as a hook of json.loads/load/JSONDecoder for what
#   json hands it: a new object holding, one level in or deeper, what json's hooks
#   return (honest14b p54). Here a nested object's hook result lands in the outer object's dict: the hook returns keyword.kwlist for an inner object, and the outer call of the same hook appends to it.
import json
import keyword


def hook(d):
    if "inner" in d:
        d["inner"].append("pwned")
        return d
    return keyword.kwlist


json.loads('{"inner": {"x": 1}}', object_hook=hook)
print(keyword.kwlist[-1])
