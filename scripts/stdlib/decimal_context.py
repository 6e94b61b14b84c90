# decimal contexts: attributes and their errors, flags and traps,
# getcontext/setcontext/localcontext (per thread), the templates, the
# context methods, and the operations that take a context.
import decimal
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext
import threading, copy, pickle

SIGNALS = [decimal.InvalidOperation, decimal.FloatOperation, decimal.DivisionByZero, decimal.Overflow,
           decimal.Underflow, decimal.Subnormal, decimal.Inexact, decimal.Rounded, decimal.Clamped]


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(getcontext())
print(decimal.DefaultContext)
print(decimal.BasicContext)
print(decimal.ExtendedContext)
print(Context(prec=5, rounding=decimal.ROUND_UP, Emin=-9, Emax=9, capitals=0, clamp=1, flags=[decimal.Inexact],
              traps=[decimal.Rounded, decimal.Underflow]))
c = Context()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps[decimal.Overflow], c.traps[decimal.Inexact], len(c.flags), list(c.flags) == SIGNALS)
for kw in [dict(prec=0), dict(prec=-1), dict(prec="5"), dict(prec=1.5), dict(rounding="x"), dict(rounding=1),
           dict(Emin=5), dict(Emax=-1), dict(capitals=2), dict(clamp=3), dict(traps=[1]), dict(flags={decimal.Inexact: 1}),
           dict(prec=decimal.MAX_PREC), dict(prec=decimal.MAX_PREC + 1)]:
    show("Context(%r)" % kw, lambda: Context(**kw))
show("set prec", lambda: setattr(c, "prec", "x"))
show("set foo", lambda: setattr(c, "foo", 1))
show("del prec", lambda: delattr(c, "prec"))
show("bad signal", lambda: c.flags["x"])
show("bad signal set", lambda: c.traps.__setitem__(ValueError, True))
show("setcontext bad", lambda: setcontext(5))
show("localcontext bad kw", lambda: localcontext(foo=1))
show("localcontext bad value", lambda: localcontext(prec=-1))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
print(decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
      decimal.ROUND_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP)
# local contexts nest and restore
getcontext().prec = 28
with localcontext() as a:
    a.prec = 5
    print(D(1) / 7, getcontext() is a)
    with localcontext(prec=3, rounding=decimal.ROUND_UP) as b:
        print(D(1) / 7, b.prec, b.rounding)
    print(D(1) / 7)
print(D(1) / 7)
with localcontext(decimal.ExtendedContext) as e:
    print(D(1) / 0, D(0) / 0, e.flags[decimal.DivisionByZero], e.flags[decimal.InvalidOperation])
print(decimal.ExtendedContext.flags[decimal.DivisionByZero])
old = getcontext()
setcontext(decimal.BasicContext)
print(getcontext().prec, getcontext() is decimal.BasicContext, D(2) / 3)
try:
    D(1) / 0
except decimal.DivisionByZero as err:
    print("basic traps", err)
setcontext(old)
print(getcontext() is old, getcontext().prec)
# each thread has its own context, a copy of DefaultContext
getcontext().prec = 6
getcontext().flags[decimal.Inexact] = False
seen = []


def worker(p):
    seen.append((p, getcontext().prec))
    getcontext().prec = p
    r = str(D(1) / 7)
    seen.append((p, r, getcontext().flags[decimal.Inexact]))


threads = [threading.Thread(target=worker, args=(p,)) for p in (2, 9)]
for t in threads:
    t.start()
    t.join()
