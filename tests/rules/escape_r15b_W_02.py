# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the main thread's attributes deleted)
# why: fifteenth red team (15b), our own member of family W: run() on every thread threading.enumerate() hands out and on current_thread()

import threading

for t in threading.enumerate():
    t.run()
try:
    threading.current_thread().run()
except AttributeError as e:
    print("gone:", e)
