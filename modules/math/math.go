// Package math is Python's math module: the C math library's functions
// with CPython's special-value rules and errors ("math domain error",
// "math range error"), and the integer functions (factorial, comb, perm,
// isqrt, gcd, lcm) on arbitrary-precision ints.
package math

import (
	"fmt"
	gomath "math"
	"math/big"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

func init() {
	// Found on sys.path, as CPython's extension module is: a script's own
	// math.py shadows it.
	vm.RegisterModule(&vm.ModuleDef{Name: "math", Init: initModule})
}

func domainError() error { return vm.NewError(py.ValueError, "math domain error") }
func rangeError() error  { return vm.NewError(py.OverflowError, "math range error") }

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// unary wraps a C function of one double with CPython's rules: a NaN
// from a non-NaN is a domain error; an infinity from a finite argument
// is a range error when the function can overflow, else a domain error
// (a singularity).
func unary(name string, fn func(float64) float64, canOverflow bool, doc string) *vm.BuiltinFunction {
	return vm.NewModuleFunction("math", name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("math."+name, args, kwnames); err != nil {
			return nil, err
		}
		x, err := vm.AsDouble(t, args[0])
		if err != nil {
			return nil, err
		}
		r := fn(x)
		if gomath.IsNaN(r) && !gomath.IsNaN(x) {
			return nil, domainError()
		}
		if gomath.IsInf(r, 0) && isFinite(x) {
			if canOverflow {
				return nil, rangeError()
			}
			return nil, domainError()
		}
		return py.Float(r), nil
	}, doc)
}

// binary wraps a C function of two doubles: a NaN from non-NaNs is a
// domain error, an infinity from finite arguments a range error.
func binary(name string, fn func(x, y float64) float64, doc string) *vm.BuiltinFunction {
	return vm.NewModuleFunction("math", name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		x, y, err := twoDoubles(t, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		r := fn(x, y)
		if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
			return nil, domainError()
		}
		if gomath.IsInf(r, 0) && isFinite(x) && isFinite(y) {
			return nil, rangeError()
		}
		return py.Float(r), nil
	}, doc)
}

