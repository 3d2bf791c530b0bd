# expect: reject module_attribute
# why: family A: a module's bound __getattribute__ reads any of its attributes by a run-time name
# line: 4
from random import __getattribute__ as ga
ga("_o" + "s").system("id")
