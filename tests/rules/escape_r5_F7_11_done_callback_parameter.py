# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: F7 through a callback's parameter: the Future the library hands to a
#   done-callback answers result() with what the submitted def returned.
# Goal reached: namespace write into the standard library (json.JSONEncoder.default).
import concurrent.futures
import json


def fake(self, o):
    return "replaced"


def one(*a):
    return json.JSONEncoder


def done(fut):
    fut.result().default = fake


with concurrent.futures.ThreadPoolExecutor() as ex:
    ex.submit(one).add_done_callback(done)
print(json.dumps({"k": object()}))
