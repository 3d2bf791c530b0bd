# expect: accept
# why: the honest neighbour of escape_s63_thread_repr_is_alive: a Thread subclass whose run appends to its own list, beside a __repr__, is judged by what Thread's repr calls (is_alive), which it does not define
import threading


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.out = []

    def run(self):
        for i in range(self.n):
            self.out.append(Point(i, i * i))


w = Worker(3)
w.start()
w.join()
print(w.out, w.is_alive())
