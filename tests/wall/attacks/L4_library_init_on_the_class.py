# family: L (a library __init__ run with the class as self stores into the class)   goal: libwrite
import json


def fake(self, o):
    return "LIBRARY-CLASS" + "-WRITTEN"


json.JSONEncoder.__init__(json.JSONEncoder, default=fake)
print(json.dumps(object()))
