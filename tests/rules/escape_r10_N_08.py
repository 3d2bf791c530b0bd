# expect: reject name
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (write into a standard-library namespace: json.JSONEncoder.default replaced)
# why: tenth red team, family N (private-name mangling): mangled parameter keyword store jsonencoder

# The mangling differential on a parameter: `def patch(self, __target)` inside class K
# has, for CPython, the parameter _K__target, so the call passes json.JSONEncoder by
# that keyword. The checker hands keyword arguments to parameters by name as written
# (`__target`), finds none, and takes the parameter as clean: the store through it is
# not judged. The same program with a plain parameter name is refused (store).
import json


class K:
    def patch(self, __target):
        __target.default = lambda self, o: "JSONEncoder.default replaced by the program"


K().patch(_K__target=json.JSONEncoder)
print(json.dumps(object()))
