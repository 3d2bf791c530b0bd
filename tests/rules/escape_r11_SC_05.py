# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (planted printed: re.IGNORECASE written)
# why: eleventh red team (11b), family C, our own: the enum class by a lowercase from-import alias
import re
from re import RegexFlag as flag

member = flag(2)
member.note = "planted"
print(re.IGNORECASE.note)
