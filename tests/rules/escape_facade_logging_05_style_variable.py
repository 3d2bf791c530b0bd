# expect: reject module_attribute
# why: logging facade: a style computed at run time
# line: 7
import logging
import sys
STYLE = chr(123)
logging.basicConfig(stream=sys.stdout, format="{msg.__init__.__globals__[os].environ}", style=STYLE)
logging.error(logging.Formatter())
