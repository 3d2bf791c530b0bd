# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (a module's list or dict written: prints pwned)
# why: round 15 takes a def named as a hook of json.loads/load/JSONDecoder for what
#   json hands it: a new object holding, one level in or deeper, what json's hooks
#   return (honest14b p54). Here a parse_float hook of the same call returns keyword.kwlist, which json puts into the dict it hands object_hook.
import json
import keyword


def as_list(text):
    return keyword.kwlist


def hook(d):
    d["x"].append("pwned")
    return d


json.loads('{"x": 1.5}', object_hook=hook, parse_float=as_list)
print(keyword.kwlist[-1])
