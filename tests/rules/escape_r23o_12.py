# expect: reject store
# why: the red team's round 23o ok_12: as ok_10 with a LAMBDA as the dict value: converters={'x': lambda v: v.append('__builtins__.breakpoint')}.
# line: 18
# goal: runs `id` (serious). Run: printf '!import os; os.system("id")\nc\n' | /usr/bin/python3 ok_12.py -> uid=0(root)...
# mechanism: as ok_10 with a LAMBDA as the dict value: converters={'x': lambda v: v.append('__builtins__.breakpoint')}.
# rule slipped: store (rules/README.md sec.4 point (1)/(2)). higher_order_arg judges an argument that IS a
#   lambda, a name or an attribute; a def or lambda sitting as a VALUE OF A DICT DISPLAY handed to a library
#   call is not visited (no taint_params_any, no fan_arg), and maybe_function/opaque_callback do not look
#   into the display either. configparser's converters= dict makes get<key> methods that call the function
#   with the option's stored value (RawConfigParser.set keeps any object, the default Interpolation hands
#   it back as is), so the program's def receives sys.argv while the checker thinks its parameter holds
#   only program values.
import configparser
import logging
import sys
import unittest

cp = configparser.RawConfigParser(converters={'x': lambda v: v.append('__builtins__.breakpoint')})
cp.add_section('s')
cp.set('s', 'k', sys.argv)
cp.getx('s', 'k')
unittest.main(exit=False)
