# expect: reject builtin
# why: threading.Thread(kwargs=...) calls its target with a run-time dict as
#   keywords (python3 3.11 prints "reached")
# line: 14
import copy
import threading

MADE = []


class C:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)
        MADE.append(self)


key = "--reduce-ex--".replace("-", "_")
t = threading.Thread(target=C, kwargs={key: lambda proto: (print, ("reached",))})
t.start()
t.join()
copy.deepcopy(MADE[0])
