# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (flags written into json.JSONEncoder and its default)
# why: tenth red team (10b), family F: typing.final, no_type_check, dataclass_transform(...) and abc.abstractmethod called on json.JSONEncoder and its default

# Mechanism: typing.final, typing.no_type_check, typing.dataclass_transform(...) and abc.abstractmethod called as plain functions on json.JSONEncoder and json.JSONEncoder.default
# Goal reached: write into standard-library namespaces: __final__, __no_type_check__, __dataclass_transform__ (a dict holding the program's value) set on json.JSONEncoder; __no_type_check__ and __isabstractmethod__ on the function json.JSONEncoder.default
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   ['__final__', '__no_type_check__', '__dataclass_transform__']
#   True True

# typing.final, typing.no_type_check, typing.dataclass_transform(...) and
# abc.abstractmethod are decorators that set a flag attribute on their argument and
# return it. Called as plain functions on library objects, each writes into a
# standard-library namespace (json.JSONEncoder and its function `default`).
import abc
import json
import typing

typing.final(json.JSONEncoder)
typing.no_type_check(json.JSONEncoder)
typing.dataclass_transform(payload=print)(json.JSONEncoder)
abc.abstractmethod(json.JSONEncoder.default)
names = dir(json.JSONEncoder)
print([n for n in ("__final__", "__no_type_check__", "__dataclass_transform__") if n in names])
print("__no_type_check__" in dir(json.JSONEncoder.default),
      "__isabstractmethod__" in dir(json.JSONEncoder.default))
