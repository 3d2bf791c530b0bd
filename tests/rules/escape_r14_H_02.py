# expect: reject module_value
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the os module from sys.modules: the working directory printed)
# why: round 14, a module as hasattr's first argument: a walrus in the argument binds the module to a name on the way in

import sys
if hasattr(m := sys, "version"):
    print(m.modules["os"].getcwd())
