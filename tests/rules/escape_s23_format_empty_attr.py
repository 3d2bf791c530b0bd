# expect: reject format
# line: 6
# why: the oracle's mutant of escape_format_literal_03: '.[' is an empty attribute, which str.format refuses at run time; the checker refuses it too, so that no reading of '[' inside a field (the oracle's takes it for '.') can differ from the checker's
class A:
    pass
print('{0.__init__.[__global𝘦s__]}'.format(A()))
