# expect: reject memory
# line: 12
# why: a base the memory judgements cannot read (here in parentheses) counts as a
# library class: OrderedDict.copy() calls the subclass's __getitem__ while it walks
# nodes that __getitem__ may free (gh-142734), so __getitem__ must stay pure whatever
# the class rule says of the parentheses.
import collections


class OD((collections.OrderedDict)):
    def __getitem__(self, key):
        self.clear()
        return key


d = OD(a=1, b=2)
print(d.copy() == {"a": "a"})
