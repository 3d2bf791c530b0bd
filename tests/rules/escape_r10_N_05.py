# expect: reject name
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (write into a standard-library namespace: json.JSONEncoder.default replaced)
# why: tenth red team, family N (private-name mangling): mangled from import store jsonencoder default

# Same mangling differential on a from-import: _K__E is json.JSONEncoder for both, but
# __E inside class K is not a name the store rule traces to the json module, so the
# statement store replaces a method of a standard-library class.
import json
from json import JSONEncoder as _K__E


class K:
    def patch(self):
        __E.default = lambda self, o: "JSONEncoder.default replaced by the program"


K().patch()
print(json.dumps(object()))
print(json.JSONEncoder.default)
