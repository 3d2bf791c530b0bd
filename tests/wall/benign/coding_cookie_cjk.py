# -*- coding: euc_jp -*-
# A program saved in EUC-JP (its cookie names the codec, an extension module of the
# interpreter): decoded by the compile as under plain python3, before the wall.
import math

word = "日本語"
print(word, len(word), math.floor(2.5))
print("こんにちは".encode("euc_jp").hex())
