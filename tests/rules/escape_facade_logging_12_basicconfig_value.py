# expect: reject module_attribute
# why: logging facade: basicConfig taken as a value escapes the check of its keywords
# line: 6
import logging
import sys
setup = logging.basicConfig
setup(stream=sys.stdout, format="{msg.__init__.__globals__[os].environ}", style="{")
logging.error(logging.Formatter())
