# expect: reject store
# line: 24
# why: round 45b near_01 (refused before by the attribute store): unicodedata.normalize hands back text already normal as it is, a library enum member of str's included: in hands_back, which the builds_new audit's new str-subclass marker finds
# near_01 -- REFUSED (store, at the attribute store on line 21) -- would be goal 3
#   (writes an attribute into enum.FlagBoundary.STRICT, a member object the enum
#   module holds); verified under /usr/bin/python3 (3.11.7): prints "True written by the program".
#
# Table finding (analyzer/stores.c, text_module / hands_back): unicodedata.normalize
#   hands back its argument ITSELF, not a copy, when the text is already
#   normalized (Modules/unicodedata.c: the empty-string case and the
#   is_normalized_quickcheck == YES cases return Py_NewRef(input)), and it does
#   so for str SUBCLASSES too. So unicodedata.normalize("NFC", enum.STRICT) is
#   enum.STRICT (a StrEnum member, with an instance dict). unicodedata is a
#   text_module() and normalize is not in hands_back(), so builds_new() trusts
#   the call to build new text. builds_new_audit.py misses it because its
#   markers are never str subclasses (TextLike is not a str).
#   Here the store is still refused, because the attribute-store judgement
#   keeps the argument's mask. No goal reached; but hands_back() should list
#   ("unicodedata", "normalize") (and is_normalized is harmless).
import enum
import unicodedata

m = unicodedata.normalize("NFC", enum.STRICT)
m.injected = "written by the program"
print(m is enum.STRICT, enum.FlagBoundary.STRICT.injected)
