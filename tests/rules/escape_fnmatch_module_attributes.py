# expect: reject module_attribute
# why: fnmatch imports os, posixpath, re and functools at module level: each is a module attribute of fnmatch, denied by the module audit like statistics.sys, so fnmatch.os.system is no way to a shell
# line: 6
# verified: reaches its goal under plain python3 (3.11.7) in a temp dir: ran `id` through fnmatch.os
import fnmatch
fnmatch.os.system("id")
