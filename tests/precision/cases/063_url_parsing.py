# Working with URLs using urllib.parse (no network involved).
import base64
from urllib.parse import parse_qs, quote, unquote, urlencode, urljoin, urlparse, urlunparse

url = "https://user@example.com:8443/search/results?q=python+sandbox&page=2&tag=a&tag=b#top"
parts = urlparse(url)
print(parts.scheme, parts.hostname, parts.port, parts.path, parts.fragment)
print(parts.username)
query = parse_qs(parts.query)
print(sorted(query.items()))

params = {"q": "safe exec & more", "lang": "en", "page": 3}
encoded = urlencode(params)
print(encoded)
new_url = urlunparse(parts._replace(query=encoded, fragment=""))
print(new_url)

print(quote("a path/with spaces & ünïcode"))
print(unquote("caf%C3%A9%20au%20lait"))
base = "https://docs.example.org/guide/intro/index.html"
for rel in ["../api/", "setup.html", "/about", "//cdn.example.org/x.js", "#section-2"]:
    print(f"{rel:<24} -> {urljoin(base, rel)}")

data_url = "data:text/plain;charset=utf-8;base64," + base64.b64encode("héllo, data".encode()).decode()
meta, _, payload = urlparse(data_url).path.partition(",")
print(meta, "->", base64.b64decode(payload).decode("utf-8"))
links = ["http://a.com/x?id=1", "https://b.org/y?id=2&ref=home", "ftp://c.net/z"]
ids = [parse_qs(urlparse(l).query).get("id", ["-"])[0] for l in links]
print(ids, [urlparse(l).scheme for l in links])
