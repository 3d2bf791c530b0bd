# expect: reject store
# line: 7
# why: typing.final above a program decorator returning logging.getLogger() wrote __final__ into the root logger (round 62)
import typing, logging
def pick(_):
    return logging.getLogger()
@typing.final
@pick
def g():
    pass
