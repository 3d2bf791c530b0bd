# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 3.11 in a temp dir (json.dumps([1, 2]) prints [1;2])
# why: a function handed to the library receives what other escaping functions
#   return (EV_ESC): with an import in the program that may be a library class; here
#   map hands put what get returns, and put writes into it.
import json
def get(_):
    return json.JSONEncoder
def put(k):
    k.item_separator = ";"
    return k
list(map(put, map(get, [0])))
print(json.dumps([1, 2]))
