# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (__future__.generator_stop and quit written)
# why: 16b family N, own member: generator_stop and quit through a list and a loop
from __future__ import generator_stop
things = [generator_stop, quit]
for t in things:
    t.mandatory = (9,)
print(generator_stop.mandatory, quit.mandatory)
