# expect: reject import
# why: inside try
# line: 5
try:
    import os
except ImportError:
    os = None
