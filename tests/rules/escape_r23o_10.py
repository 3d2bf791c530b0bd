# expect: reject store
# why: the red team's round 23o ok_10: cp = configparser.RawConfigParser(converters={'x': g}); cp.add_section('s'); cp.set('s', 'k', sys.argv);
# line: 21
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_10.py (environ in the TypeError)
# mechanism: cp = configparser.RawConfigParser(converters={'x': g}); cp.add_section('s'); cp.set('s', 'k', sys.argv);
#   cp.getx('s', 'k') -> _get_conv -> g(cp.get('s', 'k')) = g(sys.argv); g appends 'logging.os.environ'.
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


def g(v):
    v.append('logging.os.environ')


cp = configparser.RawConfigParser(converters={'x': g})
cp.add_section('s')
cp.set('s', 'k', sys.argv)
cp.getx('s', 'k')
unittest.main(exit=False)
