# expect: reject attribute
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the root logger's warning replaced (a write into the standard library))
# why: 16b family J (ok_02): JSONDecoder keeps the hook as dec.object_hook; calling it hands the "fresh" hook parameter any value. The hooks' attribute names are refused as reads (keywords stay allowed)
# Mechanism: the json-hook relaxation of the store rule (stores.c json_hook_arg, commit
# 2d3aa9c). A def named as `object_hook=` of json.JSONDecoder(...) is assumed to be called
# only by json, with values json builds from text, so stores through its parameter are
# accepted. But the decoder keeps the hook as a public attribute, and the program can call
# `dec.object_hook(ANY)` itself: the call through the library object's attribute is not
# linked back to the def, so a library object flows into the "fresh" parameter unseen.
# Goal reached: write into a namespace of the standard library: the method `warning` of the
# interpreter-wide root logger (logging.root, shared by every library user) is replaced
# by a program function; logging.warning(...) now runs program code.
# Output seen under python3:
#   root logger method replaced
import json
import logging
def bad(*a, **k):
    print("root logger method replaced")
def hook(d):
    d.warning = bad
    return d
dec = json.JSONDecoder(object_hook=hook)
dec.object_hook(logging.getLogger())
logging.warning("hello")
