# expect: reject method
# line: 7
# why: StreamHandler().setStream(s) hands back the stream it held, sys.stderr by default: its write was replaced by a program function (round 62)
import logging, io, sys
captured = []
h = logging.StreamHandler()
old = h.setStream(io.StringIO())
old.write = captured.append
logging.warning("this warning went to the hijacked sys.stderr.write")
print("sys.stderr.write is now:", sys.stderr.write, "captured:", captured)
