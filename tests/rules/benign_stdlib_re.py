# expect: accept
# why: re.compile is an attribute of re, not the builtin compile
import re

LOG = """2024-01-02 ERROR disk full
2024-01-02 INFO started
2024-01-03 ERROR timeout after 30s"""

pattern = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (?P<level>[A-Z]+) (?P<msg>.*)$", re.MULTILINE)
errors = [m.group("msg") for m in pattern.finditer(LOG) if m.group("level") == "ERROR"]
print(errors)
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.split(r"[,;]\s*", "a, b;c ,d"))
print(re.findall(r"\b\w{5}\b", "hello there brave world"))
print(bool(re.fullmatch(r"[a-z]+@[a-z]+\.[a-z]{2,}", "bob@mail.org")))
