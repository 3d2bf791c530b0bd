# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: rule `method`, the privileged method as a value through self: method()
#   returns self.put, a bound method when self is an instance, but K.method(K) makes it
#   K.put, the plain function, which then takes the parser as self.
# Goal reached: /etc/passwd read.
import argparse


class K:
    def put(self, name, value):
        setattr(self, name, value)

    def method(self):
        return self.put


parser = argparse.ArgumentParser(prog="p")
parser.add_argument("rest", nargs="*")
put = K.method(K)
put(parser, "fromfile_prefix_chars", "@")
print(parser.parse_args(["@/etc/passwd"]).rest[:3])
