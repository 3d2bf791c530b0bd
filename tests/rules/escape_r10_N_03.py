# expect: reject name
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (os, sys, the builtins module and a frame obtained as values; os.environ printed)
# why: tenth red team, family N (private-name mangling): mangled module alias os sys builtins frame

# Same mangling differential: os, sys, the builtins module and a frame as values, and
# os.environ printed.
import logging as _K__lg


class K:
    def grab(self):
        return __lg.os, __lg.sys, __lg.sys.modules["builtins"], __lg.currentframe()


os_mod, sys_mod, builtins_mod, frame = K().grab()
print(os_mod, sys_mod, builtins_mod, frame)
print(os_mod.environ)
