import re
from collections import Counter

LOG = """\
2024-05-01 10:00:01 INFO  user=alice ip=10.0.0.1 action=login
2024-05-01 10:02:13 WARN  user=bob ip=10.0.0.7 action=login failed=3
2024-05-01 10:05:44 ERROR user=alice ip=10.0.0.1 action=upload size=10MB
2024-05-01 10:07:09 INFO  user=carol ip=192.168.1.20 action=logout
2024-05-01 10:09:30 ERROR user=bob ip=10.0.0.7 action=login failed=5
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+)\s+(?P<rest>.*)$",
    re.MULTILINE,
)
KV = re.compile(r"(\w+)=(\S+)")

levels = Counter()
errors_by_user = Counter()
for m in LINE.finditer(LOG):
    levels[m["level"]] += 1
    fields = dict(KV.findall(m.group("rest")))
    if m["level"] == "ERROR":
        errors_by_user[fields["user"]] += 1

print("levels:", dict(levels))
print("errors:", errors_by_user.most_common())
ips = sorted(set(re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", LOG)))
print("ips:", ips)
print(re.sub(r"user=(\w)\w*", lambda m: "user=" + m.group(1) + "***", LOG.splitlines()[0]))
emails = "Contact: a.b@example.com, x_y@test.org; bad@, c@d.io"
print(re.findall(r"[\w.]+@[\w]+\.[a-z]{2,}", emails))
print(re.split(r"[,;]\s*", emails.split(": ", 1)[1]))
