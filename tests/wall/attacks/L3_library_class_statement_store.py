# family: L (a library class written by an attribute store statement: no audit event)   goal: libwrite
import json


def fake(self, o):
    return "LIBRARY-CLASS" + "-WRITTEN"


json.JSONEncoder.default = fake
print(json.dumps(object()))
