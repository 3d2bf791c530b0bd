# expect: reject store
# line: 28
# why: round 28e near_02: a typing alias passes an attribute store on to its origin class, so typing.Mapping[str, str].get = grab would replace collections.abc.Mapping.get (asyncio then hands it os.environ); the alias is a module's value, and stores on it are refused
# near_02 -- REFUSED (rule `store`, line 25: "'.get' is reached through a module").
#
# Mechanism tried: typing._GenericAlias.__setattr__ forwards every non-dunder
#   name it does not own to its ORIGIN: `typing.Mapping[str, str].get = grab`
#   is setattr(collections.abc.Mapping, "get", grab) -- round 28c ok_02's write
#   into Mapping (asyncio then calls grab(os.environ, ...)), with no __mro__ /
#   __bases__ at all.  Also tried: the alias returned from a def of the program
#   (refused: `unbound` + `store`), and the alias read back from a dataclass
#   Field's .type (refused: dataclasses.fields is not offered).
# Why it is refused: a subscript of a module's attribute is a value reached
#   through a module, and a def's return of it is followed.  Worth a regression
#   test anyway: any future route that makes a typing alias look "new" (a
#   keeper, a library call that returns an argument's alias, a hook parameter)
#   turns into a write into a library class through the alias' setattr.
import asyncio
import typing


def grab(self, key, default=None):
    print(self)
    return default


alias = typing.Mapping[str, str]
alias.get = grab
asyncio.run(asyncio.sleep(0))
