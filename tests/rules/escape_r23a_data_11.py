# expect: reject store
# why: a section proxy's getint(o, fallback) hands back its fallback itself
# line: 9
import configparser
import keyword
cp = configparser.ConfigParser()
cp.add_section("s")
y = cp["s"].getint("o", keyword.kwlist)
y.append("pwn")
print(keyword.kwlist[-1])
