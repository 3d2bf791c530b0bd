# expect: reject module_attribute
# why: logging facade: the style as Formatter's third positional argument
# line: 7
import logging
import sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{msg.__init__.__globals__[os].environ}", None, "{"))
log = logging.getLogger("x")
log.addHandler(h)
log.error(logging.Formatter())
