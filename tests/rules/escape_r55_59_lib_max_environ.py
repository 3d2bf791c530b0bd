# expect: reject store
# line: 9
# why: round 55: a library call that hands back an argument's object: alias_roots links it at any depth (ALIAS_ANY), and two_way() excludes ALIAS_ANY, so stores through the original name never reach the result's #held
import sys, unittest, logging
holder = []
d = []
e = max([d])
e.append(holder)
d[0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
