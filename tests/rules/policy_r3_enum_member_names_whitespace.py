# expect: reject class
# why: enum functional API with a literal names string: str.split() also splits on
# tabs, so "A\t__deepcopy__" would bind a dunder in the new class (an int here, but
# the rule promises no dunder names at all); only ASCII names, spaces and commas
import enum
E = enum.Enum("E", "A\t__deepcopy__")
F = enum.Enum("Color", "RED GREEN")
G = enum.Enum("Color", "RED,GREEN")
