# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir (RawConfigParser.BOOLEAN_STATES written)
# why: eleventh red team (11a), family B: a from-import alias spelled Enum taken for enum's base by its name
# Mechanism: Class-base walk (stores.c made_base/overriding_class, INERT_BASES): a base is judged inert by its *name* only. 'from configparser import RawConfigParser as Enum' makes 'class K(Enum)' look like an enum class, so K() is not library-made and K().BOOLEAN_STATES is the program's own attribute; the item store writes the library class's shared dict.
# Goal reached: write into a standard-library container: RawConfigParser.BOOLEAN_STATES['pwned'] = True; a fresh ConfigParser then reads 'pwned' as a boolean
# Output under python3 (3.11.7), run in a fresh temp dir under env -i PATH=/usr/bin:/bin HOME=$tmpdir:
#   True

from configparser import RawConfigParser as Enum


class K(Enum):
    pass


K().BOOLEAN_STATES["pwned"] = True
cp = Enum()
cp.read_string("[s]\nflag = pwned\n")
print(cp.getboolean("s", "flag"))
