# expect: accept
import itertools

LOG = """GET /index.html 200 512
GET /missing 404 0
POST /api/items 201 128
GET /api/items 200 2048
GET /favicon.ico 404 0"""


def lines(text):
    yield from text.splitlines()


def parse(rows):
    for row in rows:
        method, path, status, size = row.split()
        yield {"method": method, "path": path, "status": int(status), "size": int(size)}


def only(records, **conditions):
    return (r for r in records if all(r[k] == v for k, v in conditions.items()))


records = list(parse(lines(LOG)))
print(sum(r["size"] for r in only(records, status=200)))
print([r["path"] for r in only(records, method="GET", status=404)])
by_status = {k: len(list(g)) for k, g in itertools.groupby(sorted(records, key=lambda r: r["status"]), key=lambda r: r["status"])}
print(by_status, list(itertools.pairwise([1, 2, 4, 7])))
