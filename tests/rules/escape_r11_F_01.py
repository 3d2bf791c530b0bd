# expect: reject store
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (__isabstractmethod__ set on JSONEncoder.default and .encode)
# why: eleventh red team (11a), family F': abc.abstractclassmethod and abstractstaticmethod write onto their argument
# Mechanism: Library functions writing onto their argument (README section 4, family F; stores.c writer_function): abc.abstractclassmethod(f) and abc.abstractstaticmethod(f) run 'callable.__isabstractmethod__ = True' in their __init__, like abc.abstractmethod, but are not on the audited writer list.
# Goal reached: write into standard-library objects: json.JSONEncoder.default and .encode gain __isabstractmethod__ = True (a flag only; same impact class as round 10b's ok_04)
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   ['__isabstractmethod__']
#   ['__isabstractmethod__']

import abc
import json

abc.abstractclassmethod(json.JSONEncoder.default)
abc.abstractstaticmethod(json.JSONEncoder.encode)
print(sorted(k for k in dir(json.JSONEncoder.default) if "abstract" in k))
print(sorted(k for k in dir(json.JSONEncoder.encode) if "abstract" in k))
