# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist, the standard library's list, gets "pwned": printed)
# why: eleventh round (issue 13), family BN (what a library call the level-0 rule trusts to build anew hands back; section 4, family A's row), found by tests/checker/builds_new_audit.py: unicodedata.numeric hands back its default
import keyword
import unicodedata

unicodedata.numeric("x", keyword.kwlist).append("pwned")
print(keyword.kwlist[-1])
