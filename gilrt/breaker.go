package gilrt

import "sync/atomic"

// Bit is one flag of an eval breaker word. Each bit has one owner: the
// package that sets it is the one that knows how to handle and clear it.
type Bit uint32

// The breaker bits. Only BitGILDrop belongs to gilrt; the others are
// reserved here so that every owner agrees on the layout, and gilrt never
// sets or clears them itself.
const (
	// BitGILDrop asks the thread holding the GIL to release it because
	// another thread has waited a full switch interval. The VM answers it
	// with Thread.Yield. Owner: gilrt.
	BitGILDrop Bit = 1 << iota
	// BitAsyncExc says some thread of the interpreter has an asynchronous
	// exception pending (threading's SetAsyncExc, a thread being killed).
	// Owner: the threading module.
	BitAsyncExc
	// BitSignal says a signal (KeyboardInterrupt above all) is pending and
	// must be handled by the main thread. Owner: the signal module.
	BitSignal
	// BitCancel says the embedder's context was cancelled and the run must
	// stop. Owner: the interpreter (interp).
	BitCancel
	// BitTerminate says the process (interpreter instance) is being
	// terminated, as by Process.terminate(). Owner: multiprocessing/interp.
	BitTerminate
	// BitPendingCall says Go code has queued a call that must run on a
	// Python thread at the next check (CPython's "pending calls").
	// Owner: the interpreter (interp).
	BitPendingCall
)

// BitUser is the first of the bits no package owns yet; bits from BitUser
// up to 1<<31 are free for future owners. Claim one in this file, with its
// owner named, rather than picking one privately.
const BitUser Bit = 1 << 16

// Breaker is an interpreter's eval breaker: one word that the VM loads at
// every check point and that is zero as long as nothing needs the VM's
// attention. Keeping every reason to interrupt the evaluation loop in a
// single word makes the common case a single atomic load and a compare
// with zero, whatever the number of reasons.
//
// The zero value is a breaker with no bit set.
type Breaker struct {
	word atomic.Uint32
}

// Load returns the current bits. The VM's check is
//
//	if br.Load() != 0 { slowPath() }
//
// and slowPath tests the bits it owns one by one.
func (b *Breaker) Load() Bit { return Bit(b.word.Load()) }

// Set sets the given bits, leaving the others as they are.
func (b *Breaker) Set(bits Bit) { b.word.Or(uint32(bits)) }

// Clear clears the given bits, leaving the others as they are.
func (b *Breaker) Clear(bits Bit) { b.word.And(^uint32(bits)) }

// Has reports whether any of the given bits is set.
func (b *Breaker) Has(bits Bit) bool { return b.Load()&bits != 0 }

// String names the set bits, for debugging and teaching output.
func (b Bit) String() string {
	if b == 0 {
		return "0"
	}
	names := [...]string{"gil-drop", "async-exc", "signal", "cancel", "terminate", "pending-call"}
	s := ""
	for i, n := range names {
		if b&(1<<i) != 0 {
			if s != "" {
				s += "|"
			}
			s += n
			b &^= 1 << i
		}
	}
	if b != 0 {
		if s != "" {
			s += "|"
		}
		s += "0x" + hex(uint64(b))
	}
	return s
}

func hex(v uint64) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var buf [16]byte
	i := len(buf)
	for v != 0 {
		i--
		buf[i] = digits[v&15]
		v >>= 4
	}
	return string(buf[i:])
}
