# expect: reject store
# why: the red team's round 24b ok_02: goal: writes into keyword.kwlist (lower tier; same shape with sys.argv reaches os.environ)
# line: 13
# goal: writes into keyword.kwlist (lower tier; same shape with sys.argv reaches os.environ)
# mechanism: urllib.parse.urljoin(base, url) starts `if not base: return url` (3.11), before any
#   type check: urljoin("", lst) is lst itself, any object.
# rule slipped: store, text_call (urllib.parse on the reviewed list: result links to no argument).

import keyword
import urllib.parse

lst = []
urllib.parse.urljoin("", lst).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
