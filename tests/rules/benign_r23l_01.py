# expect: accept
# why: honest look-alikes of round 23l: a lambda mapped over the program's objects, a csv.DictWriter subclass with a text restval, a ChainMap grown by new_child, a queue of the program's jobs, an encoder with a default method by subclassing
import collections
import csv
import io
import json
import queue


class Node:
    def __init__(self, value):
        self.value = value


class Writer(csv.DictWriter):
    pass


class Enc(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)


nodes = [Node(i) for i in range(3)]
tens = list(map(lambda n: n.value * 10, nodes))
out = io.StringIO()
w = Writer(out, fieldnames=["a", "b"], restval="-")
w.writerow({"a": 1})
settings = collections.ChainMap({"debug": False})
settings = settings.new_child({"debug": True})
jobs = queue.Queue()
jobs.put(("build", 1))
print(tens, out.getvalue().strip(), settings["debug"],
      jobs.get(), json.dumps({"tags": {"b", "a"}}, cls=Enc))
