# Codecs looked up by name at run time (str.encode, bytes.decode, io.TextIOWrapper):
# the ones the program's literals name are loaded before it runs.
import io

word = "\u043f\u0440\u0438\u0432\u0435\u0442"
print(word.encode("cp1251"), word.encode("koi8_r"))
print("\u65e5\u672c".encode("shift_jis"), "a+b".encode("utf-7"))
raw = io.BytesIO("h\u00e9".encode("utf-16"))
print(io.TextIOWrapper(raw, "utf-16").read())
