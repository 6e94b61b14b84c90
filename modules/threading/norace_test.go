//go:build !race

package threading_test

const raceEnabled = false
