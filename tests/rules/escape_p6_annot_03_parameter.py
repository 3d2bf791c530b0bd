# expect: reject dunder
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: __annotations__ of a parameter: the caller chooses the object, a library
#   class included (type's getter creates the dict in that class's namespace).
# Goal reached: write into a foreign namespace (json.JSONEncoder's).
import json
def annotations_of(obj):
    return obj.__annotations__
annotations_of(json.JSONEncoder)["default"] = "forged"
print(json.JSONEncoder.__dict__["__annotations__"])
