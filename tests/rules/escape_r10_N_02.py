# expect: reject name
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: tenth red team, family N (private-name mangling): mangled module alias reads passwd

# Same mangling differential: the logging module's own `io` opens the file.
import logging as _K__lg


class K:
    def read(self, path):
        with __lg.io.open(path) as f:
            return f.read()


print(K().read("/etc/passwd"))
