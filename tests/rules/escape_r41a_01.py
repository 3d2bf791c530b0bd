# expect: reject store
# line: 42
# why: round 41a ok_01: fractions.Fraction(x) copies x.numerator and x.denominator, which a class of the program may bind after its statement (K.numerator = sys.argv): a Rational's constructor answers, one item in, what the program binds under those names (rational_reads)
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: fractions.Fraction(x) for a numbers.Rational x that is not exactly an
#   int copies x's *data attributes*: `self._numerator = numerator.numerator;
#   self._denominator = numerator.denominator` (fractions.py, Fraction.__new__),
#   and as_integer_ratio() hands back (self._numerator, self._denominator).
#   A program subclass of int is a Rational (int is registered as Integral); the
#   program sets the CLASS attribute `K.numerator = sys.argv` AFTER the class
#   statement (a plain attribute store on its own class), shadowing int's
#   numerator descriptor. Fraction(K()).as_integer_ratio()[0] is sys.argv itself.
#
# Why the checker missed it (analyzer/stores.c):
#   * the class-body binding `numerator = sys.argv` in `class K(int)` IS refused
#     ("hands the library a value"), and so is an instance read path; but a store
#     into the class object from outside (`K.numerator = ...`) is a store into the
#     program's own class, judged as nothing handed to the library;
#   * fractions is a text_module(): builds_new() takes Fraction(K()) for a new
#     number holding at most its argument's parts at the same depth, and the
#     argument K() (an instance) is not taken to hold what was stored on its class
#     after the class statement; as_integer_ratio() is then a method of a new
#     number. Like getEffectiveLevel -> level (getter_attr_mask), Fraction reads
#     `.numerator` / `.denominator` of a duck-typed argument and hands it back
#     under another name (_numerator via as_integer_ratio, numerator property,
#     __floor__, limit_denominator ...).
import fractions
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class K(int):
    pass


K.numerator = sys.argv
names = fractions.Fraction(K()).as_integer_ratio()[0]
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's error message prints os.environ
