# expect: reject attribute
# line: 9
# why: JSONDecoder().parse_object is json.decoder.JSONObject, which does memo.setdefault(key, key) into any dict it is handed: configparser.RawConfigParser.BOOLEAN_STATES written (round 65)
import configparser
import json

dec = json.JSONDecoder()
cp = configparser.ConfigParser()
dec.parse_object(('{"pwned": 1}', 1), True, dec.scan_once, None, None, cp.BOOLEAN_STATES)
print(configparser.RawConfigParser.BOOLEAN_STATES)
cp.read_string("[s]\nk = pwned\n")
print(repr(cp.getboolean("s", "k")))
