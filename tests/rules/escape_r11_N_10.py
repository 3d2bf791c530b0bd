# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: urllib.parse.ParseResult's field read as an attribute through a variable (refused before: path is a library attribute)

import keyword
import urllib.parse

# ParseResult's fields, read back as attributes through a variable
parts = urllib.parse.ParseResult("", "", keyword.kwlist, "", "", "")
parts.path.append("pwned")
print(keyword.kwlist[-1])
