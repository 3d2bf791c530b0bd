# expect: accept
# why: fifteenth red team (15b), family W: threads, loggers and runners of the program's own keep their methods: run() on a Thread the program made, a Thread subclass's run, a program class's run, a runner's run, setLevel/addHandler on loggers, is_alive and name of the shared threads

import logging
import threading
import unittest


class Worker(threading.Thread):
    def __init__(self):
        super().__init__()
        self.out = []

    def run(self):
        self.out.append(1)


class App:
    def run(self):
        return "ran"


log = logging.getLogger("app")
log.setLevel(logging.INFO)
log.addHandler(logging.StreamHandler())
t = threading.Thread(target=print, args=("x",))
t.run()
w = Worker()
w.start()
w.join()
print(w.out, App().run(), threading.current_thread().is_alive(), threading.main_thread().name)
unittest.TextTestRunner().run(unittest.TestSuite())
logging.basicConfig(level=logging.INFO)
