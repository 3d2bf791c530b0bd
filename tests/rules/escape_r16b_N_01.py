# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (stores into __future__.annotations (a shadowed method) and site's exit)
# why: 16b family N (ok_01): from __future__ import X and site's exit/quit are library objects bound without an import the program names; the store rule judges them as module values
# Mechanism: library objects reachable by a name the program does not import (family N).
# `from __future__ import annotations` binds the name to the __future__ module's own
# _Feature object (the same object as __future__.annotations); `exit` is site's Quitter
# instance in the builtins namespace. The store rule treats neither as the library's, so
# attribute stores into them are accepted; an instance attribute named like a method
# replaces that method for every later caller of the shared object.
# Goal reached (weak): write into standard-library objects (replace the method
# getMandatoryRelease of __future__.annotations; change site's exit object's state).
# Output seen under python3:
#   (9, 9) Use exit() or pwned to exit
from __future__ import annotations
def f(*a):
    return (9, 9)
annotations.getMandatoryRelease = f
annotations.mandatory = (9,)
exit.eof = "pwned"
print(annotations.getMandatoryRelease(), exit)
