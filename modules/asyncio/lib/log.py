"""The 'asyncio' logger.

logging is imported the first time the logger is used rather than when
asyncio is imported, so that a program that never logs does not pay for
it."""


def __getattr__(name):
    if name == 'logger':
        import logging
        global logger
        logger = logging.getLogger(__package__)
        return logger
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
