# expect: accept
# why: grouping with setdefault: the list setdefault hands back is the dict's own value
#   (or the new []), never its key; urlparse's path is new text, no part of url
from urllib.parse import urlparse

by_host = {}
for url in ["https://a.org/x", "https://b.org/y", "https://a.org/z"]:
    by_host.setdefault(url.split("/")[2], []).append(urlparse(url).path)
for host, paths in sorted(by_host.items()):
    print(host, paths)
