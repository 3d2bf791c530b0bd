# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 with a method taken as a value (k.pick, a bound method) handed to
#   Executor.submit; result() returns what the method returned.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import concurrent.futures
import json


def fake(self, o):
    return "replaced"


class K:
    def pick(self):
        return json.JSONEncoder


k = K()
with concurrent.futures.ThreadPoolExecutor() as ex:
    c = ex.submit(k.pick).result()
c.default = fake
print(json.dumps({"k": object()}))
