# expect: reject class_value
# line: 6
# why: only type(<a literal constant>) names a builtin class; type(<an expression>) is the class of any object the program holds (here a generator's, whose gi_frame descriptor reads frames), a class by value

gen = (n for n in range(3))
TYPES = {"null": type(None), "gen": type(gen)}
print(sorted(TYPES))
