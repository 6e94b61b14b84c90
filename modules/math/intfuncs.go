package math

import (
	"fmt"
	gomath "math"
	"math/big"

	"github.com/gilpy/gilpy/interp/bytecode"
	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

const binMul = bytecode.OpMultiply

var maxInt64 = big.NewInt(gomath.MaxInt64)

func addIntFunctions(add func(*vm.BuiltinFunction)) {
	add(vm.NewModuleFunction("math", "factorial", mathFactorial, "n! for a non-negative integer n."))
	add(vm.NewModuleFunction("math", "isqrt", mathIsqrt, "The largest integer whose square does not exceed n."))
	add(vm.NewModuleFunction("math", "gcd", mathGcd, "The greatest common divisor of the arguments."))
	add(vm.NewModuleFunction("math", "lcm", mathLcm, "The least common multiple of the arguments."))
	add(vm.NewModuleFunction("math", "comb", mathComb, "How many k-element subsets an n-element set has."))
	add(vm.NewModuleFunction("math", "perm", mathPerm, "How many ordered arrangements of k elements from n there are."))
}

func index(t *vm.Thread, o Object) (*big.Int, error) { return vm.IndexValue(t, o) }

func factorial(t *vm.Thread, o Object) (Object, error) {
	n, err := index(t, o)
	if err != nil {
		return nil, err
	}
	if n.Cmp(maxInt64) > 0 {
		return nil, vm.NewError(py.OverflowError, fmt.Sprintf("factorial() argument should not exceed %d", int64(gomath.MaxInt64)))
	}
	if n.Sign() < 0 {
		return nil, vm.NewError(py.ValueError, "factorial() not defined for negative values")
	}
	return vm.NewBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathFactorial(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckOneArg("math.factorial", args, kwnames); err != nil {
		return nil, err
	}
	return factorial(t, args[0])
}

func mathIsqrt(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckOneArg("math.isqrt", args, kwnames); err != nil {
		return nil, err
	}
	n, err := index(t, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, vm.NewError(py.ValueError, "isqrt() argument must be nonnegative")
	}
	return vm.NewBigInt(n.Sqrt(n)), nil
}

func mathGcd(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.NoKeywords("math.gcd", kwnames); err != nil {
		return nil, err
	}
	res := new(big.Int)
	for _, a := range args {
		x, err := index(t, a)
		if err != nil {
			return nil, err
		}
		if res.Cmp(big.NewInt(1)) == 0 {
			continue // still check the remaining arguments
		}
		res.GCD(nil, nil, res.Abs(res), x.Abs(x))
	}
	return vm.NewBigInt(res), nil
}

func mathLcm(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.NoKeywords("math.lcm", kwnames); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return vm.NewInt(1), nil
	}
	res, err := index(t, args[0])
	if err != nil {
		return nil, err
	}
	res.Abs(res)
	for _, a := range args[1:] {
		x, err := index(t, a)
		if err != nil {
			return nil, err
		}
		if res.Sign() == 0 {
			continue
		}
		if x.Sign() == 0 {
			res.SetInt64(0)
			continue
		}
		x.Abs(x)
		g := new(big.Int).GCD(nil, nil, res, x)
		res.Mul(res.Quo(res, g), x)
	}
	return vm.NewBigInt(res), nil
}

// nk reads comb's and perm's arguments, which must be non-negative.
func nk(t *vm.Thread, nObj, kObj Object) (*big.Int, *big.Int, error) {
	n, err := index(t, nObj)
	if err != nil {
		return nil, nil, err
	}
	k, err := index(t, kObj)
	if err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, vm.NewError(py.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, vm.NewError(py.ValueError, "k must be a non-negative integer")
	}
	return n, k, nil
}

// fallingFactorial is n*(n-1)*...*(n-k+1) for a small k, by halves so
// that the multiplications stay balanced.
func fallingFactorial(n *big.Int, k int64) *big.Int {
	if k == 0 {
		return big.NewInt(1)
	}
	if k == 1 {
		return new(big.Int).Set(n)
	}
	h := k / 2
	left := fallingFactorial(n, h)
	right := fallingFactorial(new(big.Int).Sub(n, big.NewInt(h)), k-h)
	return left.Mul(left, right)
}

func mathComb(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("math.comb", "comb", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	n, k, err := nk(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return vm.NewInt(0), nil
	}
	if nmk := new(big.Int).Sub(n, k); nmk.Cmp(k) < 0 {
		k = nmk
	}
	if k.Cmp(maxInt64) > 0 {
		return nil, vm.NewError(py.OverflowError, fmt.Sprintf("min(n - k, k) must not exceed %d", int64(gomath.MaxInt64)))
	}
	if n.IsInt64() {
		return vm.NewBigInt(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
	}
	num := fallingFactorial(n, k.Int64())
	return vm.NewBigInt(num.Quo(num, new(big.Int).MulRange(1, k.Int64()))), nil
}

func mathPerm(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
	if err := vm.CheckPositional("math.perm", "perm", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 || args[1] == vm.None {
		return factorial(t, args[0])
	}
	n, k, err := nk(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return vm.NewInt(0), nil
	}
	if k.Cmp(maxInt64) > 0 {
		return nil, vm.NewError(py.OverflowError, fmt.Sprintf("k must not exceed %d", int64(gomath.MaxInt64)))
	}
	return vm.NewBigInt(fallingFactorial(n, k.Int64())), nil
}
