// Package random provides _random, the Mersenne Twister generator in
// Go, and the random module, written in Python on top of it, with
// CPython's seeding and algorithms so that every seed gives the same
// sequences as under CPython.
package random

import (
	crand "crypto/rand"
	"crypto/sha512"
	_ "embed"
	"math/big"

	"github.com/gilpy/gilpy/interp/vm"
	"github.com/go-python/gpython/py"
)

type (
	Object = vm.Object
	Tuple  = vm.Tuple
)

// The 32-bit Mersenne Twister MT19937 (Matsumoto and Nishimura), seeded
// with init_by_array as CPython seeds it.
const (
	mtN       = 624
	mtM       = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

type mt struct {
	state [mtN]uint32
	index int
}

func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000 // MSB is 1, assuring a non-zero initial array
}

func (m *mt) genrand() uint32 {
	if m.index >= mtN {
		mag := [2]uint32{0, matrixA}
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
			m.state[kk] = m.state[kk+mtM] ^ (y >> 1) ^ mag[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (m.state[kk] & upperMask) | (m.state[kk+1] & lowerMask)
			m.state[kk] = m.state[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
		}
		y := (m.state[mtN-1] & upperMask) | (m.state[0] & lowerMask)
		m.state[mtN-1] = m.state[mtM-1] ^ (y >> 1) ^ mag[y&1]
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is a float in [0, 1) made of 53 random bits.
func (m *mt) random() float64 {
	a := m.genrand() >> 5
	b := m.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// getrandbits returns k random bits: whole 32-bit words from the least
// significant up, the last one's top bits.
func (m *mt) getrandbits(k int) Object {
	if k <= 32 {
		return vm.NewInt(int64(m.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	b := new(big.Int)
	for i := 0; i < words; i++ {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		w := new(big.Int).SetUint64(uint64(r))
		b.Or(b, w.Lsh(w, uint(32*i)))
		k -= 32
	}
	return vm.NewBigInt(b)
}

// seedWith seeds from an int: the 32-bit words of its absolute value,
// least significant first (a single 0 word for 0).
func (m *mt) seedWith(n *big.Int) {
	be := new(big.Int).Abs(n).Bytes() // big-endian
	nwords := (len(be) + 3) / 4
	if nwords == 0 {
		nwords = 1
	}
	key := make([]uint32, nwords)
	for i := range be {
		key[i/4] |= uint32(be[len(be)-1-i]) << (8 * (i % 4))
	}
	m.initByArray(key)
}

func (m *mt) seedRandomly() error {
	var buf [mtN * 4]byte
	if _, err := crand.Read(buf[:]); err != nil {
		return vm.NewError(py.OSError, err.Error())
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = uint32(buf[4*i]) | uint32(buf[4*i+1])<<8 | uint32(buf[4*i+2])<<16 | uint32(buf[4*i+3])<<24
	}
	m.initByArray(key)
	return nil
}

//go:embed random.py
var source string

var randomClass = vm.NewType("_random", "Random", "Random(seed=None): a Mersenne Twister generator with state of its own.", nil, vm.TypeBaseType)

func (*mt) Type() *py.Type { return randomClass.T() }

func mtOf(o Object) *mt { return vm.Unwrap(o).(*mt) }

func seed(t *vm.Thread, m *mt, arg Object) error {
	if arg == nil || arg == vm.None {
		return m.seedRandomly()
	}
	if vm.IsInstance(arg, py.IntType) {
		m.seedWith(vm.BigOf(arg))
		return nil
	}
	h, err := vm.Hash(t, arg)
	if err != nil {
		return err
	}
	m.seedWith(big.NewInt(h))
	return nil
}

func init() {
	vm.RegisterModule(&vm.ModuleDef{Name: "random", Source: source})
	vm.RegisterModule(&vm.ModuleDef{Name: "_random", Init: initModule})
	c := randomClass
	c.DefNew(func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		typ := args[0].(*py.Type)
		if typ == c.T() && len(kwnames) > 0 {
			return nil, vm.NewError(py.TypeError, "Random() takes no keyword arguments")
		}
		return c.Wrap(typ, &mt{}), nil
	})
	// __init__ seeds; random.Random overrides it (seeding through its own
	// seed method).
	c.DefMethod("__init__", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if len(args)-len(kwnames) > 2 {
			return nil, vm.NewError(py.TypeError, "Random() requires 0 or 1 argument")
		}
		var arg Object
		if len(args) > 1 {
			arg = args[1]
		}
		return vm.None, seed(t, mtOf(args[0]), arg)
	}, "Set up a new instance; the type's doc gives the arguments.")
	c.DefMethod("random", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("Random.random", "random", args[1:], kwnames, 0, 0); err != nil {
			return nil, err
		}
		return py.Float(mtOf(args[0]).random()), nil
	}, "random(): a float x with 0 <= x < 1.")
	c.DefMethod("seed", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("Random.seed", "seed", args[1:], kwnames, 0, 1); err != nil {
			return nil, err
		}
		var arg Object
		if len(args) > 1 {
			arg = args[1]
		}
		return vm.None, seed(t, mtOf(args[0]), arg)
	}, "seed([n]) -> None.\n\nWithout an argument, seed from the system's entropy; an int seeds\ndeterministically, anything else by its hash.")
	c.DefMethod("getstate", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckPositional("Random.getstate", "getstate", args[1:], kwnames, 0, 0); err != nil {
			return nil, err
		}
		m := mtOf(args[0])
		out := make(Tuple, mtN+1)
		for i, w := range m.state {
			out[i] = vm.NewInt(int64(w))
		}
		out[mtN] = vm.NewInt(int64(m.index))
		return out, nil
	}, "getstate(): the generator's state, as a tuple setstate() accepts.")
	c.DefMethod("setstate", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("Random.setstate", args[1:], kwnames); err != nil {
			return nil, err
		}
		state, ok := vm.Unwrap(args[1]).(Tuple)
		if !ok {
			return nil, vm.NewError(py.TypeError, "state vector must be a tuple")
		}
		if len(state) != mtN+1 {
			return nil, vm.NewError(py.ValueError, "state vector is the wrong size")
		}
		var words [mtN]uint32
		for i := 0; i < mtN; i++ {
			b, err := vm.IndexValue(t, state[i])
			if err != nil {
				return nil, err
			}
			if b.Sign() < 0 || b.BitLen() > 32 {
				return nil, vm.NewError(py.OverflowError, "Python int too large to convert to C unsigned long")
			}
			words[i] = uint32(b.Uint64())
		}
		idx, err := vm.IndexInt(t, state[mtN])
		if err != nil {
			return nil, err
		}
		if idx < 0 || idx > mtN {
			return nil, vm.NewError(py.ValueError, "invalid state")
		}
		m := mtOf(args[0])
		m.state = words
		m.index = idx
		return vm.None, nil
	}, "setstate(state): put back a state that getstate() returned.")
	c.DefMethod("getrandbits", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("Random.getrandbits", args[1:], kwnames); err != nil {
			return nil, err
		}
		k, err := vm.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, vm.NewError(py.ValueError, "number of bits must be non-negative")
		}
		if k == 0 {
			return vm.NewInt(0), nil
		}
		return mtOf(args[0]).getrandbits(k), nil
	}, "getrandbits(k): a non-negative int made of k random bits.")
	c.Ready()
}

