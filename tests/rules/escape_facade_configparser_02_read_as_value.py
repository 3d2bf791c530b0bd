# expect: reject method
# why: configparser facade: read taken as a value is called with a path
# line: 6
import configparser
cfg = configparser.ConfigParser()
load = cfg.read
load(["/etc/passwd"])
