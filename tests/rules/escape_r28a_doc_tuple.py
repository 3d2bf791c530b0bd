# expect: reject class
# line: 7
# why: round 28a family (a class doc bound otherwise): a tuple target binding __doc__ with the signature form
import dataclasses


class Probe:
    "Probe(x=sys.executable)"
    __doc__, tag = __doc__ + "\n--\n\n", 1


@dataclasses.dataclass(init=False)
class Shown(Probe):
    pass


print(Shown.__doc__)
