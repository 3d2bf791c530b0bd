# expect: reject syntax
# line: 3
ｉｍｐｏｒｔ os
