# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 3.11 in a temp dir (a module's list or dict written: prints pwned)
# why: round 15 takes a def named as a hook of json.loads/load/JSONDecoder for what
#   json hands it: a new object holding, one level in or deeper, what json's hooks
#   return (honest14b p54). Here object_pairs_hook of a JSONDecoder returns keyword.kwlist for the inner object; the outer pairs hold it, one level deeper.
import json
import keyword


def pairs(items):
    for k, v in items:
        if k == "inner":
            v.append("pwned")
    return keyword.kwlist


json.JSONDecoder(object_pairs_hook=pairs).decode('{"inner": {"x": 1}}')
print(keyword.kwlist[-1])
