# expect: reject name
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a process run: id)
# why: tenth red team, family N (private-name mangling): mangled module alias runs id

# Inside a class body CPython mangles every identifier of the form __name (no trailing
# __) to _ClassName__name: names, global declarations, import aliases, attributes. The
# checker resolves names as written. Here the program imports logging under the alias
# _K__lg at top level (an ordinary import of an allowed module); inside class K the
# name __lg is, for CPython, that alias: the logging module. For the checker __lg is
# an unknown global, so __lg.os.system is no module attribute it judges.
import logging as _K__lg


class K:
    def run(self):
        return __lg.os.system("id")


K().run()
