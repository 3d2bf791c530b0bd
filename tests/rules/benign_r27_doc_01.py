# expect: accept
# why: round 27: a class doc naming its signature in prose, without the -- line of the interpreter's form, stays accepted
# A class doc that names the class and its arguments in prose, with no "--" line:
# not the text-signature form.
class Probe:
    """Probe(a, b): measures a against b.

    Returns the difference.
    """

    __doc__ = "Probe(a, b) measures a against b."

    def __init__(self, a, b):
        self.d = a - b


print(Probe(5, 3).d, Probe.__doc__)