func twoDoubles(t *vm.Thread, name string, args []Object, kwnames Tuple) (float64, float64, error) {
	if err := vm.CheckPositional("math."+name, name, args, kwnames, 2, 2); err != nil {
		return 0, 0, err
	}
	x, err := vm.AsDouble(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := vm.AsDouble(t, args[1])
	if err != nil {
		return 0, 0, err
	}
	return x, y, nil
}

// oneDouble parses the single double argument of a function that does
// its own error handling.
func oneDouble(t *vm.Thread, name string, args []Object, kwnames Tuple) (float64, error) {
	if err := vm.CheckOneArg("math."+name, args, kwnames); err != nil {
		return 0, err
	}
	return vm.AsDouble(t, args[0])
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("Mathematical functions on floats and integers."))
	m.Set("pi", py.Float(gomath.Pi))
	m.Set("e", py.Float(gomath.E))
	m.Set("tau", py.Float(2*gomath.Pi))
	m.Set("inf", py.Float(gomath.Inf(1)))
	m.Set("nan", py.Float(gomath.NaN()))
	add := func(f *vm.BuiltinFunction) { m.Set(f.Name, f) }

	add(unary("acos", cAcos, false, "Arc cosine of x, in radians, in [0, pi]."))
	add(unary("acosh", cAcosh, false, "Inverse hyperbolic cosine of x."))
	add(unary("asin", cAsin, false, "Arc sine of x, in radians, in [-pi/2, pi/2]."))
	add(unary("asinh", cAsinh, false, "Inverse hyperbolic sine of x."))
	add(unary("atan", cAtan, false, "Arc tangent of x, in radians, in [-pi/2, pi/2]."))
	add(unary("atanh", cAtanh, false, "Inverse hyperbolic tangent of x."))
	add(unary("cbrt", cCbrt, false, "Cube root of x."))
	add(unary("cos", cCos, false, "Cosine of x (radians)."))
	add(unary("cosh", cCosh, true, "Hyperbolic cosine of x."))
	add(unary("exp", cExp, true, "e to the power x."))
	add(unary("exp2", cExp2, true, "2 to the power x."))
	add(unary("expm1", cExpm1, true, "exp(x) - 1, accurate also for x near 0."))
	add(unary("fabs", gomath.Abs, false, "Absolute value of x, as a float."))
	add(unary("log1p", log1p, false, "Natural logarithm of 1 + x, accurate also for x near 0."))
	add(unary("sin", cSin, false, "Sine of x (radians)."))
	add(unary("sinh", cSinh, true, "Hyperbolic sine of x."))
	add(unary("sqrt", gomath.Sqrt, false, "Square root of x."))
	add(unary("tan", cTan, false, "Tangent of x (radians)."))
	add(unary("tanh", cTanh, false, "Hyperbolic tangent of x."))
	add(errnoUnary("erf", func(x float64) (float64, error) { return cErf(x), nil }, "The error function at x."))
	add(errnoUnary("erfc", func(x float64) (float64, error) { return cErfc(x), nil }, "The complementary error function at x: 1 - erf(x)."))
	add(errnoUnary("gamma", tgamma, "The gamma function at x."))
	add(errnoUnary("lgamma", lgamma, "Natural logarithm of the absolute value of gamma(x)."))
	add(binary("atan2", atan2, "Arc tangent of y/x in radians, using the signs of both to pick the quadrant."))
	add(binary("copysign", gomath.Copysign, "x with the sign of y."))
	add(binary("remainder", remainder, "x - n*y for the integer n nearest x/y (ties to even); exact."))

	add(vm.NewModuleFunction("math", "ceil", mathCeil, "The smallest integer >= x."))
	add(vm.NewModuleFunction("math", "floor", mathFloor, "The largest integer <= x."))
	add(vm.NewModuleFunction("math", "trunc", mathTrunc, "x truncated toward 0 to an Integral, through x.__trunc__()."))
	add(vm.NewModuleFunction("math", "fmod", mathFmod, "The C library's fmod(x, y), whose sign follows x (x % y follows y)."))
	add(vm.NewModuleFunction("math", "pow", mathPow, "x to the power y, as floats."))
	add(vm.NewModuleFunction("math", "frexp", mathFrexp, "(m, e) with x == m * 2**e and 0.5 <= abs(m) < 1, or (x, 0) for 0, infinities and NaN."))
	add(vm.NewModuleFunction("math", "ldexp", mathLdexp, "x * 2**i; the inverse of frexp."))
	add(vm.NewModuleFunction("math", "modf", mathModf, "(fractional part, integer part) of x, both floats carrying x's sign."))
	add(vm.NewModuleFunction("math", "log", mathLog, "log(x, [base=math.e])\nLogarithm of x in the given base, natural by default."))
	add(vm.NewModuleFunction("math", "log2", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("math.log2", args, kwnames); err != nil {
			return nil, err
		}
		return logHelper(t, args[0], log2)
	}, "Logarithm of x in base 2."))
	add(vm.NewModuleFunction("math", "log10", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("math.log10", args, kwnames); err != nil {
			return nil, err
		}
		return logHelper(t, args[0], log10)
	}, "Logarithm of x in base 10."))
	add(vm.NewModuleFunction("math", "degrees", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		x, err := oneDouble(t, "degrees", args, kwnames)
		if err != nil {
			return nil, err
		}
		return py.Float(x * (180.0 / gomath.Pi)), nil
	}, "x radians in degrees."))
	add(vm.NewModuleFunction("math", "radians", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		x, err := oneDouble(t, "radians", args, kwnames)
		if err != nil {
			return nil, err
		}
		return py.Float(x * (gomath.Pi / 180.0)), nil
	}, "x degrees in radians."))
	add(predicate("isfinite", isFinite, "Whether x is neither infinite nor NaN."))
	add(predicate("isinf", func(x float64) bool { return gomath.IsInf(x, 0) }, "Whether x is an infinity."))
	add(predicate("isnan", gomath.IsNaN, "Whether x is a NaN."))
	add(vm.NewModuleFunction("math", "isclose", mathIsclose, "Whether a and b are equal within rel_tol (relative) or abs_tol (absolute)."))
	add(vm.NewModuleFunction("math", "fsum", mathFsum, "The exactly rounded sum of the floats in an iterable."))
	add(vm.NewModuleFunction("math", "hypot", mathHypot, "hypot(*coordinates)\n\nThe length of the vector from the origin to the point with these coordinates, in any number of dimensions."))
	add(vm.NewModuleFunction("math", "dist", mathDist, "Euclidean distance between points p and q (sequences of coordinates)."))
	add(vm.NewModuleFunction("math", "nextafter", mathNextafter, "The float next to x in the direction of y."))
	add(vm.NewModuleFunction("math", "ulp", mathUlp, "The gap between abs(x) and the next larger float."))
	add(vm.NewModuleFunction("math", "prod", mathProd, "The product of start (1 by default) and the items of an iterable."))
	addIntFunctions(add)
	return nil
}

