# expect: reject store
# why: a bound method's parameters after self take what an opaque call passes: word is keyword.kwlist
# line: 12
import keyword


class Log:
    def __init__(self):
        self.lines = []

    def on_line(self, word):
        word.append("pwned")


log = Log()
callbacks = [log.on_line]
for cb in callbacks:
    cb(keyword.kwlist)
print(keyword.kwlist[-1])
