# expect: accept
# Honest calls of privileged methods (private state) through self and super(): with a
# bound call's arguments, with other arguments (the calling method becomes privileged
# and is itself called bound), a bound method handed to a thread as its target, and
# Base.m(self, ...) in a subclass the program defines.
import threading


class Counter:
    def __init__(self):
        self._n = 0
        self._lock = threading.Lock()

    def _bump(self, by=1):
        with self._lock:
            self._n += by

    def add(self, by):
        self._bump(by)

    def add_twice(self):
        self.add(1)
        self.add(1)

    def run_in_thread(self):
        t = threading.Thread(target=self._bump)
        t.start()
        t.join()

    @property
    def value(self):
        return self._n


class Doubling(Counter):
    def add(self, by):
        super().add(by)
        Counter.add(self, by)


c = Counter()
c.add(2)
c.add_twice()
c.run_in_thread()
d = Doubling()
d.add(3)
print(c.value, d.value)