func predicate(name string, fn func(float64) bool, doc string) *vm.BuiltinFunction {
	return vm.NewModuleFunction("math", name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		x, err := oneDouble(t, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		return vm.NewBool(fn(x)), nil
	}, doc)
}

// errnoUnary wraps a function that reports its own domain and range
// errors, as the C functions that set errno do.
func errnoUnary(name string, fn func(float64) (float64, error), doc string) *vm.BuiltinFunction {
	return vm.NewModuleFunction("math", name, func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		x, err := oneDouble(t, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := fn(x)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, doc)
}

func log1p(x float64) float64 {
	if x == 0 {
		return x // keeps the sign of a zero
	}
	return cLog1p(x)
}

// atan2 settles the special values itself, as CPython does, so that all
// platforms agree.
func atan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) {
		return gomath.NaN()
	}
	if gomath.IsInf(y, 0) {
		if gomath.IsInf(x, 0) {
			if gomath.Copysign(1, x) == 1 {
				return gomath.Copysign(0.25*gomath.Pi, y)
			}
			return gomath.Copysign(0.75*gomath.Pi, y)
		}
		return gomath.Copysign(0.5*gomath.Pi, y)
	}
	if gomath.IsInf(x, 0) || y == 0 {
		if gomath.Copysign(1, x) == 1 {
			return gomath.Copysign(0, y)
		}
		return gomath.Copysign(gomath.Pi, y)
	}
	return cAtan2(y, x)
}

// remainder is IEEE 754 remainder: x - n*y with n the integer nearest
// x/y, ties to even. The result is exact.
func remainder(x, y float64) float64 {
	if isFinite(x) && isFinite(y) {
		if y == 0 {
			return gomath.NaN()
		}
		ax, ay := gomath.Abs(x), gomath.Abs(y)
		m := cFmod(ax, ay)
		// Compare m with ay - m rather than with ay/2, which might not be
		// representable; ay - m is exact whenever it matters.
		c := ay - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			// Halfway: choose the even multiple. fmod(0.5*(ax-m), ay) is m
			// when the multiple is odd, 0 when it is even.
			r = m - 2.0*cFmod(0.5*(ax-m), ay)
		}
		return gomath.Copysign(1, x) * r
	}
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.IsNaN(y) {
		return y
	}
	if gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	return x
}

// roundingSpecial calls name (__floor__, __ceil__) on a non-float, or
// returns nil to say the float path applies.
func roundingSpecial(t *vm.Thread, o Object, name string) (Object, error) {
	if _, ok := o.(py.Float); ok {
		return nil, nil
	}
	m, err := vm.LookupSpecial(t, o, name)
	if err != nil || m == nil {
		return nil, err
	}
	return vm.Call(t, m, nil, nil)
}

func mathFloor(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckOneArg("math.floor", args, kwnames); err != nil {
		return nil, err
	}
	if r, err := roundingSpecial(t, args[0], "__floor__"); r != nil || err != nil {
		return r, err
	}
	x, err := vm.AsDouble(t, args[0])
	if err != nil {
		return nil, err
	}
	return vm.IntFromFloat(gomath.Floor(x))
}

func mathCeil(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckOneArg("math.ceil", args, kwnames); err != nil {
		return nil, err
	}
	if r, err := roundingSpecial(t, args[0], "__ceil__"); r != nil || err != nil {
		return r, err
	}
	x, err := vm.AsDouble(t, args[0])
	if err != nil {
		return nil, err
	}
	return vm.IntFromFloat(gomath.Ceil(x))
}

