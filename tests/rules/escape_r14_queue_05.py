# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (the queue writes the test names into sys.argv, which unittest.main() without argv= reads; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: import queue (round 14): Queues in a dict's values, sys.argv put into each and extended through get() in a loop
import base64, queue, sys, unittest
qs = {"a": queue.Queue()}
for q in qs.values():
    q.put(sys.argv)
for q in qs.values():
    q.get().extend(["/etc/passwd", "base64.main"])
unittest.main(exit=False)
