# expect: reject module_attribute
# why: logging facade: a '{'-style format is str.format on the record's attributes, here the msg's __init__.__globals__
# line: 6
import logging
import sys
logging.basicConfig(stream=sys.stdout, format="{msg.__init__.__globals__[os].environ}", style="{")
logging.error(logging.Formatter())
