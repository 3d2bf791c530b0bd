# expect: reject name
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (prints uid=: a process ran)
# why: family N without the renamed spelling: a method's global declaration of a private name binds the module-level _K__m, read back inside the class (the checker saw neither as the other)
import logging


class K:
    def put(self):
        global __m
        __m = logging

    def run(self):
        return __m.os.popen("id").read()


k = K()
k.put()
print(k.run())
