# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (unittest.main() without argv= takes its test names from sys.argv; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: the same through sys.argv.extend taken as a value and called by a library thread
import base64
import sys
import threading
import unittest

t = threading.Thread(target=sys.argv.extend, args=(["/etc/passwd", "base64.main"],))
t.start()
t.join()
unittest.main(exit=False)
