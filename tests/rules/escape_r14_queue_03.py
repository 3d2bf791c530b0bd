# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (the queue writes the test names into sys.argv, which unittest.main() without argv= reads; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: import queue (round 14): a LifoQueue hands back sys.argv through put/get_nowait, held in a name, then +=
import base64, queue, sys, unittest
q = queue.LifoQueue()
q.put(sys.argv)
held = q.get_nowait()
held += ["/etc/passwd", "base64.main"]
unittest.main(exit=False)
