# expect: reject syntax
x = (
import os
