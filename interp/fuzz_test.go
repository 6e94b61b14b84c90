package interp

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"time"
)

// hugeNumber matches literals that would make a fuzzed program allocate
// gigabytes ([0] * 10**9): real programs may, but a fuzzer must not.
var hugeNumber = regexp.MustCompile(`[0-9]{5,}|\*\*|<<`)

// FuzzRun compiles and runs arbitrary source: whatever it is, gilpy must
// answer with a Python exception or a result, never a Go panic (which the
// VM would report as an "internal error" SystemError), and stop when its
// context is cancelled.
func FuzzRun(f *testing.F) {
	for _, seed := range []string{
		"print(1)",
		"def f(x, *a, k=2, **kw):\n    return x, a, k, kw\nprint(f(1, 2, k=3, z=4))",
		"class A:\n    def __init__(self): self.x = 1\n    def __repr__(self): return 'A'\nprint([A()], {A().x: 2})",
		"def g():\n    yield from range(3)\n    return 7\nprint(list(g()))",
		"try:\n    1/0\nexcept ZeroDivisionError as e:\n    print(e)\nfinally:\n    print('f')",
		"with open('/nonexistent') as f: pass",
		"x = [i*i for i in range(10) if i % 2]\nprint(x[::-1], sorted({3, 1, 2}))",
		"match (1, 2):\n    case (a, b): print(a + b)",
		"async def c(): return 1\nprint(c().send(None))",
		"import sys\nprint(sys.argv)",
		"while True:\n    try:\n        while True: pass\n    except: pass",
		"s = ''\nfor i in range(100): s += str(i)\nprint(len(s), '%d %s %r' % (1, 'a', 'b'), f'{1!r:>4}')",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if hugeNumber.MatchString(src) || strings.Contains(src, "import") && !strings.Contains(src, "import sys") {
			t.Skip("the fuzzer's sources may not allocate huge objects or import modules")
		}
		var out, errb bytes.Buffer
		in, err := New(Options{Stdout: &out, Stderr: &errb})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		done := make(chan error, 1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					done <- nil
					t.Errorf("Go panic escaped the interpreter: %v", r)
				}
			}()
			done <- in.Exec(ctx, src, "<fuzz>")
		}()
		select {
		case <-done:
			_ = in.Close()
		case <-time.After(10 * time.Second):
			t.Fatalf("the run did not stop when its context was cancelled:\n%s", src)
		}
		if strings.Contains(errb.String(), "internal error") {
			t.Errorf("a Go panic inside the VM (reported as SystemError):\n%s\n--- program:\n%s", errb.String(), src)
		}
	})
}
