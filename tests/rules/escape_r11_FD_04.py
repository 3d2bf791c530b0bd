# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (SplitResult._field_defaults gains pwned)
# why: eleventh red team (11b), family B, our own: self in a subclass of a library namedtuple
import urllib.parse


class Parts(urllib.parse.SplitResult):
    def mark(self):
        self._field_defaults.update(pwned=True)


Parts("http", "h", "/", "", "").mark()
print(urllib.parse.SplitResult._field_defaults)
