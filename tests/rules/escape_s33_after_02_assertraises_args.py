# expect: reject store
# line: 13
# why: assertRaises(E, f, x) calls f(x): x still reaches f's parameter
import sys
import unittest


class Box:
    def __init__(self):
        self.items = []

    def add(self, x):
        x.append("pwn")


tc = unittest.TestCase()
tc.assertRaises(ValueError, Box().add, sys.argv)
