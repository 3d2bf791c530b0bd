# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (stores into __future__.annotations.compiler_flag and quit.name)
# why: 16b family N (ok_07)
# Mechanism: library objects reachable by a name the program does not import (family N),
# weak member list: `from __future__ import annotations` binds __future__'s own _Feature
# object; `quit` (like `exit`) is site's Quitter in builtins. Stores into them are accepted,
# while the same store through `import __future__; __future__.annotations` is refused.
# Goal reached (weak): write into standard-library objects: __future__.annotations'
# compiler_flag is zeroed (code that feeds feature.compiler_flag to compile(), e.g. doctest's
# and codeop's future-flag scan, reads it), quit's name changed.
# Output seen under python3:
#   _Feature((3, 7, 0, 'beta', 1), None, 0) Use x() or Ctrl-D (i.e. EOF) to exit
from __future__ import annotations
annotations.compiler_flag = 0
quit.name = "x"
print(annotations, quit)
