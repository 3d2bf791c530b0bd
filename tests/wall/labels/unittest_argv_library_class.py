# label: unittest.argv
# A test name resolved to a class of the library: "TestCase.debug" would make the
# loader build TestCase("debug") and run the library's own method as a test. Only
# the program's TestCase subclasses are names the wall lets the loader resolve.
import unittest
from unittest import TestCase

unittest.main(argv=["prog", "TestCase.debug"], exit=False)
print("NOT REFUSED")
