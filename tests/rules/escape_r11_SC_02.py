# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (an attribute set on re.IGNORECASE)
# why: eleventh red team (11b), family C: calling a library enum class hands back the member its module holds
# Mechanism (family C: a library call the store rule takes as building a new value but
#   that hands back a shared library object): calling an enum class by value returns
#   the existing member, so re.RegexFlag(2) IS re.IGNORECASE (the `re` module's own
#   object, bound in re's namespace as re.I / re.IGNORECASE). `re` is one of stores.c's
#   text_module()s, so the call's result counts as new, and attribute stores onto it are
#   accepted. The same holds for logging.Logger("py").getChild("warnings") (the
#   library's py.warnings logger, checked: accepted, `is` the shared one).
# Goal reached: a write into an object held in a standard-library namespace
#   (re.IGNORECASE gets a new attribute, seen through the module). Impact is data only:
#   I found no library code that reads a public instance attribute of a RegexFlag.
# Output seen under python3:
#   True planted
import re

flag = re.RegexFlag(2)
flag.note = "planted"
print(flag is re.IGNORECASE, re.IGNORECASE.note)
