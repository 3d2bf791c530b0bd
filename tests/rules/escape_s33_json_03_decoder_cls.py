# expect: reject store
# line: 14
# why: json.loads with cls= calls the program decoder's decode, whose result it hands back
import json
import sys


class Dec(json.JSONDecoder):
    def decode(self, s):
        return sys.argv


x = json.loads("{}", cls=Dec)
x.append("pwn")
print(sys.argv)
