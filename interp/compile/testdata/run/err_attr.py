class Thing:
    def __init__(self):
        self.inner = None
t = Thing()
value = t.inner.missing
