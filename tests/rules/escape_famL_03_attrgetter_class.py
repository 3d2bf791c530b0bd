# expect: reject class_value
# why: family L: attrgetter's class by value takes a computed name
# line: 5
import operator, random
AG = operator.attrgetter("real").__class__
AG("__glo" + "bals__")(random.shuffle)["_os"].system("id")
