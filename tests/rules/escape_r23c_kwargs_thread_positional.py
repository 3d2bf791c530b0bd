# expect: reject builtin
# why: Thread's fifth positional argument is its kwargs: no keyword names it,
#   so Thread itself withdraws the keys as a judged source (python3 3.11 prints "reached")
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
t = threading.Thread(None, C, None, (), {key: lambda proto: (print, ("reached",))})
t.start()
t.join()
copy.deepcopy(MADE[0])
