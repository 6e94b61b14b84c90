package compile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/gilpy/gilpy/interp/syntax"
)

// FuzzCompile parses arbitrary source and compiles what the parser
// accepts: the compiler must never panic, must fail only with a
// SyntaxError, and every code object it returns must pass Verify.
//
//	go test ./interp/compile -run XXX -fuzz FuzzCompile -fuzztime 10m
func FuzzCompile(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/programs/*.py")
	for _, s := range seeds {
		if src, err := os.ReadFile(s); err == nil {
			f.Add(string(src))
		}
	}
	for _, s := range []string{
		"x = 1\n", "def f(a, *b, c=1, **d):\n    return [a for a in b if (c := a)]\n",
		"class C:\n    def f(self):\n        return super().f(__class__)\n",
		"try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    del e\n",
		"async def f():\n    async with a as b, c:\n        async for x in y:\n            await z\n",
		"match x:\n    case [1, *r] | {'k': r}:\n        pass\n    case C(a, b=c) if c:\n        pass\n",
		"while x:\n    try:\n        with a:\n            break\n    finally:\n        continue\n",
		"def g():\n    x = yield from (yield)\n    return lambda: x\n",
		"from . import a as b\nimport a.b.c as d\n", "x: int = f'{a!r:>{w}}'\n",
		"a, *b, c = d[1:2, ::3] = e.f += 1\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		mod, err := syntax.Parse([]byte(src), "<fuzz>", syntax.Exec)
		if err != nil {
			return
		}
		code, err := Compile(mod, "<fuzz>", ModeExec, 0)
		if err != nil {
			var se *syntax.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("compile failed with %T: %v\n%s", err, err, src)
			}
			return
		}
		if err := Verify(code); err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
	})
}
