# inspect: getsource of nested, async, decorated and oddly laid out
# definitions.
import dataclasses
import inspect


def factory():
    class Local:
        def method(self):
            return [1,
    2]

    def helper(x):
        return x
    return Local, helper


Local, helper = factory()


async def co(a,
             b):
    await co(1, 2)
    return {
  'k': 1}


@dataclasses.dataclass
class Point:
    x: int = 0

    def norm(self): return abs(self.x)


class Twice:
    pass


class Container:
    class Twice:
        value = 'inner'


def tabs():
	return 1  # indented with a tab


def trailing(x):
    if x:
        return 1

    # a comment after a blank line inside the body
    return 2
# a comment at column 0 ends it
after = 1

for obj in (factory, Local, Local.method, helper, co, Point, Point.norm,
            Twice, Container.Twice, tabs, trailing):
    lines, start = inspect.getsourcelines(obj)
    print(obj.__qualname__, start, len(lines))
    print(''.join(lines), end='---\n')
