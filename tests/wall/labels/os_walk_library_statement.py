# label: os.walk
# A standard library statement that raises its event by name, sys.audit("os.walk",
# top, ...) (os is frozen into the interpreter: "<frozen os>"): the library's event,
# its own name, though it comes through the wall's sys.audit.
import sys

print(list(sys.modules["os"].walk("/")))