func mathTrunc(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckOneArg("math.trunc", args, kwnames); err != nil {
		return nil, err
	}
	if f, ok := args[0].(py.Float); ok {
		return vm.IntFromFloat(float64(f))
	}
	m, err := vm.LookupSpecial(t, args[0], "__trunc__")
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, vm.NewError(py.TypeError, fmt.Sprintf("type %s doesn't define __trunc__ method", vm.TypeName(args[0])))
	}
	return vm.Call(t, m, nil, nil)
}

func mathFmod(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	x, y, err := twoDoubles(t, "fmod", args, kwnames)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(y, 0) && isFinite(x) {
		return py.Float(x), nil
	}
	r := cFmod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return nil, domainError()
	}
	return py.Float(r), nil
}

func mathPow(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	x, y, err := twoDoubles(t, "pow", args, kwnames)
	if err != nil {
		return nil, err
	}
	var r float64
	switch {
	case gomath.IsNaN(x):
		r = x
		if y == 0 {
			r = 1
		}
	case gomath.IsNaN(y):
		r = y
		if x == 1 {
			r = 1
		}
	case gomath.IsInf(x, 0):
		oddY := isFinite(y) && gomath.Mod(gomath.Abs(y), 2) == 1
		switch {
		case y > 0:
			r = gomath.Abs(x)
			if oddY {
				r = x
			}
		case y == 0:
			r = 1
		default:
			r = 0
			if oddY {
				r = gomath.Copysign(0, x)
			}
		}
	case gomath.IsInf(y, 0):
		ax := gomath.Abs(x)
		switch {
		case ax == 1:
			r = 1
		case y > 0 && ax > 1:
			r = y
		case y < 0 && ax < 1:
			r = -y
		default:
			r = 0
		}
	default:
		r = cPow(x, y)
		if gomath.IsNaN(r) {
			return nil, domainError()
		}
		if gomath.IsInf(r, 0) {
			if x == 0 {
				return nil, domainError()
			}
			return nil, rangeError()
		}
	}
	return py.Float(r), nil
}

func mathFrexp(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	x, err := oneDouble(t, "frexp", args, kwnames)
	if err != nil {
		return nil, err
	}
	if !isFinite(x) || x == 0 {
		return Tuple{py.Float(x), vm.NewInt(0)}, nil
	}
	m, e := gomath.Frexp(x)
	return Tuple{py.Float(m), vm.NewInt(int64(e))}, nil
}

