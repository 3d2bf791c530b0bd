# expect: reject module_attribute
# why: unittest facade: mock imports any dotted name (patch.dict("os.environ") hands out os.environ)
# line: 4
from unittest import mock
with mock.patch.dict("os.environ") as env:
    print(dict(env))
