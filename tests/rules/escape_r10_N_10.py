# expect: reject name
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (prints uid=: a process ran)
# why: family N: a private name as a parameter whose default is a module, inside a class
import logging


class K:
    def run(self, __m=logging):
        return __m.os.popen("id").read()


print(K().run())