func mathLdexp(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("math.ldexp", "ldexp", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	x, err := vm.AsDouble(t, args[0])
	if err != nil {
		return nil, err
	}
	if !vm.IsInstance(args[1], py.IntType) {
		return nil, vm.NewError(py.TypeError, "Expected an int as second argument to ldexp.")
	}
	b := vm.BigOf(args[1])
	var r float64
	switch {
	case x == 0 || !isFinite(x):
		r = x
	case b.Cmp(big.NewInt(gomath.MaxInt32)) > 0:
		return nil, rangeError()
	case b.Cmp(big.NewInt(gomath.MinInt32)) < 0:
		r = gomath.Copysign(0, x)
	default:
		r = gomath.Ldexp(x, int(b.Int64()))
		if gomath.IsInf(r, 0) {
			return nil, rangeError()
		}
	}
	return py.Float(r), nil
}

func mathModf(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	x, err := oneDouble(t, "modf", args, kwnames)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(x, 0) {
		return Tuple{py.Float(gomath.Copysign(0, x)), py.Float(x)}, nil
	}
	if gomath.IsNaN(x) {
		return Tuple{py.Float(x), py.Float(x)}, nil
	}
	ip, frac := gomath.Modf(x)
	return Tuple{py.Float(frac), py.Float(ip)}, nil
}

func logE(x float64) (float64, error) {
	switch {
	case gomath.IsNaN(x):
		return x, nil
	case gomath.IsInf(x, 1):
		return x, nil
	case x > 0 && isFinite(x):
		return cLog(x), nil
	}
	return 0, domainError()
}

func log2(x float64) (float64, error) {
	switch {
	case gomath.IsNaN(x), gomath.IsInf(x, 1):
		return x, nil
	case x > 0 && isFinite(x):
		return cLog2(x), nil
	}
	return 0, domainError()
}

func log10(x float64) (float64, error) {
	switch {
	case gomath.IsNaN(x), gomath.IsInf(x, 1):
		return x, nil
	case x > 0 && isFinite(x):
		return cLog10(x), nil
	}
	return 0, domainError()
}

// logHelper takes the logarithm of a float or of an int of any size: an
// int too large for a float is split as m * 2**e.
func logHelper(t *vm.Thread, o Object, fn func(float64) (float64, error)) (Object, error) {
	if vm.IsInstance(o, py.IntType) {
		b := vm.BigOf(o)
		if b.Sign() <= 0 {
			return nil, domainError()
		}
		if b.BitLen() <= 1000 {
			f, _ := new(big.Float).SetInt(b).Float64()
			r, err := fn(f)
			if err != nil {
				return nil, err
			}
			return py.Float(r), nil
		}
		// Keep 64 significant bits: x = m * 2**e with 0.5 <= m < 1.
		e := b.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
		lm, err := fn(m)
		if err != nil {
			return nil, err
		}
		l2, _ := fn(2.0)
		return py.Float(lm + l2*float64(e)), nil
	}
	x, err := vm.AsDouble(t, o)
	if err != nil {
		return nil, err
	}
	r, err := fn(x)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(r, 0) && isFinite(x) {
		return nil, domainError()
	}
	return py.Float(r), nil
}

func mathLog(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	// math.log parses its arguments the old way, hence its own messages.
	if len(kwnames) > 0 {
		return nil, vm.NewError(py.TypeError, "log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, vm.NewError(py.TypeError, "math.log requires 1 to 2 arguments")
	}
	num, err := logHelper(t, args[0], logE)
	if err != nil || len(args) == 1 {
		return num, err
	}
	den, err := logHelper(t, args[1], logE)
	if err != nil {
		return nil, err
	}
	if den.(py.Float) == 0 {
		return nil, vm.NewError(py.ZeroDivisionError, "float division by zero")
	}
	return num.(py.Float) / den.(py.Float), nil
}

func mathIsclose(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	var a, b, relTol, absTol Object
	if _, err := vm.ParseClinic(&vm.Params{Func: "isclose", Names: []string{"a", "b", "rel_tol", "abs_tol"}, KwOnly: 2, Required: 2}, args, kwnames, &a, &b, &relTol, &absTol); err != nil {
		return nil, err
	}
	x, err := vm.AsDouble(t, a)
	if err != nil {
		return nil, err
	}
	y, err := vm.AsDouble(t, b)
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-09, 0.0
	if relTol != nil {
		if rel, err = vm.AsDouble(t, relTol); err != nil {
			return nil, err
		}
	}
	if absTol != nil {
		if abs, err = vm.AsDouble(t, absTol); err != nil {
			return nil, err
		}
	}
	if rel < 0 || abs < 0 {
		return nil, vm.NewError(py.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return vm.True, nil
	}
	if gomath.IsInf(x, 0) || gomath.IsInf(y, 0) {
		return vm.False, nil
	}
	diff := gomath.Abs(y - x)
	return vm.NewBool(diff <= gomath.Abs(rel*y) || diff <= gomath.Abs(rel*x) || diff <= abs), nil
}

// mathFsum adds floats exactly, keeping a list of non-overlapping
// partial sums (Shewchuk's algorithm), and rounds once at the end.
func mathFsum(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckOneArg("math.fsum", args, kwnames); err != nil {
		return nil, err
	}
	it, err := vm.Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	var partials []float64
	special, infSum := 0.0, 0.0
	for {
		item, ok, err := vm.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		x, err := vm.AsDouble(t, item)
		if err != nil {
			return nil, err
		}
		orig := x
		i := 0
		for _, y := range partials {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if !isFinite(x) {
				// An infinity or NaN among the items, or an overflow.
				if isFinite(orig) {
					return nil, vm.NewError(py.OverflowError, "intermediate overflow in fsum")
				}
				if gomath.IsInf(orig, 0) {
					infSum += orig
				}
				special += orig
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
	}
	if special != 0 {
		if gomath.IsNaN(infSum) {
			return nil, vm.NewError(py.ValueError, "-inf + inf in fsum")
		}
		return py.Float(special), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		// Round half to even across the remaining partials: when the
		// dropped low part and the next partial have the same sign, the
		// true sum is past the halfway point.
		if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return py.Float(hi), nil
}

// vectorNorm is sqrt(sum(x*x for x in vec)) computed with scaling,
// exact squaring by splitting each value in halves, compensated
// summation and a final correction of the square root, which makes the
// result almost always correctly rounded. max is the largest |x|.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	if gomath.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return gomath.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	const split = 134217729.0 // 2**27 + 1
	csum, f1, f2, f3 := 1.0, 0.0, 0.0, 0.0
	// addc adds x to csum, keeping the rounding error in *frac; csum
	// always stays at least as large as x.
	addc := func(x float64, frac *float64) {
		old := csum
		csum += x
		*frac += (old - csum) + x
	}
	_, maxE := gomath.Frexp(max)
	if maxE >= -1023 {
		scale := gomath.Ldexp(1, -maxE)
		for _, x := range vec {
			x *= scale
			t := x * split
			hi := t - (t - x)
			lo := x - hi
			addc(hi*hi, &f1)
			addc(2*hi*lo, &f2)
			f3 += lo * lo
		}
		h := gomath.Sqrt(csum - 1 + (f1 + f2 + f3))
		t := h * split
		hi := t - (t - h)
		lo := h - hi
		addc(-hi*hi, &f1)
		addc(-2*hi*lo, &f2)
		addc(-lo*lo, &f3)
		x := csum - 1 + (f1 + f2 + f3)
		return (h + x/(2*h)) / scale
	}
	// Subnormal max: scaling by 2**-maxE would overflow; divide instead.
	for _, x := range vec {
		x /= max
		addc(x*x, &f1)
	}
	return max * gomath.Sqrt(csum-1+f1)
}

func mathHypot(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.NoKeywords("math.hypot", kwnames); err != nil {
		return nil, err
	}
	vec := make([]float64, len(args))
	max, nan := 0.0, false
	for i, a := range args {
		x, err := vm.AsDouble(t, a)
		if err != nil {
			return nil, err
		}
		x = gomath.Abs(x)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return py.Float(vectorNorm(vec, max, nan)), nil
}

func mathDist(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("math.dist", "dist", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	p, err := asTuple(t, args[0])
	if err != nil {
		return nil, err
	}
	q, err := asTuple(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, vm.NewError(py.ValueError, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	max, nan := 0.0, false
	for i := range p {
		px, err := vm.AsDouble(t, p[i])
		if err != nil {
			return nil, err
		}
		qx, err := vm.AsDouble(t, q[i])
		if err != nil {
			return nil, err
		}
		x := gomath.Abs(px - qx)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return py.Float(vectorNorm(vec, max, nan)), nil
}

func asTuple(t *vm.Thread, o Object) ([]Object, error) {
	if tp, ok := o.(Tuple); ok {
		return tp, nil
	}
	return vm.Collect(t, o)
}

func mathNextafter(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	x, y, err := twoDoubles(t, "nextafter", args, kwnames)
	if err != nil {
		return nil, err
	}
	return py.Float(cNextafter(x, y)), nil
}

func mathUlp(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	x, err := oneDouble(t, "ulp", args, kwnames)
	if err != nil {
		return nil, err
	}
	if gomath.IsNaN(x) {
		return py.Float(x), nil
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return py.Float(x), nil
	}
	next := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(next, 0) {
		prev := gomath.Nextafter(x, gomath.Inf(-1))
		return py.Float(x - prev), nil
	}
	return py.Float(next - x), nil
}

func mathProd(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	var iterable, start Object
	if _, err := vm.ParseClinic(&vm.Params{Func: "prod", Names: []string{"iterable", "start"}, PosOnly: 1, KwOnly: 1, Required: 1}, args, kwnames, &iterable, &start); err != nil {
		return nil, err
	}
	if start == nil {
		start = vm.NewInt(1)
	}
	it, err := vm.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	result := start
	for {
		item, ok, err := vm.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return result, nil
		}
		result, err = vm.BinaryOp(t, binMul, result, item)
		if err != nil {
			return nil, err
		}
	}
}
