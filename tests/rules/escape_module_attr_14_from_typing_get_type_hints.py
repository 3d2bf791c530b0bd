# expect: reject module_attribute
# why: from-import of a denied name
# line: 4
from typing import get_type_hints
