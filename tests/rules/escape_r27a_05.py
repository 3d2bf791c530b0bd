# expect: reject unbound
# line: 17
# why: ours, round 27a: UserList.__iadd__ read through the class with the self of a class that does not derive from UserList extends what that self's data holds (sys.argv)
# collections.UserList.__iadd__, a dunder written in Python, called through the
# class with the self of a class that does not derive from UserList: it extends
# self.data, which the program set to sys.argv (then unittest.main resolves the
# word it added).
import collections
import sys


class Names:
    def __init__(self):
        self.data = sys.argv

    def grow(self, words):
        collections.UserList.__iadd__(self, words)


Names().grow(["logging.os.environ"])
print(sys.argv[1:])
