# expect: reject class
# line: 7
# why: round 28a family (a class doc bound otherwise): a for target binding __doc__ with the signature form
import dataclasses


class Probe:
    for __doc__ in ["Probe(x=sys.executable)\n--\n\n"]:
        pass


@dataclasses.dataclass(init=False)
class Shown(Probe):
    pass


print(Shown.__doc__)
