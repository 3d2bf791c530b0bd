# Parse web server log lines with a regular expression and named groups.
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [12/Mar/2024:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5120
192.168.1.11 - - [12/Mar/2024:10:15:40 +0000] "GET /about.html HTTP/1.1" 200 2048
10.0.0.5 - - [12/Mar/2024:10:16:01 +0000] "POST /api/login HTTP/1.1" 401 128
192.168.1.10 - - [12/Mar/2024:10:16:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0
10.0.0.5 - - [12/Mar/2024:10:16:30 +0000] "POST /api/login HTTP/1.1" 200 256
garbage line that does not match
172.16.0.2 - - [12/Mar/2024:10:17:05 +0000] "GET /missing HTTP/1.1" 404 512
192.168.1.11 - - [12/Mar/2024:10:18:44 +0000] "DELETE /api/item/7 HTTP/1.1" 500 64
"""

PATTERN = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<day>\d+)/(?P<mon>\w+)/(?P<year>\d{4}):'
    r'(?P<time>[\d:]+) [+-]\d{4}\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+)'
)

hits = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.match(line)
    if not m:
        print(f"line {lineno}: unparsed")
        continue
    hits.append(m.groupdict())

print(f"parsed {len(hits)} requests")
status = Counter(h["status"] for h in hits)
print("by status:", sorted(status.items()))
bytes_by_ip = defaultdict(int)
for h in hits:
    bytes_by_ip[h["ip"]] += int(h["size"])
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"  {ip:<15} {total:>6} bytes")
errors = [f"{h['time']} {h['method']} {h['path']} -> {h['status']}" for h in hits if h["status"][0] in "45"]
print("errors:")
print("\n".join("  " + e for e in errors))
api = re.findall(r'"(?:GET|POST|DELETE) (/api/[\w/]+)', LOG)
print("api paths:", api)
print(re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", "client 192.168.1.10 and 10.0.0.5"))
