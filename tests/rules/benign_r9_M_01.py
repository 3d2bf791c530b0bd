# expect: accept
# why: methodcaller with a method that changes nothing (a key for sorting, a mapped str method) stays allowed
import operator
from operator import methodcaller

words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=methodcaller("lower")))
print(list(map(operator.methodcaller("upper"), words)))
print(list(map(methodcaller("split", "a"), words)))
