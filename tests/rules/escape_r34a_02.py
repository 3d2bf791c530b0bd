# expect: reject store
# line: 40
# why: round 34a ok_02: urllib.parse.urlunsplit hands back its path itself when every other field is empty and the path is false (an empty list the library shares): hands_back, found by the builds_new audit's false markers
# ok_02 -- goal 3: the program appends to the root logger's `handlers` list,
#          a list the logging module holds (logging.root.handlers), through a
#          name the checker takes for a new value.
#
# Mechanism: urllib.parse.urlunsplit(components) (Lib/urllib/parse.py) is
#       scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
#       if netloc or (...): ...; if scheme: ...; if query: ...; if fragment: ...
#       return _coerce_result(url)
#   With scheme, netloc, query and fragment all "", it returns `url` ITSELF
#   (_coerce_result is _noop).  _coerce_args only refuses a TRUTHY non-str
#   beside a str (`if arg and isinstance(arg, str) != str_input`), so any
#   FALSY object passes untouched: an empty list the library shares, here the
#   root logger's handlers ([] until basicConfig).  urlunparse (6 fields) does
#   the same.
#
# Why the checker missed it: analyzer/stores.c builds_new() answers true for
#   every function of a text_module() ("urllib.parse" is one) not in
#   hands_back() (which lists urljoin, to_bytes, splitnport only), and
#   call_mask0_as() then keeps only ((argm | elems(argm)) & ~M_TOP): the
#   argument tuple's ELEMENT at depth 0 is dropped, so `h` is "a new str" and
#   `h.append` is a store into the program's own value.  The builds_new audit
#   (tests/checker/builds_new_audit.py) presumably hands markers that are
#   truthy, which _coerce_args rejects with TypeError; only a falsy shared
#   container comes back.  (sys.argv is truthy, so the unittest lever is not
#   reachable this way; any empty shared list/dict is: root.handlers,
#   root.filters, Logger.manager.loggerDict in a fresh process.)
#   Fix: hands_back() rows for ("urllib.parse", "urlunsplit") and
#   ("urllib.parse", "urlunparse"); and rerun the builds_new audit with
#   EMPTY/falsy markers (an empty list subclass, an empty dict) as well.
import logging
import urllib.parse

root = logging.getLogger()
hs = root.handlers
h = urllib.parse.urlunsplit(("", "", hs, "", ""))
print("h is the root logger's handlers:", h is root.handlers)
h.append(logging.StreamHandler())
print("root handlers now:", root.handlers)
logging.warning("this line is printed by the handler the program slipped into logging.root")
