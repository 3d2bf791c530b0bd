# expect: reject store
# line: 14
# why: an attribute store into what re.escape hands back, a method's return: level 1 reads METHOD_RETURNS too
# an attribute store into what re.escape hands back: the str subclass's translate returned a library class
import logging
import re


class S(str):
    def translate(self, table):
        return logging.Logger


re.escape(S("a")).planted = 1
print(logging.Logger.planted)
