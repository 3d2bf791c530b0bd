# coding: latin-1
f"{x!r:{y}}"
