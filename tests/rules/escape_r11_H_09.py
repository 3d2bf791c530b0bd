# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: eleventh red team (11a), family H, our own: an attribute of a library object the program made (no subclass)
import keyword
import logging

h = logging.StreamHandler()
h.filters = keyword.kwlist
h.addFilter("pwned")
print("pwned" in keyword.kwlist)
