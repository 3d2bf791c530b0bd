# expect: reject store
# line: 35
# why: round 31b ok_02: colorsys.hls_to_rgb(0, sys.argv, 0)[0] is sys.argv: the unaudited text modules' functions may nest an argument (nests_arguments)
# ok_02 -- goal 1 (prints os.environ, every variable) via goal 3 (the program
#          appends to sys.argv, a list the sys module holds): the sys.argv /
#          unittest.main lever.
#
# Mechanism: colorsys.hls_to_rgb(h, l, s) starts with
#   `if s == 0.0: return l, l, l` (Lib/colorsys.py): with s = 0 it hands back
#   its argument l ITSELF, three times, one level down in a new tuple, whatever
#   l is.  So colorsys.hls_to_rgb(0, sys.argv, 0)[0] IS sys.argv.
#   A library module FUNCTION (not a method as in ok_01) that places a
#   positional argument inside its result.
#
# Why the checker missed it: analyzer/stores.c builds_new() answers true for
#   every function of a "text module" (text_module(): re, csv, textwrap,
#   string, difflib, ..., math, fractions, decimal, colorsys, random, ...), and
#   call_mask0_as() then models the result as a new value "holding its
#   positional arguments' parts at the same depth": part = (argm|rm) & ~M_TOP.
#   An argument that IS a module value (argm = M_SELF) is dropped, so the tuple
#   is taken to hold nothing of a module's.  hands_back() lists the exceptions
#   found so far (calendar.repeat, math.prod, urljoin, ...), not
#   colorsys.hls_to_rgb.  The round-24 note in text_call() ("colorsys.rgb_to_hsv
#   (r, g, b)[2] is max(r, g, b) ... which the link to each argument at any
#   depth covers") only covers arguments that are PROGRAM names (plain aliases);
#   a module attribute written in place as the argument is judged by mask
#   alone.
import colorsys
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

names = colorsys.hls_to_rgb(0, sys.argv, 0)[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
