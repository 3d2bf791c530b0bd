# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: `from concurrent import *` binds the submodule futures; its lazily loaded
#   process module holds os.
# Goal reached: os as a value; ran a process (id).
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   <module 'os' (frozen)>
#   uid=0(root) gid=0(root) groups=0(root)
import concurrent.futures
from concurrent import *

# the package's lazy attribute loads the process pool's module, which holds os
futures.ProcessPoolExecutor
os_module = futures.process.os
print(os_module)
os_module.system("id")
