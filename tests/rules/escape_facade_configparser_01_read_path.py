# expect: reject method
# why: configparser facade: read(path) opens the file; the parse error shows its first line
# line: 6
import configparser
cfg = configparser.ConfigParser()
cfg.read("/etc/passwd")
