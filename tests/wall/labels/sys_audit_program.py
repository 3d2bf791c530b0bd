# label: sys.audit ("socket.connect")
# The program's own sys.audit: the event is "sys.audit", the name quoted as its text.
import sys

sys.audit("socket.connect", None, ("10.0.0.5", 22))
