#!/usr/bin/env python3
# vim: set fileencoding=shift_jis :
# The cookie on the second line, in another editor's spelling; no import at all.
print("テスト", len("テスト"))
