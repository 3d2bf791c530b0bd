# expect: reject method
# why: configparser facade: a class pattern captures read as a value
# line: 6
import configparser
match configparser.ConfigParser():
    case configparser.ConfigParser(read=load):
        load("/etc/passwd")
