# label: configparser.converters
# A converters= key that is no str decides the name 'get' + key itself: its
# __radd__ answers "__reduce_ex__", which the parser's section proxies would then
# hold as an instance attribute copy.deepcopy calls. The keyword written out is
# refused by the checker; in a ** mapping it reaches the parser, whose
# ConverterMapping the wall lets take only exact str keys.
import configparser


class Hook:
    def __radd__(self, other):
        return "__reduce_ex__"

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self is other


def conv(value):
    return value


options = {"converters": {Hook(): conv}}
parser = configparser.ConfigParser(**options)
print("NOT REFUSED")
