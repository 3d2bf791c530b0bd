# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_18_star_import_package_binds_submodule_sys)
# Mechanism: star import of a package without __all__ (urllib) binds the submodule 
#   'parse' under a name the checker does not know is a module: facades, module-deny 
#   (urllib.parse sys) and module_value never apply
# Goal reached: the sys module and the os module obtained as values; ran a process (id)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <module 'sys' (built-in)>
#   | <module 'os' (frozen)>
#   | uid=0(root) gid=0(root) groups=0(root)
# `from urllib import *`: urllib has no __all__, so the star import binds its public
# names, among them the submodule `parse` (an allowed module). The checker records no
# binding for star imports, so `parse` is an ordinary name to it: the module_value
# rule, the module facade (urllib.parse allows only its string functions) and the
# audit's `module-deny urllib.parse sys` are never applied to `parse.sys`.
import urllib.parse
from urllib import *

sysmod = parse.sys
print(sysmod)
os_module = sysmod.modules["os"]
print(os_module)
os_module.system("id")
