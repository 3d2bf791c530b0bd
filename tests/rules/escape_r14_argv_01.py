# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints /etc/passwd base64-encoded (unittest.main() without argv= takes its test names from sys.argv; the name "base64.main" is walked from __main__ and called, and base64.main opens the file named first in sys.argv[1:])
# why: unittest.main() without argv= reads sys.argv, so sys.argv must be out of the program's reach: an alias of sys.argv extended in place with +=
import base64
import sys
import unittest

names = sys.argv
names += ["/etc/passwd", "base64.main"]
unittest.main(exit=False)
