# expect: reject dunder
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a decorated def is bound to what its decorator returned: functools.wraps
#   copies __annotations__ by reference, so the wrapper's dict is the library
#   function's own (created in its namespace on first read), which the program
#   then writes. Only an undecorated def's dict is the one its statement built.
# Goal reached: write into a foreign namespace (json.dumps's annotations).
import functools
import json
@functools.wraps(json.dumps)
def dumps(*args):
    return json.dumps(*args)
dumps.__annotations__["return"] = "forged"
print(json.dumps.__annotations__)
