# expect: reject store
# line: 23
# why: json.dump hands its file only what the encoder yields: a program encoder yielding the object itself puts sys.argv into the program's sink, whose write the library calls
import json
import sys


class Enc(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield o


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
json.dump(sys.argv, sink, cls=Enc)
sink.parts[0].append("pwn")
print(sys.argv)
