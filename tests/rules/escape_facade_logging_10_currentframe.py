# expect: reject module_attribute
# why: logging facade: currentframe hands out a frame
# line: 5
import logging
f = logging.currentframe()
print("FRAME" + "-REACHED", type(f).__name__, f.f_lineno)
