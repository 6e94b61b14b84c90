// Command gpyref runs a Python script on gpython v0.2.0's own compiler
// and VM. It exists only so that gilbench can measure gilpy against the
// engine it replaced, in the same run; gilpy itself never uses it.
//
//	gpyref script.py
package main

import (
	"fmt"
	"os"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gpyref script.py")
		os.Exit(2)
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	if _, err := py.RunFile(ctx, os.Args[1], py.CompileOpts{}, nil); err != nil {
		py.TracebackDump(err)
		os.Exit(1)
	}
}
