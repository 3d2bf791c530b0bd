# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (urllib.parse.ParseResult._field_defaults written)
# why: eleventh red team (11b), family B: the namedtuple API's _field_defaults on a namedtuple the library made
# Mechanism (family B: an allowed private namedtuple name on a library-made namedtuple):
#   the private-read rule lets `_field_defaults` (with _make, _replace, _asdict, _fields)
#   through on any receiver, for namedtuples. On a namedtuple that the STANDARD LIBRARY
#   made, `_field_defaults` is a dict held by the library's class
#   (urllib.parse._ParseResultBase, shared by every urlparse result). The store rule
#   does not take it for a library attribute: `_field_defaults` is not in
#   rules/library-attributes.txt (the audit lists public names), and urllib.parse is one
#   of stores.c's text_module()s, whose results count as new values.
#   So `r._field_defaults[...] = ...` and `.update(...)` are accepted.
# Goal reached: a write into a namespace of the standard library (a class-level dict of
#   urllib.parse's ParseResult, seen by every later urlparse result in the process).
# Output seen under python3:
#   {'scheme': 'owned'} {'scheme': 'owned'}
import urllib.parse

r = urllib.parse.urlparse("http://example.com/a")
r._field_defaults["scheme"] = "owned"
print(urllib.parse.ParseResult._field_defaults, urllib.parse.urlparse("x")._field_defaults)
