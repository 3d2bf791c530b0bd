# expect: reject dunder
# why: a comment line that is really two lines
# line: 5
# harmless notes
print(().__class__.__base__.__subclasses__())
