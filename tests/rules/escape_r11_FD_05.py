# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (DefragResult._field_defaults gains pwned)
# why: eleventh red team (11b), family B, our own: a loop over a list of library namedtuples
import urllib.parse

for part in [urllib.parse.urldefrag("a#b")]:
    part._field_defaults.setdefault("pwned", True)
print(urllib.parse.DefragResult._field_defaults)
