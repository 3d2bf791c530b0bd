# expect: reject store
# why: a descriptor's __set__ in a program with a class that is not closed receives what the library's own code stores through it: a TextTestRunner subclass binds resultclass to the descriptor, and TextTestRunner.__init__ hands it unittest's TextTestResult class, into which the hook writes (section 4: a namespace the program did not create)
# line: 11
# goal: write into a library class (unittest.TextTestResult.printErrors replaced for every runner)
# mechanism: TextTestRunner.__init__ does self.resultclass = resultclass (TextTestResult by default) through the class attribute's __set__
import unittest


class Keep:
    def __set__(self, obj, value):
        value.printErrors = lambda self: print("planted")

    def __get__(self, obj, owner=None):
        return None


class Runner(unittest.TextTestRunner):
    resultclass = Keep()


Runner()
print(unittest.TextTestResult.printErrors)
