//go:build race

package threading_test

// raceEnabled: the race detector changes what memory costs.
const raceEnabled = true
