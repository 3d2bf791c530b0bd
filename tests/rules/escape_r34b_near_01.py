# expect: reject store
# line: 18
# why: round 34b near_01: colorsys.hsv_to_rgb(0, 0, v=sys.argv)[0] is sys.argv: a text module's function may nest an argument given by keyword one level in
# near_01 -- REFUSED (store): a text-module function handing a KEYWORD argument
#   back one level in.  colorsys.hsv_to_rgb(h, s, v) returns (v, v, v) when s is
#   0; the builds_new audit only passes positional arguments, and call_mask0_as
#   skips its per-keyword loop for text modules.  It is still refused because
#   nests_arguments() adds shl(argm) and args_mask() does include keyword values
#   -- except those named `key` (ok_01/ok_02).  A keyword fuzz of every
#   text-module function (inspect.signature, marker list per keyword) found only
#   hsv_to_rgb(v=), math.prod(start=), urljoin(url=), to_bytes(url=),
#   splitnport(defport=): all refused or in hands_back().
import colorsys
import sys

names = colorsys.hsv_to_rgb(0, 0, v=sys.argv)[0]
print("names is sys.argv:", names is sys.argv)
names.append("x")
