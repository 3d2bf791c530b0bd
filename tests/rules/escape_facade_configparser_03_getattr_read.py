# expect: reject attribute
# why: configparser facade: read fetched by a literal name
# line: 6
import configparser
cfg = configparser.RawConfigParser()
getattr(cfg, "read")("/etc/passwd")
