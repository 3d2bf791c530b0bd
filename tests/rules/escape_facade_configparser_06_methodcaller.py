# expect: reject attribute
# why: configparser facade: methodcaller('read', path) calls read without the attribute written out
# line: 6
import configparser
import operator
operator.methodcaller("read", "/etc/passwd")(configparser.ConfigParser())
