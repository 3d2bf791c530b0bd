# expect: reject store
# why: the red team's round 24b ok_20: goal: writes into keyword.kwlist (lower tier)
# line: 22
# goal: writes into keyword.kwlist (lower tier)
# mechanism: re.escape(pattern) for a str is `pattern.translate(_special_chars_map)`: a str
#   subclass of the program whose translate returns lst makes re.escape(S()) lst.
# rule slipped: store, text_call: re on the reviewed list; its result aliases nothing, so the
#   program's translate return (lst) is not linked to the store's receiver.

import keyword
import re

lst = []


class S(str):
    def translate(self, t):
        return lst


re.escape(S()).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
