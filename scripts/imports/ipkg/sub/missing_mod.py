from . import no_such_submodule
