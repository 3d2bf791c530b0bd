# expect: reject module_attribute
# line: 8
# why: the cost of the warnings facade: catch_warnings(record=True) hands out WarningMessage objects, whose source is the object a library's ResourceWarning describes (an unclosed event loop); use catch_warnings() with simplefilter, or filterwarnings("error") and catch the exception
import warnings


def count_warnings():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn("x")
    return len(log)


print(count_warnings())
