# -W style options as the warnings module reads them: the message and
# module fields are escaped literally (as re.escape does), the module one
# anchored at the end; bad options are reported and skipped.
import warnings

warnings.resetwarnings()
warnings._processoptions(["ignore:a=b c.d(e)*:UserWarning:pkg.mod-x:3",
                          "error::DeprecationWarning",
                          "always:~/#&:Warning",
                          "default:::",
                          "bogus",
                          "ignore:x:NoSuchWarning",
                          "ignore:x:UserWarning:m:-1",
                          "a:b:c:d:e:f"])
for f in warnings.filters:
    action, msg, cat, mod, line = f
    print(action, msg and (msg.pattern, msg.flags & 2), cat.__name__, mod and mod.pattern, line)
with warnings.catch_warnings(record=True) as got:
    warnings.resetwarnings()
    warnings._processoptions(["always:a=b:UserWarning"])
    warnings.warn("a=b and more")
    warnings.warn("A=B upper")
    warnings.warn("other")
    print([str(w.message) for w in got])
