# decimal: format() and f-strings with the format-spec mini-language.
from decimal import Decimal as D, localcontext
import decimal

values = ["0", "-0.00", "1234.5678", "-1234567.891", "1E+3", "0.000012", "-7.5E-9", "123E10", "100", "0.5", "2.5",
          "999.9995", "Infinity", "-Infinity", "NaN", "-NaN", "12", "1.000", "0E+5", "-0E990"]
specs = ["", "f", ".2f", ".0f", ".3e", "e", ".0e", "E", "g", ".3g", ".0g", "G", ".2G", "%", ".1%", ".0%", "n", ".3n",
         ",", ",.2f", "10", "<12", ">12", "^12", "*^15", "=+12", "012", "020,.3f", "+", " ", "-", "+.2f", " .2e",
         "z.2f", "z", "15.3", ".30f", "_>10", "0=12", "08.2%", ",e", ",.2%", "09,", "07,"]
for v in values:
    d = D(v)
    print(v, [format(d, s) for s in specs])
for v, s in [("3E8", "0=20,"), ("-5E4", "0=17,%"), ("-7706132E7", "0=17,.5e"), ("-3E-14", "x>z.10F"),
             ("-3E-14", "z.10f"), ("-0", "z.2F"), ("-710E-14", " ^z.2F"), ("557042E-1", "020,.2%")]:
    print(v, repr(s), repr(format(D(v), s)))
for s in ["#.0f", "_", "_.1f", "=012", "x", ".f", "5.5.5", "0<10", ",_", "n,", ",n", ".2d", "b"]:
    try:
        print(repr(s), repr(format(D("1.5"), s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
try:
    format(D(1), 5)
except Exception as e:
    print(type(e).__name__, e)
x = D("3.14159")
print(f"{x}|{x:.2f}|{x:>10.3}|{x:e}|{x!r}|{x!s:^12}|{-x:+.1%}")
with localcontext(rounding=decimal.ROUND_DOWN) as c:
    print(format(D("2.999"), ".2f"), format(D("-2.999"), ".1e"), format(D("0.125"), ".2%"))
    c.rounding = decimal.ROUND_HALF_UP
    print(format(D("2.125"), ".2f"), format(D("2.135"), ".2f"), format(D("0.0005"), ".3f"))
    c.capitals = 0
    print(format(D("1E+30"), ""), format(D("1E+30"), ".3"), str(D("1E+30")), repr(D("1E+30")), D("1E+30").to_eng_string())
print("%s %r %.2f %d" % (D("1.50"), D("1.50"), D("1.50"), D("-7.9")))
print("{:>8} {:.1f} {}".format(D("1.25"), D("1.25"), D("-0")))
