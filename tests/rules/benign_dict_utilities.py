# expect: accept
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def group_by(items, key):
    out = {}
    for item in items:
        out.setdefault(item[key], []).append(item)
    return out


cfg = {"db": {"host": "x", "port": 1}, "debug": False}
print(flatten(cfg), deep_merge(cfg, {"db": {"port": 2}, "new": 1}))
print(group_by([{"t": "a", "v": 1}, {"t": "b", "v": 2}, {"t": "a", "v": 3}], "t"))
print(cfg | {"debug": True}, {**cfg, "x": 0}["x"])
