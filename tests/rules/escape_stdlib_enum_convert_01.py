# expect: reject attribute
# why: Enum._convert_ copies any module from sys.modules into an enum by name (tested)
# line: 6
import enum

Leak = enum.Enum._convert_('Leak', 'os', lambda name: name == 'system')
Leak.system.value('echo escaped')
