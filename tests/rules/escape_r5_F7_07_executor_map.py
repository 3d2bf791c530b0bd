# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7, Executor.map(one, [1]) yields what the def returned.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import concurrent.futures
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


with concurrent.futures.ThreadPoolExecutor() as ex:
    for c in ex.map(one, [1]):
        c.default = fake
print(json.dumps({"k": object()}))
