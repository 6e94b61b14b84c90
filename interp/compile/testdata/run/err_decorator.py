def bad_decorator(fn):
    raise RuntimeError("decorator failed for " + fn.__name__)
class Holder:
    @staticmethod
    @bad_decorator
    def method():
        pass
