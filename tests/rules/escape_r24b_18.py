# expect: reject store
# why: the red team's round 24a ok_18: goal: writes into keyword.kwlist (lower tier); the serious variant below appends to sys.argv
# line: 24
# goal: writes into keyword.kwlist (lower tier); the serious variant below appends to sys.argv
#   and prints os.environ through unittest.main (verified accepted and working)
# mechanism: colorsys.rgb_to_hsv(r, g, b) computes v = max(r, g, b) and, when min == max,
#   returns (0.0, 0.0, v): the argument object itself. With x a list subclass whose __sub__
#   answers 0, rgb_to_hsv(x, x, x)[2] is x; a store through it puts kwlist into x; x[0].append
#   then writes keyword.kwlist.
# rule slipped: store, through the NEW precision text_call: colorsys is in text_module() and
#   not in the 'passing' list (random, secrets, difflib, math), so its result 'and each part
#   of it aliases no argument'. But colorsys is plain Python arithmetic over its arguments:
#   max()/min() hand back an argument's object, and the program's operators run too.
import keyword
import colorsys


class L(list):
    def __sub__(self, other):
        return 0


x = L()
colorsys.rgb_to_hsv(x, x, x)[2].append(keyword.kwlist)
x[0].append("zzz")
print(keyword.kwlist[-1])

# serious variant (accepted, prints os.environ):
# import sys
# import unittest
# import colorsys
# 
# 
# class L(list):
#     def __sub__(self, other):
#         return 0
# 
# 
# x = L()
# h, s, v = colorsys.rgb_to_hsv(x, x, x)
# v.append(sys.argv)
# x[0].append("logging.os.environ")
# import logging
# 
# unittest.main(exit=False)
