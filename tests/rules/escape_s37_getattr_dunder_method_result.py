# expect: reject dunder
# line: 8
# why: round 66 (near miss): a __getattr__ returning name.__new__(K) answered every name with an instance of its own class (a str subclass), so a fake exception handed out by an ExceptionGroup subclass's `exceptions` chained fake traceback, frame and code objects to traceback.print_exc, which would have read co_filename through linecache; only a public str method of the name is text
import traceback


class Link(str):
    def __getattr__(self, name):
        if name.endswith("filename"):
            return "/etc/passwd"
        if name.endswith("lineno"):
            return 1
        return name.__new__(Link)


class Group(ExceptionGroup):
    @property
    def exceptions(self):
        return (Link("x"),)


try:
    raise Group("g", [ValueError("v")])
except Exception:
    traceback.print_exc()
