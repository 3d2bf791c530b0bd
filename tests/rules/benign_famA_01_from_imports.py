# expect: accept
# why: family A look-alike: from-imports of public names, aliased or not, and __name__
from random import randint as ri, seed
from math import pi, sqrt as root
from collections import abc
seed(1)
print(ri(1, 1), round(pi, 2), root(16), abc.Mapping.__name__, __name__)
