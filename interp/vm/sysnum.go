package vm

import (
	"math"
	"sync"

	"github.com/go-python/gpython/py"
)

// The sys module's descriptions of the number types, as struct
// sequences like CPython's (sys.float_info.max, sys.hash_info[1]...).
var (
	numberInfoOnce                           sync.Once
	floatInfoType, intInfoType, hashInfoType *Class
)

// makeNumberInfoTypes makes the three types; the VM's own classes are
// only complete once its init functions have run, hence not at package
// variable initialization.
func makeNumberInfoTypes() {
	floatInfoType = NewStructSeqType(StructSeqDef{Module: "sys", Name: "float_info",
		Fields: []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}})
	intInfoType = NewStructSeqType(StructSeqDef{Module: "sys", Name: "int_info",
		Fields: []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}})
	hashInfoType = NewStructSeqType(StructSeqDef{Module: "sys", Name: "hash_info",
		Fields: []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}})
	for _, c := range []*Class{floatInfoType, intInfoType, hashInfoType} {
		c.Ready()
	}
}

// setNumberInfo sets sys.float_info, sys.int_info and sys.hash_info.
func setNumberInfo(m *Module) {
	numberInfoOnce.Do(makeNumberInfoTypes)
	m.Set("float_info", NewStructSeq(floatInfoType,
		py.Float(math.MaxFloat64), NewInt(1024), NewInt(308),
		py.Float(2.2250738585072014e-308), NewInt(-1021), NewInt(-307),
		NewInt(15), NewInt(53), py.Float(2.220446049250313e-16), NewInt(2), NewInt(1)))
	// gilpy's ints are not made of 30-bit digits, but programs read these
	// fields to size things; CPython's values keep them working alike.
	m.Set("int_info", NewStructSeq(intInfoType, NewInt(30), NewInt(4), NewInt(defaultMaxStrDigits), NewInt(640)))
	m.Set("hash_info", NewStructSeq(hashInfoType,
		NewInt(64), NewInt(hashModulus), NewInt(hashInf), NewInt(0), NewInt(1000003),
		py.String("siphash13"), NewInt(64), NewInt(128), NewInt(0)))
}

// defaultMaxStrDigits is the default limit on the digits of an int
// converted to or from a decimal string (sys.set_int_max_str_digits).
const defaultMaxStrDigits = 4300
