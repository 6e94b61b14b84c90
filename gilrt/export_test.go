package gilrt

// ReleaseAcquire releases and re-takes the GIL with no bookkeeping beyond
// what every release and acquire do: the core pair the benchmarks measure.
func (t *Thread) ReleaseAcquire() {
	now := t.rt.now()
	t.release(now, false)
	t.acquire(now)
}
