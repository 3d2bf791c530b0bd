# Text processing: parse log lines with re
import re
from collections import Counter

LOG = """\
2024-01-05 10:15:32 INFO user=alice action=login ip=10.0.0.5
2024-01-05 10:16:01 WARN user=bob action=failed_login ip=10.0.0.7
2024-01-05 10:17:45 ERROR user=bob action=failed_login ip=10.0.0.7
2024-01-05 10:20:00 INFO user=carol action=upload size=2048
2024-01-05 10:21:13 INFO user=alice action=logout ip=10.0.0.5
"""
pattern = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) (?P<rest>.*)$", re.M)
levels = Counter()
users = Counter()
for m in pattern.finditer(LOG):
    levels[m.group("level")] += 1
    fields = dict(re.findall(r"(\w+)=(\S+)", m.group("rest")))
    users[fields["user"]] += 1
    if m["level"] != "INFO":
        print(m["time"], m["level"], fields)
print(levels.most_common(), users.most_common(1))
ips = sorted(set(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", LOG)))
print(ips)
print(re.sub(r"user=(\w+)", lambda mm: "user=" + mm.group(1).upper(), LOG.splitlines()[0]))
print(re.split(r"[,;\s]+", "a, b;c  d"))
print(bool(re.fullmatch(r"[\w.]+@[\w]+\.\w{2,}", "x.y@example.com")))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "2024-01-05"))
m = re.search(r"size=(\d+)", LOG)
print(int(m.group(1)) // 1024, "KiB", m.span())
