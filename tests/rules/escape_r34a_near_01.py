# expect: reject store
# line: 15
# why: round 34a near_01: html.unescape returns a non-str argument itself; html is no text module, so the call passes its argument on
# near_01 -- REFUSED (rule store, line 8): html.unescape(x) returns x ITSELF for any
#   non-str without '&' (sys.argv included), but html is not a text_module(), so
#   builds_new() is false and the result keeps the argument's mask. Instructive:
#   if html is ever added to text_module(), this becomes goal 1.
import html
import logging
import sys
import unittest

names = html.unescape(sys.argv)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
