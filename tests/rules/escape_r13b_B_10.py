# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: family B, own member: getattr with a prefix that completes to setdefault, on a library class's table

import configparser

t = "ault"
put = getattr(configparser.RawConfigParser.BOOLEAN_STATES, "setdef" + t)
put("pwned", True)
p = configparser.ConfigParser()
p.read_string("[s]\nflag = pwned\n")
print(p.getboolean("s", "flag"))
