# expect: accept
# why: look-alike of round 34a/34b: dict(key='value') is the program's dict; urlunsplit over a list of text fields builds new text
import urllib.parse

cfg = dict(key="value", size=3)
cfg["key"] = cfg["key"].upper()
parts = list(urllib.parse.urlsplit("https://example.org/a/b?q=1#top"))
parts[2] = "/c"
url = urllib.parse.urlunsplit(parts)
pieces = url.split("/")
pieces.append("tail")
print(cfg, url, pieces)