print(sorted(seen, key=repr), getcontext().prec, D(1) / 7)
decimal.DefaultContext.prec = 12
t = threading.Thread(target=lambda: seen.append(("new", getcontext().prec)))
t.start()
t.join()
print(seen[-1])
decimal.DefaultContext.prec = 28
getcontext().prec = 28
# copies
c = Context(prec=7, flags=[decimal.Inexact])
c2 = c.copy()
c2.prec = 8
c2.flags[decimal.Rounded] = True
print(c, c2, copy.copy(c).prec, copy.deepcopy(c).flags[decimal.Inexact])
print(pickle.loads(pickle.dumps(c)))
c.clear_flags()
c.clear_traps()
print(c)
# the context methods
c = Context(prec=6)
for name, args in [("add", (1, D("0.0000001"))), ("subtract", (1, 3)), ("multiply", (D("1.5"), 7)), ("divide", (1, 7)),
                   ("divide_int", (7, 2)), ("remainder", (-7, 2)), ("remainder_near", (7, 4)), ("divmod", (7, 2)),
                   ("power", (2, 10)), ("power", (2, D("0.5"))), ("power", (3, 4, 5)), ("sqrt", (2,)), ("exp", (1,)),
                   ("ln", (10,)), ("log10", (2,)), ("log10", (1000,)), ("abs", (-3,)), ("plus", (D("1.23456789"),)),
                   ("minus", (5,)), ("compare", (1, 2)), ("compare_signal", (2, 1)), ("max", (1, D("NaN"))),
                   ("min", (D("-0"), 0)), ("max_mag", (-3, 2)), ("min_mag", (-3, 2)), ("quantize", (D("1.23456"), D("0.01"))),
                   ("to_integral_value", (D("2.5"),)), ("to_integral_exact", (D("2.5"),)), ("to_integral", (D("3.5"),)),
                   ("normalize", (D("1.200"),)), ("next_plus", (1,)), ("next_minus", (1,)), ("next_toward", (1, 2)),
                   ("scaleb", (D("1.5"), 3)), ("logb", (D("1234"),)), ("fma", (2, 3, 4)), ("shift", (123, 2)),
                   ("rotate", (123456, -2)), ("logical_and", (1101, 1011)), ("logical_or", (1101, 1011)),
                   ("logical_xor", (1101, 1011)), ("logical_invert", (1101,)), ("number_class", (D("-0"),)),
                   ("is_zero", (0,)), ("is_signed", (-1,)), ("is_normal", (D("1E-999999"),)), ("is_subnormal", (D("1E-999999"),)),
                   ("copy_sign", (1, -2)), ("copy_abs", (-2,)), ("copy_negate", (2,)), ("same_quantum", (D("1.0"), D("2.0"))),
                   ("compare_total", (D("1.0"), D("1.00"))), ("to_sci_string", (D("1E+3"),)), ("to_eng_string", (D("1E+4"),)),
                   ("create_decimal", ("3.14159265",)), ("create_decimal", ("  1_2 ",)), ("create_decimal", (D("NaN123456789"),)),
                   ("create_decimal_from_float", (0.1,)), ("copy_decimal", (5,)), ("radix", ()), ("add", (1.5, 1)),
                   ("divide", (1, 0)), ("sqrt", (-4,)), ("add", ("1", 2))]:
        show("ctx." + name + repr(args), lambda: getattr(c, name)(*args))
        c.clear_flags()
# operations with their own context and rounding
for q in ["1", "0.1", "0.01", "1E+1", "1E-30"]:
    for r in [None, decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_CEILING, decimal.ROUND_05UP]:
        show("quantize %s %s" % (q, r), lambda: [D(x).quantize(D(q), rounding=r) for x in ["2.345", "-2.355", "7.5", "0", "-0.051"]])
show("quantize too many", lambda: D("123456789").quantize(D("0.01"), context=Context(prec=9)))
show("quantize inf", lambda: D("Infinity").quantize(D(1)))
show("quantize nan", lambda: D(1).quantize(D("NaN")))
show("quantize bad rounding", lambda: D(1).quantize(D(1), rounding="UP"))
show("quantize bad context", lambda: D(1).quantize(D(1), context=1))
show("quantize float", lambda: D(1).quantize(0.1))
for x in ["2.5", "3.5", "-2.5", "2.4999", "1E+2", "123.000", "-0.0001"]:
    print(x, [str(D(x).to_integral_value(rounding=r)) for r in [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_FLOOR,
                                                               decimal.ROUND_CEILING, decimal.ROUND_DOWN, decimal.ROUND_UP]],
          D(x).normalize(), D(x).sqrt() if x[0] != "-" else "-", D(x).next_plus(), D(x).next_minus())
for x in ["0", "1", "2", "0.5", "-1", "10", "100", "1E-10", "123.456", "1E+5", "Infinity", "-Infinity"]:
    for name in ["exp", "ln", "log10", "sqrt", "logb"]:
        show("%s(%s)" % (name, x), lambda: getattr(D(x), name)(context=Context(prec=20, traps=[])))
show("exp 3 digits", lambda: D("2.5").exp(Context(prec=3)))
show("ln 50 digits", lambda: D(2).ln(Context(prec=50)))
show("sqrt exact", lambda: (D(16).sqrt(), D("0.0400").sqrt(), D("1E+4").sqrt(), D("1E+5").sqrt(), D("-0").sqrt()))
print(D("1.00").compare(D(1)), D(1).compare(D("NaN")), D(1).max(D("1.0")), D("1.0").max(D(1)), D(-2).min(D(1)), D(-2).max_mag(D(1)))
print(D(1).same_quantum(D("1.0")), D("Infinity").same_quantum(D("-Infinity")), D("NaN").same_quantum(D("sNaN")))
print(D("1.5").scaleb(2), D(1).scaleb(-3), D("1.5").fma(2, D("0.25")), D(123).shift(-1), D(123).rotate(1))
print([D(x).compare_total(D(y)) for x, y in [("1", "1.0"), ("-1", "-1.0"), ("NaN", "1"), ("-NaN", "-sNaN"), ("sNaN2", "sNaN1"), ("0", "-0")]])
