# expect: reject attribute
# why: same for builtins.exec (tested)
# line: 6
from enum import Enum

Leak = Enum._convert_('Leak', 'builtins', lambda name: name == 'exec')
Leak.exec.value("print('escaped')")
