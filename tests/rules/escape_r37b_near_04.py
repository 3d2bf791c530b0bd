# expect: reject store
# line: 11
# why: round 37b near_04, refused before and after (see its header)
# near_04 -- refused (store): ConfigParser.getint(..., fallback=sys.argv) hands fallback back
# although getint is a data_method; the call still passes its arguments on, so it is caught.
import configparser
import sys
cp = configparser.ConfigParser()
names = cp.getint("nosection", "x", fallback=sys.argv)
print("names is sys.argv:", names is sys.argv)
names.append("x")
print(sys.argv)
