# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist gains "pwned": a module's list written)
# why: round 15 takes what a class the audit built (library-copies, library-holds) is
#   given by keyword for something kept one level in or deeper, never the instance
#   itself (`TextTestRunner(stream=sys.stdout).run(suite)` is no call on the stream).
#   A namedtuple of the library holds the keyword's value as an item: the item is
#   still the module's list.
import keyword
import urllib.parse

parts = urllib.parse.DefragResult(url=keyword.kwlist, fragment="")
parts[0].append("pwned")
print(keyword.kwlist[-1])
