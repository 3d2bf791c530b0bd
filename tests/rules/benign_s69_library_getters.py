# expect: accept
# why: round 99 keeps the library's own getter makers: the builtin property, over
# abc.abstractmethod too, and functools.cached_property, on names library text code
# reads (a handler's name, a stream's name), in a program whose logging formats text
import abc
import functools
import io
import logging


class Named(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        ...


class Source(Named):
    def __init__(self, label, values):
        self._label = label
        self.values = list(values)

    @property
    def name(self):
        return self._label

    @functools.cached_property
    def total(self):
        return sum(self.values)

    def __repr__(self):
        return f"Source({self._label!r}, {len(self.values)} values)"


stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("report")
log.addHandler(handler)
log.setLevel(logging.INFO)

sources = [Source("north", [3, 4, 5]), Source("south", [10, 1])]
for s in sources:
    log.info("%s: %d", s.name, s.total)
print(repr(sources))
print(stream.getvalue(), end="")
