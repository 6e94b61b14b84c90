# raise ... from ...: the cause prints first, joined by "The above
# exception was the direct cause...".


class ConfigError(Exception):
    pass


def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise ConfigError(f"missing setting {name!r}") from e


def outer():
    try:
        load("b")
    except ConfigError as e:
        raise RuntimeError("startup failed") from e


outer()
