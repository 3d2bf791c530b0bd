# expect: reject method
# why: configparser facade: the class's read called with the parser
# line: 6
import configparser
cfg = configparser.ConfigParser()
configparser.ConfigParser.read(cfg, "/etc/" + "passwd")
