# expect: accept
# why: a staticmethod handed to sorted through an instance, which takes each element
#   as its first parameter and only reads it; methods whose names appear in a
#   docstring and in f-strings ("append-only", f"{log.append(...)}") are still the
#   defs bound to their instance (only a dict display's keys could name an
#   instance attribute by text)
"""An append-only log with a scorer: append, replay."""


class Scorer:
    @staticmethod
    def score(word):
        return (len(word), word)


class Log:
    def __init__(self):
        self._lines = []

    def append(self, line, *extra):
        self._lines.append(line)
        return len(self._lines)

    def replay(self):
        return list(self._lines)


words = ["pear", "fig", "banana"]
print(sorted(words, key=Scorer().score))
log = Log()
print(f"{log.append('one')} line(s); replay: {log.replay()}")
log.append("two", "ignored")
print(log.replay())
