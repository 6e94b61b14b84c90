@a
@b.c
@d(1)
def f():
    pass

@cls_dec
class C:
    @meth_dec
    def m(self):
        pass

@(lambda f: f)
def g():
    pass
