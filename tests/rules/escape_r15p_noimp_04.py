# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 3.11 in a temp dir (json.dumps([1, 2]) prints [1;2])
# why: an exception caught may hold anything (AttributeError.obj is the object whose
#   lookup failed): with an import in the program, the object kept from it is a
#   library class, and the store into it is judged as before.
import json as j
box = []
try:
    j.JSONEncoder.no_such_attribute
except AttributeError as e:
    box.append(e.obj)
for held in box:
    held.item_separator = ";"
print(j.dumps([1, 2]))
