# expect: accept
from graphlib import TopologicalSorter, CycleError

deps = {"app": {"lib", "utils"}, "lib": {"utils"}, "tests": {"app"}, "utils": set()}
ts = TopologicalSorter(deps)
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("cycle:", e.args[1])
