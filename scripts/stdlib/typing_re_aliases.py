# typing.Pattern and typing.Match: generic aliases of re's classes.
import re
import typing

for name in ['Pattern', 'Match']:
    a = getattr(typing, name)
    print(name, repr(a), a.__origin__ is getattr(re, name), repr(a[str]), typing.get_origin(a[bytes]) is getattr(re, name),
          typing.get_args(a[str]), name in typing.__all__)
print(isinstance(re.compile('x'), typing.Pattern), isinstance(re.match('x', 'x'), typing.Match), isinstance('x', typing.Pattern))
try:
    typing.Pattern[str, str]
except TypeError as e:
    print(type(e).__name__, e)
