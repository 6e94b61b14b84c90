from .leaf import NO_SUCH_NAME
