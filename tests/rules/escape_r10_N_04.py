# expect: reject name
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval, exec, compile and open called (through the builtins module))
# why: tenth red team, family N (private-name mangling): mangled module alias eval exec compile open

# Same mangling differential: eval, exec, compile and open reached through the builtins
# module and called.
import logging as _K__lg


class K:
    def builtins(self):
        return __lg.sys.modules["builtins"]


b = K().builtins()
print(b.eval("6 * 7"))
b.exec("print('exec ran:', __import__('os').getuid())")
print(b.compile("1", "x", "eval"))
print(b.open("/etc/passwd").readline())
