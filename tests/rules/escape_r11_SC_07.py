# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (planted printed: re.MULTILINE written)
# why: eleventh red team (11b), family C, our own: the member through a list and a loop
import re

flags = [re.RegexFlag(8)]
for f in flags:
    f.note = "planted"
print(re.MULTILINE.note)
