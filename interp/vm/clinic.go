package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// ParseClinic binds a call's arguments like ParseArgs, with the error
// messages of the argument parser CPython generates for most functions
// of its C modules that take keywords ("prod() takes exactly 1
// positional argument (2 given)", "'x' is an invalid keyword argument
// for count()"). Unlike ParseArgs, which follows the wording of the
// builtins, it checks in the order CPython's generated parsers do:
// the total count, the positional count, then each parameter in turn.
func ParseClinic(p *Params, args []Object, kwnames Tuple, out ...*Object) ([]Object, error) {
	nkw := len(kwnames)
	npos := len(args) - nkw
	maxArgs := len(p.Names)
	maxPos := maxArgs
	if p.KwOnly >= 0 && p.KwOnly < maxPos {
		maxPos = p.KwOnly
	}
	minPos := p.Required
	if minPos > maxPos {
		minPos = maxPos
	}
	var extra []Object
	if p.Star && npos > maxPos {
		extra = args[maxPos:npos]
		npos = maxPos
	}
	if !p.Star && npos+nkw > maxArgs {
		kw := ""
		if npos == 0 {
			kw = "keyword "
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes at most %d %sargument%s (%d given)", p.Func, maxArgs, kw, plural(maxArgs, "", "s"), npos+nkw))
	}
	if npos > maxPos {
		if maxPos == 0 {
			return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes no positional arguments", p.Func))
		}
		how := "exactly"
		if minPos < maxPos {
			how = "at most"
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes %s %d positional argument%s (%d given)", p.Func, how, maxPos, plural(maxPos, "", "s"), npos))
	}
	if npos < p.PosOnly && npos < p.Required {
		need := p.Required
		if need > p.PosOnly {
			need = p.PosOnly
		}
		how := "exactly"
		if p.Star || need < maxPos {
			how = "at least"
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes %s %d positional argument%s (%d given)", p.Func, how, need, plural(need, "", "s"), npos))
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	kwVals := args[len(args)-nkw:]
	used := make([]bool, nkw)
	for i := npos; i < maxArgs; i++ {
		var v Object
		if i >= p.PosOnly {
			for j, k := range kwnames {
				if !used[j] && string(k.(py.String)) == p.Names[i] {
					v = kwVals[j]
					used[j] = true
					break
				}
			}
		}
		if v == nil {
			if i < p.Required {
				if i < p.PosOnly {
					how := "exactly"
					if p.Star || p.PosOnly < maxPos {
						how = "at least"
					}
					return nil, NewError(py.TypeError, fmt.Sprintf("%s() takes %s %d positional argument%s (%d given)", p.Func, how, p.PosOnly, plural(p.PosOnly, "", "s"), npos))
				}
				return nil, NewError(py.TypeError, fmt.Sprintf("%s() missing required argument '%s' (pos %d)", p.Func, p.Names[i], i+1))
			}
			continue
		}
		*out[i] = v
	}
	for j, k := range kwnames {
		if used[j] {
			continue
		}
		name := string(k.(py.String))
		for i := 0; i < npos && i < maxArgs; i++ {
			if p.Names[i] == name && i >= p.PosOnly {
				return nil, NewError(py.TypeError, fmt.Sprintf("argument for %s() given by name ('%s') and position (%d)", p.Func, name, i+1))
			}
		}
		return nil, NewError(py.TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for %s()", name, p.Func))
	}
	return extra, nil
}

// CheckOneArg checks the arguments of a function taking exactly one
// positional argument, with the messages CPython gives for such
// functions, which name them with their module ("math.sqrt() takes
// exactly one argument (0 given)").
func CheckOneArg(qualname string, args []Object, kwnames Tuple) error {
	if len(kwnames) > 0 {
		return NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", qualname))
	}
	if len(args) != 1 {
		return NewError(py.TypeError, fmt.Sprintf("%s() takes exactly one argument (%d given)", qualname, len(args)))
	}
	return nil
}

// CheckPositional checks a function taking only positional arguments
// the way CPython's generated parsers do: keywords are refused naming
// the function with its module ("math.pow() takes no keyword
// arguments"), counts with its bare name ("pow expected 2 arguments,
// got 1"). max < 0: no limit.
func CheckPositional(qualname, name string, args []Object, kwnames Tuple, min, max int) error {
	if len(kwnames) > 0 {
		return NewError(py.TypeError, fmt.Sprintf("%s() takes no keyword arguments", qualname))
	}
	n := len(args)
	if n < min {
		how := "at least "
		if min == max {
			how = ""
		}
		return NewError(py.TypeError, fmt.Sprintf("%s expected %s%d argument%s, got %d", name, how, min, plural(min, "", "s"), n))
	}
	if max >= 0 && n > max {
		how := "at most "
		if min == max {
			how = ""
		}
		return NewError(py.TypeError, fmt.Sprintf("%s expected %s%d argument%s, got %d", name, how, max, plural(max, "", "s"), n))
	}
	return nil
}
