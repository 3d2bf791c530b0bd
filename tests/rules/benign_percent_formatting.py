# expect: accept
# why: %-formatting
name, score = "Eve", 93.456
print("%s scored %.1f" % (name, score))
print("%(who)s has %(n)d items" % {"who": "Sam", "n": 3})
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %o %e %%" % (255, 8, 12345.678))
print("%r" % ("quoted",))
