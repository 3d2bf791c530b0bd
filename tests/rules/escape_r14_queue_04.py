# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (the queue writes the test names into sys.argv, which unittest.main() without argv= reads; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: import queue (round 14): a program subclass of Queue adopts sys.argv as its deque in a public method (self.queue = items), then put() appends
import base64, queue, sys, unittest
class Q(queue.Queue):
    def adopt(self, items):
        self.queue = items
q = Q()
q.adopt(sys.argv)
for name in ("/etc/passwd", "base64.main"):
    q.put(name)
unittest.main(exit=False)