func initModule(t *vm.Thread, m *vm.Module) error {
	m.Set("__doc__", py.String("The Mersenne Twister generator behind random."))
	m.Set("Random", randomClass.T())
	// The helpers random.py needs that gilpy has no module for yet.
	m.Set("_sha512_digest", vm.NewModuleFunction("_random", "_sha512_digest", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("_random._sha512_digest", args, kwnames); err != nil {
			return nil, err
		}
		b, ok := vm.Unwrap(args[0]).(py.Bytes)
		if !ok {
			return nil, vm.NewError(py.TypeError, "a bytes-like object is required")
		}
		sum := sha512.Sum512(b)
		return py.Bytes(sum[:]), nil
	}, "The SHA-512 digest of bytes."))
	m.Set("_urandom", vm.NewModuleFunction("_random", "_urandom", func(t *vm.Thread, args []Object, kwnames Tuple) (Object, error) {
		if err := vm.CheckOneArg("_random._urandom", args, kwnames); err != nil {
			return nil, err
		}
		n, err := vm.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.NewError(py.ValueError, "negative argument not allowed")
		}
		buf := make([]byte, n)
		if _, err := crand.Read(buf); err != nil {
			return nil, vm.NewError(py.OSError, err.Error())
		}
		return py.Bytes(buf), nil
	}, "n random bytes from the system's entropy source."))
	return nil
}
