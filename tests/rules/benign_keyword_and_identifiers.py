# expect: accept
# why: asking about names, not using them
import keyword

candidates = ["class", "klass", "print", "match", "_private", "2fast", "naïve", "async"]
for name in candidates:
    print(f"{name:<9} identifier={name.isidentifier()!s:<5} keyword={keyword.iskeyword(name)!s:<5} soft={keyword.issoftkeyword(name)}")
