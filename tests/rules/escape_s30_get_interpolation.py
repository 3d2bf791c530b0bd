# expect: reject store
# line: 9
# why: RawConfigParser.get answers what a program Interpolation's before_get returns, linked at any depth
import sys, configparser
class I(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return [parser.box]
p = configparser.RawConfigParser(interpolation=I())
p.box = []
p.read_string("[s]\no = 1\n")
h = p.get("s", "o")
h[0].append(sys.argv)
p.box[0].append("pwn")
print(sys.argv)
