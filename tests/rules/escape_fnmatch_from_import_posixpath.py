# expect: reject module_attribute
# why: a from-import of a module fnmatch holds is the same module attribute read: posixpath.os is os
# line: 5
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir: ran `id` through fnmatch's posixpath
from fnmatch import posixpath
posixpath.os.system("id")
