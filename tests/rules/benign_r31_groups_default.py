# expect: accept
# why: groups with a literal default, a colour conversion of numbers, a partition of text: copies changed
# honest: optional groups with a default, a colour conversion, a partition; results changed
import colorsys
import re

m = re.match(r"(\d+)(?:\.(\d+))?", "42")
major, minor = m.groups("0")
info = m.groupdict()
info["major"] = int(major)
rgb = list(colorsys.hls_to_rgb(0.5, 0.4, 0.0))
rgb.append(1.0)
head, _, tail = "key=value".partition("=")
pair = [head, tail]
pair.append("!")
print(major, minor, info, rgb, pair)
