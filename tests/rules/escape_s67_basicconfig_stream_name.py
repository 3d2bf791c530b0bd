# expect: reject memory
# line: 12
# why: round 97d's open route, closed: logging.basicConfig(stream=s) makes a StreamHandler of s without the class named, and its repr reads s.name inside a list's C repr (the shape of escape_s67_streamhandler_stream_name, whose payload it would carry); importing logging or concurrent.futures, whose functions hand out such objects, counts as naming them
import logging

L = []


class Stream:
    @property
    def name(self):
        L.clear()
        return "s"

    def write(self, text):
        pass

    def flush(self):
        pass


logging.basicConfig(stream=Stream())
L.append(slice(logging.getLogger().handlers[0], "x"))
print(repr(L)[:20])
