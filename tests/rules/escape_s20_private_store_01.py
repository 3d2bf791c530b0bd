# expect: reject store
# line: 18
# why: a name bound twice (an instance, then a library Thread) proves no instance: its private attribute stays refused
import threading


def mk():
    return threading.Thread(target=print)


class Bits:
    def __init__(self):
        self._target = None


b = Bits()
b = mk()
b._target = print
