# expect: accept
# why: keyword and splat arguments held as values, queues and parsers fed by put and set and read by get, json's cls= and object_hook= handed in (no module function fills a def or class by item): an honest program with every form round 54a's fixes take
import bisect
import configparser
import json
import queue
from datetime import date


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        return super().default(o)


def decode_hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d


config = json.loads('{"version": 3, "owners": ["ops"], "limits": {"max": 5}}')
config["version"] += 1
config["owners"].append("qa")
config["limits"]["max"] *= 2
text = json.dumps({"when": date(2024, 6, 1)}, cls=DateEncoder)
print(config, json.loads(text, object_hook=decode_hook))

settings = {}
settings.update(theme="dark", size=12)
settings.update(**{"lang": "en"})
scores = [10, 30]
bisect.insort(scores, x=20)
print(settings, scores)

jobs = queue.Queue()
for n in range(3):
    jobs.put({"id": n, "tags": []})
while not jobs.empty():
    job = jobs.get()
    job["tags"].append("done")
    print(job)

parser = configparser.ConfigParser()
parser.add_section("app")
parser.set("app", "name", "demo")
print(parser.get("app", "name"), parser.get("app", "missing", fallback="none"))
