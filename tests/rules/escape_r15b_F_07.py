# expect: reject attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: fifteenth red team (15b), our own member of family F: one class whose __getattr__ answers every name by its ending (tb_frame, f_code, co_filename unspelled) handed to addError (refused by name since round 13) and, the door this round closes, a __getattr__ answering names it does not list

import unittest


class Any:
    def __init__(self, path, lineno, after):
        self.path = path
        self.lineno = lineno
        self.after = after

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name.endswith("filename"):
            return self.path
        if name.endswith("lineno"):
            return self.lineno
        if name.endswith("next"):
            return self.after
        if name.endswith("lasti"):
            return -1
        if name.endswith("globals") or name.endswith("locals"):
            return {}
        if name.endswith("name"):
            return "passwd"
        return self


tb = None
for n in range(3, 0, -1):
    tb = Any("/etc/passwd", n, tb)
result = unittest.TestResult()
result.addError(unittest.TestCase(), (ValueError, ValueError("x"), tb))
print(result.errors[0][1])
