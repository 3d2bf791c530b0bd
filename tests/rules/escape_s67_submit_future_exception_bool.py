# expect: reject memory
# line: 11
# why: round 97d's open route, closed: an executor's submit hands out a Future holding what the function raised, and its repr tests if self._exception:, running the exception's __bool__ inside a list's C repr (the shape of escape_s67_cf_future_exception_bool)
import concurrent.futures

L = []


class Boom(Exception):
    def __bool__(self):
        L.clear()
        return True


def work():
    raise Boom()


with concurrent.futures.ThreadPoolExecutor(1) as ex:
    fut = ex.submit(work)
    concurrent.futures.wait([fut])
L.append(slice(fut, "x"))
print(repr(L)[:20])
