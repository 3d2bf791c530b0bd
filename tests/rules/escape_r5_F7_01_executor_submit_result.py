# expect: reject store
# Mechanism: store rule (analyzer/stores.c), values that come back through a library
#   call. A call's value is what the defs it may reach return, chosen by the callee's
#   NAME: obj.m(...) takes the returns of every def m. one() returns json.JSONEncoder;
#   handed by name to ThreadPoolExecutor.submit, its value comes back from the library
#   method Future.result(), and no def of the program is named `result`, so c is judged
#   a plain value and `c.default = ...` an ordinary store. (Refused, for comparison: the
#   same with an inline lambda, ex.submit(lambda: json.JSONEncoder).result(), and
#   f = one; f().default = ...). Also accepted and working:
#   `for c in ex.map(one_of, [1]): c.default = fake`.
# Goal reached: namespace write into the standard library: json.JSONEncoder.default
#   replaced.
# Output under python3:
#   {"k": "replaced"}
import concurrent.futures
import json


def fake(self, o):
    return "replaced"


def one():
    return json.JSONEncoder


with concurrent.futures.ThreadPoolExecutor() as ex:
    c = ex.submit(one).result()
c.default = fake
print(json.dumps({"k": object()}))
