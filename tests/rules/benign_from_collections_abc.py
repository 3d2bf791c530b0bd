# expect: accept
# why: collections.abc through both import forms
import collections.abc
from collections import abc


def is_mapping(x):
    return isinstance(x, collections.abc.Mapping)


def describe(x):
    if isinstance(x, abc.Sequence):
        return "sequence"
    if isinstance(x, abc.Iterable):
        return "iterable"
    return "other"


print(is_mapping({}), is_mapping([]), describe([1]), describe({1}), describe(3))
