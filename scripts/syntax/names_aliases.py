# "\N{...}" escapes with Unicode's formal name aliases (control names,
# abbreviations, corrected names), in str literals, f-strings, the
# unicode_escape codec and unicodedata.lookup; bytes literals keep \N as
# is; NFKC-normalized identifiers.
import codecs
import unicodedata

names = ["LATIN CAPITAL LETTER GHA", "latin small letter gha", "BYTE ORDER MARK", "BOM",
         "NBSP", "nbsp", "ZWJ", "LINE FEED", "EOL", "lf", "NUL", "DEL", "VS1", "VS256",
         "FVS4", "KANNADA LETTER LLLA", "HENTAIGANA LETTER E-1", "ESC", "SP", "NEL",
         "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E00", "NO SUCH ALIAS", "LATIN SMALL LETTER A"]
for name in names:
    src = "x = '\\N{%s}'" % name
    try:
        ns = {}
        exec(src, ns)
        print(name, ascii(ns["x"]), ascii(eval("f'<\\N{%s}>'" % name)))
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg, e.offset)
    try:
        print(" lookup", ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(" lookup", type(e).__name__, e)
    try:
        print(" codec", ascii(codecs.decode(("\\N{%s}" % name).encode(), "unicode_escape")))
    except UnicodeDecodeError as e:
        print(" codec", type(e).__name__, e)
print(b"\N{NBSP}", ascii(r"\N{NBSP}"))
ns = {}
exec("ﬁ = 1\nℌ = 2\nＡ = 4\nﬁx = 5\nfor k in sorted(dir()): print(ascii(k))\nprint(ﬁ, fi, H, A)", ns)
print(sorted(k for k in ns if k != "__builtins__"))
exec("class C:\n    ﬁeld = 1\nprint(C.field, getattr(C, 'ﬁeld', 'no'))\n"
     "def f(**kw): return kw\nprint(f(ﬁ=1))\nimport math as ｍ\nprint(m.pi > 3)", {})
