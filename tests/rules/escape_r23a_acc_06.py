# expect: reject store
# why: an accessor's default may come by keyword (ConfigParser.get's fallback=)
# line: 8
import configparser
import keyword
cp = configparser.ConfigParser()
y = cp.get("s", "o", fallback=keyword.kwlist)
y.append("pwn")
print(keyword.kwlist[-1])
