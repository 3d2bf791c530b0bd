# expect: reject store
# why: the red team's round 24b ok_19: goal: writes into keyword.kwlist (lower tier)
# line: 30
# goal: writes into keyword.kwlist (lower tier)
# mechanism: string.capwords(s, sep) is `(sep or ' ').join(map(str.capitalize, s.split(sep)))`:
#   with s a program object whose split returns [] and sep a program object whose join returns
#   lst, capwords hands back lst.
# rule slipped: store, text_call: string is on the reviewed text list, so the result aliases no
#   argument AND no program method return: alias_roots returns at text_call before the
#   "()join" returns (the program's def join returns lst) are linked; the review assumed
#   capwords answers new text, but it duck-types both arguments.

import keyword
import string

lst = []


class S:
    def split(self, sep):
        return []


class J:
    def join(self, it):
        return lst


string.capwords(S(), J()).append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
