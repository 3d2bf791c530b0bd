# expect: reject store
# line: 13
# why: plain_sort: a def named sort of the program's takes key= and calls it with a module's object; a lambda key's parameter then takes anything
import sys


class Sorter:
    def sort(self, key):
        return key(sys.argv)


s = Sorter()
s.sort(key=lambda x: x.append("logging.os.environ"))
print(sys.argv)
