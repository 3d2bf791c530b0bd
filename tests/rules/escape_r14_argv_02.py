# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (unittest.main() without argv= takes its test names from sys.argv; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: the same through a from-import alias and a slice store: A[1:] = [...] with A sys.argv
import base64
import unittest
from sys import argv as A

A[1:] = ["/etc/passwd", "base64.main"]
unittest.main(exit=False)
