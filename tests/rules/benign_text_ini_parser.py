# expect: accept
TEXT = """
; comment
[server]
host = example.org
port = 8080

[client]
retries = 3
verbose = yes
"""


def parse_ini(text):
    data, section = {}, None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = data.setdefault(line[1:-1], {})
        else:
            key, _, value = line.partition("=")
            section[key.strip()] = value.strip()
    return data


cfg = parse_ini(TEXT)
print(cfg, int(cfg["server"]["port"]) + 1, cfg["client"]["verbose"] in ("yes", "true"))
