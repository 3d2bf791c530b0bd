# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: `from urllib import *` binds the submodule parse; parse.sys.modules holds builtins.
# Goal reached: builtins.open as a value; read /etc/passwd.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbi
import urllib.parse
from urllib import *

builtins = parse.sys.modules["builtins"]
print(builtins.open("/etc/passwd").read()[:60])
