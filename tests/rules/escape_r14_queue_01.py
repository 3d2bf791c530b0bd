# expect: reject store
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (the queue writes the test names into sys.argv, which unittest.main() without argv= reads; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: import queue (round 14): a Queue's deque replaced by sys.argv (q.queue = sys.argv), then put() appends into it
import base64, queue, sys, unittest
q = queue.Queue()
q.queue = sys.argv
q.put("/etc/passwd")
q.put("base64.main")
unittest.main(exit=False)
