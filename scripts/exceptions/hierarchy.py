# The builtin exception hierarchy of CPython 3.11: every class, its
# __mro__, __name__, __module__ and how it prints as a tree.
import builtins

classes = [v for k, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)]
print(len(classes))
for c in sorted(classes, key=lambda c: c.__name__):
    print(c.__name__, c.__module__, c.__qualname__, [b.__name__ for b in c.__mro__])


def tree(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__module__ == "builtins":
            tree(sub, depth + 1)


tree(BaseException)
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError), issubclass(StopAsyncIteration, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(type(ValueError), type(ValueError()).__name__, ValueError.__base__.__name__, ValueError.__bases__)
print(ExceptionGroup.__bases__)
print(sorted(n for n in vars(BaseException) if not n.startswith("__")))
print(sorted(vars(BaseException)))
