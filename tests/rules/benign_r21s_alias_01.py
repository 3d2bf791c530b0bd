# expect: accept
# why: look-alikes of the alias links through decorator factories, closures and attribute reads of library objects made from arguments: a functools.wraps decorator factory, a closure over its own dict, SimpleNamespace, namedtuple, dataclasses.replace and partial attributes holding only the program's own values, mutated through a second name
import functools, types, collections, dataclasses, string
def tagged(tag):
    def inner(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            out = fn(*args)
            out["tag"] = tag
            return out
        return wrapper
    return inner
@tagged("x")
def build(n):
    return {"n": n}
r = build(3)
r["letters"] = string.ascii_letters
r["extra"] = [1, 2]
r["extra"].append(3)
def make_counter():
    counts = {}
    def bump(k):
        counts[k] = counts.get(k, 0) + 1
        return counts
    return bump
bump = make_counter()
c = bump("a")
c["b"] = 5
ns = types.SimpleNamespace(items=[], name="x")
ns.items.append(1)
got = ns.items
got.append(2)
P = collections.namedtuple("P", "xs y")
p = P([], 1)
p.xs.append(4)
@dataclasses.dataclass
class Cfg:
    opts: dict = dataclasses.field(default_factory=dict)
cfg = dataclasses.replace(Cfg(), opts={"a": 1})
o = cfg.opts
o["b"] = 2
part = functools.partial(print, sep="-")
kw = dict(part.keywords)
kw["end"] = "\n"
part(r["n"], c["b"], ns.items, p.xs, o, kw, sep="-")
