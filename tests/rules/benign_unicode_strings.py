# expect: accept
# why: unicode text and escapes in strings
greeting = "héllo wörld ✓ 🐍 日本語"
print(greeting.upper(), len(greeting), greeting.encode("utf-8")[:5])
print("\N{GREEK SMALL LETTER PI}", "\u00e9", "\U0001F40D", "\x41")
print(sorted(["été", "eta", "étage"]), "Straße".casefold())
print("ﬁ".upper(), "Ⅻ".isnumeric(), "١٢٣".isdigit(), int("١٢٣"))
