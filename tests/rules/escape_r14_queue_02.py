# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (the queue writes the test names into sys.argv, which unittest.main() without argv= reads; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: import queue (round 14): a SimpleQueue (C) hands back what was put: sys.argv through put/get, then extended
import base64, queue, sys, unittest
q = queue.SimpleQueue()
q.put(sys.argv)
q.get().extend(["/etc/passwd", "base64.main"])
unittest.main(exit=False)
