# expect: accept
# why: configparser facade: parsers fed from a string, a dict and lines; typed getters, interpolation, sections, streams' read() elsewhere
import configparser
import io

TEXT = """
[DEFAULT]
home = /srv
[paths]
data = %(home)s/data
[ext]
logs = ${paths:data}/logs
"""
cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print(cfg.get("paths", "data"), cfg.sections(), dict(cfg["paths"]))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_dict({"paths": {"data": "/d"}, "ext": {"logs": "${paths:data}/logs", "n": "3"}})
print(ext["ext"]["logs"], ext.getint("ext", "n"), ext["ext"].getint("n"))
raw = configparser.RawConfigParser()
raw.read_file(["[a]", "x = %(y)s", "flag = yes"])
print(raw.get("a", "x"), raw.getboolean("a", "flag"), raw.has_option("a", "z"))
out = io.StringIO()
cfg.write(out)
buf = io.StringIO(out.getvalue())
print(len(buf.read()) > 0, buf.read(5) == "")
try:
    cfg.get("nope", "x")
except configparser.NoSectionError as e:
    print("missing:", e.section)
